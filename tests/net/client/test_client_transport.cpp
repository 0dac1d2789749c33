// The transport under CasesClient, against a scripted local HTTP server: signing of every
// attempt, retries and their backoff, Retry-After, typed errors, the in-flight cap,
// cancellation, timeouts, and a seeded storm of throttling and server errors.
#include "auth/sigv4_verifier.h"
#include "client/cases_client.h"
#include "client/request_executor.h"
#include "client_test_support.h"
#include "fake_http_server.h"

#include <QTest>
#include <random>

using namespace cw;
using namespace cw::net;
using namespace cw::net::testing;
using std::chrono::milliseconds;

namespace {

const char kFieldsPage[] = R"({"fields": [{"fieldId": "f1", "fieldArn": "arn:f1", "name": "Status",
    "type": "SingleSelect", "namespace": "System"}]})";
const char kLayout[] = R"({"layoutId": "l1", "layoutArn": "arn:l1", "name": "Main", "content": {}})";

Status verify(const FakeRequest &request)
{
    HttpRequestParts parts{request.method, request.path, request.query, request.headers, request.body};
    return verifySignature(
        parts,
        [](const QString &key) -> std::optional<QString> {
            if (key == QLatin1String(kTestAccessKey))
                return QString::fromLatin1(kTestSecretKey);
            return std::nullopt;
        },
        QStringLiteral("us-east-1"), QStringLiteral("cases"), std::chrono::hours(1),
        QDateTime(QDate(2026, 6, 1), QTime(12, 0, 0), Qt::UTC));
}

std::optional<ApiErrorKind> kindOf(const Error &error)
{
    return apiErrorKind(error);
}

} // namespace

