#include "outcome_report.h"

#include "cli_io.h"

#include <QStringList>
#include <algorithm>

namespace cw::cli {
namespace {
Json explanationsToJson(const std::vector<Explanation> &explanations)
{
    Json list = Json::array();
    for (const Explanation &explanation : explanations)
        list.push_back(explanation.text);
    return list;
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString optionsText(const FieldOutcome &field)
{
    if (!field.allowedOptions)
        return QStringLiteral("-");
    if (field.allowedOptions->empty())
        return QStringLiteral("(none)");
    QStringList values;
    for (const std::string &value : *field.allowedOptions)
        values << fromStd(value);
    QString text = values.join(QStringLiteral(", "));
    if (field.allOptionsAllowed)
        text += QStringLiteral(" (all)");
    return text;
}

void appendWhy(QString &text, const char *aspect, const std::vector<Explanation> &explanations)
{
    for (const Explanation &explanation : explanations)
        text += QStringLiteral("      %1: %2\n").arg(QLatin1String(aspect), fromStd(explanation.text));
}
} // namespace

Json outcomeToJson(const CaseOutcome &outcome, const std::string &templateId, bool explain)
{
    Json fields = Json::object();
    for (const FieldOutcome &field : outcome.fields) {
        Json item = {{"required", field.required}, {"hidden", field.hidden}};
        if (field.allowedOptions)
            item["options"] = *field.allowedOptions;
        if (explain) {
            Json why = Json::object();
            why["required"] = explanationsToJson(field.requiredBecause);
            why["hidden"] = explanationsToJson(field.hiddenBecause);
            if (field.allowedOptions)
                why["options"] = explanationsToJson(field.optionsBecause);
            item["why"] = std::move(why);
        }
        fields[field.fieldId] = std::move(item);
    }
    return Json{{"case", outcome.caseId}, {"template", templateId}, {"fields", std::move(fields)}};
}

QString outcomeToTable(const CaseOutcome &outcome, const CaseTemplate &caseTemplate, bool explain)
{
    int nameWidth = 5;
    for (const FieldOutcome &field : outcome.fields)
        nameWidth = std::max(nameWidth, int(fromStd(field.fieldName).size()));
    nameWidth = std::min(nameWidth, 40);

    QString text = QStringLiteral("Case %1 - template \"%2\" (%3)\n")
                       .arg(fromStd(outcome.caseId), fromStd(caseTemplate.name), fromStd(caseTemplate.templateId));
    text += QStringLiteral("  %1  Required  Hidden  Options\n").arg(QStringLiteral("Field"), -nameWidth);
    for (const FieldOutcome &field : outcome.fields) {
        text += QStringLiteral("  %1  %2  %3  %4\n")
                    .arg(fromStd(field.fieldName), -nameWidth)
                    .arg(yesNo(field.required), -8)
                    .arg(yesNo(field.hidden), -6)
                    .arg(optionsText(field));
        if (explain) {
            appendWhy(text, "required", field.requiredBecause);
            appendWhy(text, "hidden", field.hiddenBecause);
            appendWhy(text, "options", field.optionsBecause);
        }
    }
    return text;
}

} // namespace cw::cli
