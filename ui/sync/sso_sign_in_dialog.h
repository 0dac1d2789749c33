#pragma once
// "Sign in" to IAM Identity Center from the designer, as `aws sso login` does: registers a
// client, starts the device authorization, shows the code and opens the browser at the
// verification page, then polls CreateToken until the user approves. The token goes into the AWS
// CLI's cache (~/.aws/sso/cache), so the profile works for casewright-cli and `aws` too.

#include "auth/sso_credentials.h"

#include <QDialog>
#include <QTimer>
#include <functional>
#include <optional>

class QLabel;

namespace cw::ui {

class SsoSignInDialog : public QDialog {
    Q_OBJECT
public:
    explicit SsoSignInDialog(net::SsoSettings settings, QWidget *parent = nullptr);

    // Opens the verification page; QDesktopServices::openUrl unless a test replaces it.
    std::function<bool(const QUrl &)> openUrl;

    // Registers and starts the authorization, then polls; false (with statusText()) when the
    // service refused. The dialog accepts itself once the token is cached.
    bool start();

    QString userCode() const;
    QString statusText() const;
    QUrl verificationUrl() const;

private:
    void poll();

    net::SsoSettings m_settings;
    std::optional<net::SsoClientRegistration> m_client;
    std::optional<net::SsoDeviceAuthorization> m_authorization;
    QLabel *m_code = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_poll;
    qint64 m_deadline = 0; // msecs since epoch
};

} // namespace cw::ui
