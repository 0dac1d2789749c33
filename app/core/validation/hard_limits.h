#pragma once
// The service's hard limits on counts (see docs/validation-codes.md, "*.too-many"). A project file
// may exceed them by any amount -- a hand edit, a generator gone wrong -- so when an entity is over
// a limit, validation reports that one fact and skips the checks and the lint whose cost grows with
// the count (per-condition checks, truth tables, per-mapping lookups). The user has to remove the
// excess anyway; the other findings come once the entity is within its limits. That keeps every
// project file validating in time linear in its size.

#include "model/case_rule.h"
#include "model/case_template.h"

#include <cstddef>

namespace cw::validation {

// A required/hidden rule: leaf comparisons are what is counted (groups are not).
inline constexpr std::size_t kMaxConditionsPerRule = 5;
inline constexpr int kMaxNestingLevels = 2;
// A field-options rule.
inline constexpr std::size_t kMaxMappings = 200;
inline constexpr std::size_t kMaxChildValues = 1500;
// A template.
inline constexpr std::size_t kMaxTemplateRules = 50;
inline constexpr std::size_t kMaxRequiredFields = 100;

// Comparisons and unknown conditions, at any depth.
std::size_t countLeafConditions(const std::vector<Condition> &conditions);

bool withinCountLimits(const BooleanRule &rule);          // at most kMaxConditionsPerRule leaves
bool withinCountLimits(const FieldOptionsRule &rule);     // mappings and every list of child values
bool withinCountLimits(const CaseTemplate &caseTemplate); // attached rules and required fields

} // namespace cw::validation
