#pragma once
// "Connection…": choose the profile, region, endpoint and domain a project talks to. The result is
// names only (ConnectionChoice), which the caller may store in casewright.json.

#include "sync/connection_form.h"

#include <QDialog>

class QDialogButtonBox;

namespace cw::ui {

class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    ConnectionForm *form() const { return m_form; }
    void setChoice(const ConnectionChoice &choice) { m_form->setChoice(choice); }
    ConnectionChoice choice() const { return m_form->choice(); }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    ConnectionForm *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cw::ui
