#pragma once
// The checks of a rule's details, one function per kind of details (validateRule dispatches).

#include "model/domain_snapshot.h"
#include "validation/finding_sink.h"
#include "validation/hard_limits.h"

#include <string>

namespace cw::validation {

// `pointer` is the details' own pointer, e.g. "/caseRules/3/rule/required".
void validateBooleanRule(FindingSink &sink, const DomainSnapshot &context, const std::string &ruleTitle,
                         RuleDetails::Kind kind, const BooleanRule &details, const std::string &pointer);
void validateFieldOptionsRule(FindingSink &sink, const DomainSnapshot &context, const std::string &ruleTitle,
                              const FieldOptionsRule &details, const std::string &pointer);

} // namespace cw::validation
