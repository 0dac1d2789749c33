#include "identity_changes.h"

#include "slug.h"

#include <set>

namespace cw::project {
namespace {
std::set<std::string> ruleIds(const Project &project)
{
    std::set<std::string> ids;
    for (const RuleFile &file : project.rules)
        if (!file.rule.caseRuleId.empty())
            ids.insert(file.rule.caseRuleId);
    if (project.base)
        for (const CaseRule &rule : project.base->caseRules)
            if (!rule.isDeleted())
                ids.insert(rule.caseRuleId);
    return ids;
}

std::set<std::string> templateIds(const Project &project)
{
    std::set<std::string> ids;
    for (const TemplateFile &file : project.templates)
        if (!file.caseTemplate.templateId.empty())
            ids.insert(file.caseTemplate.templateId);
    if (project.base)
        for (const CaseTemplate &caseTemplate : project.base->templates)
            if (!caseTemplate.isDeleted())
                ids.insert(caseTemplate.templateId);
    return ids;
}

// Follows the recorded changes of one reference (a few hops: a publish per hop at most).
std::string currentRef(const std::map<std::string, std::string> &refs, std::string ref)
{
    for (int hop = 0; hop < 8; ++hop) {
        const auto next = refs.find(ref);
        if (next == refs.end() || next->second.empty() || next->second == ref)
            break;
        ref = next->second;
    }
    return ref;
}
} // namespace

IdentityChanges identityChanges(const Project &before, const Project &after)
{
    IdentityChanges changes;
    for (const RuleFile &was : before.rules)
        if (const RuleFile *now = after.findRuleBySlug(was.slug))
            if (Project::ruleRef(was) != Project::ruleRef(*now))
                changes.ruleRefs[Project::ruleRef(was)] = Project::ruleRef(*now);
    const std::set<std::string> rulesNow = ruleIds(after);
    for (const std::string &id : ruleIds(before))
        if (!rulesNow.count(id))
            changes.ruleRefs.emplace(id, std::string()); // gone, unless it became another id above

    for (const TemplateFile &was : before.templates)
        if (const TemplateFile *now = after.findTemplateBySlug(was.slug)) {
            const std::string &from = was.caseTemplate.templateId;
            const std::string &to = now->caseTemplate.templateId;
            if (from == to)
                continue;
            if (from.empty())
                changes.templateIdsBySlug[was.slug] = to;
            else
                changes.templateIds[from] = to;
        }
    const std::set<std::string> templatesNow = templateIds(after);
    for (const std::string &id : templateIds(before))
        if (!templatesNow.count(id))
            changes.templateIds.emplace(id, std::string());
    return changes;
}

void updateIdentity(IdentityChanges &changes, const std::string &slug, CaseRule &rule)
{
    const std::string local = localRuleRef(slug);
    const std::string was = rule.caseRuleId.empty() ? local : rule.caseRuleId;
    std::string now = currentRef(changes.ruleRefs, was);
    const auto gone = changes.ruleRefs.find(now);
    if (gone != changes.ruleRefs.end() && gone->second.empty() && !isLocalRuleRef(now)) {
        // Its remote rule is gone: the file is a new rule again, and from now on the references
        // to the old id mean this file.
        gone->second = local;
        now = local;
    }
    rule.caseRuleId = isLocalRuleRef(now) ? std::string() : now;
}

void updateIdentity(const IdentityChanges &changes, const std::string &slug, CaseTemplate &caseTemplate)
{
    std::string &id = caseTemplate.templateId;
    if (id.empty()) {
        if (const auto created = changes.templateIdsBySlug.find(slug);
            created != changes.templateIdsBySlug.end())
            id = created->second;
    } else if (const auto changed = changes.templateIds.find(id); changed != changes.templateIds.end()) {
        id = changed->second; // empty when it is gone: a new template again
    }
    if (caseTemplate.rules)
        for (TemplateRule &attachment : *caseTemplate.rules)
            attachment.caseRuleId = currentRef(changes.ruleRefs, attachment.caseRuleId);
}

} // namespace cw::project
