#include "file_renames.h"

#include "slug.h"

#include <set>

namespace cw::project {
namespace {
// One kind of file at a time: `name(file)`, `isPublished(file)`.
template <typename File, typename Name, typename Published>
std::map<std::string, std::string> renamesOf(const std::vector<File> &files, std::set<std::string> taken,
                                             const char *fallback, bool includePublished, bool onlyPublished,
                                             Name name, Published isPublished)
{
    // `taken` starts with the names of unreadable files, which a rename must not write over.
    for (const File &file : files)
        taken.insert(file.slug);
    std::map<std::string, std::string> renames;
    for (const File &file : files) {
        const bool published = isPublished(file);
        if ((published && !includePublished) || (!published && onlyPublished))
            continue;
        if (slugFollowsName(file.slug, name(file), fallback))
            continue;
        taken.erase(file.slug);
        const std::string renamed = uniqueSlug(name(file), taken, fallback);
        taken.insert(renamed);
        renames[file.slug] = renamed;
    }
    return renames;
}

FileRenames renamesIn(const Project &project, bool includePublished, bool onlyPublished)
{
    FileRenames renames;
    renames.rules = renamesOf(
        project.rules, project.unreadableSlugs("rules"), kRuleSlugFallback, includePublished, onlyPublished,
        [](const RuleFile &file) { return file.rule.name; },
        [](const RuleFile &file) { return !file.rule.caseRuleId.empty(); });
    renames.templates = renamesOf(
        project.templates, project.unreadableSlugs("templates"), kTemplateSlugFallback, includePublished,
        onlyPublished, [](const TemplateFile &file) { return file.caseTemplate.name; },
        [](const TemplateFile &file) { return !file.caseTemplate.templateId.empty(); });
    return renames;
}

void renameLocalRef(std::string &ref, const std::map<std::string, std::string> &renames)
{
    if (!isLocalRuleRef(ref))
        return;
    if (const auto renamed = renames.find(slugOfLocalRef(ref)); renamed != renames.end())
        ref = localRuleRef(renamed->second);
}
} // namespace

bool slugFollowsName(const std::string &slug, const std::string &name, const std::string &fallback)
{
    const std::string base = slugify(name, fallback);
    if (slug == base)
        return true;
    if (slug.size() <= base.size() + 1 || slug.compare(0, base.size(), base) != 0 || slug[base.size()] != '-')
        return false;
    for (std::size_t i = base.size() + 1; i < slug.size(); ++i)
        if (slug[i] < '0' || slug[i] > '9')
            return false;
    return true;
}

FileRenames filesToRename(const Project &project, bool published)
{
    return renamesIn(project, published, false);
}

FileRenames publishedFilesToRename(const Project &project)
{
    return renamesIn(project, true, true);
}

void applyFileRenames(Project &project, const FileRenames &renames)
{
    // Templates and samples reach new rules and templates by "local:<slug>"; ids do not change.
    for (RuleFile &file : project.rules)
        if (const auto renamed = renames.rules.find(file.slug); renamed != renames.rules.end())
            file.slug = renamed->second;
    for (TemplateFile &file : project.templates) {
        if (const auto renamed = renames.templates.find(file.slug); renamed != renames.templates.end())
            file.slug = renamed->second;
        if (file.caseTemplate.rules)
            for (TemplateRule &attachment : *file.caseTemplate.rules)
                renameLocalRef(attachment.caseRuleId, renames.rules);
    }
    for (SampleFile &samples : project.samples)
        for (SampleCase &sampleCase : samples.cases.cases)
            renameLocalRef(sampleCase.templateId, renames.templates);
}

} // namespace cw::project