class TestClientTransport : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->listen());
        recorder = DelayRecorder();
    }
    void cleanup() { server.reset(); }

    void signsEveryAttemptAfreshAndSendsTheSdkHeaders()
    {
        int calls = 0;
        server->setHandler([&calls](const FakeRequest &) {
            return ++calls < 3 ? FakeResponse::error(500, "InternalServerException")
                               : FakeResponse::json(kFieldsPage);
        });
        CasesClient client(testConfig(server->url(), recorder));
        Outcome<Page<FieldSummary>> outcome;
        client.listFields("d 1", {}, outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY2(outcome.result().ok(),
                 outcome.result().ok() ? "" : outcome.result().error().message.c_str());
        QCOMPARE(outcome.result()->items.size(), std::size_t(1));

        QCOMPARE(server->requests().size(), std::size_t(3));
        QSet<QByteArray> dates;
        for (const FakeRequest &request : server->requests()) {
            const Status verified = verify(request);
            QVERIFY2(verified.ok(), verified.ok() ? "" : verified.error().message.c_str());
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.path, QByteArray("/domains/d%201/fields-list"));
            QCOMPARE(request.header("User-Agent"), QByteArray("casewright/" CASEWRIGHT_VERSION));
            QVERIFY(!request.hasHeader("Content-Type")); // bodiless, like the JS SDK
            QVERIFY(request.body.isEmpty());
            QVERIFY(request.hasHeader("x-amz-content-sha256"));
            QVERIFY(request.header("Authorization")
                        .startsWith("AWS4-HMAC-SHA256 Credential=AKIDCASEWRIGHTTEST/"));
            dates.insert(request.header("X-Amz-Date"));
        }
        QCOMPARE(dates.size(), 3); // re-signed with a fresh X-Amz-Date on each attempt
        QCOMPARE(recorder.delays->size(), std::size_t(2));
        QCOMPARE(recorder.delays->at(0), milliseconds(50));  // 0.5 * 100 ms
        QCOMPARE(recorder.delays->at(1), milliseconds(100)); // 0.5 * 200 ms
    }

    void sessionTokenIsSentAndSigned()
    {
        server->setHandler([](const FakeRequest &) { return FakeResponse::json(kLayout); });
        CasesClientConfig config = testConfig(server->url(), recorder);
        config.credentials = [] {
            Credentials credentials = testCredentials();
            credentials.sessionToken = QStringLiteral("session-token-value");
            return cw::Result<Credentials>(credentials);
        };
        CasesClient client(config);
        Outcome<Layout> outcome;
        client.getLayout("d", "l1", outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY(outcome.result().ok());
        const FakeRequest &request = server->requests().front();
        QCOMPARE(request.header("X-Amz-Security-Token"), QByteArray("session-token-value"));
        QVERIFY(verify(request).ok());
    }

    void bodyRequestsCarryJsonContentType()
    {
        server->setHandler([](const FakeRequest &) {
            return FakeResponse::json(R"({"caseRuleId": "r1", "caseRuleArn": "arn:r1"})");
        });
        CasesClient client(testConfig(server->url(), recorder));
        CaseRule rule;
        rule.name = "Notes required";
        Outcome<CreatedResource> outcome;
        client.createCaseRule("d", rule, outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY(outcome.result().ok());
        QCOMPARE(outcome.result()->id, std::string("r1"));
        const FakeRequest &request = server->requests().front();
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        COMPARE_JSON(Json::parse(request.body.toStdString()).at("name"), Json("Notes required"));
        QVERIFY(verify(request).ok());
    }

    void retryAfterIsHonoured()
    {
        int calls = 0;
        server->setHandler([&calls](const FakeRequest &) {
            if (++calls > 1)
                return FakeResponse::json(kLayout);
            FakeResponse response = FakeResponse::error(429, "ThrottlingException", "Rate exceeded");
            response.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "3"));
            return response;
        });
        CasesClient client(testConfig(server->url(), recorder));
        Outcome<Layout> outcome;
        client.getLayout("d", "l1", outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY(outcome.result().ok());
        QCOMPARE(recorder.delays->size(), std::size_t(1));
        QCOMPARE(recorder.delays->front(), milliseconds(3000));
    }

    void throttlingBeyondTheBudgetFailsTyped()
    {
        server->setHandler(
            [](const FakeRequest &) { return FakeResponse::error(429, "ThrottlingException", "Slow down"); });
        CasesClient client(testConfig(server->url(), recorder));
        Outcome<Layout> outcome;
        client.getLayout("d", "l1", outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY(!outcome.result().ok());
        QCOMPARE(kindOf(outcome.result().error()), std::optional(ApiErrorKind::Throttled));
        QCOMPARE(server->requests().size(), std::size_t(3));
        const QString message = QString::fromStdString(outcome.result().error().message);
        QVERIFY2(message.contains(
                     QStringLiteral("GetLayout failed after 3 attempts: HTTP 429 ThrottlingException: "
                                    "Slow down (request id fake-request-id)")),
                 qPrintable(message));
        // Throttling backs off from 500 ms.
        QCOMPARE(*recorder.delays, (std::vector<milliseconds>{milliseconds(250), milliseconds(500)}));
    }

    void clientErrorsAreNotRetried()
    {
        server->setHandler(
            [](const FakeRequest &) { return FakeResponse::error(409, "ConflictException", "busy"); });
        CasesClient client(testConfig(server->url(), recorder));
        Outcome<Ok> outcome;
        client.deleteCaseRule("d", "r1", outcome.callback());
        QVERIFY(outcome.wait());
        QCOMPARE(kindOf(outcome.result().error()), std::optional(ApiErrorKind::Conflict));
        QCOMPARE(server->requests().size(), std::size_t(1));
        QVERIFY(recorder.delays->empty());
    }

    void droppedConnectionIsRetried()
    {
        // Qt sends a request again by itself when the connection closes before any answer, so
        // the server drops until the failure has reached the client's own retry.
        CasesClient client(testConfig(server->url(), recorder));
        int attempts = 0;
        connect(&client.executor(), &RequestExecutor::attemptStarted, this, [&attempts] { ++attempts; });
        server->setHandler([&attempts](const FakeRequest &) {
            return attempts < 2 ? FakeResponse::drop() : FakeResponse::json(kLayout);
        });
        Outcome<Layout> outcome;
        client.getLayout("d", "l1", outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY2(outcome.result().ok(),
                 outcome.result().ok() ? "" : outcome.result().error().message.c_str());
        QCOMPARE(attempts, 2);
        QCOMPARE(recorder.delays->size(), std::size_t(1));
    }

    void droppedConnectionsBeyondTheBudgetFailAsNetwork()
    {
        server->setHandler([](const FakeRequest &) { return FakeResponse::drop(); });
        CasesClient client(testConfig(server->url(), recorder));
        Outcome<Layout> outcome;
        client.getLayout("d", "l1", outcome.callback());
        QVERIFY(outcome.wait());
        QCOMPARE(kindOf(outcome.result().error()), std::optional(ApiErrorKind::Network));
        QCOMPARE(recorder.delays->size(), std::size_t(2));
    }

    void connectionBrokenMidBodyIsRetried()
    {
        CasesClient client(testConfig(server->url(), recorder));
        int attempts = 0;
        connect(&client.executor(), &RequestExecutor::attemptStarted, this, [&attempts] { ++attempts; });
        server->setHandler([&attempts](const FakeRequest &) {
            return attempts < 2 ? FakeResponse::truncated(kLayout) : FakeResponse::json(kLayout);
        });
        Outcome<Layout> outcome;
        client.getLayout("d", "l1", outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY2(outcome.result().ok(),
                 outcome.result().ok() ? "" : outcome.result().error().message.c_str());
        QCOMPARE(outcome.result()->layoutId, std::string("l1"));
        QCOMPARE(attempts, 2);
    }

    void refusedConnectionFailsAsNetworkAfterRetries()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QUrl closed(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
        probe.close(); // nothing listens there now
        CasesClient client(testConfig(closed, recorder));
        int attempts = 0;
        connect(&client.executor(), &RequestExecutor::attemptStarted, this, [&attempts] { ++attempts; });
        Outcome<Layout> outcome;
        client.getLayout("d", "l1", outcome.callback());
        QVERIFY(outcome.wait());
        QCOMPARE(kindOf(outcome.result().error()), std::optional(ApiErrorKind::Network));
        QCOMPARE(attempts, 3);
    }

    void missingCredentialsFailWithoutARequest()
    {
        CasesClientConfig config = testConfig(server->url(), recorder);
        config.credentials = [] {
            return cw::Result<Credentials>(
                makeError("credentials.not-found", "no profile \"dev\" in ~/.aws/config"));
        };
        CasesClient client(config);
        Outcome<Layout> outcome;
        client.getLayout("d", "l1", outcome.callback());
        QVERIFY(outcome.wait());
        QCOMPARE(kindOf(outcome.result().error()), std::optional(ApiErrorKind::Auth));
        QVERIFY(
            QString::fromStdString(outcome.result().error().message).contains(QStringLiteral("no profile")));
        QVERIFY(server->requests().empty());
    }

    void unreadableResponseNamesTheOperation()
    {
        server->setHandler([](const FakeRequest &) { return FakeResponse::json(R"({"fields": "oops"})"); });
        CasesClient client(testConfig(server->url(), recorder));
        Outcome<Page<FieldSummary>> outcome;
        client.listFields("d", {}, outcome.callback());
        QVERIFY(outcome.wait());
        QCOMPARE(outcome.result().error().code, std::string("wire.type"));
        QCOMPARE(outcome.result().error().where.pointer, std::string("/fields"));
        QVERIFY(QString::fromStdString(outcome.result().error().message)
                    .startsWith(QStringLiteral("Cannot read the ListFields response")));
    }

    void inFlightCapIsRespected()
    {
        server->setHandler([](const FakeRequest &) { return FakeResponse::hold(); });
        CasesClientConfig config = testConfig(server->url(), recorder);
        config.maxInFlight = 3;
        CasesClient client(config);
        std::vector<Outcome<Layout>> outcomes(10);
        for (int i = 0; i < 10; ++i)
            client.getLayout("d", "l" + std::to_string(i), outcomes[std::size_t(i)].callback());
        QCOMPARE(client.executor().inFlightCount(), 3);
        QCOMPARE(client.executor().queuedCount(), 7);
        QVERIFY(QTest::qWaitFor([&] { return server->openRequests() == 3; }));

        // Each answer frees a slot for exactly one queued call.
        for (int answered = 0; answered < 10; ++answered) {
            QVERIFY(QTest::qWaitFor([&] { return server->openRequests() == std::min(3, 10 - answered); }));
            QVERIFY(client.executor().inFlightCount() <= 3);
            server->releaseOne(FakeResponse::json(kLayout));
        }
        for (const auto &outcome : outcomes) {
            QVERIFY(outcome.wait());
            QVERIFY(outcome.result().ok());
        }
        QCOMPARE(server->peakOpenRequests(), 3);
        QCOMPARE(server->requests().size(), std::size_t(10));
    }

    void cancellingAQueuedCallSendsNothing()
    {
        server->setHandler([](const FakeRequest &) { return FakeResponse::hold(); });
        CasesClientConfig config = testConfig(server->url(), recorder);
        config.maxInFlight = 1;
        CasesClient client(config);
        Outcome<Layout> first;
        Outcome<Layout> second;
        CallOptions options;
        client.getLayout("d", "first", first.callback());
        client.getLayout("d", "second", second.callback(), options);
        QCOMPARE(client.executor().queuedCount(), 1);
        options.cancel.cancel();
        QCOMPARE(client.executor().queuedCount(), 0);
        QVERIFY(!second.arrived()); // never inside cancel(): always from the event loop
        QVERIFY(second.wait());
        QCOMPARE(kindOf(second.result().error()), std::optional(ApiErrorKind::Cancelled));
        QVERIFY(QTest::qWaitFor([&] { return server->openRequests() == 1; }));
        server->releaseHeld([](const FakeRequest &) { return FakeResponse::json(kLayout); });
        QVERIFY(first.wait());
        QVERIFY(first.result().ok());
        for (const FakeRequest &request : server->requests())
            QVERIFY(!request.path.endsWith("second"));
    }

    void cancellingAnInFlightCallAbortsIt()
    {
        server->setHandler([](const FakeRequest &) { return FakeResponse::hold(); });
        CasesClient client(testConfig(server->url(), recorder));
        CallOptions options;
        Outcome<Layout> outcome;
        client.getLayout("d", "l1", outcome.callback(), options);
        QVERIFY(QTest::qWaitFor([&] { return server->openRequests() == 1; }));
        options.cancel.cancel();
        QVERIFY(outcome.wait());
        QCOMPARE(kindOf(outcome.result().error()), std::optional(ApiErrorKind::Cancelled));
        QCOMPARE(client.executor().inFlightCount(), 0);
        QVERIFY(QTest::qWaitFor([&] { return server->openRequests() == 0; })); // the connection was closed
        QCOMPARE(*outcome.calls, 1);
    }

    void cancelAllStopsEverything()
    {
        server->setHandler([](const FakeRequest &) { return FakeResponse::hold(); });
        CasesClientConfig config = testConfig(server->url(), recorder);
        config.maxInFlight = 2;
        CasesClient client(config);
        std::vector<Outcome<Layout>> outcomes(5);
        for (auto &outcome : outcomes)
            client.getLayout("d", "l", outcome.callback());
        client.cancelAll();
        QCOMPARE(client.executor().pendingCount(), 0);
        for (const auto &outcome : outcomes) {
            QVERIFY(outcome.wait());
            QCOMPARE(kindOf(outcome.result().error()), std::optional(ApiErrorKind::Cancelled));
        }
    }

    void destroyedContextDropsTheCallback()
    {
        server->setHandler([](const FakeRequest &) { return FakeResponse::hold(); });
        CasesClient client(testConfig(server->url(), recorder));
        auto context = std::make_unique<QObject>();
        Outcome<Layout> outcome;
        CallOptions options;
        options.context = context.get();
        client.getLayout("d", "l1", outcome.callback(), options);
        QCOMPARE(client.executor().pendingCount(), 1);
        context.reset();
        QCOMPARE(client.executor().pendingCount(), 0); // cancelled at once
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(!outcome.arrived());
    }

    void slowResponseTimesOut()
    {
        server->setHandler([](const FakeRequest &) { return FakeResponse::hold(); });
        CasesClientConfig config = testConfig(server->url(), recorder);
        config.requestTimeout = milliseconds(200);
        config.retry.maxAttempts = 2;
        CasesClient client(config);
        Outcome<Layout> outcome;
        client.getLayout("d", "l1", outcome.callback());
        QVERIFY(outcome.wait());
        QCOMPARE(kindOf(outcome.result().error()), std::optional(ApiErrorKind::Timeout));
        QCOMPARE(server->requests().size(), std::size_t(2)); // a timeout is transient: retried once
        const QString message = QString::fromStdString(outcome.result().error().message);
        QVERIFY2(message.contains(QStringLiteral("after 2 attempts: no complete response within 200 ms")),
                 qPrintable(message));
    }

    // 30% throttling and 10% server errors from a seeded source: with the default budget every
    // call either succeeds or fails with the typed error of its last attempt; with a larger
    // budget every call succeeds.
    void faultStormEndsInSuccessOrTypedErrors_data()
    {
        QTest::addColumn<int>("maxAttempts");
        QTest::newRow("standard budget") << 3;
        QTest::newRow("generous budget") << 12;
    }
    void faultStormEndsInSuccessOrTypedErrors()
    {
        QFETCH(int, maxAttempts);
        auto faults = std::make_shared<std::mt19937>(4242);
        int injected = 0;
        server->setHandler([faults, &injected](const FakeRequest &) {
            const double draw = std::uniform_real_distribution<double>(0.0, 1.0)(*faults);
            if (draw < 0.3) {
                ++injected;
                return FakeResponse::error(429, "ThrottlingException", "Rate exceeded");
            }
            if (draw < 0.4) {
                ++injected;
                return FakeResponse::error(500, "InternalServerException", "oops");
            }
            return FakeResponse::json(kLayout);
        });
        CasesClientConfig config = testConfig(server->url(), recorder);
        config.retry.maxAttempts = maxAttempts;
        auto random = std::make_shared<std::mt19937>(7);
        config.random = [random] { return std::uniform_real_distribution<double>(0.0, 1.0)(*random); };
        CasesClient client(config);
        std::vector<Outcome<Layout>> outcomes(60);
        for (auto &outcome : outcomes)
            client.getLayout("d", "l1", outcome.callback());
        int succeeded = 0;
        for (const auto &outcome : outcomes) {
            QVERIFY(outcome.wait());
            if (outcome.result().ok()) {
                ++succeeded;
                continue;
            }
            const auto kind = kindOf(outcome.result().error());
            QVERIFY2(kind == ApiErrorKind::Throttled || kind == ApiErrorKind::Server,
                     outcome.result().error().message.c_str());
        }
        QVERIFY(injected > 10); // the storm really happened
        if (maxAttempts > 3)
            QCOMPARE(succeeded, 60);
        else
            QVERIFY(succeeded >= 50);
        QCOMPARE(int(server->requests().size()), 60 + int(recorder.delays->size()));
        for (milliseconds delay : *recorder.delays)
            QVERIFY(delay <= config.retry.maxBackoff);
    }

private:
    std::unique_ptr<FakeHttpServer> server;
    DelayRecorder recorder;
};

QTEST_GUILESS_MAIN(TestClientTransport)
#include "test_client_transport.moc"
