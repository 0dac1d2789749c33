#pragma once
// The checks the service makes on a case rule or template before it stores it: the model's
// constraints on the shapes (limits, enums) and the references into the domain (fields, rules,
// layouts must exist and not be deleted). Failures are ValidationException with the member path.

#include "api_message.h"

#include "model/domain_snapshot.h"

namespace cw::emu {

// A rule: name, description, exactly one known rule type, conditions that are known and within
// the documented limit (at most 5 comparisons in a compound condition, at most 2 levels of
// compound nesting), operand values within their lengths, fieldOptions mappings 1..200 with at
// most 1500 child values each, and every fieldId an existing field that is not deleted.
ApiStatus checkCaseRule(const CaseRule &rule, const DomainSnapshot &domain);

// A template: name, description, status, at most 100 distinct required fields and 50 rules, each
// referring to an existing, not deleted field / case rule, and an existing default layout.
ApiStatus checkTemplate(const CaseTemplate &caseTemplate, const DomainSnapshot &domain);

} // namespace cw::emu
