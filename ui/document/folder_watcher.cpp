#include "document/folder_watcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSocketNotifier>
#include <QtGlobal>
#include <cstdint>
#include <set>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <sys/inotify.h>
#include <unistd.h>
#endif

namespace cw::ui {
namespace {
#ifdef Q_OS_LINUX
// An entry written (in place, or still being written), closed after writing, its permissions
// changed, created, removed or renamed in or out; the folder itself removed or moved.
constexpr std::uint32_t kFolderEvents = IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE |
                                        IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF |
                                        IN_ONLYDIR;
#endif
} // namespace

FolderWatcher::FolderWatcher(QObject *parent, Engine engine) : QObject(parent)
{
    m_fallback = new QFileSystemWatcher(this);
    connect(m_fallback, &QFileSystemWatcher::directoryChanged, this, &FolderWatcher::folderChanged);
    connect(m_fallback, &QFileSystemWatcher::fileChanged, this, &FolderWatcher::entryChanged);
#ifdef Q_OS_LINUX
    if (engine == Engine::Native) {
        m_inotify = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_inotify < 0) {
            qWarning("Casewright: cannot watch the project folder with inotify (%s); watching each file "
                     "instead",
                     std::strerror(errno));
        } else {
            m_notifier = new QSocketNotifier(qintptr(m_inotify), QSocketNotifier::Read, this);
            connect(m_notifier, &QSocketNotifier::activated, this, &FolderWatcher::readNativeEvents);
        }
    }
#else
    Q_UNUSED(engine);
#endif
}

FolderWatcher::~FolderWatcher()
{
#ifdef Q_OS_LINUX
    if (m_inotify >= 0) {
        delete m_notifier; // before the descriptor it listens to goes
        ::close(m_inotify);
    }
#endif
}

void FolderWatcher::watch(const QStringList &folders, const QStringList &files)
{
    QStringList existing;
    for (const QString &folder : folders)
        if (QFileInfo(folder).isDir())
            existing << QDir::cleanPath(folder);
    QStringList fallbackFolders;
#ifdef Q_OS_LINUX
    if (m_inotify >= 0) {
        for (auto it = m_watchOfFolder.begin(); it != m_watchOfFolder.end();) {
            if (existing.contains(it->first)) {
                ++it;
                continue;
            }
            inotify_rm_watch(m_inotify, it->second);
            m_folderOfWatch.erase(it->second);
            it = m_watchOfFolder.erase(it);
        }
        for (const QString &folder : existing) {
            // The same folder gives back the watch it has; a folder replaced gets a new one.
            const int added =
                inotify_add_watch(m_inotify, QFile::encodeName(folder).constData(), kFolderEvents);
            const int refusal = errno;
            const auto known = m_watchOfFolder.find(folder);
            if (known != m_watchOfFolder.end() && known->second != added) {
                // The old watch follows the old folder wherever it went.
                inotify_rm_watch(m_inotify, known->second);
                m_folderOfWatch.erase(known->second);
                m_watchOfFolder.erase(known);
            }
            if (added < 0) {
                if (!m_warned)
                    qWarning(
                        "Casewright: cannot watch %s with inotify (%s%s); watching each file in it instead",
                        qPrintable(folder), std::strerror(refusal),
                        refusal == ENOSPC ? ": raise fs.inotify.max_user_watches" : "");
                m_warned = true;
                fallbackFolders << folder;
                continue;
            }
            m_watchOfFolder[folder] = added;
            m_folderOfWatch[added] = folder;
        }
    } else
#endif
    {
        fallbackFolders = existing;
    }
    QStringList fallback = fallbackFolders;
    for (const QString &file : files) {
        const QFileInfo info(file);
        if (info.exists() && fallbackFolders.contains(QDir::cleanPath(info.path())))
            fallback << file;
    }
    watchWithFallback(fallback);
}

void FolderWatcher::watchWithFallback(const QStringList &paths)
{
    // A file replaced by a rename drops out of QFileSystemWatcher's watch: the caller watches again
    // after every look, and so this starts afresh.
    const QStringList watched = m_fallback->files() + m_fallback->directories();
    if (!watched.isEmpty())
        m_fallback->removePaths(watched);
    if (!paths.isEmpty())
        m_fallback->addPaths(paths);
}

QStringList FolderWatcher::nativelyWatched() const
{
    QStringList folders;
    for (const auto &[folder, watchId] : m_watchOfFolder)
        folders << folder;
    return folders;
}

int FolderWatcher::watchCount() const
{
    return int(m_watchOfFolder.size()) + int(m_fallback->files().size() + m_fallback->directories().size());
}

void FolderWatcher::readNativeEvents()
{
#ifdef Q_OS_LINUX
    // Many events name the same entry (a write in several pieces): each is reported once.
    std::set<QString> entries;
    std::set<QString> folders;
    alignas(inotify_event) char buffer[16 * 1024];
    for (;;) {
        const ssize_t length = ::read(m_inotify, buffer, sizeof buffer);
        if (length <= 0)
            break; // EAGAIN: all read
        for (ssize_t at = 0; at + ssize_t(sizeof(inotify_event)) <= length;) {
            inotify_event event;
            std::memcpy(&event, buffer + at, sizeof event);
            const char *name = buffer + at + sizeof(inotify_event);
            at += ssize_t(sizeof(inotify_event) + event.len);
            if (event.mask & IN_Q_OVERFLOW) { // events were lost
                for (const auto &[folder, watchId] : m_watchOfFolder)
                    folders.insert(folder);
                continue;
            }
            const auto watched = m_folderOfWatch.find(event.wd);
            if (watched == m_folderOfWatch.end())
                continue; // a watch removed meanwhile
            const QString folder = watched->second;
            if (event.mask & IN_IGNORED) { // the folder is gone (or its watch removed)
                if (const auto known = m_watchOfFolder.find(folder);
                    known != m_watchOfFolder.end() && known->second == event.wd)
                    m_watchOfFolder.erase(known);
                m_folderOfWatch.erase(watched);
                folders.insert(folder);
                continue;
            }
            if (event.len == 0 || (event.mask & (IN_DELETE_SELF | IN_MOVE_SELF))) {
                folders.insert(folder);
                continue;
            }
            entries.insert(folder + QLatin1Char('/') +
                           QFile::decodeName(QByteArray(name, qsizetype(strnlen(name, event.len)))));
        }
    }
    for (const QString &folder : folders)
        emit folderChanged(folder);
    for (const QString &entry : entries)
        emit entryChanged(entry);
#endif
}

} // namespace cw::ui
