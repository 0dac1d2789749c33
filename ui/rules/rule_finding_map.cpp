#include "rules/rule_finding_map.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace cw::ui {
namespace {
std::optional<std::size_t> indexToken(const QString &token)
{
    bool ok = false;
    const qulonglong value = token.toULongLong(&ok);
    if (!ok || token.isEmpty() || !token.front().isDigit())
        return std::nullopt;
    return std::size_t(value);
}
} // namespace

FindingTarget locateRuleFinding(const std::string &pointerInRule)
{
    using Element = FindingTarget::Element;
    // Member names of conditions need no RFC 6901 unescaping: none holds '~' or '/'.
    const QStringList tokens = QString::fromStdString(pointerInRule).split(QLatin1Char('/'));
    FindingTarget target;
    if (tokens.size() < 2 || !tokens[0].isEmpty())
        return target;
    if (tokens[1] == QLatin1String("name"))
        return {Element::Name, {}};
    if (tokens[1] == QLatin1String("description"))
        return {Element::Description, {}};
    if (tokens[1] != QLatin1String("rule") || tokens.size() < 4)
        return target;
    if (tokens[2] == QLatin1String("fieldOptions"))
        return {Element::Options, {}};
    if (tokens[3] == QLatin1String("defaultValue"))
        return {Element::DefaultValue, {}};
    if (tokens[3] != QLatin1String("conditions"))
        return target;
    target.element = Element::Conditions;
    // conditions/i[/andAll|orAll/conditions/j]...
    for (qsizetype at = 4; at < tokens.size();) {
        const auto index = indexToken(tokens[at]);
        if (!index)
            break;
        target.element = Element::Condition;
        target.path.push_back(*index);
        const bool intoGroup =
            at + 3 < tokens.size() &&
            (tokens[at + 1] == QLatin1String("andAll") || tokens[at + 1] == QLatin1String("orAll")) &&
            tokens[at + 2] == QLatin1String("conditions");
        if (!intoGroup)
            break;
        at += 3;
    }
    return target;
}

void FindingLines::add(const Finding &finding)
{
    const bool error = finding.severity == Finding::Severity::Error;
    hasError = hasError || error;
    lines << (error ? QObject::tr("Error: %1 [%2]") : QObject::tr("Warning: %1 [%2]"))
                 .arg(QString::fromStdString(finding.message), QString::fromStdString(finding.code));
}

} // namespace cw::ui
