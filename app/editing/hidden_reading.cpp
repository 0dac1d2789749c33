#include "editing/hidden_reading.h"

#include <QCoreApplication>

// The messages keep the translation context "cw::ui" they had when this file was part of the
// designer, so every catalogue (translations/*.ts) still matches them; lupdate reads the context
// from each QCoreApplication::translate call.
namespace cw::editing {
std::vector<OutcomeChoice> outcomeChoices(RuleDetails::Kind kind, HiddenReading reading)
{
    if (kind != RuleDetails::Kind::Hidden)
        return {{QCoreApplication::translate("cw::ui", "required"), true},
                {QCoreApplication::translate("cw::ui", "not required"), false}};
    if (reading == HiddenReading::ShowWhen)
        return {{QCoreApplication::translate("cw::ui", "show"), false},
                {QCoreApplication::translate("cw::ui", "hide"), true}};
    return {{QCoreApplication::translate("cw::ui", "hide"), true},
            {QCoreApplication::translate("cw::ui", "show"), false}};
}

QString conditionsHeading(RuleDetails::Kind kind, HiddenReading reading)
{
    if (kind != RuleDetails::Kind::Hidden)
        return QCoreApplication::translate(
            "cw::ui", "Make the field required or not, by the first condition that is true:");
    if (reading == HiddenReading::ShowWhen)
        return QCoreApplication::translate(
            "cw::ui", "Show the field when\u2026 (the first condition that is true decides):");
    return QCoreApplication::translate(
        "cw::ui", "Hide the field when\u2026 (the first condition that is true decides):");
}

} // namespace cw::editing
