#include "validation/hard_limits.h"

#include <algorithm>

namespace cw::validation {

std::size_t countLeafConditions(const std::vector<Condition> &conditions)
{
    std::size_t count = 0;
    for (const Condition &condition : conditions)
        count += condition.isCompound() ? countLeafConditions(condition.children) : 1;
    return count;
}

bool withinCountLimits(const BooleanRule &rule)
{
    return countLeafConditions(rule.conditions) <= kMaxConditionsPerRule;
}

bool withinCountLimits(const FieldOptionsRule &rule)
{
    return rule.mappings.size() <= kMaxMappings &&
           std::all_of(rule.mappings.begin(), rule.mappings.end(), [](const OptionsMapping &mapping) {
               return mapping.childValues.size() <= kMaxChildValues;
           });
}

bool withinCountLimits(const CaseTemplate &caseTemplate)
{
    return (!caseTemplate.rules || caseTemplate.rules->size() <= kMaxTemplateRules) &&
           (!caseTemplate.requiredFields || caseTemplate.requiredFields->size() <= kMaxRequiredFields);
}

} // namespace cw::validation
