// credential_process: running the command, parsing its JSON, caching and refreshing before
// expiry (with an injected clock, so nothing depends on real time), and clear failures.

#include "auth/credential_process.h"
#include "auth/credential_resolver.h"
#include "aws_test_home.h"

#include <QFile>
#include <QTest>

using namespace cw::net;
using namespace cw::net::testing;

namespace {

const QDateTime kNow = QDateTime::fromString(QStringLiteral("2024-05-01T12:00:00Z"), Qt::ISODate);

// A script that counts its runs in a file and prints credentials expiring at `expiration`.
QString countingScript(const AwsTestHome &home, const QByteArray &expiration)
{
    const QByteArray counter = home.path(QStringLiteral("runs")).toUtf8();
    return home.writeScript(
        QStringLiteral("creds.sh"),
        "n=$(cat '" + counter +
            "' 2>/dev/null || echo 0)\n"
            "n=$((n + 1))\n"
            "echo $n > '" +
            counter +
            "'\n"
            "printf '{\"Version\": 1, \"AccessKeyId\": \"AKID%s\", \"SecretAccessKey\": \"s\", "
            "\"SessionToken\": \"t\", \"Expiration\": \"" +
            expiration + "\"}' \"$n\"\n");
}

CredentialProcessOptions optionsFor(const AwsTestHome &home)
{
    CredentialProcessOptions options;
    options.environment = home.environment().variables;
    options.timeout = std::chrono::seconds(10);
    return options;
}

QString messageOf(const cw::Result<Credentials> &result)
{
    return result.ok() ? QString() : QString::fromStdString(result.error().message);
}

} // namespace

class TestCredentialProcess : public QObject {
    Q_OBJECT

private slots:
    void parsesTheDocumentedJson();
    void rejectsBadJson_data();
    void rejectsBadJson();
    void cachesUntilNearExpiry();
    void keepsCredentialsWithoutExpiration();
    void failingCommandGivesAClearError();
    void missingCommandGivesAClearError();
    void hungCommandTimesOut();
    void splitsCommandLinesLikeAShell();
    void argumentsAreSplitLikeAShell();
    void resolverUsesAndRefreshesTheProcess();
};

void TestCredentialProcess::parsesTheDocumentedJson()
{
    const cw::Result<Credentials> result = parseCredentialProcessOutput(
        R"({"Version": 1, "AccessKeyId": "AKID", "SecretAccessKey": "sk", "SessionToken": "tok",
            "Expiration": "2024-05-01T12:30:00.123+02:00"})",
        QStringLiteral("test"));
    QVERIFY2(result.ok(), qPrintable(messageOf(result)));
    QCOMPARE(result->accessKeyId, QStringLiteral("AKID"));
    QCOMPARE(result->secretAccessKey, QStringLiteral("sk"));
    QCOMPARE(result->sessionToken, QStringLiteral("tok"));
    QCOMPARE(result->expiration->toUTC().toString(Qt::ISODateWithMs),
             QStringLiteral("2024-05-01T10:30:00.123Z"));
}

void TestCredentialProcess::rejectsBadJson_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not json") << QByteArray("AKID secret") << "JSON object";
    QTest::newRow("no version") << QByteArray(R"({"AccessKeyId": "A", "SecretAccessKey": "s"})")
                                << "\"Version\": 1";
    QTest::newRow("version 2") << QByteArray(R"({"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "s"})")
                               << "\"Version\": 1";
    QTest::newRow("no secret") << QByteArray(R"({"Version": 1, "AccessKeyId": "A"})")
                               << "lacks SecretAccessKey";
    QTest::newRow("bad expiration")
        << QByteArray(
               R"({"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "s", "Expiration": "tomorrow"})")
        << "ISO 8601";
    QTest::newRow("token not a string")
        << QByteArray(R"({"Version": 1, "AccessKeyId": "A", "SecretAccessKey": "s", "SessionToken": 5})")
        << "SessionToken";
}

void TestCredentialProcess::rejectsBadJson()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, messagePart);
    const cw::Result<Credentials> result =
        parseCredentialProcessOutput(output, QStringLiteral("credential_process of x"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, std::string("aws.credential-process"));
    QVERIFY2(messageOf(result).contains(messagePart), qPrintable(messageOf(result)));
    QVERIFY2(messageOf(result).startsWith(QStringLiteral("credential_process of x")),
             qPrintable(messageOf(result)));
    QVERIFY2(!messageOf(result).contains(QStringLiteral("secret")),
             "the command's output must not be echoed");
}

void TestCredentialProcess::cachesUntilNearExpiry()
{
    AwsTestHome home;
    const QString script = countingScript(home, "2024-05-01T12:30:00Z");
    QDateTime now = kNow;
    CachedCredentialProcess process(script, QStringLiteral("test"), optionsFor(home), std::chrono::minutes(5),
                                    [&now] { return now; });
    QCOMPARE(process.credentials()->accessKeyId, QStringLiteral("AKID1"));
    now = kNow.addSecs(24 * 60); // 6 minutes before expiry: still fresh enough
    QCOMPARE(process.credentials()->accessKeyId, QStringLiteral("AKID1"));
    QCOMPARE(process.runCount(), 1);
    now = kNow.addSecs(25 * 60 + 1); // inside the 5-minute margin: run again
    QCOMPARE(process.credentials()->accessKeyId, QStringLiteral("AKID2"));
    QCOMPARE(process.runCount(), 2);
}

