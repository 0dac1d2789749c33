#pragma once
// Which of the samples' failing expectations a rule decides, so the rule editor can say, while the
// rule is being edited, "this rule breaks 2 expectations" beside the rule itself.

#include "evaluator/expectation_check.h"
#include "model/domain_snapshot.h"

#include <string>
#include <vector>

namespace cw::editing {

// The failures (in their order) on a field the rule `caseRuleId` is attached to in the failing
// case's template, of the aspect the rule's kind gives: required for a required rule, hidden for a
// hidden rule, options for a field-options rule. `caseRuleId` as templates refer to the rule (its
// caseRuleId, or "local:<slug>" while it is new).
std::vector<ExpectationFailure> failuresDecidedBy(const DomainSnapshot &snapshot,
                                                  const std::string &caseRuleId,
                                                  const std::vector<ExpectationFailure> &failures);

} // namespace cw::editing
