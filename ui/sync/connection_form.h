#pragma once
// Where to connect: an AWS profile (from the shared config files), a region, an optional endpoint
// and a Cases domain, with "Load domains" (ListDomains, every page) and "Test connection". Only
// names are kept -- credentials always come from the AWS chain (environment, profile, process),
// resolved by the network layer exactly as casewright-cli resolves them.

#include "auth/aws_environment.h"
#include "client/cases_client.h"
#include "client/connection.h"

#include <QStringList>
#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cw::ui {

struct ConnectionChoice {
    QString profile;  // empty: AWS_PROFILE, else "default"
    QString region;   // empty: the environment's or the profile's
    QString endpoint; // empty: the region's standard endpoint (or the environment's)
    QString domainId;
    QString domainName; // as listed; informational

    net::ConnectionSettings settings() const
    {
        net::ConnectionSettings settings;
        settings.profile = profile;
        settings.region = region;
        settings.endpoint = endpoint;
        return settings;
    }
};

class ConnectionForm : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionForm(QWidget *parent = nullptr);
    ~ConnectionForm() override;

    // Where profiles and variables are read from (tests give a temporary home); re-reads profiles.
    void setEnvironment(net::AwsEnvironment environment);
    const net::AwsEnvironment &environment() const { return m_environment; }
    void reloadProfiles();

    void setChoice(const ConnectionChoice &choice);
    ConnectionChoice choice() const;
    // Publish works on the project's domain: shown, not chosen.
    void setDomainFixed(bool fixed);
    void setDomainVisible(bool visible);

    // A client for the current choice, credentials resolved by the AWS chain.
    Result<net::ResolvedConnection> resolve() const;
    Result<std::unique_ptr<net::CasesClient>> makeClient() const;

    // Asynchronous; the results also show in statusLabel().
    void loadDomains();
    void testConnection();
    bool isBusy() const { return m_client != nullptr; }

    // Where Test connection and Load domains get their connection: resolve() when not set. The
    // publish dialog hands over the connection its identity check resolved, so the credentials
    // fetched there (after an MFA code, say) are the ones tested: one code for both.
    using ConnectionSource = std::function<Result<net::ResolvedConnection>()>;
    void setConnectionSource(ConnectionSource source);
    // While held, Test connection and Load domains wait: a click shows `why` and runs on release.
    // The publish dialog holds them while its identity check resolves the shared credentials on a
    // pool thread that may be waiting for the MFA code dialog on this one: signing here meanwhile
    // would block this thread on that resolution (a deadlock), resolving afresh would ask for a
    // second code.
    void setHeld(bool held, const QString &why = {});
    bool isHeld() const { return m_held; }

    QComboBox *profileCombo() const { return m_profile; }
    QLineEdit *regionEdit() const { return m_region; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QComboBox *domainCombo() const { return m_domain; }
    QPushButton *loadDomainsButton() const { return m_loadDomains; }
    QPushButton *testButton() const { return m_test; }
    // "Sign in…": shown for IAM Identity Center profiles; opens SsoSignInDialog.
    QPushButton *signInButton() const { return m_signIn; }
    void signIn();
    QLabel *statusLabel() const { return m_status; }

signals:
    void domainsLoaded(int count);
    void domainsFailed(const QString &message);
    void connectionTested(bool ok, const QString &message);
    void busyChanged(bool busy);
    // The profile, region, endpoint or environment changed (by the user, setChoice or
    // setEnvironment): credentials and identity resolved before are not this connection's.
    void connectionChanged();

private:
    void showStatus(const QString &text, bool error);
    void finish();
    Result<net::ResolvedConnection> connection() const;
    bool startClient(const Result<net::ResolvedConnection> &resolved);
    void updateSignIn();
    void announceConnection(bool always);

    net::AwsEnvironment m_environment;
    std::unique_ptr<net::CasesClient> m_client; // only while loading or testing
    QComboBox *m_profile = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QComboBox *m_domain = nullptr;
    QLabel *m_domainLabel = nullptr;
    QWidget *m_domainRow = nullptr;
    QPushButton *m_loadDomains = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_signIn = nullptr;
    QLabel *m_status = nullptr;
    bool m_domainFixed = false;
    ConnectionSource m_source;
    bool m_held = false;
    QString m_heldWhy;
    enum class Waiting { Nothing, Test, LoadDomains };
    Waiting m_waiting = Waiting::Nothing; // what was clicked while held
    QStringList m_announced; // the profile, region and endpoint connectionChanged() last announced
};

} // namespace cw::ui
