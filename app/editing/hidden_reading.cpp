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
                {QCoreApplication::translate("cw::ui", "don't show"), true}};
    return {{QCoreApplication::translate("cw::ui", "hide"), true},
            {QCoreApplication::translate("cw::ui", "don't hide"), false}};
}

QString outcomeWords(RuleDetails::Kind kind, bool value, std::optional<HiddenReading> reading)
{
    if (kind != RuleDetails::Kind::Hidden)
        return value ? QCoreApplication::translate("cw::ui", "required")
                     : QCoreApplication::translate("cw::ui", "not required");
    if (reading == HiddenReading::ShowWhen)
        return value ? QCoreApplication::translate("cw::ui", "not shown")
                     : QCoreApplication::translate("cw::ui", "shown");
    if (reading == HiddenReading::HideWhen)
        return value ? QCoreApplication::translate("cw::ui", "hidden")
                     : QCoreApplication::translate("cw::ui", "not hidden");
    return value ? QCoreApplication::translate("cw::ui", "hidden")
                 : QCoreApplication::translate("cw::ui", "shown");
}

QString conditionsHeading(RuleDetails::Kind kind)
{
    if (kind != RuleDetails::Kind::Hidden)
        return QCoreApplication::translate(
            "cw::ui", "Make the field required or not, by the first condition that is true:");
    return QCoreApplication::translate("cw::ui",
                                       "Show or hide the field by the first condition that is true:");
}

} // namespace cw::editing
