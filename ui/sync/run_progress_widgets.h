#pragma once
// The lower half the pull and import dialogs share: a progress bar with the button that cancels
// the run, a line saying how far it got, a read-only report of the outcome, and the button box
// with Close and the button that starts the run. The texts are the dialog's own (tr() there).

#include <QString>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace cw::ui {

struct RunProgressTexts {
    QString cancel;            // the cancel button
    QString reportName;        // the report's accessible name
    QString reportPlaceholder; // what the empty report says
    QString start;             // the button that starts the run (an action role in the box)
};

struct RunProgressWidgets {
    QProgressBar *progress = nullptr; // empty (0 of 1) until the run starts
    QPushButton *cancel = nullptr;    // disabled until the run starts
    QLabel *progressLabel = nullptr;
    QPlainTextEdit *report = nullptr;
    QDialogButtonBox *buttons = nullptr;
    QPushButton *start = nullptr;
};

// Creates the widgets as children of `owner` and adds them to `layout`, in this order.
RunProgressWidgets addRunProgressWidgets(QWidget *owner, QVBoxLayout *layout, const RunProgressTexts &texts);

} // namespace cw::ui
