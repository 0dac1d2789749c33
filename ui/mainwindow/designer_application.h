#pragma once
// The designer's command line: `casewright [PROJECT_DIR]`, `casewright --version`, `--help`.
// The informational options are answered before a QApplication exists, so they work without a
// display.

#include <QStringList>
#include <optional>

class QTextStream;

namespace cw::ui {

// Prints the version (Casewright's and Qt's) or the usage when asked, and returns the exit code;
// nullopt when the window should open.
std::optional<int> answerInfoOptions(const QStringList &arguments, QTextStream &out);
std::optional<int> answerInfoOptions(int argc, char **argv);

// Application and organisation names: where settings (recent projects) are kept.
void describeApplication();

// The arguments naming a project folder (program name, options and their values left out).
QStringList projectArguments(const QStringList &arguments);

// `--screenshot FILE`: render the window to FILE once the project is open, then quit (for the
// README's screenshots and for a first look on a machine without a display).
std::optional<QString> screenshotPath(const QStringList &arguments);

// --screenshot and --measure-startup run without a person to answer a dialog.
bool isHeadless(const QStringList &arguments);

// A headless run never waits on a modal dialog: every question and notice is recorded instead
// (MessageBox's scripted mode), questions get their cancel answer.
void enterHeadlessMode();

// Once the project is open: when a headless run would have shown a dialog (the project cannot be
// read, a recovery question, a notice), prints each message to `err` and returns the exit code 1,
// so a script sees the failure at once instead of a screenshot of a half-open window.
std::optional<int> headlessFailure(QTextStream &err);
std::optional<int> headlessFailure(); // to stderr

} // namespace cw::ui
