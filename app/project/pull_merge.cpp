#include "pull_merge.h"

#include "common/user_text.h"
#include "plan.h"
#include "publish_apply.h"
#include "slug.h"
#include "wire/wire_json.h"

#include <set>

namespace cw::project {
namespace {
// Rules and templates merge the same way; these adapters give the generic merge what differs.
struct RuleKind {
    using Entity = CaseRule;
    using File = RuleFile;
    static constexpr const char *name = "rule";
    static std::vector<File> &files(Project &p) { return p.rules; }
    static const std::vector<Entity> &remote(const DomainSnapshot &s) { return s.caseRules; }
    static const Entity *inBase(const Project &p, const std::string &id)
    {
        return p.base ? p.base->findRule(id) : nullptr;
    }
    static const std::string &id(const Entity &e) { return e.caseRuleId; }
    static const std::string &name_(const Entity &e) { return e.name; }
    static Entity &entity(File &f) { return f.rule; }
    static Json comparable(const Entity &e) { return comparableRule(e); }
    static Json wire(const Entity &e) { return wire::writeCaseRule(e); }
    static std::string fallback() { return "rule"; }
};

struct TemplateKind {
    using Entity = CaseTemplate;
    using File = TemplateFile;
    static constexpr const char *name = "template";
    static std::vector<File> &files(Project &p) { return p.templates; }
    static const std::vector<Entity> &remote(const DomainSnapshot &s) { return s.templates; }
    static const Entity *inBase(const Project &p, const std::string &id)
    {
        return p.base ? p.base->findTemplate(id) : nullptr;
    }
    static const std::string &id(const Entity &e) { return e.templateId; }
    static const std::string &name_(const Entity &e) { return e.name; }
    static Entity &entity(File &f) { return f.caseTemplate; }
    static Json comparable(const Entity &e) { return comparableTemplate(e); }
    static Json wire(const Entity &e) { return wire::writeTemplate(e); }
    static std::string fallback() { return "template"; }
};

void addConflict(Project &project, MergeReport &report, Conflict conflict)
{
    // The same entity conflicting again (a second pull before it was resolved) is one conflict.
    for (Conflict &existing : project.state.conflicts)
        if (existing.kind == conflict.kind &&
            (conflict.id.empty() ? existing.slug == conflict.slug : existing.id == conflict.id)) {
            conflict.slug = existing.slug;
            existing = conflict; // a newer remote version replaces the one kept before
            report.newConflicts.push_back(std::move(conflict));
            return;
        }
    project.state.conflicts.push_back(conflict);
    report.newConflicts.push_back(std::move(conflict));
}

template <typename Kind> void mergeKind(Project &project, const DomainSnapshot &remote, MergeReport &report)
{
    auto &files = Kind::files(project);
    std::set<std::string> slugs;
    for (auto &file : files)
        slugs.insert(file.slug);
    // A conflict's slug is where "take theirs" will write its file: no other file may take it.
    for (const Conflict &conflict : project.state.conflicts)
        if (conflict.kind == Kind::name)
            slugs.insert(conflict.slug);

    std::set<std::string> remoteIds;
    for (const auto &theirs : Kind::remote(remote)) {
        if (theirs.isDeleted())
            continue;
        remoteIds.insert(Kind::id(theirs));
        const auto *base = Kind::inBase(project, Kind::id(theirs));
        auto mine = std::find_if(files.begin(), files.end(), [&](auto &file) {
            return Kind::id(Kind::entity(file)) == Kind::id(theirs);
        });
        const bool theirsChanged = base == nullptr || Kind::comparable(*base) != Kind::comparable(theirs);
        if (mine == files.end()) {
            if (base != nullptr && !base->isDeleted() && theirsChanged) {
                // Deleted here, edited there: keep the remote version aside until resolved.
                std::string slug;
                for (const Conflict &existing : project.state.conflicts)
                    if (existing.kind == Kind::name && existing.id == Kind::id(theirs))
                        slug = existing.slug;
                if (slug.empty())
                    slug = uniqueSlug(Kind::name_(theirs), slugs, Kind::fallback());
                slugs.insert(slug);
                addConflict(project, report,
                            Conflict{Kind::name, slug, Kind::id(theirs), Kind::wire(theirs)});
            } else if (base == nullptr || base->isDeleted()) {
                const std::string slug = uniqueSlug(Kind::name_(theirs), slugs, Kind::fallback());
                slugs.insert(slug);
                typename Kind::File file;
                file.slug = slug;
                Kind::entity(file) = theirs;
                files.push_back(std::move(file));
                report.created.push_back(slug);
            }
            continue;
        }
        const bool mineChanged =
            base == nullptr || Kind::comparable(*base) != Kind::comparable(Kind::entity(*mine));
        if (!mineChanged) {
            if (theirsChanged)
                report.updated.push_back(mine->slug);
            Kind::entity(*mine) = theirs;
        } else if (!theirsChanged || Kind::comparable(Kind::entity(*mine)) == Kind::comparable(theirs)) {
            report.kept.push_back(mine->slug);
        } else {
            addConflict(project, report,
                        Conflict{Kind::name, mine->slug, Kind::id(theirs), Kind::wire(theirs)});
        }
    }
    // Files whose entity the remote no longer has (deleted there).
    for (auto it = files.begin(); it != files.end();) {
        const std::string &id = Kind::id(Kind::entity(*it));
        if (id.empty() || remoteIds.count(id) != 0) {
            ++it;
            continue;
        }
        const auto *base = Kind::inBase(project, id);
        const bool mineChanged =
            base == nullptr || Kind::comparable(*base) != Kind::comparable(Kind::entity(*it));
        if (mineChanged) {
            addConflict(project, report, Conflict{Kind::name, it->slug, id, Json()});
            ++it;
        } else {
            report.removed.push_back(it->slug);
            it = files.erase(it);
        }
    }
    std::sort(files.begin(), files.end(), [](const auto &a, const auto &b) { return a.slug < b.slug; });
}

template <typename Kind> Status resolveOne(Project &project, const Conflict &conflict, Resolution resolution)
{
    auto &files = Kind::files(project);
    auto mine =
        std::find_if(files.begin(), files.end(), [&](auto &file) { return file.slug == conflict.slug; });
    if (resolution == Resolution::TakeMine) {
        // Mine against a remote deletion: the id is gone for good, so mine is published as new.
        if (conflict.theirs.is_null() && mine != files.end())
            publishAgainAsNew(project, Kind::name, conflict.id);
        return Ok{};
    }
    if (conflict.theirs.is_null()) {
        if (mine != files.end())
            files.erase(mine);
        return Ok{};
    }
    typename Kind::File file;
    file.slug = conflict.slug;
    if constexpr (std::is_same_v<Kind, RuleKind>) {
        auto rule = wire::readCaseRule(conflict.theirs);
        if (!rule)
            return rule.error();
        file.rule = std::move(rule).value();
    } else {
        auto caseTemplate = wire::readTemplate(conflict.theirs);
        if (!caseTemplate)
            return caseTemplate.error();
        file.caseTemplate = std::move(caseTemplate).value();
    }
    if (mine != files.end())
        *mine = std::move(file);
    else
        files.push_back(std::move(file));
    std::sort(files.begin(), files.end(), [](const auto &a, const auto &b) { return a.slug < b.slug; });
    return Ok{};
}
} // namespace

MergeReport mergePulled(Project &project, const DomainSnapshot &remote, const std::string &pulledAt)
{
    MergeReport report;
    project.config.domainId = remote.domainId;
    project.config.domainArn = remote.domainArn;
    project.config.domainName = remote.name;
    project.fields = remote.fields;
    project.fieldOptions = remote.fieldOptions;
    project.layouts = remote.layouts;
    mergeKind<RuleKind>(project, remote, report);
    mergeKind<TemplateKind>(project, remote, report);
    project.base = remote;
    project.state.lastPullTime = pulledAt;
    return report;
}

Project projectFromSnapshot(const DomainSnapshot &snapshot, const ProjectConfig &config,
                            const std::string &directory, const std::string &pulledAt)
{
    Project project;
    project.directory = directory;
    project.config = config;
    mergePulled(project, snapshot, pulledAt);
    return project;
}

Status resolveConflict(Project &project, const std::string &kind, const std::string &slug,
                       Resolution resolution)
{
    auto &conflicts = project.state.conflicts;
    auto it = std::find_if(conflicts.begin(), conflicts.end(),
                           [&](const Conflict &c) { return c.kind == kind && c.slug == slug; });
    if (it == conflicts.end()) {
        Location where;
        where.file = project.directory;
        return makeError("conflict.unknown",
                         "there is no conflict for " + elideUserText(kind) + " " + quoteUserText(slug, '"'),
                         where);
    }
    const Conflict conflict = *it;
    Status status = kind == "rule" ? resolveOne<RuleKind>(project, conflict, resolution)
                                   : resolveOne<TemplateKind>(project, conflict, resolution);
    if (!status)
        return status;
    conflicts.erase(std::find_if(conflicts.begin(), conflicts.end(),
                                 [&](const Conflict &c) { return c.kind == kind && c.slug == slug; }));
    return Ok{};
}

Status resolveAllConflicts(Project &project, Resolution resolution)
{
    while (!project.state.conflicts.empty()) {
        const Conflict first = project.state.conflicts.front();
        if (auto status = resolveConflict(project, first.kind, first.slug, resolution); !status)
            return status;
    }
    return Ok{};
}

} // namespace cw::project
