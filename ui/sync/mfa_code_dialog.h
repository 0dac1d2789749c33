#pragma once
// Asks for the code of the MFA device a profile's role names (mfa_serial), when the credential
// chain assumes that role. Modal over the designer; six digits, as AWS MFA devices show.

#include "auth/credential_resolver.h"

#include <QDialog>
#include <QPointer>

class QLineEdit;
class QPushButton;

namespace cw::ui {

class MfaCodeDialog : public QDialog {
    Q_OBJECT
public:
    explicit MfaCodeDialog(const net::MfaRequest &request, QWidget *parent = nullptr);

    QString code() const;
    QLineEdit *codeEdit() const { return m_code; }
    QPushButton *okButton() const { return m_ok; }

private:
    QLineEdit *m_code = nullptr;
    QPushButton *m_ok = nullptr;
};

// For net::ConnectionSettings::mfa: shows the dialog over `parent` (or on its own when it is
// gone); cancelling gives the error "aws.mfa-cancelled".
net::MfaCodeProvider mfaCodeDialogProvider(QPointer<QWidget> parent);

} // namespace cw::ui
