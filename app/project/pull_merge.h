#pragma once
// Folding a freshly pulled remote state into a project: a three-way merge of base (the last
// pull), mine (the files) and theirs (the new pull), per rule and per template.
//
//   mine unchanged            -> take theirs (a remote edit, creation or deletion)
//   theirs unchanged          -> keep mine
//   both changed, same result -> keep
//   both changed differently  -> keep mine in the file, keep theirs beside it, mark a conflict
//
// Pure: no files and no network, so every case is unit-tested.

#include "project.h"

#include <string>
#include <vector>

namespace cw::project {

struct MergeReport {
    std::vector<std::string> created;   // slugs of files added from the remote
    std::vector<std::string> updated;   // slugs of files refreshed from the remote
    std::vector<std::string> removed;   // slugs of files removed because the remote deleted them
    std::vector<std::string> kept;      // slugs with local edits the remote did not touch
    std::vector<Conflict> newConflicts; // both sides changed
};

// Makes `project` reflect `remote`: fields, options and layouts are replaced, rules and
// templates merged as above, base = remote, lastPullTime = pulledAt.
MergeReport mergePulled(Project &project, const DomainSnapshot &remote, const std::string &pulledAt);

// A new project folder's content from a snapshot: one file per rule and template.
Project projectFromSnapshot(const DomainSnapshot &snapshot, const ProjectConfig &config, const std::string &directory,
                            const std::string &pulledAt);

// Resolving a conflict: keep the local file (publish will then overwrite the remote), or
// replace it with the remote version (removing it when the remote deleted it).
enum class Resolution { TakeMine, TakeTheirs };
Status resolveConflict(Project &project, const std::string &kind, const std::string &slug, Resolution resolution);
Status resolveAllConflicts(Project &project, Resolution resolution);

} // namespace cw::project
