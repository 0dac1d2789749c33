// Whom the publish dialog publishes as, shown before Publish can be pressed (sts:GetCallerIdentity,
// asked off the GUI thread): an assumed role through the loopback STS fake (tests/net/fakes,
// signatures checked), a role with an MFA device (the code dialog comes up on the GUI thread while
// the lookup waits, and publish signs with the same credentials: no second AssumeRole, no second
// code), the emulator's own GetCallerIdentity, and an STS that does not answer (the failure is
// shown and Publish is enabled again). Screenshots: <build>/screenshots/publish-identity.png and
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
