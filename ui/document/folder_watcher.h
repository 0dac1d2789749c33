#pragma once
// Watches folders for their entries being added, written, renamed or removed: one watch per
// folder, not one per file. On Linux an inotify watch on a folder reports every entry written in
// place (an editor saving in place, `echo >`) or replaced (git, an editor's write-then-rename)
// and names it, so a project of 500 rule files costs five watches, not 505 -- inotify's watches
// are few (fs.inotify.max_user_watches is shared by every program of the user). Qt's
// QFileSystemWatcher asks inotify about a folder's entries being added and removed only, so a
// file written in place needs a watch of its own there: it is the fallback, on the folders and
// the files given, elsewhere than on Linux and wherever the system refuses a folder's watch.

#include <QObject>
#include <QStringList>
#include <map>

class QFileSystemWatcher;
class QSocketNotifier;

namespace cw::ui {

class FolderWatcher : public QObject {
    Q_OBJECT
public:
    // Native: inotify on Linux (QtWatcher elsewhere). QtWatcher: QFileSystemWatcher on the folders
    // and the files, as the designer watched before (tests use it to check the fallback).
    enum class Engine { Native, QtWatcher };
    explicit FolderWatcher(QObject *parent = nullptr, Engine engine = Engine::Native);
    ~FolderWatcher() override;

    // Watches `folders` (absolute paths; those that do not exist are left out), replacing what was
    // watched. Watching a folder again sees it anew, if it was replaced meanwhile. `files` are
    // watched one by one only where their folder's watch cannot see them written in place (the
    // fallback).
    void watch(const QStringList &folders, const QStringList &files);
    // The folders watched through one native watch each.
    QStringList nativelyWatched() const;
    // Every path the system watches for this: native watches and QFileSystemWatcher's paths.
    int watchCount() const;

signals:
    // The entry `path` (a watched folder's path, '/', the entry's name) was added, written,
    // renamed or removed; or, with the fallback, the watched file `path` changed.
    void entryChanged(const QString &path);
    // Something in `folder` changed and what is not known (the fallback's folder watch; events
    // lost; the folder itself removed, moved or replaced): look at all it holds.
    void folderChanged(const QString &folder);

private:
    void readNativeEvents();
    void watchWithFallback(const QStringList &paths);

    int m_inotify = -1; // the native watcher's file descriptor, -1 without one
    QSocketNotifier *m_notifier = nullptr;
    std::map<int, QString> m_folderOfWatch; // inotify watch -> the folder it was added for
    std::map<QString, int> m_watchOfFolder;
    bool m_warned = false; // a refused watch is said once
    QFileSystemWatcher *m_fallback = nullptr;
};

} // namespace cw::ui
