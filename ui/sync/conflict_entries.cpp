#include "sync/conflict_entries.h"

#include "project/plan.h"
#include "project/publish_apply.h"
#include "wire/wire_json.h"

#include <map>
#include <memory>

namespace cw::ui {
namespace {
// The wire form a pull recorded, as plan compares it; kept as it is when it cannot be read.
Json comparableFromWire(const std::string &kind, const Json &wire)
{
    if (wire.is_null())
        return wire;
    if (kind == "rule") {
        auto rule = wire::readCaseRule(wire);
        return rule ? project::comparableRule(*rule) : wire;
    }
    auto caseTemplate = wire::readTemplate(wire);
    return caseTemplate ? project::comparableTemplate(*caseTemplate) : wire;
}

std::string label(const ConflictEntry &entry)
{
    return entry.kind + " \u201c" + entry.name + "\u201d";
}

struct Fetched {
    std::optional<CaseRule> rule;
    std::optional<CaseTemplate> caseTemplate;
    bool gone = false;
};

struct SettleState {
    std::vector<ConflictEntry> entries;
    std::map<std::size_t, Fetched> fetched;
    int pending = 0;
    bool failed = false;
    std::function<void(Result<SettledConflicts>)> done;
};

bool isNotFound(const Error &error)
{
    return error.code == "api.not-found";
}
} // namespace

std::vector<ConflictEntry> pullConflictEntries(const project::Project &project)
{
    std::vector<ConflictEntry> entries;
    for (const project::Conflict &conflict : project.state.conflicts) {
        ConflictEntry entry;
        entry.origin = ConflictEntry::Origin::Pull;
        entry.kind = conflict.kind;
        entry.slug = conflict.slug;
        entry.id = conflict.id;
        entry.theirs = comparableFromWire(conflict.kind, conflict.theirs);
        entry.hasBase = false;
        if (conflict.kind == "rule") {
            if (const project::RuleFile *file = project.findRuleBySlug(conflict.slug)) {
                entry.mine = project::comparableRule(file->rule);
                entry.name = file->rule.name;
            }
        } else if (const project::TemplateFile *file = project.findTemplateBySlug(conflict.slug)) {
            entry.mine = project::comparableTemplate(file->caseTemplate);
            entry.name = file->caseTemplate.name;
        }
        if (entry.name.empty() && entry.theirs.is_object())
            entry.name = entry.theirs.value("name", conflict.slug);
        entries.push_back(std::move(entry));
    }
    return entries;
}

ConflictEntry publishConflictEntry(const project::RemoteConflict &conflict)
{
    ConflictEntry entry;
    entry.origin = ConflictEntry::Origin::Publish;
    entry.kind = conflict.kind;
    entry.slug = conflict.slug;
    entry.id = conflict.id;
    entry.name = conflict.name;
    entry.mine = conflict.mine;
    entry.theirs = conflict.theirs;
    entry.base = conflict.base;
    return entry;
}

Status applyPullChoices(project::Project &project, const std::vector<ConflictEntry> &entries)
{
    for (const ConflictEntry &entry : entries) {
        if (entry.origin != ConflictEntry::Origin::Pull)
            continue;
        if (!entry.choice)
            return makeError("publish.unresolved", "choose mine or theirs for " + label(entry));
        if (auto status = project::resolveConflict(project, entry.kind, entry.slug, *entry.choice); !status)
            return status;
    }
    return Ok{};
}

project::Project withPullChoices(project::Project project, const std::vector<ConflictEntry> &entries)
{
    for (ConflictEntry entry : entries)
        if (entry.origin == ConflictEntry::Origin::Pull) {
            entry.choice = entry.choice.value_or(project::Resolution::TakeMine);
            (void)project::resolveConflict(project, entry.kind, entry.slug, *entry.choice);
        }
    return project;
}

void settlePublishConflicts(net::CasesClient &client, project::Project &project,
                            const std::vector<ConflictEntry> &entries,
                            std::function<void(Result<SettledConflicts>)> done)
{
    auto state = std::make_shared<SettleState>();
    state->done = std::move(done);
    for (const ConflictEntry &entry : entries)
        if (entry.origin == ConflictEntry::Origin::Publish) {
            if (!entry.choice)
                return state->done(
                    makeError("publish.unresolved", "choose mine or theirs for " + label(entry)));
            state->entries.push_back(entry);
        }
    if (state->entries.empty())
        return state->done(SettledConflicts{});

    // Everything read: check, then apply all or nothing.
    const auto finish = [state, &project] {
        SettledConflicts settled;
        for (std::size_t i = 0; i < state->entries.size(); ++i) {
            const ConflictEntry &entry = state->entries[i];
            const Fetched &now = state->fetched[i];
            const Json current = now.gone               ? Json()
                                 : entry.kind == "rule" ? project::comparableRule(*now.rule)
                                                        : project::comparableTemplate(*now.caseTemplate);
            if (current != entry.theirs)
                settled.changedAgain.push_back(label(entry));
        }
        if (!settled.changedAgain.empty())
            return state->done(settled);
        for (std::size_t i = 0; i < state->entries.size(); ++i) {
            const ConflictEntry &entry = state->entries[i];
            const Fetched &now = state->fetched[i];
            const bool theirs = *entry.choice == project::Resolution::TakeTheirs;
            if (!theirs && now.gone) {
                project::publishAgainAsNew(project, entry.kind, entry.id);
                settled.recreated.push_back(label(entry));
            } else if (entry.kind == "rule") {
                if (theirs)
                    project::adoptRemoteRule(project, entry.id, now.gone ? std::nullopt : now.rule);
                else
                    project::rebaseRule(project, *now.rule);
            } else if (theirs) {
                project::adoptRemoteTemplate(project, entry.id, now.gone ? std::nullopt : now.caseTemplate);
            } else {
                project::rebaseTemplate(project, *now.caseTemplate);
            }
        }
        state->done(settled);
    };
    const auto arrived = [state, finish](std::optional<Error> error) {
        if (state->failed)
            return;
        if (error) {
            state->failed = true;
            return state->done(*error);
        }
        if (--state->pending == 0)
            finish();
    };

    const std::string &domainId = project.config.domainId;
    state->pending = int(state->entries.size());
    for (std::size_t i = 0; i < state->entries.size(); ++i) {
        const ConflictEntry &entry = state->entries[i];
        if (entry.kind == "rule") {
            client.getCaseRule(domainId, entry.id, [state, i, arrived](Result<CaseRule> read) {
                if (read)
                    state->fetched[i].rule = *read;
                state->fetched[i].gone = (!read && isNotFound(read.error())) || (read && read->isDeleted());
                arrived(read || isNotFound(read.error()) ? std::nullopt : std::optional<Error>(read.error()));
            });
        } else {
            client.getTemplate(domainId, entry.id, [state, i, arrived](Result<CaseTemplate> read) {
                if (read)
                    state->fetched[i].caseTemplate = *read;
                state->fetched[i].gone = (!read && isNotFound(read.error())) || (read && read->isDeleted());
                arrived(read || isNotFound(read.error()) ? std::nullopt : std::optional<Error>(read.error()));
            });
        }
    }
}

} // namespace cw::ui
