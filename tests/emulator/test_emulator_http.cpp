// cases-emulator as a process, over real HTTP: SigV4 acceptance and refusal, percent-encoded page
// tokens, the error shape on the wire, persistence across a restart, seeded faults, non-blocking
// latency, the admin endpoints, STS GetCallerIdentity and --help.
#include "auth/sigv4_signer.h"
#include "auth/sts_client.h"
#include "emulator_client.h"
#include "emulator_process.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace cw;
using namespace cw::emu::testing;

namespace {
const std::string kDomain = "/domains/09360fd9-e272-549f-9122-b5c47c94cb3b";

QStringList withSample(QStringList extra)
{
    return QStringList{QStringLiteral("--seed-sample"), QStringLiteral("--sample"), sampleSnapshotPath()} +
           extra;
}

// One unsigned ListDomains over a fresh raw connection: its status, or 0 when the connection
// closes without an answer. QNetworkAccessManager would silently resend a request whose
// keep-alive connection was reset, hiding the drop, so the fault tests speak HTTP themselves.
int rawListDomainsStatus(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(10000))
        return -1;
    socket.write(
        "POST /domains-list HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    QByteArray received;
    while (socket.state() == QAbstractSocket::ConnectedState && !received.contains("\r\n")) {
        if (!socket.waitForReadyRead(10000))
            break;
        received += socket.readAll();
    }
    received += socket.readAll();
    const QList<QByteArray> statusLine = received.left(received.indexOf("\r\n")).split(' ');
    return statusLine.size() >= 2 && statusLine[0].startsWith("HTTP/") ? statusLine[1].toInt() : 0;
}

QList<int> statusSequence(quint16 port, int count)
{
    QList<int> statuses;
    for (int i = 0; i < count; ++i)
        statuses << rawListDomainsStatus(port);
    return statuses;
}
} // namespace

class TestEmulatorHttp : public QObject {
    Q_OBJECT

private slots:
    void signedRequestsAreAccepted()
    {
        EmulatorProcess emulator;
        QVERIFY2(emulator.start(withSample({})), qPrintable(emulator.errorText()));
        EmulatorClient client(emulator.url());
        const HttpReply reply = client.call("POST", "/domains-list");
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(!reply.header("x-amzn-RequestId").isEmpty());
        QCOMPARE(reply.json()["domains"][0]["name"], Json("Support Centre"));
    }

