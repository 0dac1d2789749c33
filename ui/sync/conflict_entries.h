#pragma once
// The conflicts the publish dialog lets the user settle one by one, from two sources:
//   - a pull that found both sides changed (project.state.conflicts), settled with
//     project::resolveConflict, locally;
//   - publish's own check that finds an entity changed remotely since the last pull
//     (PublishReport::conflicts), settled by reading the entity again and adopting it
//     (theirs: adoptRemoteRule/Template) or recording it as the base mine replaces (mine:
//     rebaseRule/Template) -- what Publisher does for all conflicts at once with --take-theirs /
//     --take-mine, here per entity.

#include "client/cases_client.h"
#include "project/publisher.h"
#include "project/pull_merge.h"

#include <functional>
#include <optional>

namespace cw::ui {

struct ConflictEntry {
    enum class Origin { Pull, Publish };
    Origin origin = Origin::Publish;
    std::string kind; // "rule" | "template"
    std::string slug;
    std::string id;
    std::string name;
    Json mine; // comparable forms (plan.h); null: deleted on that side
    Json theirs;
    Json base;
    bool hasBase = true; // a pull conflict's base is already theirs: nothing to show
    std::optional<project::Resolution> choice;
};

std::vector<ConflictEntry> pullConflictEntries(const project::Project &project);
ConflictEntry publishConflictEntry(const project::RemoteConflict &conflict);

// resolveConflict for every pull entry; each must have a choice.
Status applyPullChoices(project::Project &project, const std::vector<ConflictEntry> &entries);

// A copy of `project` with the pull conflicts resolved as chosen (mine where nothing is chosen
// yet), for planning and the dry run before anything is decided.
project::Project withPullChoices(project::Project project, const std::vector<ConflictEntry> &entries);

struct SettledConflicts {
    std::vector<std::string> changedAgain; // "rule “X”": the service's version is no longer the one shown
    std::vector<std::string> recreated;    // kept as mine although deleted remotely: published as new
};

// Reads every publish entity with a choice again and applies it to `project` (nothing is saved).
// Mine over a remote deletion makes the file a new entity again (project::publishAgainAsNew), as
// Publisher's take-mine does -- but for that entity only, so the template updates this causes
// are checked for conflicts like any other. When one entity changed again since it was shown,
// nothing at all is applied and changedAgain says which. `done` runs once: from the event loop,
// or at once when there is nothing to read.
void settlePublishConflicts(net::CasesClient &client, project::Project &project,
                            const std::vector<ConflictEntry> &entries,
                            std::function<void(Result<SettledConflicts>)> done);

} // namespace cw::ui
