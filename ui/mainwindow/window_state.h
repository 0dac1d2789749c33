#pragma once
// The window's size, position and dock layout, kept between sessions in the settings
// ("window/geometry", "window/state"). main() restores them before the first show and saves them
// after the event loop ends, so tests and screenshots, which build windows directly, always start
// from the same default layout.

class QMainWindow;

namespace cw::ui {

// Set (true) on the window when restoreWindowState() brought a saved dock layout back: the window
// then keeps it instead of applying its default split on the first show.
inline constexpr char kRestoredLayoutProperty[] = "casewrightRestoredLayout";

void restoreWindowState(QMainWindow &window);
void saveWindowState(const QMainWindow &window);

} // namespace cw::ui
