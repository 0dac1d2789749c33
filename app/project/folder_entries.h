#pragma once
// The entries of a project folder that loadProject reads. A project folder comes from git, from
// colleagues and from hand edits, so an entry may be anything: a folder named rules/x.json, a
// FIFO, a dangling link, a link loop, a link out of the project. Each is refused with an error
// that names the path, says what it is and why it is not read -- never skipped silently, never
// followed out of the project folder, never opened when opening would block.

#include "common/result.h"

#include <QStringList>
#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <system_error>

namespace cw::project {

// The project folder `directory` as a real path (links resolved), the root no entry may leave.
Result<std::string> projectRoot(const std::string &directory);

// The real paths (links resolved) of the folders a project's files sit in, each resolved once.
// Resolving a path costs a system call per component of it, which for the 500 files of a large
// project was a tenth of a `validate`; a plain file's real path is its folder's plus its name.
// Made for one load and then dropped, so that a folder replaced by a link is seen at the next
// load. Safe to share between the threads that read the files.
class FolderRealPaths {
public:
    std::filesystem::path realPathOf(const std::filesystem::path &folder, std::error_code &ec);

private:
    std::mutex m_mutex;
    std::map<std::filesystem::path, std::filesystem::path> m_known;
};

// Whether the file at `path` may be read: a regular file, or a symbolic link to one, whose real
// path lies inside `root`. Returns false when nothing is at `path` (the caller decides whether
// the file is optional); every other problem is an error with `path` as its file. `folders`,
// when given, resolves the file's folder once for all the files in it.
Result<bool> checkProjectFile(const std::string &root, const std::string &path,
                              FolderRealPaths *folders = nullptr);

// The *.json entries of the sub-folder `folder` (rules, templates, samples) sorted by name,
// whatever their kind (checkProjectFile decides about each). Hidden entries are left out as
// before. A `folder` that exists but is not a folder is an error.
Result<QStringList> jsonEntriesIn(const std::string &directory, const char *folder);

} // namespace cw::project
