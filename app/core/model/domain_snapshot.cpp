#include "model/domain_snapshot.h"

namespace cw {

const Field *DomainSnapshot::findField(const std::string &fieldId) const
{
    return m_fieldIndex.find(fields, fieldId, &Field::fieldId);
}

const CaseRule *DomainSnapshot::findRule(const std::string &caseRuleId) const
{
    return m_ruleIndex.find(caseRules, caseRuleId, &CaseRule::caseRuleId);
}

const CaseTemplate *DomainSnapshot::findTemplate(const std::string &templateId) const
{
    return m_templateIndex.find(templates, templateId, &CaseTemplate::templateId);
}

const Layout *DomainSnapshot::findLayout(const std::string &layoutId) const
{
    return m_layoutIndex.find(layouts, layoutId, &Layout::layoutId);
}

const std::vector<FieldOption> *DomainSnapshot::optionsOf(const std::string &fieldId) const
{
    const auto it = fieldOptions.find(fieldId);
    return it == fieldOptions.end() ? nullptr : &it->second;
}

} // namespace cw
