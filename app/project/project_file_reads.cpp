#include "project_file_reads.h"

#include "folder_entries.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <algorithm>
#include <atomic>
#include <thread>

namespace cw::project {

std::string contentHash(const QByteArray &bytes)
{
    // Two 64-bit qHash values with different seeds, and the size. It only has to notice that a
    // file changed between reading and saving (an edit, a checkout), not resist a forger; SHA-256
    // did the same at 30 times the cost, more than a quarter of a `validate` of a large project.
    // The hashes never leave the process, so Qt's per-build choice of hash function is fine.
    const QByteArrayView view(bytes);
    return QByteArray::number(qulonglong(qHash(view, 0)), 16).toStdString() + '-' +
           QByteArray::number(qulonglong(qHash(view, std::size_t(0x9e3779b97f4a7c15ULL))), 16).toStdString() +
           '-' + std::to_string(bytes.size());
}

ProjectFileRead readProjectFile(const std::string &directory, const std::string &root,
                                const std::string &relative, FolderRealPaths *folders)
{
    ProjectFileRead read;
    const std::string path =
        QDir(QString::fromStdString(directory)).filePath(QString::fromStdString(relative)).toStdString();
    read.found = checkProjectFile(root, path, folders);
    if (!read.found || !*read.found)
        return read;
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly)) {
        Location where;
        where.file = path;
        read.found =
            makeError("file.unreadable", "cannot read the file: " + file.errorString().toStdString(), where);
        return read;
    }
    const QByteArray bytes = file.readAll();
    read.hash = contentHash(bytes);
    read.json = parseJsonText(std::string_view(bytes.constData(), std::size_t(bytes.size())), path);
    return read;
}

ProjectFileReads::ProjectFileReads(const std::string &directory, const std::string &root,
                                   const std::vector<std::pair<std::string, ProjectFileModel>> &files)
{
    std::vector<ProjectFileRead> reads(files.size());
    std::atomic<std::size_t> next{0};
    FolderRealPaths folders;
    const auto work = [&] {
        for (std::size_t i = next++; i < files.size(); i = next++) {
            reads[i] = readProjectFile(directory, root, files[i].first, &folders);
            if (files[i].second && reads[i].json) {
                reads[i].model = files[i].second(*reads[i].json);
                reads[i].json = Json();
            }
        }
    };
    // A thread costs more than reading a small file; few files are read on this thread alone.
    const std::size_t helpers =
        std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()) - 1, files.size() / 16);
    std::vector<std::thread> threads;
    threads.reserve(helpers);
    for (std::size_t i = 0; i < helpers; ++i)
        threads.emplace_back(work);
    work();
    for (std::thread &thread : threads)
        thread.join();
    for (std::size_t i = 0; i < files.size(); ++i)
        m_reads.insert_or_assign(files[i].first, std::move(reads[i]));
}

std::optional<ProjectFileRead> ProjectFileReads::take(const std::string &relative)
{
    const auto it = m_reads.find(relative);
    if (it == m_reads.end())
        return std::nullopt;
    ProjectFileRead read = std::move(it->second);
    m_reads.erase(it);
    return read;
}

void ProjectFileReads::putBack(const std::string &relative, ProjectFileRead read)
{
    m_reads.insert_or_assign(relative, std::move(read));
}

} // namespace cw::project
