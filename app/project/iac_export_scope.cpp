#include "iac_export_scope.h"

#include "common/user_text.h"

#include <algorithm>
#include <set>

namespace cw::project {

bool iacCanExpress(const Condition &condition)
{
    if (!condition.isComparison())
        return false;
    switch (condition.operand.kind) {
    case Value::Kind::String:
    case Value::Kind::Double:
    case Value::Kind::Boolean:
    case Value::Kind::Empty:
        return true;
    case Value::Kind::UserArn:
    case Value::Kind::Unknown:
        return false;
    }
    return false;
}

IacExportScope iacExportScope(const DomainSnapshot &snapshot, const std::string &resourceType)
{
    IacExportScope scope;
    std::set<std::string> exported;
    for (const CaseRule &rule : snapshot.caseRules) {
        if (rule.isDeleted())
            continue;
        const std::string label = "rule " + quoteUserText(rule.name, '"');
        if (rule.rule.kind == RuleDetails::Kind::FieldOptions) {
            scope.warnings.push_back(label + " is a field-options rule, which " + resourceType +
                                     " cannot express; it is left out");
            continue;
        }
        if (rule.rule.kind == RuleDetails::Kind::Unknown) {
            scope.warnings.push_back(label + " has a kind Casewright does not know; it is left out");
            continue;
        }
        const auto &conditions = rule.rule.boolean.conditions;
        if (!std::all_of(conditions.begin(), conditions.end(), iacCanExpress)) {
            scope.warnings.push_back(label + " uses andAll/orAll groups, which " + resourceType +
                                     " cannot express; it is left out");
            continue;
        }
        scope.rules.push_back(&rule);
        exported.insert(rule.caseRuleId);
    }

    for (const CaseTemplate &caseTemplate : snapshot.templates) {
        if (caseTemplate.isDeleted())
            continue;
        IacTemplateScope templateScope;
        templateScope.caseTemplate = &caseTemplate;
        if (caseTemplate.rules)
            for (const TemplateRule &attachment : *caseTemplate.rules) {
                if (exported.count(attachment.caseRuleId) == 0) {
                    const CaseRule *rule = snapshot.findRule(attachment.caseRuleId);
                    scope.warnings.push_back("template " + quoteUserText(caseTemplate.name, '"') +
                                             " loses its attachment of rule " +
                                             quoteUserText(rule ? rule->name : attachment.caseRuleId, '"') +
                                             ", which is not exported");
                    continue;
                }
                templateScope.attachments.push_back(&attachment);
            }
        scope.templates.push_back(std::move(templateScope));
    }
    return scope;
}

} // namespace cw::project
