#pragma once
// Hidden rules read two ways. The admin website says "Show field when…" with a default
// visibility; the API stores whether the field is *hidden*. The editor offers both readings and
// always stores `hidden` results: in the Show reading the choices are listed show-first, so the
// same stored value reads naturally either way.

#include "model/case_rule.h"

#include <QString>
#include <vector>

namespace cw::editing {

enum class HiddenReading { ShowWhen, HideWhen };

struct OutcomeChoice {
    QString label; // what the combo shows: "required", "show", ...
    bool stored;   // the `result` / `defaultValue` stored for it
};

// The two choices for a condition's result (or the default) of a rule of `kind`, the one the
// reading leads with first: required/not required; show/hide (ShowWhen); hide/show (HideWhen).
std::vector<OutcomeChoice> outcomeChoices(RuleDetails::Kind kind, HiddenReading reading);

// "Show the field when…" / "Hide the field when…" / "Required when…".
QString conditionsHeading(RuleDetails::Kind kind, HiddenReading reading);

} // namespace cw::editing
