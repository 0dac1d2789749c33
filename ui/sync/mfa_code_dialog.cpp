#include "sync/mfa_code_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace cw::ui {

namespace {
const QRegularExpression &sixDigits()
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{6}$"));
    return pattern;
}
} // namespace

MfaCodeDialog::MfaCodeDialog(const net::MfaRequest &request, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("MFA code"));
    auto *explanation =
        new QLabel(tr("The AWS profile \u201c%1\u201d assumes the role %2, which needs a code from "
                      "your MFA device %3.")
                       .arg(request.profileName, request.roleArn, request.mfaSerial),
                   this);
    explanation->setWordWrap(true);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("mfaCode"));
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_code));
    m_code->setPlaceholderText(QStringLiteral("123456"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    connect(m_code, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ok->setEnabled(sixDigits().match(text).hasMatch()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString MfaCodeDialog::code() const
{
    return m_code->text().trimmed();
}

net::MfaCodeProvider mfaCodeDialogProvider(QPointer<QWidget> parent)
{
    return [parent](const net::MfaRequest &request) -> Result<QString> {
        MfaCodeDialog dialog(request, parent.data());
        if (dialog.exec() != QDialog::Accepted || dialog.code().isEmpty())
            return makeError("aws.mfa-cancelled",
                             "No MFA code was entered for " + request.mfaSerial.toStdString() + ".");
        return dialog.code();
    };
}

} // namespace cw::ui
