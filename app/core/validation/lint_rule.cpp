// lintRule: the lint of one rule's details by kind.

#include "validation/describe.h"
#include "validation/lint.h"
#include "validation/lint_checks.h"

namespace cw {

using namespace validation;

std::vector<Finding> lintRule(const CaseRule &rule, const DomainSnapshot &context,
                              const std::string &pointerPrefix)
{
    std::vector<Finding> findings;
    FindingSink sink(findings, entityLabel(rule.name, rule.caseRuleId));
    lintText(sink, rule.name, pointerPrefix + "/name", ruleTitle(rule) + ": the name");
    if (rule.description)
        lintText(sink, *rule.description, pointerPrefix + "/description",
                 ruleTitle(rule) + ": the description");
    const std::string pointer = pointerJoin(pointerPrefix + "/rule", toString(rule.rule.kind));
    switch (rule.rule.kind) {
    case RuleDetails::Kind::Required:
    case RuleDetails::Kind::Hidden:
        lintBooleanRule(sink, context, ruleTitle(rule), rule.rule.kind, rule.rule.boolean, pointer);
        break;
    case RuleDetails::Kind::FieldOptions:
        lintFieldOptionsRule(sink, context, ruleTitle(rule), rule.rule.options, pointer);
        break;
    case RuleDetails::Kind::Unknown: // validation reports it; nothing to reason about
        break;
    }
    return findings;
}

} // namespace cw
