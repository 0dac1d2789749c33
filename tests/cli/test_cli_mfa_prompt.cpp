// casewright-cli and a profile whose role has an MFA device (mfa_serial), run as a child process
// against the loopback STS fake (tests/net/fakes, signatures checked) and the Cases emulator:
// on a terminal (a pseudo-terminal as its standard input) it prompts on stderr and reads the code;
// the code reaches STS and the pull works. A wrong code fails with STS's message (asked once, not
// again for each request); end of input on
// the terminal and a standard input that is not a terminal fail clearly without calling STS.

#include "emulator_process.h"
#include "fake_aws_services.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

using cw::emu::testing::EmulatorProcess;
using cw::net::testing::FakeAwsServices;

namespace {
const QString kDomainId = QStringLiteral("09360fd9-e272-549f-9122-b5c47c94cb3b");
const QString kRole = QStringLiteral("arn:aws:iam::210987654321:role/CaseAdmin");
const QString kSerial = QStringLiteral("arn:aws:iam::123456789012:mfa/alice");

struct Run {
    int exitCode = -1;
    QString err;
};

// A pseudo-terminal: the child reads the slave as its standard input, the test types into the
// master.
class PseudoTerminal {
public:
    PseudoTerminal()
    {
        m_master = posix_openpt(O_RDWR | O_NOCTTY);
        if (m_master < 0 || grantpt(m_master) != 0 || unlockpt(m_master) != 0)
            return;
        const char *name = ptsname(m_master);
        m_slave = name ? ::open(name, O_RDWR | O_NOCTTY) : -1;
    }
    ~PseudoTerminal()
    {
        if (m_slave >= 0)
            ::close(m_slave);
        if (m_master >= 0)
            ::close(m_master);
    }
    PseudoTerminal(const PseudoTerminal &) = delete;
    PseudoTerminal &operator=(const PseudoTerminal &) = delete;

    bool isValid() const { return m_master >= 0 && m_slave >= 0; }
    int slave() const { return m_slave; }
    bool type(const QByteArray &keys) const
    {
        return ::write(m_master, keys.constData(), std::size_t(keys.size())) == keys.size();
    }

private:
    int m_master = -1;
    int m_slave = -1;
};
} // namespace

class TestCliMfaPrompt : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    EmulatorProcess m_emulator;
    FakeAwsServices m_aws;
    int m_pulls = 0;

    // `casewright-cli pull` with the MFA profile; `terminal` as its standard input, else /dev/null.
    Run pull(const PseudoTerminal *terminal, const QByteArray &typed)
    {
        QProcess process;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        environment.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        environment.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), m_aws.url().toString());
        process.setProcessEnvironment(environment);
        if (terminal) {
            const int slave = terminal->slave();
            process.setChildProcessModifier([slave] { ::dup2(slave, STDIN_FILENO); });
        } else {
            process.setStandardInputFile(QProcess::nullDevice());
        }
        const QString folder = m_work.filePath(QStringLiteral("pull-%1").arg(++m_pulls));
        process.start(QStringLiteral(CASEWRIGHT_CLI_PATH),
                      {QStringLiteral("pull"), QStringLiteral("--domain"), kDomainId,
                       QStringLiteral("--profile"), QStringLiteral("mfa"), QStringLiteral("--endpoint"),
                       m_emulator.url().toString(), folder});
        if (!process.waitForStarted(10000))
            return {};
        if (terminal && !typed.isEmpty())
            terminal->type(typed); // the terminal holds the line until the prompt reads it
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                   QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_emulator.start({QStringLiteral("--seed-sample")}), qPrintable(m_emulator.errorText()));
        QVERIFY(m_aws.start());
        m_aws.addKey(QStringLiteral("AKIDSOURCE"), QStringLiteral("source-secret"));
        // The role's credentials are the emulator's key pair (with a session token): they pull.
        m_aws.issueKeyPair(QStringLiteral("CASEWRIGHTEMULATOR"),
                           QStringLiteral("casewright-emulator-secret-key"));
        m_aws.requireMfa(kRole, kSerial, QStringLiteral("123456"));
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral(".aws")));
        QFile config(m_home.filePath(QStringLiteral(".aws/config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[profile base]\nregion = us-east-1\n[profile mfa]\nrole_arn = " + kRole.toUtf8() +
                     "\nsource_profile = base\nmfa_serial = " + kSerial.toUtf8() + "\nregion = us-east-1\n");
        config.close();
        QFile credentials(m_home.filePath(QStringLiteral(".aws/credentials")));
        QVERIFY(credentials.open(QIODevice::WriteOnly));
        credentials.write("[base]\naws_access_key_id = AKIDSOURCE\naws_secret_access_key = source-secret\n");
    }

    void promptsOnTheTerminalAndSendsTheCode()
    {
        PseudoTerminal terminal;
        QVERIFY(terminal.isValid());
        const int assumed = m_aws.count(QStringLiteral("AssumeRole"));
        const Run run = pull(&terminal, "123456\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Enter MFA code for ") + kSerial), qPrintable(run.err));
        QCOMPARE(m_aws.count(QStringLiteral("AssumeRole")), assumed + 1); // asked once for the whole pull
        const QMap<QString, QString> call = m_aws.stsCalls().constLast();
        QCOMPARE(call.value(QStringLiteral("Action")), QStringLiteral("AssumeRole"));
        QCOMPARE(call.value(QStringLiteral("SerialNumber")), kSerial);
        QCOMPARE(call.value(QStringLiteral("TokenCode")), QStringLiteral("123456"));
        QVERIFY(QFile::exists(m_work.filePath(QStringLiteral("pull-%1/casewright.json")).arg(m_pulls)));
    }

    void aWrongCodeFailsWithStsMessage()
    {
        PseudoTerminal terminal;
        QVERIFY(terminal.isValid());
        const int refused = m_aws.count(QStringLiteral("rejected:AccessDenied"));
        const Run run = pull(&terminal, "654321\n");
        QVERIFY2(run.exitCode != 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("AccessDenied")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("MultiFactorAuthentication failed")), qPrintable(run.err));
        QCOMPARE(m_aws.count(QStringLiteral("rejected:AccessDenied")), refused + 1);
        // Asked once: a refused code fails the command instead of prompting again per request.
        QCOMPARE(run.err.count(QLatin1String("Enter MFA code")), 1);
    }

    void endOfInputOnTheTerminalFailsClearly()
    {
        PseudoTerminal terminal;
        QVERIFY(terminal.isValid());
        const int assumed = m_aws.count(QStringLiteral("AssumeRole"));
        const Run run = pull(&terminal, "\x04"); // Ctrl-D: end of input, no code
        QVERIFY2(run.exitCode != 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("no MFA code was entered")), qPrintable(run.err));
        QCOMPARE(m_aws.count(QStringLiteral("AssumeRole")), assumed);
    }

    void withoutATerminalItFailsWithoutWaiting()
    {
        const int assumed = m_aws.count(QStringLiteral("AssumeRole"));
        const Run run = pull(nullptr, {});
        QVERIFY2(run.exitCode != 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("standard input is not a terminal")), qPrintable(run.err));
        QVERIFY2(run.err.contains(kSerial), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("profile 'mfa'")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("Enter MFA code")), qPrintable(run.err));
        QCOMPARE(m_aws.count(QStringLiteral("AssumeRole")), assumed);
    }
};

QTEST_GUILESS_MAIN(TestCliMfaPrompt)
#include "test_cli_mfa_prompt.moc"