    void badSignaturesAreRefused()
    {
        EmulatorProcess emulator;
        QVERIFY2(emulator.start(withSample({})), qPrintable(emulator.errorText()));
        EmulatorClient client(emulator.url());

        const HttpReply unsigned_ = client.call("POST", "/domains-list", Json(), {}, false);
        QCOMPARE(unsigned_.status, 403);
        QCOMPARE(unsigned_.errorType(), QByteArray("MissingAuthenticationTokenException"));
        QVERIFY(unsigned_.json()["message"].is_string());

        net::Credentials wrongSecret = defaultEmulatorCredentials();
        wrongSecret.secretAccessKey = QStringLiteral("wrong");
        const HttpReply forged = EmulatorClient(emulator.url(), wrongSecret).call("POST", "/domains-list");
        QCOMPARE(forged.status, 403);
        QCOMPARE(forged.errorType(), QByteArray("InvalidSignatureException"));

        net::Credentials stranger = defaultEmulatorCredentials();
        stranger.accessKeyId = QStringLiteral("SOMEBODYELSE");
        const HttpReply unknown = EmulatorClient(emulator.url(), stranger).call("POST", "/domains-list");
        QCOMPARE(unknown.status, 403);
        QCOMPARE(unknown.errorType(), QByteArray("UnrecognizedClientException"));

        const HttpReply wrongRegion =
            EmulatorClient(emulator.url(), defaultEmulatorCredentials(), QStringLiteral("eu-west-1"))
                .call("POST", "/domains-list");
        QCOMPARE(wrongRegion.status, 403);

        // The signature covers the body: a body changed after signing no longer verifies.
        const QByteArray authority = "127.0.0.1:" + QByteArray::number(emulator.port());
        const QByteArray path = QByteArray::fromStdString(kDomain + "/rules-batch");
        net::HttpRequestParts parts{"POST", path, {}, {{"Host", authority}}, R"({"caseRules":[{"id":"a"}]})"};
        net::SigningParams params;
        params.region = QStringLiteral("us-east-1");
        params.service = QStringLiteral("cases");
        params.time = QDateTime::currentDateTimeUtc();
        params.credentials = defaultEmulatorCredentials();
        const auto signature = net::signHeaders(parts, params);
        QVERIFY(signature.ok());
        QNetworkRequest request(QUrl(QString::fromLatin1("http://" + authority + path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json")); // not signed
        for (const auto &[name, value] : signature->headersToAdd)
            request.setRawHeader(name, value);
        QNetworkReply *tampered = client.network().post(request, QByteArray(R"({"caseRules":[{"id":"b"}]})"));
        QSignalSpy done(tampered, &QNetworkReply::finished);
        QVERIFY(done.wait(15000));
        QCOMPARE(tampered->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
        QCOMPARE(tampered->rawHeader("X-Amzn-ErrorType"), QByteArray("InvalidSignatureException"));
        tampered->deleteLater();

        QCOMPARE(client.call("GET", "/_emulator/stats").json()["authFailures"], Json(5));
    }

    // The designer asks whom it publishes as; the emulator answers for its key, signed for "sts",
    // in STS's XML, and leaves the Cases counters alone.
    void callerIdentityIsTheEmulatorsUser()
    {
        EmulatorProcess emulator;
        QVERIFY2(emulator.start(withSample({})), qPrintable(emulator.errorText()));
        const net::StsEndpoint sts{emulator.url(), QStringLiteral("us-east-1")};
        const auto identity =
            net::getCallerIdentity(sts, defaultEmulatorCredentials(), QDateTime::currentDateTimeUtc());
        QVERIFY2(identity.ok(), identity.ok() ? "" : identity.error().toString().c_str());
        QCOMPARE(identity->account, QStringLiteral("123456789012"));
        QCOMPARE(identity->arn, QStringLiteral("arn:aws:iam::123456789012:user/casewright-emulator"));

        net::Credentials wrongSecret = defaultEmulatorCredentials();
        wrongSecret.secretAccessKey = QStringLiteral("wrong");
        const auto refused = net::getCallerIdentity(sts, wrongSecret, QDateTime::currentDateTimeUtc());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, std::string("aws.sts"));
        QVERIFY2(refused.error().message.find("InvalidSignatureException") != std::string::npos,
                 refused.error().message.c_str());

        const Json stats = EmulatorClient(emulator.url()).call("GET", "/_emulator/stats").json();
        QCOMPARE(stats["requests"], Json(0));
        QCOMPARE(stats["authFailures"], Json(0));
    }

    void signingTimeMustBeCloseUnlessSkewIsOff()
    {
        const QDateTime lastYear = QDateTime::currentDateTimeUtc().addDays(-365);
        EmulatorProcess strict;
        QVERIFY2(strict.start(withSample({})), qPrintable(strict.errorText()));
        EmulatorClient old(strict.url());
        old.setSigningTime(lastYear);
        const HttpReply expired = old.call("POST", "/domains-list");
        QCOMPARE(expired.status, 403);
        QCOMPARE(expired.errorType(), QByteArray("InvalidSignatureException"));

        EmulatorProcess lenient;
        QVERIFY2(lenient.start(withSample({QStringLiteral("--max-skew-seconds"), QStringLiteral("0")})),
                 qPrintable(lenient.errorText()));
        EmulatorClient pinned(lenient.url());
        pinned.setSigningTime(lastYear);
        QCOMPARE(pinned.call("POST", "/domains-list").status, 200);
    }

    void noAuthAcceptsUnsignedRequests()
    {
        EmulatorProcess emulator;
        QVERIFY2(emulator.start(withSample({QStringLiteral("--no-auth")})), qPrintable(emulator.errorText()));
        EmulatorClient client(emulator.url());
        QCOMPARE(client.call("POST", "/domains-list", Json(), {}, false).status, 200);
    }

    void pageTokensTravelPercentEncoded()
    {
        EmulatorProcess emulator;
        QVERIFY2(emulator.start(withSample({QStringLiteral("--page-size"), QStringLiteral("3")})),
                 qPrintable(emulator.errorText()));
        EmulatorClient client(emulator.url());
        int pages = 0;
        int rules = 0;
        QByteArray token;
        do {
            QList<std::pair<QByteArray, QByteArray>> query;
            if (!token.isEmpty())
                query.append({"nextToken", token});
            const HttpReply page = client.call("POST", kDomain + "/rules-list/", Json(), query);
            QCOMPARE(page.status, 200);
            rules += static_cast<int>(page.json()["caseRules"].size());
            token = QByteArray::fromStdString(page.json().value("nextToken", std::string()));
            QVERIFY(token.isEmpty() || (token.contains('+') && token.contains('/') && token.contains('=')));
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        QCOMPARE(rules, 10);
        QCOMPARE(pages, 4);

        // A client that forgets to encode sends '+' raw; it arrives as a space and the token fails.
        const HttpReply first = client.call("POST", kDomain + "/rules-list/");
        const QByteArray raw = QByteArray::fromStdString(first.json()["nextToken"].get<std::string>());
        const HttpReply sloppy =
            client.send("POST", QByteArray::fromStdString(kDomain + "/rules-list/"), "nextToken=" + raw);
        QCOMPARE(sloppy.status, 400);
        QCOMPARE(sloppy.errorType(), QByteArray("ValidationException"));
    }

    void errorsHaveTheRestJsonShape()
    {
        EmulatorProcess emulator;
        QVERIFY2(emulator.start(withSample({})), qPrintable(emulator.errorText()));
        EmulatorClient client(emulator.url());
        const HttpReply missing = client.call("POST", kDomain + "/templates/nope");
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorType(), QByteArray("ResourceNotFoundException"));
        QCOMPARE(missing.json()["resourceId"], Json("nope"));
        QCOMPARE(missing.json()["resourceType"], Json("Template"));
        const HttpReply unknown = client.call("POST", kDomain + "/rules-list");
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorType(), QByteArray("UnknownOperationException"));
    }

    void stateSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("support.json"));
        std::string ruleId;
        {
            EmulatorProcess emulator;
            QVERIFY2(emulator.start(withSample({QStringLiteral("--state"), state})),
                     qPrintable(emulator.errorText()));
            EmulatorClient client(emulator.url());
            const Json rule = Json::parse(
                R"({"name":"Persisted","rule":{"hidden":{"defaultValue":true,"conditions":[]}}})");
            const HttpReply created = client.call("POST", kDomain + "/case-rules", rule);
            QCOMPARE(created.status, 200);
            ruleId = created.json()["caseRuleId"].get<std::string>();
            emulator.stop(); // SIGTERM: whatever was answered is already on disk
        }
        QFile file(state);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains(QByteArray::fromStdString(ruleId)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("support.json")});

