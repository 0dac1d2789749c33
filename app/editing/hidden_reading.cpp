#include "rules/hidden_reading.h"

#include <QCoreApplication>

namespace cw::ui {
namespace {
// lupdate files a tr() outside a class under the enclosing namespace: look it up there.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cw::ui", text, disambiguation, n);
}
} // namespace

std::vector<OutcomeChoice> outcomeChoices(RuleDetails::Kind kind, HiddenReading reading)
{
    if (kind != RuleDetails::Kind::Hidden)
        return {{tr("required"), true}, {tr("not required"), false}};
    if (reading == HiddenReading::ShowWhen)
        return {{tr("show"), false}, {tr("hide"), true}};
    return {{tr("hide"), true}, {tr("show"), false}};
}

QString conditionsHeading(RuleDetails::Kind kind, HiddenReading reading)
{
    if (kind != RuleDetails::Kind::Hidden)
        return tr("Make the field required or not, by the first condition that is true:");
    if (reading == HiddenReading::ShowWhen)
        return tr("Show the field when\u2026 (the first condition that is true decides):");
    return tr("Hide the field when\u2026 (the first condition that is true decides):");
}

} // namespace cw::ui