void TestCredentialProcess::keepsCredentialsWithoutExpiration()
{
    AwsTestHome home;
    const QString script =
        home.writeScript(QStringLiteral("static.sh"),
                         R"(echo '{"Version": 1, "AccessKeyId": "AKID", "SecretAccessKey": "s"}')");
    QDateTime now = kNow;
    CachedCredentialProcess process(script, QStringLiteral("test"), optionsFor(home), std::chrono::minutes(5),
                                    [&now] { return now; });
    QVERIFY(process.credentials().ok());
    now = kNow.addYears(1);
    QVERIFY(process.credentials().ok());
    QCOMPARE(process.runCount(), 1);
}

void TestCredentialProcess::failingCommandGivesAClearError()
{
    AwsTestHome home;
    const QString script = home.writeScript(
        QStringLiteral("fail.sh"), "echo 'Token for corp has expired; run aws sso login' >&2\nexit 3\n");
    const cw::Result<Credentials> result =
        runCredentialProcess(script, QStringLiteral("credential_process of profile 'dev'"), optionsFor(home));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, std::string("aws.credential-process"));
    const QString message = messageOf(result);
    QVERIFY2(message.contains(QStringLiteral("profile 'dev'")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("exit code 3")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("run aws sso login")), qPrintable(message));
}

void TestCredentialProcess::missingCommandGivesAClearError()
{
    AwsTestHome home;
    const cw::Result<Credentials> result =
        runCredentialProcess(home.path(QStringLiteral("no-such-helper")) + QStringLiteral(" --flag"),
                             QStringLiteral("test"), optionsFor(home));
    QVERIFY(!result.ok());
    QVERIFY2(messageOf(result).contains(QStringLiteral("could not start")), qPrintable(messageOf(result)));
    QVERIFY(!runCredentialProcess(QStringLiteral("   "), QStringLiteral("test"), optionsFor(home)).ok());
}

void TestCredentialProcess::hungCommandTimesOut()
{
    AwsTestHome home;
    const QString script = home.writeScript(QStringLiteral("hang.sh"), "exec sleep 30\n");
    CredentialProcessOptions options = optionsFor(home);
    options.timeout = std::chrono::milliseconds(300);
    const cw::Result<Credentials> result = runCredentialProcess(script, QStringLiteral("test"), options);
    QVERIFY(!result.ok());
    QVERIFY2(messageOf(result).contains(QStringLiteral("did not finish")), qPrintable(messageOf(result)));
}

void TestCredentialProcess::splitsCommandLinesLikeAShell()
{
#ifndef Q_OS_WIN
    const auto words = splitCommandLine(QStringLiteral(R"(  a 'b  c' "d \"e\" $x" f\ g '' h"i"j )"));
    QVERIFY(words);
    QCOMPARE(*words, (QStringList{QStringLiteral("a"), QStringLiteral("b  c"), QStringLiteral(R"(d "e" $x)"),
                                  QStringLiteral("f g"), QString(), QStringLiteral("hij")}));
    QVERIFY(!splitCommandLine(QStringLiteral("aws-vault exec 'dev")));
    const cw::Result<Credentials> unterminated = runCredentialProcess(
        QStringLiteral("helper \"dev"), QStringLiteral("test"), CredentialProcessOptions{});
    QVERIFY(!unterminated.ok());
    QVERIFY(messageOf(unterminated).contains(QStringLiteral("never closed")));
#endif
}

void TestCredentialProcess::argumentsAreSplitLikeAShell()
{
    AwsTestHome home;
    const QString script = home.writeScript(
        QStringLiteral("dir with space/args.sh"),
        "printf '{\"Version\": 1, \"AccessKeyId\": \"%s|%s\", \"SecretAccessKey\": \"s\"}' \"$1\" \"$2\"\n");
    const cw::Result<Credentials> result =
        runCredentialProcess(QLatin1Char('"') + script + QStringLiteral("\" 'two words' plain"),
                             QStringLiteral("test"), optionsFor(home));
    QVERIFY2(result.ok(), qPrintable(messageOf(result)));
    QCOMPARE(result->accessKeyId, QStringLiteral("two words|plain"));
}

void TestCredentialProcess::resolverUsesAndRefreshesTheProcess()
{
    AwsTestHome home;
    const QString script = countingScript(home, "2024-05-01T12:10:00Z");
    home.writeConfig("[profile proc]\ncredential_process = " + script.toUtf8() + "\n");
    QDateTime now = kNow;
    CredentialResolverOptions options;
    options.profile = QStringLiteral("proc");
    options.clock = [&now] { return now; };
    CredentialResolver resolver(home.environment(), options);
    QCOMPARE(resolver.resolve()->accessKeyId, QStringLiteral("AKID1"));
    QCOMPARE(resolver.resolve()->accessKeyId, QStringLiteral("AKID1"));
    QVERIFY(resolver.sourceDescription().startsWith(QStringLiteral("credential_process of profile 'proc'")));
    now = kNow.addSecs(6 * 60);
    QCOMPARE(resolver.resolve()->accessKeyId, QStringLiteral("AKID2"));
}

QTEST_GUILESS_MAIN(TestCredentialProcess)
#include "test_credential_process.moc"
