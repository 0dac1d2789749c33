// validateRule: a case rule's own members, then its details by kind.

#include "common/user_text.h"
#include "validation/describe.h"
#include "validation/finding_codes.h"
#include "validation/rule_checks.h"
#include "validation/validator.h"

namespace cw {

using namespace validation;

std::vector<Finding> validateRule(const CaseRule &rule, const DomainSnapshot &context,
                                  const std::string &pointerPrefix)
{
    std::vector<Finding> findings;
    FindingSink sink(findings, entityLabel(rule.name, rule.caseRuleId));
    const std::string title = ruleTitle(rule);

    // An empty id is a rule not yet published: the service assigns the id.
    if (codePointCount(rule.caseRuleId) > kIdLimits.max)
        sink.error(codes::RuleIdLength, pointerPrefix + "/caseRuleId",
                   title + " has an id of " + std::to_string(codePointCount(rule.caseRuleId)) +
                       " characters; ids are at most 500. Pull the rule again to get its real id.");
    sink.checkText(rule.name, kNameLimits, codes::RuleNameLength, codes::RuleNamePattern,
                   pointerPrefix + "/name", title + ": the name");
    if (rule.description)
        sink.checkText(*rule.description, kDescriptionLimits, codes::RuleDescriptionLength, {},
                       pointerPrefix + "/description", title + ": the description");

    const std::string detailsPointer = pointerPrefix + "/rule";
    switch (rule.rule.kind) {
    case RuleDetails::Kind::Required:
    case RuleDetails::Kind::Hidden:
        validateBooleanRule(sink, context, title, rule.rule.kind, rule.rule.boolean,
                            pointerJoin(detailsPointer, toString(rule.rule.kind)));
        break;
    case RuleDetails::Kind::FieldOptions:
        validateFieldOptionsRule(sink, context, title, rule.rule.options,
                                 pointerJoin(detailsPointer, toString(rule.rule.kind)));
        break;
    case RuleDetails::Kind::Unknown:
        sink.error(
            codes::RuleKindUnknown, pointerJoin(detailsPointer, rule.rule.unknownKey),
            title + " is a " + quoteUserText(rule.rule.unknownKey) +
                " rule, which this version of Casewright does not know (a newer service added it), so "
                "Casewright cannot check or evaluate it. Update Casewright; the rule is kept as it is.");
        break;
    }
    return findings;
}

} // namespace cw
