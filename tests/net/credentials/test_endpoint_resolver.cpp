// Region and endpoint precedence, the services section, and the refusal of plain http://.

#include "auth/endpoint_resolver.h"
#include "aws_test_home.h"

#include <QTest>

using namespace cw::net;
using namespace cw::net::testing;

namespace {

const QByteArray kConfig = "[default]\nregion = ap-southeast-2\n"
                           "[profile full]\nregion = eu-west-1\nendpoint_url = https://global.example.com\n"
                           "services = local\n"
                           "[profile globalonly]\nendpoint_url = https://global.example.com\n"
                           "[profile ignoring]\nendpoint_url = https://global.example.com\n"
                           "ignore_configured_endpoint_urls = true\n"
                           "[profile broken]\nservices = nowhere\n"
                           "[services local]\nconnectcases =\n  endpoint_url = http://127.0.0.1:4566\n";

AwsConfigFiles loadFiles(const AwsTestHome &home)
{
    home.writeConfig(kConfig);
    cw::Result<AwsConfigFiles> files = AwsConfigFiles::load(home.environment());
    if (!files)
        qFatal("config did not load: %s", files.error().message.c_str());
    return std::move(files).value();
}

} // namespace

class TestEndpointResolver : public QObject {
    Q_OBJECT

private slots:
    void regionPrecedence();
    void missingRegionSaysWhatToDo();
    void rejectsMalformedRegions();
    void endpointPrecedence_data();
    void endpointPrecedence();
    void servicesSectionMustExist();
    void httpOnlyForLoopback_data();
    void httpOnlyForLoopback();
    void rejectsNonHttpUrls();
};

