#include "sync/sso_sign_in_dialog.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::ui {

SsoSignInDialog::SsoSignInDialog(net::SsoSettings settings, QWidget *parent)
    : QDialog(parent), openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); }),
      m_settings(std::move(settings))
{
    setWindowTitle(tr("Sign in with IAM Identity Center"));
    auto *intro = new QLabel(tr("Approve this sign-in in your browser (%1). Check that it shows this code:")
                                 .arg(m_settings.startUrl.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("userCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont large = m_code->font();
    large.setPointSizeF(large.pointSizeF() * 1.8);
    large.setBold(true);
    m_code->setFont(large);
    m_code->setAlignment(Qt::AlignCenter);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *browser = buttons->addButton(tr("Open the browser again"), QDialogButtonBox::ActionRole);
    connect(browser, &QPushButton::clicked, this, [this] {
        if (m_authorization)
            openUrl(m_authorization->verificationUriComplete);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_code);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &SsoSignInDialog::poll);
}

bool SsoSignInDialog::start()
{
    const Result<net::SsoClientRegistration> client = net::registerSsoClient(
        m_settings, QStringLiteral("casewright-%1").arg(QDateTime::currentSecsSinceEpoch()));
    if (!client) {
        m_status->setText(tr("Cannot sign in: %1").arg(QString::fromStdString(client.error().message)));
        return false;
    }
    const Result<net::SsoDeviceAuthorization> authorization =
        net::startSsoDeviceAuthorization(m_settings, *client);
    if (!authorization) {
        m_status->setText(
            tr("Cannot sign in: %1").arg(QString::fromStdString(authorization.error().message)));
        return false;
    }
    m_client = *client;
    m_authorization = *authorization;
    m_code->setText(m_authorization->userCode);
    m_deadline = QDateTime::currentMSecsSinceEpoch() + qint64(m_authorization->expiresInSeconds) * 1000;
    m_status->setText(
        tr("Waiting for the approval at %1 \u2026").arg(m_authorization->verificationUri.toString()));
    openUrl(m_authorization->verificationUriComplete);
    m_poll.start(m_authorization->intervalSeconds * 1000);
    return true;
}

void SsoSignInDialog::poll()
{
    if (!m_client || !m_authorization)
        return;
    if (QDateTime::currentMSecsSinceEpoch() > m_deadline) {
        m_status->setText(tr("The sign-in was not approved in time. Close this and try again."));
        return;
    }
    const auto token =
        net::pollSsoDeviceToken(m_settings, *m_client, *m_authorization, QDateTime::currentDateTimeUtc());
    if (!token) {
        m_status->setText(tr("Cannot sign in: %1").arg(QString::fromStdString(token.error().message)));
        return;
    }
    if (!token->has_value()) {
        m_poll.start(m_authorization->intervalSeconds * 1000);
        return;
    }
    m_status->setText(tr("Signed in."));
    accept();
}

QString SsoSignInDialog::userCode() const
{
    return m_code->text();
}

QString SsoSignInDialog::statusText() const
{
    return m_status->text();
}

QUrl SsoSignInDialog::verificationUrl() const
{
    return m_authorization ? m_authorization->verificationUriComplete : QUrl();
}

} // namespace cw::ui
