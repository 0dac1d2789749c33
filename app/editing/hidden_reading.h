#pragma once
// Hidden rules read two ways. The admin website says "Show field when…" with a default
// visibility; the API stores whether the field is *hidden*. The editor offers both readings and
// always stores `hidden` results. A reading words every outcome with its own verb, so a rule
// reads as one sentence: in the Show reading each condition's outcome and the default are "show"
// or "don't show" (the summary: "shown" / "not shown"), in the Hide reading "hide" or "don't
// hide" ("hidden" / "not hidden"); the heading above the conditions names neither.

#include "model/case_rule.h"

#include <QString>
#include <optional>
#include <vector>

namespace cw::editing {

enum class HiddenReading { ShowWhen, HideWhen };

struct OutcomeChoice {
    QString label; // what the combo shows: "required", "show", ...
    bool stored;   // the `result` / `defaultValue` stored for it
};

// The two choices for a condition's result (or the default) of a rule of `kind`, the reading's
// verb first: required / not required; show / don't show (ShowWhen); hide / don't hide (HideWhen).
std::vector<OutcomeChoice> outcomeChoices(RuleDetails::Kind kind, HiddenReading reading);

// What the rule's value `value` (hidden or required) reads as in a sentence: "required",
// "not required"; "shown", "not shown" (ShowWhen); "hidden", "not hidden" (HideWhen); without a
// reading, as the API means it: "hidden", "shown".
QString outcomeWords(RuleDetails::Kind kind, bool value, std::optional<HiddenReading> reading);

// The heading above the conditions, the same in both readings (the rows and the default carry
// the polarity): "Show or hide the field by the first condition that is true:".
QString conditionsHeading(RuleDetails::Kind kind);

} // namespace cw::editing