void TestEndpointResolver::regionPrecedence()
{
    AwsTestHome home;
    const AwsConfigFiles files = loadFiles(home);
    const QString full = QStringLiteral("full");
    QCOMPARE(resolveRegion(home.environment(), files, full)->region, QStringLiteral("eu-west-1"));
    QCOMPARE(resolveRegion(home.environment(), files, QStringLiteral("default"))->region,
             QStringLiteral("ap-southeast-2"));
    const AwsEnvironment withDefault =
        home.environment({{QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-west-1")}});
    QCOMPARE(resolveRegion(withDefault, files, full)->region, QStringLiteral("us-west-1"));
    const AwsEnvironment withBoth =
        home.environment({{QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-west-1")},
                          {QStringLiteral("AWS_REGION"), QStringLiteral("us-west-2")}});
    const cw::Result<ResolvedRegion> fromEnv = resolveRegion(withBoth, files, full);
    QCOMPARE(fromEnv->region, QStringLiteral("us-west-2"));
    QCOMPARE(fromEnv->source, QStringLiteral("AWS_REGION"));
    QCOMPARE(resolveRegion(withBoth, files, full, QStringLiteral("ca-central-1"))->region,
             QStringLiteral("ca-central-1"));
}

void TestEndpointResolver::missingRegionSaysWhatToDo()
{
    AwsTestHome home;
    const AwsConfigFiles files = loadFiles(home);
    const cw::Result<ResolvedRegion> result =
        resolveRegion(home.environment(), files, QStringLiteral("globalonly"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, std::string("aws.no-region"));
    const QString message = QString::fromStdString(result.error().message);
    QVERIFY2(message.contains(QStringLiteral("AWS_REGION")) &&
                 message.contains(QStringLiteral("'globalonly'")),
             qPrintable(message));
}

void TestEndpointResolver::rejectsMalformedRegions()
{
    AwsTestHome home;
    const AwsConfigFiles files = loadFiles(home);
    const cw::Result<ResolvedRegion> result =
        resolveRegion(home.environment({{QStringLiteral("AWS_REGION"), QStringLiteral("evil.com/x")}}), files,
                      QStringLiteral("full"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, std::string("aws.invalid-region"));
}

void TestEndpointResolver::endpointPrecedence_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("explicitUrl");
    QTest::addColumn<QString>("serviceVariable");
    QTest::addColumn<QString>("globalVariable");
    QTest::addColumn<QString>("ignore");
    QTest::addColumn<QString>("expected");
    const QString none;
    QTest::newRow("explicit wins") << "full"
                                   << "https://explicit.example.com"
                                   << "https://svc.example.com"
                                   << "https://env.example.com" << none << "https://explicit.example.com";
    QTest::newRow("service variable") << "full" << none << "https://svc.example.com"
                                      << "https://env.example.com" << none << "https://svc.example.com";
    QTest::newRow("global variable") << "full" << none << none << "https://env.example.com" << none
                                     << "https://env.example.com";
    QTest::newRow("services section") << "full" << none << none << none << none << "http://127.0.0.1:4566";
    QTest::newRow("profile endpoint_url")
        << "globalonly" << none << none << none << none << "https://global.example.com";
    QTest::newRow("default") << "default" << none << none << none << none
                             << "https://cases.ap-southeast-2.amazonaws.com";
    QTest::newRow("ignore via environment") << "full" << none << "https://svc.example.com" << none << "true"
                                            << "https://cases.ap-southeast-2.amazonaws.com";
    QTest::newRow("ignore via profile") << "ignoring" << none << none << "https://env.example.com" << none
                                        << "https://cases.ap-southeast-2.amazonaws.com";
    QTest::newRow("ignore keeps explicit") << "ignoring"
                                           << "https://explicit.example.com" << none << none << "true"
                                           << "https://explicit.example.com";
}

void TestEndpointResolver::endpointPrecedence()
{
    QFETCH(QString, profile);
    QFETCH(QString, explicitUrl);
    QFETCH(QString, serviceVariable);
    QFETCH(QString, globalVariable);
    QFETCH(QString, ignore);
    QFETCH(QString, expected);
    AwsTestHome home;
    const AwsConfigFiles files = loadFiles(home);
    QMap<QString, QString> variables;
    if (!serviceVariable.isEmpty())
        variables.insert(QStringLiteral("AWS_ENDPOINT_URL_CONNECTCASES"), serviceVariable);
    if (!globalVariable.isEmpty())
        variables.insert(QStringLiteral("AWS_ENDPOINT_URL"), globalVariable);
    if (!ignore.isEmpty())
        variables.insert(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), ignore);
    const cw::Result<ResolvedEndpoint> result = resolveEndpoint(
        home.environment(variables), files, profile, QStringLiteral("ap-southeast-2"), explicitUrl);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    QCOMPARE(result->url.toString(), expected);
    QVERIFY(!result->source.isEmpty());
}

void TestEndpointResolver::servicesSectionMustExist()
{
    AwsTestHome home;
    const AwsConfigFiles files = loadFiles(home);
    const cw::Result<ResolvedEndpoint> result =
        resolveEndpoint(home.environment(), files, QStringLiteral("broken"), QStringLiteral("us-east-1"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, std::string("aws.services-not-found"));
    QVERIFY(QString::fromStdString(result.error().message).contains(QStringLiteral("[services nowhere]")));
    QCOMPARE(defaultCasesEndpoint(QStringLiteral("cn-north-1")).toString(),
             QStringLiteral("https://cases.cn-north-1.amazonaws.com.cn"));
}

void TestEndpointResolver::httpOnlyForLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("localhost") << "http://localhost:8080" << true;
    QTest::newRow("LOCALHOST.") << "http://LOCALHOST.:8080/" << true;
    QTest::newRow("127.0.0.1") << "http://127.0.0.1:4566" << true;
    QTest::newRow("127.255.1.2") << "http://127.255.1.2" << true;
    QTest::newRow("[::1]") << "http://[::1]:9000" << true;
    QTest::newRow("[0:0:0:0:0:0:0:1]") << "http://[0:0:0:0:0:0:0:1]:9000" << true;
    QTest::newRow("private address") << "http://192.168.1.10:4566" << false;
    QTest::newRow("public name") << "http://cases.us-east-1.amazonaws.com" << false;
    QTest::newRow("lookalike name") << "http://127.0.0.1.example.com" << false;
    QTest::newRow("localhost subdomain") << "http://localhost.example.com" << false;
    QTest::newRow("bad octet") << "http://127.0.0.300" << false;
    QTest::newRow("https anywhere") << "https://192.168.1.10:4566" << true;
}

void TestEndpointResolver::httpOnlyForLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    const cw::Result<QUrl> result = checkEndpointUrl(url, QStringLiteral("AWS_ENDPOINT_URL"));
    QCOMPARE(result.ok(), accepted);
    if (!accepted) {
        const QString message = QString::fromStdString(result.error().message);
        QVERIFY2(message.contains(QStringLiteral("AWS_ENDPOINT_URL")), qPrintable(message));
        QVERIFY2(result.error().code == "aws.endpoint-insecure" ||
                     result.error().code == "aws.endpoint-invalid",
                 result.error().code.c_str());
    }
}

void TestEndpointResolver::rejectsNonHttpUrls()
{
    for (const QString &url :
         {QStringLiteral("ftp://example.com"), QStringLiteral("cases.us-east-1.amazonaws.com"),
          QStringLiteral("https://"), QStringLiteral("not a url")}) {
        const cw::Result<QUrl> result = checkEndpointUrl(url, QStringLiteral("--endpoint-url"));
        QVERIFY2(!result.ok(), qPrintable(url));
        QCOMPARE(result.error().code, std::string("aws.endpoint-invalid"));
    }
    // The environment is checked too, not only explicit values.
    AwsTestHome home;
    const AwsConfigFiles files = loadFiles(home);
    const cw::Result<ResolvedEndpoint> insecure = resolveEndpoint(
        home.environment({{QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("http://10.0.0.5")}}), files,
        QStringLiteral("default"), QStringLiteral("us-east-1"));
    QVERIFY(!insecure.ok());
    QCOMPARE(insecure.error().code, std::string("aws.endpoint-insecure"));
}

QTEST_GUILESS_MAIN(TestEndpointResolver)
#include "test_endpoint_resolver.moc"
