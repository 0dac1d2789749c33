#pragma once
// Autosave and crash recovery. The designer calls writeRecovery() every few seconds while there
// are unsaved edits; it writes the editable part of the project (rules, templates, samples) to
// .casewright/recovery.json in one atomic rename, so even a kill -9 leaves either the previous
// copy or the new one. On the next open, a recovery copy means the last session did not save:
// offer it, then apply or discard.

#include "common/result.h"
#include "project.h"

#include <optional>
#include <string>
#include <vector>

namespace cw::project {

// One difference between the files and the recovery copy: what the restore would bring back.
struct RecoveredChange {
    enum class Kind { Added, Changed, Removed };
    Kind kind = Kind::Changed;
    enum class Entity { Rule, Template, Samples };
    Entity entity = Entity::Rule;
    std::string name; // the rule's or template's name; the samples file's name
};

struct RecoveryInfo {
    std::string savedAt;   // RFC 3339, UTC
    std::size_t rules = 0; // what the copy holds (all of it, edited or not)
    std::size_t templates = 0;
    std::size_t samples = 0;
    // What differs from the files (recoveredChanges), when the opener compared them.
    std::vector<RecoveredChange> changes;
};

Status writeRecovery(const Project &project, const std::string &savedAt);
// nullopt when there is no recovery copy; an error when there is one that cannot be read.
Result<std::optional<RecoveryInfo>> findRecovery(const std::string &directory);
// Replaces the project's rules, templates and samples with the recovery copy's.
Status applyRecovery(Project &project);
Status discardRecovery(const std::string &directory);
// What `restored` (the project with applyRecovery done) changes against `saved` (as the files
// hold it): rules and templates by slug, samples by file, in the project's order.
std::vector<RecoveredChange> recoveredChanges(const Project &saved, const Project &restored);

} // namespace cw::project
