// The profile that works with `aws` works with casewright-cli: one ~/.aws (an assumed role whose
// STS and Cases endpoints come from a [services] section) takes both the installed AWS CLI and
// casewright-cli through the fake STS to the cases-emulator. Skipped where `aws` is not installed.
#include "aws_test_home.h"
#include "emulator_process.h"
#include "fake_aws_services.h"
#include "process_run.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cw::net;
using namespace cw::net::testing;
using cw::emu::testing::ProcessRun;
using cw::emu::testing::runToEnd;

namespace {
const char kSampleDomainId[] = "09360fd9-e272-549f-9122-b5c47c94cb3b";
const char kEmulatorKey[] = "CASEWRIGHTEMULATOR";
const char kEmulatorSecret[] = "casewright-emulator-secret-key";

// The program with `environment`'s variables and its ~/.aws files, as a person would run it.
ProcessRun run(const QString &program, const QStringList &arguments, const AwsEnvironment &environment)
{
    QProcessEnvironment variables = environment.variables;
    variables.insert(QStringLiteral("HOME"), environment.homeDirectory);
    variables.insert(QStringLiteral("AWS_CONFIG_FILE"), environment.configFilePath());
    variables.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), environment.credentialsFilePath());
    return runToEnd(program, arguments, variables);
}
} // namespace

class TestSameProfileAsAwsCli : public QObject {
    Q_OBJECT
private slots:
    void bothReachTheEmulatorThroughTheSameRole()
    {
        const QString aws = QStandardPaths::findExecutable(QStringLiteral("aws"));
        if (aws.isEmpty())
            QSKIP("the AWS CLI (aws) is not installed here; this test compares casewright-cli with it");

        cw::emu::testing::EmulatorProcess emulator;
        QVERIFY2(emulator.start({QStringLiteral("--seed-sample")}), qPrintable(emulator.errorText()));
        FakeAwsServices sts;
        QVERIFY(sts.start());
        sts.addKey(QStringLiteral("AKIDBASE"), QStringLiteral("base-secret"));
        sts.issueKeyPair(QString::fromLatin1(kEmulatorKey), QString::fromLatin1(kEmulatorSecret));

        AwsTestHome home;
        home.writeCredentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n");
        home.writeConfig("[profile casewright-admin]\nrole_arn = arn:aws:iam::123456789012:role/CaseAdmin\n"
                         "source_profile = base\nregion = us-east-1\nservices = local\n"
                         "[services local]\nconnectcases =\n  endpoint_url = " +
                         emulator.url().toEncoded() + "\nsts =\n  endpoint_url = " + sts.url().toEncoded() +
                         "\n");
        const AwsEnvironment environment = home.environment();

        const ProcessRun viaAws = run(aws,
                                      {QStringLiteral("connectcases"), QStringLiteral("list-case-rules"),
                                       QStringLiteral("--domain-id"), QString::fromLatin1(kSampleDomainId),
                                       QStringLiteral("--profile"), QStringLiteral("casewright-admin"),
                                       QStringLiteral("--output"), QStringLiteral("json")},
                                      environment);
        QVERIFY2(viaAws.exitCode == 0, viaAws.err.constData());
        const QJsonArray rules =
            QJsonDocument::fromJson(viaAws.out).object().value(QStringLiteral("caseRules")).toArray();
        QVERIFY2(!rules.isEmpty(), viaAws.out.constData());
        QCOMPARE(sts.count(QStringLiteral("AssumeRole")), 1);

        QTemporaryDir project;
        const ProcessRun viaCasewright =
            run(QStringLiteral(CASEWRIGHT_CLI_PATH),
                {QStringLiteral("pull"), QStringLiteral("--profile"), QStringLiteral("casewright-admin"),
                 QStringLiteral("--domain"), QString::fromLatin1(kSampleDomainId),
                 project.filePath(QStringLiteral("pulled"))},
                environment);
        QVERIFY2(viaCasewright.exitCode == 0, QByteArray(viaCasewright.out + viaCasewright.err).constData());
        QCOMPARE(sts.count(QStringLiteral("AssumeRole")), 2);
        QCOMPARE(sts.count(QStringLiteral("rejected:InvalidSignatureException")), 0);
        const QString rulesDir = project.filePath(QStringLiteral("pulled/rules"));
        QVERIFY2(
            QDir(rulesDir).entryList(QDir::Files).size() >= rules.size(),
            qPrintable(QDir(project.filePath(QStringLiteral("pulled"))).entryList().join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestSameProfileAsAwsCli)
#include "test_same_profile_as_aws_cli.moc"
