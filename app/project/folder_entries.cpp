#include "folder_entries.h"

#include <QDir>
#include <QFile>
#include <filesystem>
#include <system_error>

namespace cw::project {
namespace fs = std::filesystem;
namespace {

fs::path nativePath(const std::string &path)
{
    return fs::path(QFile::encodeName(QString::fromStdString(path)).toStdString());
}

std::string displayPath(const fs::path &path)
{
    return QFile::decodeName(QByteArray::fromStdString(path.native())).toStdString();
}

Error entryError(const char *code, const std::string &message, const std::string &path)
{
    Location where;
    where.file = path;
    return makeError(code, message, where);
}

// Whether `path` (a real path, links resolved) is `root` or lies below it.
bool isInside(const fs::path &path, const fs::path &root)
{
    auto p = path.begin();
    for (auto r = root.begin(); r != root.end(); ++r, ++p) {
        if (r->empty()) // a trailing separator
            continue;
        if (p == path.end() || *p != *r)
            return false;
    }
    return true;
}

const char *kindOf(fs::file_type type)
{
    switch (type) {
    case fs::file_type::directory:
        return "a folder";
    case fs::file_type::fifo:
        return "a named pipe (FIFO)";
    case fs::file_type::socket:
        return "a socket";
    case fs::file_type::block:
    case fs::file_type::character:
        return "a device";
    default:
        return "not a regular file";
    }
}

} // namespace

Result<std::string> projectRoot(const std::string &directory)
{
    std::error_code ec;
    const fs::path root = fs::canonical(nativePath(directory), ec);
    if (ec)
        return entryError("project.missing", "cannot resolve the project folder: " + ec.message(), directory);
    return displayPath(root);
}

fs::path FolderRealPaths::realPathOf(const fs::path &folder, std::error_code &ec)
{
    {
        const std::lock_guard lock(m_mutex);
        if (const auto it = m_known.find(folder); it != m_known.end())
            return it->second;
    }
    fs::path real = fs::canonical(folder, ec);
    if (!ec) {
        const std::lock_guard lock(m_mutex);
        m_known.emplace(folder, real);
    }
    return real;
}

Result<bool> checkProjectFile(const std::string &root, const std::string &path, FolderRealPaths *folders)
{
    std::error_code ec;
    const fs::path native = nativePath(path);
    const fs::file_status own = fs::symlink_status(native, ec);
    if (own.type() == fs::file_type::not_found)
        return false;
    if (ec)
        return entryError("file.unreadable", "cannot read the entry: " + ec.message(), path);

    if (fs::is_symlink(own)) {
        const fs::path target = fs::read_symlink(native, ec);
        const std::string targetText = ec ? std::string("?") : displayPath(target);
        const fs::path real = fs::canonical(native, ec);
        if (ec == std::errc::too_many_symbolic_link_levels)
            return entryError("project.link-loop",
                              "is a symbolic link to \"" + targetText +
                                  "\" that leads back to itself (a link loop), so it is not read; "
                                  "replace it with the file it should be",
                              path);
        if (ec == std::errc::no_such_file_or_directory)
            return entryError("project.dangling-link",
                              "is a symbolic link to \"" + targetText +
                                  "\", which does not exist, so it is not read; restore the file it "
                                  "points to, or remove the link",
                              path);
        if (ec)
            return entryError("file.unreadable",
                              "is a symbolic link to \"" + targetText +
                                  "\" that cannot be followed: " + ec.message(),
                              path);
        if (!isInside(real, nativePath(root)))
            return entryError(
                "project.link-outside",
                "is a symbolic link to \"" + displayPath(real) +
                    "\", outside the project folder; Casewright never follows a link out of the "
                    "project, so it is not read. Copy the file into the project instead",
                path);
        const fs::file_status targetStatus = fs::status(native, ec);
        if (ec)
            return entryError("file.unreadable", "cannot read the link's target: " + ec.message(), path);
        if (!fs::is_regular_file(targetStatus))
            return entryError("project.not-a-file",
                              "is a symbolic link to " + std::string(kindOf(targetStatus.type())) +
                                  ", not to a file, so it is not read; remove it or replace it with a file",
                              path);
        return true;
    }

    if (!fs::is_regular_file(own))
        return entryError("project.not-a-file",
                          "is " + std::string(kindOf(own.type())) +
                              ", not a file, so it is not read; remove it, or rename it so that its name "
                              "does not end in .json",
                          path);
    // A plain file in a folder that is itself a link out of the project (rules -> /elsewhere).
    const bool named = native.has_parent_path() && native.has_filename() && native.filename() != "." &&
                       native.filename() != "..";
    const fs::path real = folders && named ? folders->realPathOf(native.parent_path(), ec) / native.filename()
                                           : fs::canonical(native, ec);
    if (ec)
        return entryError("file.unreadable", "cannot resolve the file's path: " + ec.message(), path);
    if (!isInside(real, nativePath(root)))
        return entryError(
            "project.link-outside",
            "lies outside the project folder (at \"" + displayPath(real) +
                "\") through a linked folder; Casewright never follows a link out of the project, "
                "so it is not read",
            path);
    return true;
}

Result<QStringList> jsonEntriesIn(const std::string &directory, const char *folder)
{
    const QString path = QDir(QString::fromStdString(directory)).filePath(QString::fromLatin1(folder));
    std::error_code ec;
    const fs::file_status status = fs::status(nativePath(path.toStdString()), ec);
    if (status.type() == fs::file_type::not_found) {
        // A dangling link named rules/ is not "no rules": say so.
        if (fs::is_symlink(fs::symlink_status(nativePath(path.toStdString()), ec)))
            return entryError("project.dangling-link",
                              std::string("is a symbolic link to a folder that does not exist, so no ") +
                                  folder + " are read; restore the folder or remove the link",
                              path.toStdString());
        return QStringList();
    }
    if (ec && ec == std::errc::too_many_symbolic_link_levels)
        return entryError("project.link-loop",
                          "is a symbolic link that leads back to itself (a link loop), so it is not read",
                          path.toStdString());
    if (!fs::is_directory(status))
        return entryError("project.not-a-folder",
                          std::string("is ") + (ec ? "unreadable" : "not a folder") + ", so no " + folder +
                              " are read; it must be a folder of .json files",
                          path.toStdString());
    // System: dangling links, FIFOs, sockets and devices are listed too, so that they are reported
    // rather than skipped.
    return QDir(path).entryList({QStringLiteral("*.json")},
                                QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace cw::project
