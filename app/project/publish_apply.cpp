#include "publish_apply.h"

#include "slug.h"

#include <algorithm>

namespace cw::project {
namespace {
RuleFile *ruleFile(Project &project, const std::string &slug)
{
    for (RuleFile &file : project.rules)
        if (file.slug == slug)
            return &file;
    return nullptr;
}

TemplateFile *templateFile(Project &project, const std::string &slug)
{
    for (TemplateFile &file : project.templates)
        if (file.slug == slug)
            return &file;
    return nullptr;
}

DomainSnapshot &baseOf(Project &project)
{
    if (!project.base) {
        project.base.emplace();
        project.base->domainId = project.config.domainId;
        project.base->domainArn = project.config.domainArn;
        project.base->name = project.config.domainName;
    }
    return *project.base;
}

// Puts `rule` into the base, keeping the metadata the base already has for that id.
void putBaseRule(Project &project, CaseRule rule)
{
    auto &rules = baseOf(project).caseRules;
    auto it = std::find_if(rules.begin(), rules.end(), [&](const CaseRule &r) { return r.caseRuleId == rule.caseRuleId; });
    if (it == rules.end()) {
        rules.push_back(std::move(rule));
        return;
    }
    if (rule.caseRuleArn.empty())
        rule.caseRuleArn = it->caseRuleArn;
    if (!rule.createdTime)
        rule.createdTime = it->createdTime;
    if (!rule.lastModifiedTime)
        rule.lastModifiedTime = it->lastModifiedTime;
    *it = std::move(rule);
}

void putBaseTemplate(Project &project, CaseTemplate caseTemplate)
{
    auto &templates = baseOf(project).templates;
    auto it = std::find_if(templates.begin(), templates.end(),
                           [&](const CaseTemplate &t) { return t.templateId == caseTemplate.templateId; });
    if (it == templates.end()) {
        templates.push_back(std::move(caseTemplate));
        return;
    }
    if (caseTemplate.templateArn.empty())
        caseTemplate.templateArn = it->templateArn;
    if (!caseTemplate.createdTime)
        caseTemplate.createdTime = it->createdTime;
    if (!caseTemplate.lastModifiedTime)
        caseTemplate.lastModifiedTime = it->lastModifiedTime;
    *it = std::move(caseTemplate);
}
} // namespace

void rebaseRule(Project &project, const CaseRule &remote)
{
    putBaseRule(project, remote);
}

void rebaseTemplate(Project &project, const CaseTemplate &remote)
{
    putBaseTemplate(project, remote);
}

void rewriteLocalRuleRefs(Project &project, const std::string &slug, const std::string &caseRuleId)
{
    const std::string local = localRuleRef(slug);
    for (TemplateFile &file : project.templates)
        if (file.caseTemplate.rules)
            for (TemplateRule &attachment : *file.caseTemplate.rules)
                if (attachment.caseRuleId == local)
                    attachment.caseRuleId = caseRuleId;
}

void applyDoneStep(Project &project, const JournalStep &step)
{
    switch (step.action) {
    case PlanStep::Action::CreateRule:
    case PlanStep::Action::UpdateRule: {
        RuleFile *file = ruleFile(project, step.slug);
        if (file == nullptr)
            return;
        file->rule.caseRuleId = step.id;
        CaseRule pulled = file->rule;
        pulled.caseRuleArn = step.arn;
        putBaseRule(project, std::move(pulled));
        rewriteLocalRuleRefs(project, step.slug, step.id);
        return;
    }
    case PlanStep::Action::CreateTemplate:
    case PlanStep::Action::UpdateTemplate: {
        TemplateFile *file = templateFile(project, step.slug);
        if (file == nullptr)
            return;
        file->caseTemplate.templateId = step.id;
        CaseTemplate pulled = file->caseTemplate;
        pulled.templateArn = step.arn;
        if (pulled.status.empty())
            pulled.status = "Active"; // the service's default for a template created without one
        putBaseTemplate(project, std::move(pulled));
        return;
    }
    case PlanStep::Action::DeleteRule: {
        if (!project.base)
            return;
        auto &rules = project.base->caseRules;
        rules.erase(std::remove_if(rules.begin(), rules.end(), [&](const CaseRule &r) { return r.caseRuleId == step.id; }),
                    rules.end());
        return;
    }
    }
}

void publishAgainAsNew(Project &project, const std::string &kind, const std::string &id)
{
    if (kind == "rule") {
        for (RuleFile &file : project.rules)
            if (file.rule.caseRuleId == id) {
                file.rule.caseRuleId.clear();
                for (TemplateFile &templateFile : project.templates)
                    if (templateFile.caseTemplate.rules)
                        for (TemplateRule &attachment : *templateFile.caseTemplate.rules)
                            if (attachment.caseRuleId == id)
                                attachment.caseRuleId = localRuleRef(file.slug);
            }
        adoptRemoteRule(project, id, std::nullopt); // no file holds the id now: drops the base's entry
        return;
    }
    for (TemplateFile &file : project.templates)
        if (file.caseTemplate.templateId == id)
            file.caseTemplate.templateId.clear();
    adoptRemoteTemplate(project, id, std::nullopt);
}

void adoptRemoteRule(Project &project, const std::string &caseRuleId, const std::optional<CaseRule> &remote)
{
    auto &files = project.rules;
    auto file = std::find_if(files.begin(), files.end(), [&](const RuleFile &f) { return f.rule.caseRuleId == caseRuleId; });
    if (!remote || remote->isDeleted()) {
        if (file != files.end())
            files.erase(file);
        if (project.base) {
            auto &rules = project.base->caseRules;
            rules.erase(std::remove_if(rules.begin(), rules.end(),
                                       [&](const CaseRule &r) { return r.caseRuleId == caseRuleId; }),
                        rules.end());
        }
        return;
    }
    if (file != files.end()) {
        file->rule = *remote;
    } else {
        std::set<std::string> taken;
        for (const RuleFile &f : files)
            taken.insert(f.slug);
        files.push_back(RuleFile{uniqueSlug(remote->name, taken, "rule"), *remote});
        std::sort(files.begin(), files.end(), [](const RuleFile &a, const RuleFile &b) { return a.slug < b.slug; });
    }
    putBaseRule(project, *remote);
}

void adoptRemoteTemplate(Project &project, const std::string &templateId, const std::optional<CaseTemplate> &remote)
{
    auto &files = project.templates;
    auto file = std::find_if(files.begin(), files.end(),
                             [&](const TemplateFile &f) { return f.caseTemplate.templateId == templateId; });
    if (!remote || remote->isDeleted()) {
        if (file != files.end())
            files.erase(file);
        if (project.base) {
            auto &templates = project.base->templates;
            templates.erase(std::remove_if(templates.begin(), templates.end(),
                                           [&](const CaseTemplate &t) { return t.templateId == templateId; }),
                            templates.end());
        }
        return;
    }
    if (file != files.end()) {
        file->caseTemplate = *remote;
    } else {
        std::set<std::string> taken;
        for (const TemplateFile &f : files)
            taken.insert(f.slug);
        files.push_back(TemplateFile{uniqueSlug(remote->name, taken, "template"), *remote});
        std::sort(files.begin(), files.end(),
                  [](const TemplateFile &a, const TemplateFile &b) { return a.slug < b.slug; });
    }
    putBaseTemplate(project, *remote);
}

} // namespace cw::project
