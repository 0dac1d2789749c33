// casewright [PROJECT_DIR]: the designer window. Everything it does lives in ui/ (casewright_ui).
#include "i18n/translators.h"
#include "mainwindow/designer_application.h"
#include "mainwindow/first_paint_probe.h"
#include "mainwindow/main_window.h"
#include "mainwindow/window_state.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (const auto exitCode = cw::ui::answerInfoOptions(argc, argv))
        return *exitCode;
    QApplication application(argc, argv);
    cw::ui::describeApplication();
    cw::ui::i18n::installTranslators(application); // the ui/language setting, else the system language
    if (cw::ui::isHeadless(QApplication::arguments()))
        cw::ui::enterHeadlessMode(); // no modal dialog waits for a click no one will make
    cw::ui::MainWindow window;
    const bool measuring = QApplication::arguments().contains(QStringLiteral("--measure-startup"));
    const bool takingScreenshot = cw::ui::screenshotPath(QApplication::arguments()).has_value();
    // Benchmarks and screenshots always use the default layout, and never change the saved one.
    const bool keepWindowState = !measuring && !takingScreenshot;
    if (keepWindowState)
        cw::ui::restoreWindowState(window);
    if (measuring)
        new cw::ui::FirstPaintProbe(&window, sinceStart, // owned by the window
                                    QApplication::arguments().contains(QStringLiteral("--measure-filter")));
    // The project is opened before the window shows, so the first frame is the real one.
    window.openInitialProject(cw::ui::projectArguments(QApplication::arguments()));
    if (const auto failed = cw::ui::headlessFailure())
        return *failed;
    window.show();
    if (const auto screenshot = cw::ui::screenshotPath(QApplication::arguments())) {
        // Once the first frame is laid out: render, save, quit.
        QTimer::singleShot(200, &window, [&window, path = *screenshot] {
            QApplication::exit(window.grab().save(path) ? 0 : 1);
        });
    }
    const int exitCode = application.exec();
    if (keepWindowState)
        cw::ui::saveWindowState(window);
    return exitCode;
}
