#pragma once
// The recently opened project folders, newest first, kept in the user's settings.

#include <QStringList>

namespace cw::ui {

QStringList recentProjects();
void rememberProject(const QString &directory);
void forgetProject(const QString &directory);

} // namespace cw::ui
