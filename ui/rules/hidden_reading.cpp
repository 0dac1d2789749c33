#include "rules/hidden_reading.h"

#include <QCoreApplication>

namespace cw::ui {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("HiddenReading", text);
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
