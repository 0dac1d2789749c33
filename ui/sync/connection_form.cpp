#include "sync/connection_form.h"

#include "auth/aws_config_files.h"
#include "common/counted.h"
#include "common/std_text.h"
#include "common/tone_colors.h"
#include "sync/mfa_code_dialog.h"
#include "sync/sso_sign_in_dialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <utility>

namespace cw::ui {
namespace {
QString errorText(const Error &error)
{
    // A connection error has no place in a file: a bare "/:" (the empty location) before it
    // would only puzzle.
    const Location &where = error.where;
    if (where.file.empty() && where.line == 0 && where.pointer.empty() && where.entity.empty())
        return QString::fromStdString(error.code.empty() ? error.message
                                                         : error.message + " [" + error.code + "]");
    return QString::fromStdString(error.toString());
}
} // namespace

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent), m_environment(net::AwsEnvironment::system())
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_profile = new QComboBox(this);
    m_profile->setAccessibleName(tr("AWS profile"));
    m_profile->setToolTip(
        tr("A profile of ~/.aws/config or ~/.aws/credentials. Casewright stores its name only; "
           "credentials are read when connecting."));
    m_region = new QLineEdit(this);
    m_region->setPlaceholderText(tr("from the profile or AWS_REGION, e.g. us-east-1"));
    m_endpoint = new QLineEdit(this);
    m_endpoint->setPlaceholderText(tr("optional: https://cases.REGION.amazonaws.com by default"));
    m_domain = new QComboBox(this);
    m_domain->setEditable(true);
    m_domain->setAccessibleName(tr("Cases domain"));
    m_domain->lineEdit()->setPlaceholderText(tr("a domain id, or Load domains"));
    m_loadDomains = new QPushButton(tr("&Load domains"), this);
    m_domainRow = new QWidget(this);
    auto *domainLayout = new QHBoxLayout(m_domainRow);
    domainLayout->setContentsMargins(0, 0, 0, 0);
    domainLayout->addWidget(m_domain, 1);
    domainLayout->addWidget(m_loadDomains);
    m_test = new QPushButton(tr("&Test connection"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Connection status"));
    m_signIn = new QPushButton(tr("&Sign in\u2026"), this);
    m_signIn->setToolTip(tr("Sign in to IAM Identity Center in the browser, as 'aws sso login' does."));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_signIn);
    testRow->addStretch(1);

    form->addRow(tr("AWS &profile:"), m_profile);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    form->addRow(tr("&Domain:"), m_domainRow);
    m_domainLabel = qobject_cast<QLabel *>(form->labelForField(m_domainRow));
    form->addRow(QString(), testRow);
    // On a row of its own, the full width: beside the buttons a long message was cut off.
    form->addRow(QString(), m_status);

    connect(m_loadDomains, &QPushButton::clicked, this, &ConnectionForm::loadDomains);
    connect(m_test, &QPushButton::clicked, this, &ConnectionForm::testConnection);
    connect(m_signIn, &QPushButton::clicked, this, &ConnectionForm::signIn);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ConnectionForm::updateSignIn);
    // Where and as whom it connects: what the user picks or types (setChoice and setEnvironment
    // announce their own changes).
    connect(m_profile, &QComboBox::activated, this, [this] { announceConnection(false); });
    connect(m_region, &QLineEdit::editingFinished, this, [this] { announceConnection(false); });
    connect(m_endpoint, &QLineEdit::editingFinished, this, [this] { announceConnection(false); });
    reloadProfiles();
}

ConnectionForm::~ConnectionForm() = default;

void ConnectionForm::setEnvironment(net::AwsEnvironment environment)
{
    m_environment = std::move(environment);
    reloadProfiles();
    announceConnection(true);
}

void ConnectionForm::announceConnection(bool always)
{
    const ConnectionChoice now = choice();
    const QStringList announced{now.profile, now.region, now.endpoint};
    if (!always && announced == m_announced)
        return; // leaving a field unchanged changes nothing
    m_announced = announced;
    emit connectionChanged();
}

