// casewright [PROJECT_DIR]: the designer window. Everything it does lives in ui/ (casewright_ui).
#include "i18n/translators.h"
#include "mainwindow/designer_application.h"
#include "mainwindow/first_paint_probe.h"
#include "mainwindow/main_window.h"

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
    cw::ui::MainWindow window;
    if (QApplication::arguments().contains(QStringLiteral("--measure-startup")))
        new cw::ui::FirstPaintProbe(&window, sinceStart); // owned by the window
    // The project is opened before the window shows, so the first frame is the real one.
    window.openInitialProject(cw::ui::projectArguments(QApplication::arguments()));
    window.show();
    if (const auto screenshot = cw::ui::screenshotPath(QApplication::arguments())) {
        // Once the first frame is laid out: render, save, quit.
        QTimer::singleShot(200, &window, [&window, path = *screenshot] {
            QApplication::exit(window.grab().save(path) ? 0 : 1);
        });
    }
    return application.exec();
}
