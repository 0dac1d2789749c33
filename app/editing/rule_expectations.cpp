#include "editing/rule_expectations.h"

#include <algorithm>

namespace cw::editing {
namespace {
ExpectAspect aspectOf(RuleDetails::Kind kind)
{
    switch (kind) {
    case RuleDetails::Kind::Hidden:
        return ExpectAspect::Hidden;
    case RuleDetails::Kind::FieldOptions:
        return ExpectAspect::Options;
    case RuleDetails::Kind::Required:
    case RuleDetails::Kind::Unknown:
        break;
    }
    return ExpectAspect::Required;
}

bool attached(const CaseTemplate &caseTemplate, const std::string &caseRuleId, const std::string &fieldId)
{
    if (!caseTemplate.rules)
        return false;
    return std::any_of(caseTemplate.rules->begin(), caseTemplate.rules->end(), [&](const TemplateRule &rule) {
        return rule.caseRuleId == caseRuleId && rule.fieldId == fieldId;
    });
}
} // namespace

std::vector<ExpectationFailure> failuresDecidedBy(const DomainSnapshot &snapshot,
                                                  const std::string &caseRuleId,
                                                  const std::vector<ExpectationFailure> &failures)
{
    std::vector<ExpectationFailure> decided;
    const CaseRule *rule = snapshot.findRule(caseRuleId);
    if (rule == nullptr || rule->rule.kind == RuleDetails::Kind::Unknown)
        return decided;
    const ExpectAspect aspect = aspectOf(rule->rule.kind);
    for (const ExpectationFailure &failure : failures) {
        const CaseTemplate *caseTemplate = snapshot.findTemplate(failure.templateId);
        if (failure.aspect == aspect && caseTemplate != nullptr &&
            attached(*caseTemplate, caseRuleId, failure.fieldId))
            decided.push_back(failure);
    }
    return decided;
}

} // namespace cw::editing
