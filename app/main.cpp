// casewright [PROJECT_DIR]: the designer window. Everything it does lives in ui/ (casewright_ui).
#include "i18n/translators.h"
#include "mainwindow/designer_application.h"
#include "mainwindow/main_window.h"

#include <QApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    if (const auto exitCode = cw::ui::answerInfoOptions(argc, argv))
        return *exitCode;
    QApplication application(argc, argv);
    cw::ui::describeApplication();
    cw::ui::i18n::installTranslators(application); // the ui/language setting, else the system language
    cw::ui::MainWindow window;
    window.show();
    window.openInitialProject(cw::ui::projectArguments(QApplication::arguments()));
    if (const auto screenshot = cw::ui::screenshotPath(QApplication::arguments())) {
        // Once the first frame is laid out: render, save, quit.
        QTimer::singleShot(200, &window, [&window, path = *screenshot] {
            QApplication::exit(window.grab().save(path) ? 0 : 1);
        });
    }
    return application.exec();
}
