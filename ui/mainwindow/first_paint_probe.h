#pragma once
// `casewright --measure-startup`: how long a person waits for the window. Counts from the start
// of main() to the first paint of the main window with the project open, prints
// "first-paint-ms N" and quits. The startup benchmark (scripts/bench-startup.sh) reads it; it is
// never a test's pass/fail criterion.

#include <QElapsedTimer>
#include <QObject>

namespace cw::ui {

class FirstPaintProbe : public QObject {
    Q_OBJECT
public:
    // `sinceStart` was started at the top of main().
    FirstPaintProbe(QWidget *window, QElapsedTimer sinceStart);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_reported = false;
};

} // namespace cw::ui
