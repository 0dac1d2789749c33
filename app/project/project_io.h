#pragma once
// Loading and saving a project folder. Output is deterministic (sorted keys, 2-space indent,
// trailing newline, stable file names) so git diffs stay small; every write is atomic
// (write a temporary file, then rename), so a crash never leaves half a file behind.

#include "common/result.h"
#include "project.h"

#include <map>
#include <string>
#include <vector>

namespace cw::project {

// What was on disk when the project was read, so a save never overwrites a file that someone
// changed meanwhile (a hand edit, a git checkout) and never touches a file it cannot read.
struct DiskState {
    std::map<std::string, std::string> contentHashes; // relative path -> contentHash of the bytes read
};

struct LoadedProject {
    Project project;
    DiskState disk;
};

// Strict (the CLI, pull, publish): the first problem is returned with file, line/column or JSON
// pointer. KeepUnreadable (the designer's open): a rules/, templates/ or samples/ file that cannot
// be read -- bad JSON, a member of the wrong type, an entry that is not a file, a duplicate id --
// is listed in Project::unreadable with that error instead, and the rest opens, so one broken
// file does not lock the admin out of the others. casewright.json, fields.json, layouts.json and
// .casewright/ stay strict: without them nothing else means anything.
enum class LoadMode { Strict, KeepUnreadable };

// Whether loadProject reads .casewright/base.json, the last pulled state. Planning, publishing,
// pulling, status and the designer need it; checking or running the working rules (the CLI's
// validate and evaluate) does not, and it is a third of a large project's bytes (issue #16).
// Skipped, `project.base` stays empty and the file is neither read nor checked.
enum class BaseSnapshot { Read, Skip };

Result<LoadedProject> loadProject(const std::string &directory, LoadMode mode = LoadMode::Strict,
                                  BaseSnapshot base = BaseSnapshot::Read);

// Creates the folder if needed and writes every file whose content changed. Rule and template
// files that are no longer in `project` are removed (deleting a rule file is how a rule is
// deleted). Refuses, without writing anything, when a file changed on disk since `disk` was read.
// The project's unreadable files are never written or removed.
Status saveProject(const Project &project, DiskState &disk);

// The project files on disk now, hashed as loadProject records them (casewright.json,
// fields.json, layouts.json, rules/, templates/ and samples/ *.json, .casewright/base.json and
// state.json); entries that are not readable files are left out.
DiskState currentDiskState(const std::string &directory);
// Those added, changed or removed since `disk` was recorded (relative paths, sorted): what a
// folder watcher reports after git or an editor touched the project.
std::vector<std::string> filesChangedSince(const std::string &directory, const DiskState &disk);
// filesChangedSince among `candidates` only (relative paths, e.g. those a folder watcher named):
// only they are read and hashed.
std::vector<std::string> filesChangedAmong(const std::string &directory, const DiskState &disk,
                                           const std::vector<std::string> &candidates);

// The folders a project's files are in, relative to the project folder: "" (the folder itself),
// "rules", "templates", "samples", ".casewright". Watching them sees every project file change.
const std::vector<std::string> &projectFolders();
// Whether loadProject reads a file at `relative` (casewright.json, rules/x.json,
// .casewright/base.json...): a folder watcher's events about other entries can be ignored.
bool isProjectFile(const std::string &relative);
// The project files in `folder` (one of projectFolders()) on disk now, as relative paths: its
// fixed files, and the *.json entries of rules/, templates/ or samples/.
std::vector<std::string> projectFilesIn(const std::string &directory, const std::string &folder);

// The project read again after some of its files changed on disk, re-reading only what it must.
// `previous` is the project as a LoadMode::KeepUnreadable load read it from its folder (without
// edits) and `disk` the record of the bytes read; `changed` names the files changed since
// (filesChangedSince / filesChangedAmong). When they are all rules/, templates/ or samples/ files,
// only they are read again, with any file those folders gained and every file `previous` kept
// unreadable (its model is not kept, and its trouble -- a duplicate id, a "local:" reference to a
// missing rule -- may lie in another file); every other file keeps the model `previous` has. The
// folders are listed again, so files added and removed are seen. casewright.json, fields.json,
// layouts.json and .casewright/ change what every other file means: when one of them changed,
// the whole project is read again (loadProject). Either way the result is what loadProject
// (KeepUnreadable) reads now, given that the files not in `changed` hold what `previous` read.
// `read`, when given, receives the files that were read (relative paths, sorted).
Result<LoadedProject> reloadChangedFiles(const Project &previous, const DiskState &disk,
                                         const std::vector<std::string> &changed,
                                         std::vector<std::string> *read = nullptr);

// Save As: the project folder copied to `target` (a new or empty folder; git's folder and the
// recovery copy stay behind), then `project` saved over the copy -- unsaved edits included,
// unreadable files copied as they are. Returns the project as it now is in `target`.
Result<LoadedProject> saveProjectAs(const LoadedProject &project, const std::string &target);

// Serialized forms, shared with pull and recovery.
Json ruleFileJson(const CaseRule &rule);
Json templateFileJson(const CaseTemplate &caseTemplate);
Json configJson(const ProjectConfig &config);
Json stateJson(const ProjectState &state);

// Atomic write of one file (parent folders created): a temporary file beside it, renamed over it.
// With Durability::Now the data is on disk before the rename (fsync); with Deferred the caller
// syncs a whole batch at once with syncWrittenFiles() -- one flush for a pull of 500 files
// instead of 500. Either way a crashed process leaves the old file or the new one, never half.
enum class Durability { Now, Deferred };
Status writeFileAtomically(const std::string &path, const std::string &content,
                           Durability durability = Durability::Now);
// Flushes the files written with Durability::Deferred below `directory` to disk.
Status syncWrittenFiles(const std::string &directory, const std::vector<std::string> &paths);

} // namespace cw::project
