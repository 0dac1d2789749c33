#pragma once
// Every question and notice the designer puts to the user goes through MessageBox, so a test can
// answer in advance instead of a modal dialog blocking a headless run. Scripted mode never shows a
// dialog: it records what would have been shown and returns the queued answers.

#include <QMap>
#include <QMessageBox>
#include <QStringList>

namespace cw::ui {

class MessageBox {
public:
    using Button = QMessageBox::StandardButton;

    // A modal question; returns the button chosen (the escape button when the user closes it).
    // `labels` renames buttons ("Restore" for Yes) without losing the standard roles.
    static Button ask(QWidget *parent, const QString &title, const QString &text,
                      QMessageBox::StandardButtons buttons, Button defaultButton,
                      const QMap<Button, QString> &labels = {});
    static void inform(QWidget *parent, const QString &title, const QString &text);
    static void warn(QWidget *parent, const QString &title, const QString &text);

    // Test seam ----------------------------------------------------------------------------------
    static void setScripted(bool scripted);
    static bool isScripted();
    // Queues the answer of the next ask(). Unanswered questions get Cancel (or NoButton when the
    // question has no Cancel) and are counted, so a test notices a question it did not expect.
    static void setNextAnswer(Button answer);
    static int pendingAnswers();
    static int unexpectedQuestions();
    // "title: text" of every ask/inform/warn seen while scripted, oldest first.
    static QStringList transcript();
    static void clearTranscript();
};

} // namespace cw::ui
