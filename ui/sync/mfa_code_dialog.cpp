#include "sync/mfa_code_dialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QThread>
#include <QVBoxLayout>
#include <optional>

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
    const auto ask = [parent](const net::MfaRequest &request) -> Result<QString> {
        MfaCodeDialog dialog(request, parent.data());
        if (dialog.exec() != QDialog::Accepted || dialog.code().isEmpty())
            return makeError("aws.mfa-cancelled",
                             "No MFA code was entered for " + request.mfaSerial.toStdString() + ".");
        return dialog.code();
    };
    return [ask](const net::MfaRequest &request) -> Result<QString> {
        QCoreApplication *application = QCoreApplication::instance();
        if (!application || QThread::currentThread() == application->thread())
            return ask(request);
        // Credentials asked for on a worker thread (the publish dialog's identity lookup): widgets
        // live on the GUI thread, so the dialog is shown there while this thread waits.
        std::optional<Result<QString>> answer;
        QMetaObject::invokeMethod(
            application, [&] { answer = ask(request); }, Qt::BlockingQueuedConnection);
        if (!answer)
            return makeError("aws.mfa-cancelled",
                             "No MFA code was entered for " + request.mfaSerial.toStdString() + ".");
        return *answer;
    };
}

} // namespace cw::ui