void ConnectionForm::reloadProfiles()
{
    const QString current = m_profile->currentData().toString();
    m_profile->clear();
    m_profile->addItem(tr("(default: %1)").arg(m_environment.profileName()), QString());
    auto files = net::AwsConfigFiles::load(m_environment);
    if (!files) {
        showStatus(tr("The AWS config files could not be read: %1").arg(errorText(files.error())), true);
    } else {
        for (const QString &name : files->profileNames())
            m_profile->addItem(name, name);
    }
    const int kept = m_profile->findData(current);
    m_profile->setCurrentIndex(kept >= 0 ? kept : 0);
    updateSignIn();
}

void ConnectionForm::updateSignIn()
{
    const auto files = net::AwsConfigFiles::load(m_environment);
    m_signIn->setVisible(
        files &&
        net::ssoSettingsFor(m_environment, *files, m_environment.profileName(choice().profile)).ok());
}

void ConnectionForm::signIn()
{
    const auto files = net::AwsConfigFiles::load(m_environment);
    if (!files)
        return showStatus(tr("Cannot sign in: %1").arg(errorText(files.error())), true);
    const auto settings =
        net::ssoSettingsFor(m_environment, *files, m_environment.profileName(choice().profile));
    if (!settings)
        return showStatus(tr("Cannot sign in: %1").arg(errorText(settings.error())), true);
    SsoSignInDialog dialog(*settings, this);
    if (!dialog.start())
        return showStatus(dialog.statusText(), true);
    if (dialog.exec() == QDialog::Accepted)
        showStatus(tr("Signed in to IAM Identity Center (%1).").arg(settings->startUrl), false);
}

void ConnectionForm::setChoice(const ConnectionChoice &choice)
{
    int profile = m_profile->findData(choice.profile);
    if (profile < 0) { // a stored name the files no longer have stays visible (connecting says why)
        m_profile->addItem(tr("%1 (not in the AWS config files)").arg(choice.profile), choice.profile);
        profile = m_profile->count() - 1;
    }
    m_profile->setCurrentIndex(profile);
    m_region->setText(choice.region);
    m_endpoint->setText(choice.endpoint);
    int domain = m_domain->findData(choice.domainId);
    if (domain < 0 && !choice.domainId.isEmpty()) {
        m_domain->addItem(choice.domainName.isEmpty() ? choice.domainId
                                                      : tr("%1 (%2)").arg(choice.domainName, choice.domainId),
                          choice.domainId);
        domain = m_domain->count() - 1;
    }
    m_domain->setCurrentIndex(domain);
    if (domain < 0)
        m_domain->setEditText(QString());
    announceConnection(true);
}

ConnectionChoice ConnectionForm::choice() const
{
    ConnectionChoice choice;
    choice.profile = m_profile->currentData().toString();
    choice.region = m_region->text().trimmed();
    choice.endpoint = m_endpoint->text().trimmed();
    // A listed domain, unless the user typed over it: then what was typed is the id.
    const int index = m_domain->currentIndex();
    if (index >= 0 && m_domain->itemText(index) == m_domain->currentText()) {
        choice.domainId = m_domain->itemData(index).toString();
        choice.domainName = m_domain->itemData(index, Qt::UserRole + 1).toString();
    } else {
        choice.domainId = m_domain->currentText().trimmed();
    }
    return choice;
}

void ConnectionForm::setDomainFixed(bool fixed)
{
    m_domainFixed = fixed;
    m_domain->setEnabled(!fixed);
    m_loadDomains->setVisible(!fixed);
}

void ConnectionForm::setDomainVisible(bool visible)
{
    m_domainRow->setVisible(visible);
    if (m_domainLabel)
        m_domainLabel->setVisible(visible);
}

Result<net::ResolvedConnection> ConnectionForm::resolve() const
{
    net::ConnectionSettings settings = choice().settings();
    settings.mfa = mfaCodeDialogProvider(window()); // a role with mfa_serial asks here
    return net::resolveConnection(settings, m_environment);
}

Result<std::unique_ptr<net::CasesClient>> ConnectionForm::makeClient() const
{
    auto resolved = resolve();
    if (!resolved)
        return resolved.error();
    return std::make_unique<net::CasesClient>(std::move(resolved->config));
}

void ConnectionForm::setConnectionSource(ConnectionSource source)
{
    m_source = std::move(source);
}

