// A long pull with an assumed role whose credentials last 15 minutes: the fake Cases server
// checks every request's signature against the keys the fake STS issued and refuses any signed
// with an expired key, while a shared fake clock moves two minutes per request. The pull must
// finish, refreshing the role before each key runs out, and nothing secret may be logged.
#include "aws_test_home.h"
#include "client/cases_client.h"
#include "client/connection.h"
#include "client_test_support.h"
#include "fake_aws_services.h"
#include "fake_cases_domain.h"
#include "wire/wire_json.h"

#include <QLoggingCategory>
#include <QTest>

using namespace cw;
using namespace cw::net;
using namespace cw::net::testing;

namespace {

DomainSnapshot sampleSnapshot()
{
    auto loaded =
        wire::loadSnapshotFile(CASEWRIGHT_SOURCE_DIR "/resources/sample/support-centre.snapshot.json");
    if (!loaded)
        qFatal("cannot load the sample: %s", loaded.error().toString().c_str());
    return loaded.value();
}

QByteArray logged;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    logged += message.toUtf8() + '\n';
}

} // namespace

class TestCredentialsDuringPull : public QObject {
    Q_OBJECT
private slots:
    void longPullOutlivesItsCredentials()
    {
        FakeTime time;
        FakeAwsServices aws(&time);
        QVERIFY(aws.start());
        aws.addKey(QStringLiteral("AKIDBASE"), QStringLiteral("base-secret"));
        aws.setCredentialLifetime(std::chrono::minutes(15));
        AwsTestHome home;
        home.writeCredentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n");
        home.writeConfig(
            "[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = base\n"
            "region = us-east-1\n");

        FakeCasesDomain domain(sampleSnapshot(), 1); // one item per page: many requests
        FakeHttpServer cases;
        QVERIFY(cases.listen());
        int expired = 0;
        int refused = 0;
        cases.setHandler([&](const FakeRequest &request) {
            const QString problem = aws.checkSigned(request.method, request.path, request.query,
                                                    request.headers, request.body, QStringLiteral("cases"));
            time.advance(std::chrono::minutes(2));
            if (problem == QStringLiteral("ExpiredTokenException")) {
                ++expired;
                return FakeResponse::error(403, "ExpiredTokenException",
                                           "The security token included in the request is expired");
            }
            if (!problem.isEmpty()) {
                ++refused;
                return FakeResponse::error(403, problem.toUtf8(), "refused");
            }
            return domain.respond(request);
        });

        const AwsEnvironment environment =
            home.environment({{QStringLiteral("AWS_ENDPOINT_URL_STS"), aws.url().toString()},
                              {QStringLiteral("AWS_ENDPOINT_URL_CONNECTCASES"), cases.url().toString()}});
        ConnectionSettings settings;
        settings.profile = QStringLiteral("admin");
        // resolveConnection gives the provider; the test swaps in the fake clock for both sides.
        CredentialResolverOptions options;
        options.profile = settings.profile;
        options.clock = time.clock();
        const Result<ResolvedConnection> resolved = resolveConnection(settings, environment);
        QVERIFY2(resolved.ok(), resolved.ok() ? "" : resolved.error().message.c_str());
        CasesClientConfig config = resolved->config;
        config.credentials = makeCredentialsProvider(environment, options);
        config.clock = time.clock();
        config.maxInFlight = 2;

        QLoggingCategory::setFilterRules(QStringLiteral("casewright.*=true"));
        logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        CasesClient client(config);
        Outcome<DomainSnapshot> pulled;
        client.pullDomain(domain.snapshot().domainId, {}, pulled.callback());
        const bool finished = pulled.wait(60000);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(finished);
        QVERIFY2(pulled.result().ok(),
                 pulled.result().ok() ? "" : pulled.result().error().toString().c_str());
        QCOMPARE(pulled.result()->caseRules.size(), domain.snapshot().caseRules.size());

        const int requests = int(cases.requests().size());
        QVERIFY2(requests >= 30, qPrintable(QString::number(requests)));
        QCOMPARE(expired, 0);
        QCOMPARE(refused, 0);
        // 2 minutes a request, refreshed 5 minutes before the 15 are up: every 5 requests or so.
        const int roles = aws.count(QStringLiteral("AssumeRole"));
        QVERIFY2(roles >= requests / 6,
                 qPrintable(QStringLiteral("%1 AssumeRole for %2 requests").arg(roles).arg(requests)));

        // CASEWRIGHT_DEBUG-level logs name keys, never secrets or tokens.
        QVERIFY(!logged.isEmpty());
        QVERIFY(!logged.contains("fake-secret-"));
        QVERIFY(!logged.contains("FakeSessionToken"));
        QVERIFY(!logged.contains("base-secret"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialsDuringPull)
#include "test_credentials_during_pull.moc"
