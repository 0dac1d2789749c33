#include "mainwindow/designer_application.h"

#include "dialogs/message_box.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QTextStream>
#include <cstdio>

namespace cw::ui {

std::optional<int> answerInfoOptions(const QStringList &arguments, QTextStream &out)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            out << "Casewright " << CASEWRIGHT_VERSION << "\n"
                << "Qt " << qVersion() << " (built with " << QT_VERSION_STR << ")\n"
                << "License: Apache-2.0\n";
            out.flush();
            return 0;
        }
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            out << "Usage: casewright [--screenshot FILE] [PROJECT_DIR]\n"
                << "Opens the Casewright designer on a project folder; without one, on the last project or\n"
                << "the start page. casewright-cli does the same work on the command line.\n\n"
                << "  -h, --help     Show this help.\n"
                << "  -v, --version  Show the versions of Casewright and Qt, and the licence.\n"
                << "  --screenshot FILE  Render the window to FILE (PNG) once the project is open, then "
                   "quit.\n"
                << "  --measure-startup  Print the milliseconds to the first painted frame and the peak\n"
                << "                     memory, then quit (the benchmark's probe).\n"
                << "  --measure-filter   With --measure-startup: also time typing into the explorer "
                   "filter.\n";
            out.flush();
            return 0;
        }
    }
    return std::nullopt;
}

std::optional<int> answerInfoOptions(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QTextStream out(stdout);
    return answerInfoOptions(arguments, out);
}

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Casewright"));
    QCoreApplication::setApplicationName(QStringLiteral("Casewright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEWRIGHT_VERSION));
    // Lets Wayland and desktop shells match the window to the installed .desktop entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.casewright.Casewright"));
    // Every size of the .ico (16 to 256 px), so title bars, task switchers and docks pick a sharp one.
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/casewright.ico")));
}

QStringList projectArguments(const QStringList &arguments)
{
    QStringList folders;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--screenshot")) {
            ++i; // its value is a file, not a project
            continue;
        }
        if (!arguments[i].startsWith(QLatin1Char('-')))
            folders << arguments[i];
    }
    return folders;
}

std::optional<QString> screenshotPath(const QStringList &arguments)
{
    const qsizetype index = arguments.indexOf(QStringLiteral("--screenshot"));
    if (index < 0 || index + 1 >= arguments.size())
        return std::nullopt;
    return arguments[index + 1];
}

bool isHeadless(const QStringList &arguments)
{
    return screenshotPath(arguments).has_value() || arguments.contains(QStringLiteral("--measure-startup"));
}

void enterHeadlessMode()
{
    MessageBox::setScripted(true);
    MessageBox::clearTranscript();
}

std::optional<int> headlessFailure(QTextStream &err)
{
    const QStringList messages = MessageBox::transcript();
    if (messages.isEmpty())
        return std::nullopt;
    for (const QString &message : messages)
        err << "casewright: " << message << "\n";
    err.flush();
    return 1;
}

std::optional<int> headlessFailure()
{
    QTextStream err(stderr);
    return headlessFailure(err);
}

} // namespace cw::ui
