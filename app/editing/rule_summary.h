#pragma once
// The plain-language reading of a whole rule, as the rule editor shows it live:
//   Required when Status equals "Closed"; otherwise not required.
//   Not required when Assigned user is empty; else required when VIP customer equals true;
//   otherwise not required.

#include "editing/hidden_reading.h"
#include "model/domain_snapshot.h"

#include <QString>

namespace cw::editing {

// One condition: comparisons with field and option *names*, groups joined by "and"/"or",
// nested groups in parentheses.
QString describeConditionPlainly(const Condition &condition, const DomainSnapshot &context,
                                 bool nested = false);

// A hidden rule is worded in `reading` ("Shown when …; otherwise not shown."), or without one as
// the API means it ("Shown when …; otherwise hidden.").
QString summarizeRule(const CaseRule &rule, const DomainSnapshot &context,
                      std::optional<HiddenReading> reading = std::nullopt);

} // namespace cw::editing
