#pragma once
// The checks the service makes on a case rule or template before it stores it: the model's
// constraints on the shapes (limits, enums) and the references into the domain (fields, rules,
// layouts must exist and not be deleted). Failures are ValidationException with the member path.

#include "api_message.h"
#include "model/domain_snapshot.h"

namespace cw::emu {

// A rule: first the project's validator (cw::validateRule: limits such as 5 conditions over 2
// levels, operand types and option values, fieldOptions mappings...), then the emulator's own
// checks of the model's constraints: name, description, exactly one known rule type, known
// conditions, operand lengths, mappings 1..200 with at most 1500 child values, and every fieldId
// an existing field that is not deleted.
ApiStatus checkCaseRule(const CaseRule &rule, const DomainSnapshot &domain);

// A template: cw::validateTemplate first, then name, description, status, at most 100 distinct
// required fields and 50 rules, each referring to an existing, not deleted field / case rule, and
// an existing default layout.
ApiStatus checkTemplate(const CaseTemplate &caseTemplate, const DomainSnapshot &domain);

} // namespace cw::emu
