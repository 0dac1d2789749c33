#pragma once
// The entries of a project folder that loadProject reads. A project folder comes from git, from
// colleagues and from hand edits, so an entry may be anything: a folder named rules/x.json, a
// FIFO, a dangling link, a link loop, a link out of the project. Each is refused with an error
// that names the path, says what it is and why it is not read -- never skipped silently, never
// followed out of the project folder, never opened when opening would block.

#include "common/result.h"

#include <QStringList>
#include <string>

namespace cw::project {

// The project folder `directory` as a real path (links resolved), the root no entry may leave.
Result<std::string> projectRoot(const std::string &directory);

// Whether the file at `path` may be read: a regular file, or a symbolic link to one, whose real
// path lies inside `root`. Returns false when nothing is at `path` (the caller decides whether
// the file is optional); every other problem is an error with `path` as its file.
Result<bool> checkProjectFile(const std::string &root, const std::string &path);

// The *.json entries of the sub-folder `folder` (rules, templates, samples) sorted by name,
// whatever their kind (checkProjectFile decides about each). Hidden entries are left out as
// before. A `folder` that exists but is not a folder is an error.
Result<QStringList> jsonEntriesIn(const std::string &directory, const char *folder);

} // namespace cw::project
