#pragma once
// The lint of one rule's details, by kind (lintRule dispatches).

#include "model/domain_snapshot.h"
#include "validation/finding_sink.h"

#include <string>

namespace cw::validation {

// `pointer` is the details' own pointer, e.g. "/caseRules/3/rule/hidden".
void lintBooleanRule(FindingSink &sink, const DomainSnapshot &context, const std::string &ruleTitle,
                     RuleDetails::Kind kind, const BooleanRule &details, const std::string &pointer);
void lintFieldOptionsRule(FindingSink &sink, const DomainSnapshot &context, const std::string &ruleTitle,
                          const FieldOptionsRule &details, const std::string &pointer);

} // namespace cw::validation
