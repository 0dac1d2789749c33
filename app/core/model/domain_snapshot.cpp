#include "model/domain_snapshot.h"

namespace cw {
namespace {
template <typename Item, typename Key>
const Item *findBy(const std::vector<Item> &items, const std::string &id, Key key)
{
    for (const Item &item : items)
        if (item.*key == id)
            return &item;
    return nullptr;
}
} // namespace

const Field *DomainSnapshot::findField(const std::string &fieldId) const
{
    return findBy(fields, fieldId, &Field::fieldId);
}

const CaseRule *DomainSnapshot::findRule(const std::string &caseRuleId) const
{
    return findBy(caseRules, caseRuleId, &CaseRule::caseRuleId);
}

const CaseTemplate *DomainSnapshot::findTemplate(const std::string &templateId) const
{
    return findBy(templates, templateId, &CaseTemplate::templateId);
}

const Layout *DomainSnapshot::findLayout(const std::string &layoutId) const
{
    return findBy(layouts, layoutId, &Layout::layoutId);
}

const std::vector<FieldOption> *DomainSnapshot::optionsOf(const std::string &fieldId) const
{
    const auto it = fieldOptions.find(fieldId);
    return it == fieldOptions.end() ? nullptr : &it->second;
}

} // namespace cw
