#include "dialogs/message_box.h"

#include <QPushButton>
#include <deque>

namespace cw::ui {
namespace {
struct Script {
    bool scripted = false;
    std::deque<MessageBox::Button> answers;
    QStringList transcript;
    int unexpected = 0;
};

Script &script()
{
    static Script instance;
    return instance;
}

void record(const QString &title, const QString &text)
{
    script().transcript.append(title + QStringLiteral(": ") + text);
}

void show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    if (script().scripted) {
        record(title, text);
        return;
    }
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.exec();
}
} // namespace

MessageBox::Button MessageBox::ask(QWidget *parent, const QString &title, const QString &text,
                                   QMessageBox::StandardButtons buttons, Button defaultButton,
                                   const QMap<Button, QString> &labels)
{
    if (script().scripted) {
        record(title, text);
        if (script().answers.empty()) {
            ++script().unexpected;
            return buttons.testFlag(QMessageBox::Cancel) ? QMessageBox::Cancel : QMessageBox::NoButton;
        }
        const Button answer = script().answers.front();
        script().answers.pop_front();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto it = labels.begin(); it != labels.end(); ++it)
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    return Button(box.exec());
}

void MessageBox::inform(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text);
}

void MessageBox::warn(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text);
}

void MessageBox::setScripted(bool scripted)
{
    script().scripted = scripted;
}

bool MessageBox::isScripted()
{
    return script().scripted;
}

void MessageBox::setNextAnswer(Button answer)
{
    script().answers.push_back(answer);
}

int MessageBox::pendingAnswers()
{
    return int(script().answers.size());
}

int MessageBox::unexpectedQuestions()
{
    return script().unexpected;
}

QStringList MessageBox::transcript()
{
    return script().transcript;
}

void MessageBox::clearTranscript()
{
    script().transcript.clear();
    script().unexpected = 0;
}

} // namespace cw::ui
