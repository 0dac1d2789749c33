#include "mainwindow/recent_projects.h"

#include <QDir>
#include <QSettings>

namespace cw::ui {
namespace {
const char *const kKey = "recentProjects";
constexpr qsizetype kMaxRecent = 8;
} // namespace

QStringList recentProjects()
{
    return QSettings().value(QLatin1String(kKey)).toStringList();
}

void rememberProject(const QString &directory)
{
    const QString path = QDir(directory).absolutePath();
    QStringList list = recentProjects();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(QLatin1String(kKey), list);
}

void forgetProject(const QString &directory)
{
    QStringList list = recentProjects();
    list.removeAll(QDir(directory).absolutePath());
    QSettings().setValue(QLatin1String(kKey), list);
}

} // namespace cw::ui
