#pragma once
// What a path given for a domain stands for: a domain snapshot file (the service's rules, as
// `export` writes them or another tool saved them) or a project folder, which stands for its
// working snapshot. casewright-cli reads its SNAPSHOT|PROJECT_DIR arguments and diff-outcomes'
// `--against FILE` through it, and the designer's Impact of Edits its "Compare with: Snapshot
// file…", so a file the CLI accepts is one the designer accepts, with the same errors.

#include "common/result.h"
#include "model/domain_snapshot.h"
#include "project_io.h"

#include <optional>
#include <string>

namespace cw::project {

// `project` is set when the path is a project folder; then `snapshot` is its working snapshot (new
// rules and templates carry "local:<slug>" ids).
struct DomainInput {
    DomainSnapshot snapshot;
    std::optional<LoadedProject> project;
};

// A folder is loaded strictly (loadProject's LoadMode::Strict), `base` saying whether its last
// pulled state is read; a file is read as a snapshot (wire::loadSnapshotFile). Errors carry the
// file and the line/column or JSON pointer of the problem.
Result<DomainInput> loadDomainInput(const std::string &path, BaseSnapshot base = BaseSnapshot::Read);

} // namespace cw::project
