// The ~/.aws/config and ~/.aws/credentials reader: INI dialect, profile naming, merging, errors.

#include "auth/aws_config_files.h"
#include "auth/aws_ini_parser.h"
#include "aws_test_home.h"

#include <QTest>

using namespace cw::net;
using namespace cw::net::testing;

class TestAwsConfigFiles : public QObject {
    Q_OBJECT

private slots:
    void parsesTheAwsDialect();
    void parsesNestedBlocks();
    void reportsSyntaxErrorsWithFileAndLine_data();
    void reportsSyntaxErrorsWithFileAndLine();
    void profileSectionsFollowTheFileKind();
    void credentialsFileWinsForTheSameKey();
    void explainsAMisnamedSection();
    void missingFilesAreEmptyAndPathsAreOverridable();
};

void TestAwsConfigFiles::parsesTheAwsDialect()
{
    const QByteArray text = "\xEF\xBB\xBF# comment\r\n"
                            "[default]\r\n"
                            "Region = us-east-1\r\n"
                            "; another comment\n"
                            "output: json\n"
                            "aws_session_token = abc==\n"
                            "[ profile  dev ]\n"
                            "endpoint_url=http://127.0.0.1:4566/#not-a-comment\n";
    const cw::Result<IniFile> file = parseIni(text, QStringLiteral("config"));
    QVERIFY2(file.ok(), file.ok() ? "" : file.error().toString().c_str());
    QCOMPARE(file->sections.size(), 2);
    const IniSection *defaults = file->find(QStringLiteral("default"));
    QVERIFY(defaults);
    QCOMPARE(defaults->values.value(QStringLiteral("region")),
             QStringLiteral("us-east-1")); // keys lowercased
    QCOMPARE(defaults->values.value(QStringLiteral("output")), QStringLiteral("json"));
    QCOMPARE(defaults->values.value(QStringLiteral("aws_session_token")), QStringLiteral("abc=="));
    QCOMPARE(defaults->valueLines.value(QStringLiteral("output")), 5);
    const IniSection *dev = file->find(QStringLiteral("profile  dev"));
    QVERIFY(dev);
    QCOMPARE(dev->values.value(QStringLiteral("endpoint_url")),
             QStringLiteral("http://127.0.0.1:4566/#not-a-comment"));
}

void TestAwsConfigFiles::parsesNestedBlocks()
{
    const QByteArray text = "[services local]\n"
                            "connectcases =\n"
                            "  endpoint_url = http://localhost:8080\n"
                            "  Region = eu-west-1\n"
                            "s3 =\n"
                            "\taddressing_style = path\n"
                            "[profile x]\n"
                            "note = first\n"
                            "  second\n";
    const cw::Result<IniFile> file = parseIni(text, QStringLiteral("config"));
    QVERIFY(file.ok());
    const IniSection *services = file->find(QStringLiteral("services local"));
    QVERIFY(services);
    QCOMPARE(services->nested.value(QStringLiteral("connectcases")).value(QStringLiteral("endpoint_url")),
             QStringLiteral("http://localhost:8080"));
    QCOMPARE(services->nested.value(QStringLiteral("connectcases")).value(QStringLiteral("region")),
             QStringLiteral("eu-west-1"));
    QCOMPARE(services->nested.value(QStringLiteral("s3")).value(QStringLiteral("addressing_style")),
             QStringLiteral("path"));
    QVERIFY(!services->values.contains(QStringLiteral("connectcases")));
    // A non-empty value continued on an indented line is a multi-line value, as in configparser.
    QCOMPARE(file->find(QStringLiteral("profile x"))->values.value(QStringLiteral("note")),
             QStringLiteral("first\nsecond"));
}

void TestAwsConfigFiles::reportsSyntaxErrorsWithFileAndLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("key before any section")
        << QByteArray("\nregion = x\n") << 2 << "outside of any [section]";
    QTest::newRow("no equals sign") << QByteArray("[default]\nregion us-east-1\n") << 2 << "without '='";
    QTest::newRow("duplicate section") << QByteArray("[a]\nx=1\n[a]\n") << 3 << "appears twice";
    QTest::newRow("duplicate key") << QByteArray("[a]\nx=1\nX = 2\n") << 3 << "set twice";
    QTest::newRow("unclosed header") << QByteArray("[default]\n[profile dev\n") << 2 << "[name]";
}

