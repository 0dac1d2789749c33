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

namespace cw::project {

struct RecoveryInfo {
    std::string savedAt; // RFC 3339, UTC
    std::size_t rules = 0;
    std::size_t templates = 0;
    std::size_t samples = 0;
};

Status writeRecovery(const Project &project, const std::string &savedAt);
// nullopt when there is no recovery copy; an error when there is one that cannot be read.
Result<std::optional<RecoveryInfo>> findRecovery(const std::string &directory);
// Replaces the project's rules, templates and samples with the recovery copy's.
Status applyRecovery(Project &project);
Status discardRecovery(const std::string &directory);

} // namespace cw::project