        EmulatorProcess restarted;
        QVERIFY2(restarted.start({QStringLiteral("--state"), state}), qPrintable(restarted.errorText()));
        EmulatorClient client(restarted.url());
        const HttpReply read =
            client.call("POST", kDomain + "/rules-batch", {{"caseRules", {{{"id", ruleId}}}}});
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json()["caseRules"][0]["name"], Json("Persisted"));
        QVERIFY(read.json()["caseRules"][0]["createdTime"].get<std::string>().size() ==
                24); // ms precision, Z
    }

    void faultsRepeatForTheSameSeed()
    {
        const QStringList faults =
            withSample({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--throttle-rate"),
                        QStringLiteral("0.3"), QStringLiteral("--error-rate"), QStringLiteral("0.2"),
                        QStringLiteral("--drop-rate"), QStringLiteral("0.1"), QStringLiteral("--no-auth")});
        QList<int> first;
        {
            EmulatorProcess emulator;
            QVERIFY2(emulator.start(faults), qPrintable(emulator.errorText()));
            EmulatorClient client(emulator.url());
            first = statusSequence(emulator.port(), 30);
            const Json stats = client.call("GET", "/_emulator/stats").json();
            QCOMPARE(stats["faults"]["throttled"], Json(first.count(429)));
            QCOMPARE(stats["faults"]["internalErrors"], Json(first.count(500)));
            QCOMPARE(stats["faults"]["dropped"], Json(first.count(0)));
            QCOMPARE(stats["operations"]["ListDomains"], Json(30));
            // Reset re-seeds: the same requests meet the same faults again.
            QCOMPARE(client.call("POST", "/_emulator/reset").status, 200);
            QCOMPARE(statusSequence(emulator.port(), 30), first);
        }
        for (int status : {0, 200, 429, 500})
            QVERIFY2(first.contains(status),
                     qPrintable(QStringLiteral("no %1 among the 30 answers").arg(status)));
        EmulatorProcess again;
        QVERIFY2(again.start(faults), qPrintable(again.errorText()));
        QCOMPARE(statusSequence(again.port(), 30), first);
    }

    void latencyDoesNotBlockOtherRequests()
    {
        EmulatorProcess emulator;
        QVERIFY2(emulator.start(withSample({QStringLiteral("--latency-ms"), QStringLiteral("3000")})),
                 qPrintable(emulator.errorText()));
        EmulatorClient client(emulator.url());
        QNetworkReply *slow = client.start("POST", "/domains-list");
        QSignalSpy slowFinished(slow, &QNetworkReply::finished);
        // The unsigned, undelayed stats endpoint answers while the API call is still waiting.
        const HttpReply stats = client.call("GET", "/_emulator/stats", Json(), {}, false);
        QCOMPARE(stats.status, 200);
        QCOMPARE(stats.json()["operations"]["ListDomains"], Json(1));
        QCOMPARE(slowFinished.count(), 0);
        QVERIFY(slowFinished.wait(15000));
        QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        slow->deleteLater();
    }

    void resetRestoresTheStartingState()
    {
        EmulatorProcess emulator;
        QVERIFY2(emulator.start(withSample({})), qPrintable(emulator.errorText()));
        EmulatorClient client(emulator.url());
        QCOMPARE(client.call("POST", kDomain + "/templates", {{"name", "Temporary"}}).status, 200);
        QCOMPARE(client.call("POST", kDomain + "/templates", {{"name", "Temporary"}}).status, 409);
        QCOMPARE(client.call("POST", "/_emulator/reset", Json(), {}, false).status, 200);
        QCOMPARE(client.call("POST", kDomain + "/templates", {{"name", "Temporary"}}).status, 200);
    }

    void helpDocumentsEveryOption()
    {
        QProcess process;
        process.start(defaultEmulatorPath(), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray help = process.readAllStandardOutput();
        for (const char *option :
             {"--host", "--port", "--state", "--seed-sample", "--sample", "--no-auth", "--access-key",
              "--secret-key", "--max-skew-seconds", "--region", "--account", "--page-size", "--latency-ms",
              "--throttle-rate", "--error-rate", "--drop-rate", "--seed", "--log-requests"})
            QVERIFY2(help.contains(option), option);
    }

    void badOptionsStopTheEmulator()
    {
        EmulatorProcess emulator;
        QVERIFY(!emulator.start({QStringLiteral("--page-size"), QStringLiteral("0")}));
        QVERIFY(emulator.errorText().contains(QStringLiteral("page-size")));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorHttp)
#include "test_emulator_http.moc"
