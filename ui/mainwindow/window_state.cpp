#include "mainwindow/window_state.h"

#include <QMainWindow>
#include <QSettings>

namespace cw::ui {
namespace {
// Bumped when the docks change, so an old layout is not forced onto new docks.
// 2: the explorer takes the full height on the left, the preview sits under the editor only.
constexpr int kLayoutVersion = 2;
} // namespace

void restoreWindowState(QMainWindow &window)
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    // restoreGeometry keeps the window on a screen that still exists (a laptop without its monitor).
    if (!geometry.isEmpty())
        window.restoreGeometry(geometry);
    const QByteArray state = settings.value(QStringLiteral("window/state")).toByteArray();
    if (!state.isEmpty() && window.restoreState(state, kLayoutVersion))
        window.setProperty(kRestoredLayoutProperty, true);
}

void saveWindowState(const QMainWindow &window)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    settings.setValue(QStringLiteral("window/state"), window.saveState(kLayoutVersion));
}

} // namespace cw::ui
