// Whom the publish dialog publishes as, shown before Publish can be pressed (sts:GetCallerIdentity,
// asked off the GUI thread): an assumed role through the loopback STS fake (tests/net/fakes,
// signatures checked), a role with an MFA device (the code dialog comes up on the GUI thread while
// the lookup waits, and publish signs with the same credentials: no second AssumeRole, no second
// code), the emulator's own GetCallerIdentity, and an STS that does not answer (the failure is
// shown and Publish is enabled again), and Test connection and Check for conflicts clicked while
// the check waits for the MFA code (they wait for the check and sign with what it fetched: no
// deadlock, one code). Screenshots: <build>/screenshots/publish-identity.png and
// publish-identity-failed.png.

#include "../../net/credentials/aws_test_home.h"
#include "fake_aws_services.h"
#include "sync/mfa_code_dialog.h"
#include "sync/publish_dialog.h"
#include "sync_test_support.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTcpServer>
#include <QtTest>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace cw;
using namespace cw::ui;
using namespace cw::ui::test;
using cw::emu::testing::EmulatorProcess;
using cw::net::testing::AwsTestHome;
using cw::net::testing::FakeAwsServices;

namespace {
const QString kAdminRole = QStringLiteral("arn:aws:iam::210987654321:role/CaseAdmin");
const QString kMfaRole = QStringLiteral("arn:aws:iam::210987654321:role/CaseAdminMfa");
const QString kMfaSerial = QStringLiteral("arn:aws:iam::123456789012:mfa/alice");
const QString kEmulatorKey = QStringLiteral("CASEWRIGHTEMULATOR");
const QString kEmulatorSecret = QStringLiteral("casewright-emulator-secret-key");

ConnectionChoice profileChoice(const QString &profile, const QUrl &endpoint)
{
    ConnectionChoice choice = emulatorChoice(endpoint);
    choice.profile = profile;
    return choice;
}

// Ends the test process when the GUI thread is stuck: a deadlocked GUI thread runs no QTest
// timeout, so a plain wait would hang until ctest kills the test, saying nothing.
class DeadlockWatchdog {
public:
    DeadlockWatchdog(std::chrono::seconds limit, const char *what)
        : m_thread([this, limit, what] {
              std::unique_lock lock(m_mutex);
              if (!m_done.wait_for(lock, limit, [this] { return m_finished; }))
                  qFatal("Deadlock: %s did not finish within %lld s", what,
                         static_cast<long long>(limit.count()));
          })
    {
    }
    ~DeadlockWatchdog()
    {
        {
            std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_done.notify_all();
        m_thread.join();
    }
    DeadlockWatchdog(const DeadlockWatchdog &) = delete;
    DeadlockWatchdog &operator=(const DeadlockWatchdog &) = delete;

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    std::thread m_thread; // last: started once the members it uses exist
};

// A loopback port nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}
} // namespace

class TestPublishIdentity : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    EmulatorProcess m_emulator;
    FakeAwsServices m_aws;
    AwsTestHome m_awsHome;
    QString m_project;

    // The home of the profiles: two roles assumed from a long-term key the STS fake knows, which
    // it answers with the emulator's key pair (plus a session token), so the roles can publish.
    net::AwsEnvironment rolesEnvironment(const QUrl &sts) const
    {
        return m_awsHome.environment({{QStringLiteral("AWS_ENDPOINT_URL_STS"), sts.toString()}});
    }

