#include "mainwindow/first_paint_probe.h"

#include "mainwindow/filter_latency_probe.h"
#include "mainwindow/main_window.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <cstdio>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace cw::ui {
namespace {

// The process's peak resident memory so far, in KiB; -1 where the platform does not say.
long long peakResidentKilobytes()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return -1;
#if defined(Q_OS_MACOS)
    return static_cast<long long>(usage.ru_maxrss) / 1024; // bytes there
#else
    return static_cast<long long>(usage.ru_maxrss); // KiB on Linux and the BSDs
#endif
#else
    return -1;
#endif
}

} // namespace

FirstPaintProbe::FirstPaintProbe(MainWindow *window, QElapsedTimer sinceStart, bool measureFilter)
    : QObject(window), m_window(window), m_sinceStart(sinceStart), m_measureFilter(measureFilter)
{
    window->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // Reported after this paint is done, so the time includes painting the frame.
        QTimer::singleShot(0, this, [this] { report(); });
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::report()
{
    std::printf("first-paint-ms %lld\n", static_cast<long long>(m_sinceStart.elapsed()));
    std::fflush(stdout);
    if (m_measureFilter)
        measureFilterLatency(*m_window);
    std::printf("peak-rss-kb %lld\n", peakResidentKilobytes());
    std::fflush(stdout);
    QApplication::quit();
}

} // namespace cw::ui
