#pragma once
// The plain-language reading of a whole rule, as the rule editor shows it live:
//   Required when Status equals "Closed"; otherwise not required.
//   Not required when Assigned user is empty; else required when VIP customer equals true;
//   otherwise not required.

#include "model/domain_snapshot.h"

#include <QString>

namespace cw::editing {

// One condition: comparisons with field and option *names*, groups joined by "and"/"or",
// nested groups in parentheses.
QString describeConditionPlainly(const Condition &condition, const DomainSnapshot &context,
                                 bool nested = false);

QString summarizeRule(const CaseRule &rule, const DomainSnapshot &context);

} // namespace cw::editing
