#include "samples/template_fields.h"

#include <algorithm>

namespace cw {
namespace {
void addOnce(std::vector<std::string> &ids, const std::string &id)
{
    if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end())
        ids.push_back(id);
}

void collectRead(const Condition &condition, std::vector<std::string> &ids)
{
    if (condition.isComparison())
        addOnce(ids, condition.fieldId);
    for (const Condition &child : condition.children)
        collectRead(child, ids);
}
} // namespace

std::vector<std::string> fieldsReadBy(const CaseRule &rule)
{
    std::vector<std::string> ids;
    switch (rule.rule.kind) {
    case RuleDetails::Kind::Required:
    case RuleDetails::Kind::Hidden:
        for (const Condition &condition : rule.rule.boolean.conditions)
            collectRead(condition, ids);
        break;
    case RuleDetails::Kind::FieldOptions:
        if (rule.rule.options.parentFieldId)
            addOnce(ids, *rule.rule.options.parentFieldId);
        break;
    case RuleDetails::Kind::Unknown:
        break;
    }
    return ids;
}

std::vector<std::string> templateFieldIds(const DomainSnapshot &snapshot, const CaseTemplate &caseTemplate)
{
    std::vector<std::string> ids;
    if (caseTemplate.requiredFields)
        for (const RequiredField &required : *caseTemplate.requiredFields)
            addOnce(ids, required.fieldId);
    if (caseTemplate.rules)
        for (const TemplateRule &attachment : *caseTemplate.rules)
            if (const CaseRule *rule = snapshot.findRule(attachment.caseRuleId); rule && !rule->isDeleted())
                for (const std::string &id : fieldsReadBy(*rule))
                    addOnce(ids, id);
    if (caseTemplate.layoutConfiguration && caseTemplate.layoutConfiguration->defaultLayout)
        if (const Layout *layout = snapshot.findLayout(*caseTemplate.layoutConfiguration->defaultLayout))
            for (const std::string &id : layout->fieldIds())
                addOnce(ids, id);
    if (caseTemplate.rules)
        for (const TemplateRule &attachment : *caseTemplate.rules)
            if (attachment.fieldId)
                addOnce(ids, *attachment.fieldId);
    return ids;
}

} // namespace cw
