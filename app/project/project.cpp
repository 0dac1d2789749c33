#include "project.h"

#include "slug.h"

namespace cw::project {
namespace {
std::string localTemplateRef(const std::string &slug)
{
    return localRuleRef(slug); // same "local:" scheme; templates and rules are looked up apart
}

// Splits "/caseRules/2/rule/..." into ("caseRules", 2, "/rule/...").
bool splitIndexed(const std::string &pointer, const std::string &collection, std::size_t &index,
                  std::string &rest)
{
    const std::string prefix = "/" + collection + "/";
    if (pointer.rfind(prefix, 0) != 0)
        return false;
    const std::size_t start = prefix.size();
    const std::size_t slash = pointer.find('/', start);
    const std::string number =
        pointer.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (number.empty() || number.find_first_not_of("0123456789") != std::string::npos)
        return false;
    index = std::stoul(number);
    rest = slash == std::string::npos ? std::string() : pointer.substr(slash);
    return true;
}
} // namespace

const RuleFile *Project::findRuleBySlug(const std::string &slug) const
{
    for (const RuleFile &file : rules)
        if (file.slug == slug)
            return &file;
    return nullptr;
}

const RuleFile *Project::findRuleById(const std::string &caseRuleId) const
{
    for (const RuleFile &file : rules)
        if (ruleRef(file) == caseRuleId)
            return &file;
    return nullptr;
}

const TemplateFile *Project::findTemplateBySlug(const std::string &slug) const
{
    for (const TemplateFile &file : templates)
        if (file.slug == slug)
            return &file;
    return nullptr;
}

const TemplateFile *Project::findTemplateById(const std::string &templateId) const
{
    for (const TemplateFile &file : templates)
        if (templateRef(file) == templateId)
            return &file;
    return nullptr;
}

std::string Project::ruleRef(const RuleFile &file)
{
    return file.rule.caseRuleId.empty() ? localRuleRef(file.slug) : file.rule.caseRuleId;
}

std::string Project::templateRef(const TemplateFile &file)
{
    return file.caseTemplate.templateId.empty() ? localTemplateRef(file.slug) : file.caseTemplate.templateId;
}

std::string UnreadableFile::slugIn(const std::string &folder) const
{
    const std::string prefix = folder + "/";
    const std::string suffix = ".json";
    const std::string &path = relative;
    if (path.size() > prefix.size() + suffix.size() && path.compare(0, prefix.size(), prefix) == 0 &&
        path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0)
        return path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
    return {};
}

std::set<std::string> Project::unreadableSlugs(const std::string &folder) const
{
    std::set<std::string> slugs;
    for (const UnreadableFile &file : unreadable)
        if (std::string slug = file.slugIn(folder); !slug.empty())
            slugs.insert(std::move(slug));
    return slugs;
}

DomainSnapshot Project::workingSnapshot() const
{
    DomainSnapshot snapshot;
    snapshot.domainId = config.domainId;
    snapshot.domainArn = config.domainArn;
    snapshot.name = config.domainName;
    snapshot.fields = fields;
    snapshot.fieldOptions = fieldOptions;
    snapshot.layouts = layouts;
    for (const RuleFile &file : rules) {
        CaseRule rule = file.rule;
        rule.caseRuleId = ruleRef(file);
        if (base) {
            if (const CaseRule *pulled = base->findRule(file.rule.caseRuleId)) {
                rule.caseRuleArn = pulled->caseRuleArn;
                rule.createdTime = pulled->createdTime;
                rule.lastModifiedTime = pulled->lastModifiedTime;
            }
        }
        snapshot.caseRules.push_back(std::move(rule));
    }
    for (const TemplateFile &file : templates) {
        CaseTemplate caseTemplate = file.caseTemplate;
        caseTemplate.templateId = templateRef(file);
        if (base) {
            if (const CaseTemplate *pulled = base->findTemplate(file.caseTemplate.templateId)) {
                caseTemplate.templateArn = pulled->templateArn;
                caseTemplate.createdTime = pulled->createdTime;
                caseTemplate.lastModifiedTime = pulled->lastModifiedTime;
            }
        }
        snapshot.templates.push_back(std::move(caseTemplate));
    }
    return snapshot;
}

Location locateInProject(const Project &project, const std::string &snapshotPointer)
{
    Location where;
    std::size_t index = 0;
    std::string rest;
    if (splitIndexed(snapshotPointer, "caseRules", index, rest) && index < project.rules.size()) {
        where.file = "rules/" + project.rules[index].slug + ".json";
        where.pointer = rest;
    } else if (splitIndexed(snapshotPointer, "templates", index, rest) && index < project.templates.size()) {
        where.file = "templates/" + project.templates[index].slug + ".json";
        where.pointer = rest;
    } else if (snapshotPointer.rfind("/fields", 0) == 0 || snapshotPointer.rfind("/fieldOptions", 0) == 0) {
        where.file = "fields.json";
        where.pointer = snapshotPointer;
    } else if (snapshotPointer.rfind("/layouts", 0) == 0) {
        where.file = "layouts.json";
        where.pointer = snapshotPointer;
    } else {
        where.file = "casewright.json";
        where.pointer = snapshotPointer;
    }
    return where;
}

} // namespace cw::project
