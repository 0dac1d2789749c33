#pragma once
// `casewright --measure-startup`: how long a person waits for the window. Counts from the start
// of main() to the first paint of the main window with the project open, prints
// "first-paint-ms N", with --measure-filter also the explorer's filter latency
// (filter_latency_probe.h), then the process's peak memory as "peak-rss-kb N", and quits. The
// benchmark (scripts/bench.sh) reads them; they are never a test's pass/fail criterion.

#include <QElapsedTimer>
#include <QObject>

namespace cw::ui {

class MainWindow;

class FirstPaintProbe : public QObject {
    Q_OBJECT
public:
    // `sinceStart` was started at the top of main().
    FirstPaintProbe(MainWindow *window, QElapsedTimer sinceStart, bool measureFilter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    MainWindow *m_window;
    QElapsedTimer m_sinceStart;
    bool m_measureFilter;
    bool m_reported = false;
};

} // namespace cw::ui