void TestAwsConfigFiles::reportsSyntaxErrorsWithFileAndLine()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, messagePart);
    const cw::Result<IniFile> file = parseIni(text, QStringLiteral("/home/u/.aws/config"));
    QVERIFY(!file.ok());
    QCOMPARE(file.error().code, std::string("aws.config-syntax"));
    QCOMPARE(file.error().where.file, std::string("/home/u/.aws/config"));
    QCOMPARE(file.error().where.line, line);
    QVERIFY2(QString::fromStdString(file.error().message).contains(messagePart),
             file.error().message.c_str());
}

void TestAwsConfigFiles::profileSectionsFollowTheFileKind()
{
    AwsTestHome home;
    home.writeConfig("[default]\nregion = us-east-1\n[profile dev]\nregion = eu-west-1\n[ops]\nregion = x\n");
    home.writeCredentials("[dev]\naws_access_key_id = AKIDDEV\n[profile ops]\naws_access_key_id = AKIDOPS\n");
    const cw::Result<AwsConfigFiles> files = AwsConfigFiles::load(home.environment());
    QVERIFY(files.ok());

    const auto dev = files->profile(QStringLiteral("dev"));
    QVERIFY(dev);
    QCOMPARE(dev->value(QStringLiteral("region")), QStringLiteral("eu-west-1"));
    QCOMPARE(dev->value(QStringLiteral("aws_access_key_id")), QStringLiteral("AKIDDEV"));
    QCOMPARE(dev->configLine, 3);
    QCOMPARE(dev->credentialsLine, 1);
    // [ops] in config is not a profile, and [profile ops] in credentials is the profile "profile ops".
    QVERIFY(!files->profile(QStringLiteral("ops")));
    QVERIFY(files->profile(QStringLiteral("profile ops")));
    QCOMPARE(files->profileNames(),
             (QStringList{QStringLiteral("default"), QStringLiteral("dev"), QStringLiteral("profile ops")}));
}

void TestAwsConfigFiles::credentialsFileWinsForTheSameKey()
{
    AwsTestHome home;
    home.writeConfig("[profile dev]\naws_access_key_id = FROMCONFIG\nregion = eu-west-1\n");
    home.writeCredentials("[dev]\naws_access_key_id = FROMCREDENTIALS\n");
    const cw::Result<AwsConfigFiles> files = AwsConfigFiles::load(home.environment());
    QVERIFY(files.ok());
    const auto dev = files->profile(QStringLiteral("dev"));
    QCOMPARE(dev->value(QStringLiteral("aws_access_key_id")), QStringLiteral("FROMCREDENTIALS"));
    QCOMPARE(dev->valueFiles.value(QStringLiteral("aws_access_key_id")),
             home.path(QStringLiteral(".aws/credentials")));
    QCOMPARE(dev->valueFiles.value(QStringLiteral("region")), home.path(QStringLiteral(".aws/config")));
}

void TestAwsConfigFiles::explainsAMisnamedSection()
{
    AwsTestHome home;
    home.writeConfig("[dev]\nregion = eu-west-1\n");
    home.writeCredentials("[profile ops]\naws_access_key_id = A\n");
    const cw::Result<AwsConfigFiles> files = AwsConfigFiles::load(home.environment());
    QVERIFY(files.ok());
    QVERIFY(files->missingProfileHint(QStringLiteral("dev")).contains(QStringLiteral("[profile dev]")));
    QVERIFY(files->missingProfileHint(QStringLiteral("ops")).contains(QStringLiteral("without 'profile'")));
    QVERIFY(files->missingProfileHint(QStringLiteral("other")).isEmpty());
}

void TestAwsConfigFiles::missingFilesAreEmptyAndPathsAreOverridable()
{
    AwsTestHome home;
    const QString config = home.writeFile(QStringLiteral("elsewhere/cfg"), "[profile a]\nregion = r1\n");
    const AwsEnvironment environment = home.environment(
        {{QStringLiteral("AWS_CONFIG_FILE"), config},
         {QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("~/missing/creds")}});
    QCOMPARE(environment.credentialsFilePath(), home.path(QStringLiteral("missing/creds")));
    const cw::Result<AwsConfigFiles> files = AwsConfigFiles::load(environment);
    QVERIFY(files.ok());
    QVERIFY(files->configFile().exists);
    QVERIFY(!files->credentialsFile().exists);
    QCOMPARE(files->profile(QStringLiteral("a"))->value(QStringLiteral("region")), QStringLiteral("r1"));
}

QTEST_GUILESS_MAIN(TestAwsConfigFiles)
#include "test_aws_config_files.moc"