void ConnectionForm::setHeld(bool held, const QString &why)
{
    m_held = held;
    m_heldWhy = why;
    if (held)
        return;
    switch (std::exchange(m_waiting, Waiting::Nothing)) {
    case Waiting::Test:
        testConnection();
        break;
    case Waiting::LoadDomains:
        loadDomains();
        break;
    case Waiting::Nothing:
        break;
    }
}

Result<net::ResolvedConnection> ConnectionForm::connection() const
{
    return m_source ? m_source() : resolve();
}

bool ConnectionForm::startClient(const Result<net::ResolvedConnection> &resolved)
{
    if (m_client)
        return false;
    if (!resolved) {
        showStatus(tr("Cannot connect: %1").arg(errorText(resolved.error())), true);
        return false;
    }
    m_client = std::make_unique<net::CasesClient>(resolved->config);
    m_loadDomains->setEnabled(false);
    m_test->setEnabled(false);
    emit busyChanged(true);
    return true;
}

void ConnectionForm::finish()
{
    // Called from the client's own callback: it goes once the callback has returned.
    if (m_client)
        m_client.release()->deleteLater();
    m_loadDomains->setEnabled(true);
    m_test->setEnabled(true);
    emit busyChanged(false);
}

void ConnectionForm::loadDomains()
{
    if (m_held) {
        m_waiting = Waiting::LoadDomains;
        showStatus(m_heldWhy, false);
        return;
    }
    if (!startClient(connection())) {
        emit domainsFailed(m_status->text());
        return;
    }
    showStatus(tr("Loading domains\u2026"), false);
    m_client->listAllDomains([this](Result<std::vector<net::DomainSummary>> domains) {
        finish();
        if (!domains) {
            const QString message = tr("Could not list the domains: %1").arg(errorText(domains.error()));
            showStatus(message, true);
            emit domainsFailed(message);
            return;
        }
        const QString current = choice().domainId;
        m_domain->clear();
        for (const net::DomainSummary &domain : *domains) {
            const QString id = QString::fromStdString(domain.domainId);
            const QString name = QString::fromStdString(domain.name);
            m_domain->addItem(tr("%1 (%2)").arg(name, id), id);
            m_domain->setItemData(m_domain->count() - 1, name, Qt::UserRole + 1);
        }
        const int kept = m_domain->findData(current);
        m_domain->setCurrentIndex(kept >= 0 ? kept : (m_domain->count() > 0 ? 0 : -1));
        showStatus(
            plural(tr("%n domain(s) found.", nullptr, int(domains->size())), qsizetype(domains->size())),
            false);
        emit domainsLoaded(int(domains->size()));
    });
}

void ConnectionForm::testConnection()
{
    if (m_held) {
        m_waiting = Waiting::Test;
        showStatus(m_heldWhy, false);
        return;
    }
    const auto resolved = connection();
    if (!resolved || !startClient(resolved)) {
        const QString message =
            resolved ? m_status->text() : tr("Cannot connect: %1").arg(errorText(resolved.error()));
        showStatus(message, true);
        emit connectionTested(false, message);
        return;
    }
    const QString where = resolved->description;
    const std::string domainId = choice().domainId.toStdString();
    showStatus(tr("Connecting to %1\u2026").arg(where), false);
    if (!domainId.empty()) {
        m_client->getDomain(domainId, [this, where](Result<net::DomainInfo> domain) {
            finish();
            const QString message =
                domain ? tr("Connected to %1: domain \u201c%2\u201d is %3.")
                             .arg(where, userText(domain->name), QString::fromStdString(domain->domainStatus))
                       : tr("The connection failed: %1").arg(errorText(domain.error()));
            showStatus(message, !domain);
            emit connectionTested(domain.ok(), message);
        });
        return;
    }
    m_client->listDomains({}, [this, where](Result<net::Page<net::DomainSummary>> page) {
        finish();
        const QString message =
            page ? tr("Connected to %1: %2")
                       .arg(where, plural(tr("%n domain(s) visible.", nullptr, int(page->items.size())),
                                          qsizetype(page->items.size())))
                 : tr("The connection failed: %1").arg(errorText(page.error()));
        showStatus(message, !page);
        emit connectionTested(page.ok(), message);
    });
}

void ConnectionForm::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? toneStyleSheet(Tone::Error) : QString());
}

} // namespace cw::ui
