#include "sync/connect_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace cw::ui {

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Connect to Amazon Connect Cases"));
    auto *layout = new QVBoxLayout(this);
    auto *note =
        new QLabel(tr("Casewright connects with your AWS profile, as the AWS CLI does, and keeps only the "
                      "names chosen here; it never stores a secret."),
                   this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_form = new ConnectionForm(this);
    layout->addWidget(m_form);
    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

} // namespace cw::ui