    // An offline edit, so that publish sends requests (signed with the connection's credentials).
    bool editDescription(const char *description) const
    {
        const QString file = m_project + QLatin1Char('/') + kResolutionRuleFile;
        Json rule = readJson(file);
        rule["description"] = description;
        return writeJson(file, rule);
    }

private slots:
    void initTestCase()
    {
        useEmulatorEnvironment(m_home.path());
        m_project = m_work.filePath(QStringLiteral("project"));
        const QString failed = startAndPullSample(m_emulator, m_project);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(m_aws.start());
        m_aws.addKey(QStringLiteral("AKIDSOURCE"), QStringLiteral("source-secret"));
        m_aws.issueKeyPair(kEmulatorKey, kEmulatorSecret);
        m_aws.requireMfa(kMfaRole, kMfaSerial, QStringLiteral("123456"));
        m_awsHome.writeCredentials("[source]\naws_access_key_id = AKIDSOURCE\n"
                                   "aws_secret_access_key = source-secret\n");
        m_awsHome.writeConfig("[profile source]\nregion = us-east-1\n"
                              "[profile case-admin]\nrole_arn = " +
                              kAdminRole.toUtf8() +
                              "\nsource_profile = source\nrole_session_name = alice\nregion = us-east-1\n"
                              "[profile case-admin-mfa]\nrole_arn = " +
                              kMfaRole.toUtf8() + "\nsource_profile = source\nmfa_serial = " +
                              kMfaSerial.toUtf8() + "\nrole_session_name = alice\nregion = us-east-1\n");
    }

    void showsTheAssumedRoleAndAccountBeforePublish()
    {
        QVERIFY(editDescription("Published as the role shown."));
        const int assumedBefore = m_aws.count(QStringLiteral("AssumeRole"));
        const int identitiesBefore = m_aws.count(QStringLiteral("GetCallerIdentity"));
        PublishDialog dialog;
        dialog.connectionForm()->setEnvironment(rolesEnvironment(m_aws.url()));
        QVERIFY(dialog.openProject(m_project).ok());
        QSignalSpy checked(&dialog, &PublishDialog::identityChecked);
        dialog.connectionForm()->setChoice(profileChoice(QStringLiteral("case-admin"), m_emulator.url()));
        dialog.show();
        // Until STS has answered, Publish cannot be pressed.
        QVERIFY(dialog.isCheckingIdentity());
        QVERIFY(!dialog.publishButton()->isEnabled());
        QVERIFY2(dialog.identityLabel()->text().startsWith(QLatin1String("Checking whom")),
                 qPrintable(dialog.identityLabel()->text()));

        QVERIFY(checked.wait(15000));
        QCOMPARE(checked.last().front().toBool(), true);
        QCOMPARE(dialog.identityLabel()->text(),
                 QStringLiteral("Publishing as assumed-role/CaseAdmin/alice in account 210987654321"));
        QCOMPARE(dialog.identityLabel()->toolTip(),
                 QStringLiteral("arn:aws:sts::210987654321:assumed-role/CaseAdmin/alice"));
        QVERIFY(dialog.publishButton()->isEnabled());
        QCOMPARE(m_aws.count(QStringLiteral("GetCallerIdentity")), identitiesBefore + 1);
        QCOMPARE(m_aws.count(QStringLiteral("AssumeRole")), assumedBefore + 1);

        QDir().mkpath(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots"));
        QVERIFY(
            dialog.grab().save(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/publish-identity.png")));

        // Publish runs as the identity shown: with the role's credentials already fetched.
        QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
        QTest::mouseClick(dialog.publishButton(), Qt::LeftButton);
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QVERIFY2(finished.front().front().toBool(),
                 qPrintable(dialog.statusLabel()->text() + dialog.resultView()->toPlainText()));
        QCOMPARE(m_aws.count(QStringLiteral("AssumeRole")), assumedBefore + 1);
    }

    void asksForTheMfaCodeOnceOnTheGuiThread()
    {
        QVERIFY(editDescription("Published with an MFA code."));
        PublishDialog dialog;
        dialog.connectionForm()->setEnvironment(rolesEnvironment(m_aws.url()));
        QVERIFY(dialog.openProject(m_project).ok());
        dialog.show();
        QSignalSpy checked(&dialog, &PublishDialog::identityChecked);
        const int assumedBefore = m_aws.count(QStringLiteral("AssumeRole"));
        // The lookup's thread waits for the code; the dialog comes up on the GUI thread.
        int dialogsShown = 0;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&dialogsShown] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *mfa = qobject_cast<MfaCodeDialog *>(widget);
                if (!mfa || !mfa->isVisible())
                    continue;
                QCOMPARE(QThread::currentThread(), qApp->thread());
                ++dialogsShown;
                mfa->codeEdit()->setText(QStringLiteral("123456"));
                mfa->okButton()->click();
            }
        });
        answer.start();
        dialog.connectionForm()->setChoice(profileChoice(QStringLiteral("case-admin-mfa"), m_emulator.url()));
        QVERIFY(checked.wait(15000));
        QVERIFY2(checked.last().front().toBool(), qPrintable(dialog.identityLabel()->text()));
        QCOMPARE(dialog.identityLabel()->text(),
                 QStringLiteral("Publishing as assumed-role/CaseAdminMfa/alice in account 210987654321"));
        QCOMPARE(dialogsShown, 1);
        QCOMPARE(m_aws.stsCalls().constLast().value(QStringLiteral("Action")),
                 QStringLiteral("GetCallerIdentity"));

