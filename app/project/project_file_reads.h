#pragma once
// The files of a project folder read, hashed and parsed on every core at once, before loadProject
// walks them in its fixed order. A 1,000-field / 500-rule project is some 500 files and 4 MB of
// JSON; read one after the other, the parsing and hashing alone took longer than the 100 ms a
// `validate` of such a project may take (issue #16). Only the reading is parallel: which error
// is reported first, and every check on the content, stay loadProject's, in its order.

#include "common/json_text.h"
#include "common/result.h"

#include <QByteArray>
#include <any>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cw::project {

// One file of the project as read from disk.
struct ProjectFileRead {
    Result<bool> found = false; // false: nothing at the path; an error: an entry that is not read
    std::string hash;           // contentHash of the bytes, when found
    Result<Json> json = Json(); // the parsed text, when found (an error says where it is malformed)
    std::any model;             // what the file's reader made of the parsed text, when it was given one
};

// What a file's content is read into on the reading thread (a wire reader: JSON -> CaseRule...),
// so that the walk in loadProject only checks what spans files. Returns a Result<T> in a std::any.
using ProjectFileModel = std::function<std::any(const Json &)>;

// The hash DiskState keeps of a file's bytes (project_io.h), to notice a change on disk.
std::string contentHash(const QByteArray &bytes);

class FolderRealPaths;

// Reads the file `relative` below `directory`; `root` is the project folder's real path, which
// no entry may leave (folder_entries.h). `folders` is shared by the reads of one load.
ProjectFileRead readProjectFile(const std::string &directory, const std::string &root,
                                const std::string &relative, FolderRealPaths *folders = nullptr);

// readProjectFile for each of `files` (the relative path and, when not null, the reader of its
// content, whose parsed JSON is then dropped), spread over the machine's cores.
class ProjectFileReads {
public:
    ProjectFileReads(const std::string &directory, const std::string &root,
                     const std::vector<std::pair<std::string, ProjectFileModel>> &files);

    // Hands over the read of `relative` (whose parsed JSON is then freed by the caller), or
    // nothing when it was not among the files read.
    std::optional<ProjectFileRead> take(const std::string &relative);
    // Gives back a read that was taken, for the caller that reports it.
    void putBack(const std::string &relative, ProjectFileRead read);

private:
    std::map<std::string, ProjectFileRead> m_reads;
};

} // namespace cw::project
