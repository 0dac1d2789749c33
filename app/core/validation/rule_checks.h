#pragma once
// The checks of a rule's details, one function per kind of details (validateRule dispatches).

#include "model/domain_snapshot.h"
#include "validation/finding_sink.h"

#include <string>

namespace cw::validation {

// The documented limits of a required/hidden rule. Leaf comparisons are what is counted (groups are
// not): see docs/validation-codes.md, "rule.conditions.too-many".
inline constexpr std::size_t kMaxConditionsPerRule = 5;
inline constexpr int kMaxNestingLevels = 2;

// `pointer` is the details' own pointer, e.g. "/caseRules/3/rule/required".
void validateBooleanRule(FindingSink &sink, const DomainSnapshot &context, const std::string &ruleTitle,
                         RuleDetails::Kind kind, const BooleanRule &details, const std::string &pointer);
void validateFieldOptionsRule(FindingSink &sink, const DomainSnapshot &context, const std::string &ruleTitle,
                              const FieldOptionsRule &details, const std::string &pointer);

// Comparisons and unknown conditions, at any depth.
std::size_t countLeafConditions(const std::vector<Condition> &conditions);

} // namespace cw::validation