        // Publishing signs with the same credentials: no second code, no second AssumeRole.
        QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
        QTest::mouseClick(dialog.publishButton(), Qt::LeftButton);
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QVERIFY2(finished.front().front().toBool(),
                 qPrintable(dialog.statusLabel()->text() + dialog.resultView()->toPlainText()));
        QCOMPARE(dialogsShown, 1);
        QCOMPARE(m_aws.count(QStringLiteral("AssumeRole")), assumedBefore + 1);
    }

    // The identity check's pool thread holds the credentials resolution while the MFA dialog is up
    // on the GUI thread. Test connection and Check for conflicts, clicked then, must neither block
    // the GUI thread on that resolution (Check for conflicts signs with the same credentials: it
    // deadlocked) nor resolve afresh (Test connection did: a second MFA code, which real STS
    // refuses when it is the same one). They wait for the check and reuse its credentials.
    void testConnectionWhileTheMfaCodeIsAskedWaitsAndAsksOnce()
    {
        QVERIFY(editDescription("Checked while the MFA code was asked."));
        PublishDialog dialog;
        dialog.connectionForm()->setEnvironment(rolesEnvironment(m_aws.url()));
        QVERIFY(dialog.openProject(m_project).ok());
        dialog.show();
        QSignalSpy checked(&dialog, &PublishDialog::identityChecked);
        QSignalSpy tested(dialog.connectionForm(), &ConnectionForm::connectionTested);
        QSignalSpy conflicts(&dialog, &PublishDialog::conflictsChecked);
        const int assumedBefore = m_aws.count(QStringLiteral("AssumeRole"));
        const DeadlockWatchdog watchdog(std::chrono::seconds(60), "the identity check with Test connection");

        int codesTyped = 0;
        bool clicked = false;
        bool heldWhileAsked = false;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *mfa = qobject_cast<MfaCodeDialog *>(widget);
                if (!mfa || !mfa->isVisible())
                    continue;
                if (!clicked) {
                    // The user clicks while the code is asked (the lookup's thread waits for it).
                    // Posted, so this timer's slot returns first and can answer what comes up.
                    clicked = true;
                    QTimer::singleShot(0, &dialog, [&dialog, &heldWhileAsked] {
                        dialog.connectionForm()->testButton()->click();
                        dialog.checkButton()->click();
                        heldWhileAsked = dialog.connectionForm()->statusLabel()->text().startsWith(
                            QLatin1String("Waiting for the identity check"));
                    });
                    return; // answered on a later tick, after the clicks
                }
                ++codesTyped;
                mfa->codeEdit()->setText(QStringLiteral("123456"));
                mfa->okButton()->click();
            }
        });
        answer.start();
        dialog.connectionForm()->setChoice(profileChoice(QStringLiteral("case-admin-mfa"), m_emulator.url()));
        QVERIFY(checked.count() > 0 || checked.wait(30000));
        QVERIFY2(checked.last().front().toBool(), qPrintable(dialog.identityLabel()->text()));
        QVERIFY(clicked);
        QVERIFY(heldWhileAsked);
        QVERIFY(tested.count() > 0 || tested.wait(30000));
        QVERIFY2(tested.last().front().toBool(), qPrintable(tested.last().at(1).toString()));
        QVERIFY(conflicts.count() > 0 || conflicts.wait(30000));
        QCOMPARE(conflicts.last().front().toInt(), 0);
        answer.stop();
        QCOMPARE(codesTyped, 1);
        QCOMPARE(m_aws.count(QStringLiteral("AssumeRole")), assumedBefore + 1);
    }

    void theEmulatorAnswersForItsOwnKey()
    {
        // No profile: the emulator's key pair from the environment, STS at the emulator.
        PublishDialog dialog;
        QVERIFY(dialog.openProject(m_project).ok());
        QSignalSpy checked(&dialog, &PublishDialog::identityChecked);
        QVERIFY(checked.wait(15000));
        QVERIFY2(checked.last().front().toBool(), qPrintable(dialog.identityLabel()->text()));
        QCOMPARE(dialog.identityLabel()->text(),
                 QStringLiteral("Publishing as user/casewright-emulator in account 123456789012"));
    }

    void aFailureIsShownAndDoesNotHoldPublish()
    {
        PublishDialog dialog;
        QUrl nowhere(QStringLiteral("http://127.0.0.1"));
        nowhere.setPort(closedPort());
        dialog.connectionForm()->setEnvironment(rolesEnvironment(nowhere));
        QVERIFY(dialog.openProject(m_project).ok());
        QSignalSpy checked(&dialog, &PublishDialog::identityChecked);
        QElapsedTimer clock;
        clock.start();
        dialog.connectionForm()->setChoice(profileChoice(QStringLiteral("case-admin"), m_emulator.url()));
        // The GUI thread stays free while STS is asked: events are handled.
        bool handled = false;
        QTimer::singleShot(0, this, [&handled] { handled = true; });
        QTRY_VERIFY_WITH_TIMEOUT(handled, 1000);
        QVERIFY(checked.count() > 0 || checked.wait(15000));
        QCOMPARE(checked.last().front().toBool(), false);
        QVERIFY2(dialog.identityLabel()->text().startsWith(
                     QLatin1String("Cannot tell whom this connection publishes as")),
                 qPrintable(dialog.identityLabel()->text()));
        QVERIFY2(dialog.identityLabel()->text().contains(QLatin1String("127.0.0.1")),
                 qPrintable(dialog.identityLabel()->text()));
        QVERIFY(!dialog.identityLabel()->styleSheet().isEmpty()); // shown as an error
        QVERIFY(dialog.publishButton()->isEnabled());
        dialog.show();
        QDir().mkpath(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots"));
        QVERIFY(dialog.grab().save(
            QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/publish-identity-failed.png")));
    }

    void changingTheConnectionAsksAgain()
    {
        PublishDialog dialog;
        dialog.connectionForm()->setEnvironment(rolesEnvironment(m_aws.url()));
        QVERIFY(dialog.openProject(m_project).ok());
        QSignalSpy checked(&dialog, &PublishDialog::identityChecked);
        dialog.connectionForm()->setChoice(profileChoice(QStringLiteral("case-admin"), m_emulator.url()));
        QVERIFY(checked.wait(15000));
        QVERIFY(dialog.identityLabel()->text().contains(QLatin1String("CaseAdmin/alice")));
        // The user picks the source profile itself: its user, in its own account.
        QComboBox *profiles = dialog.connectionForm()->profileCombo();
        const int source = profiles->findData(QStringLiteral("source"));
        QVERIFY(source >= 0);
        profiles->setCurrentIndex(source);
        emit profiles->activated(source);
        QVERIFY(dialog.isCheckingIdentity());
        QVERIFY(!dialog.publishButton()->isEnabled());
        QVERIFY(checked.wait(15000));
        QCOMPARE(dialog.identityLabel()->text(),
                 QStringLiteral("Publishing as user/admin in account 123456789012"));
    }
};

QTEST_MAIN(TestPublishIdentity)
#include "test_ui_publish_identity.moc"
