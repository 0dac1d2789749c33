#pragma once
// "New from pull…": pulling from the designer is not built yet, so this says exactly how to make
// the project with casewright-cli (which does the same pull), then offers to open the folder.

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace cw::ui {

class NewFromPullDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewFromPullDialog(QWidget *parent = nullptr);

    // The command for the values typed in, e.g.
    // casewright-cli pull --domain ID --profile P --region R FOLDER
    QString command() const;
    QString folder() const;

private:
    void updateCommand();

    QLineEdit *m_domain = nullptr;
    QLineEdit *m_profile = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_folder = nullptr;
    QPlainTextEdit *m_command = nullptr;
};

} // namespace cw::ui
