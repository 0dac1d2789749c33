// Signer behaviour the test suite does not cover: encoding of wire paths, inputs it refuses,
// headers it leaves unsigned, re-signing.

#include "auth/sigv4_canonical.h"
#include "auth/sigv4_signer.h"

#include <QTest>
#include <QTimeZone>

using namespace cw::net;
using Header = std::pair<QByteArray, QByteArray>;

namespace {

HttpRequestParts request()
{
    HttpRequestParts parts;
    parts.method = "GET";
    parts.path = "/";
    parts.headers = {{"Host", "cases.us-east-1.amazonaws.com"}};
    return parts;
}

SigningParams params()
{
    SigningParams p;
    p.region = QStringLiteral("us-east-1");
    p.service = QStringLiteral("cases");
    p.time = QDateTime::fromString(QStringLiteral("2015-08-30T12:36:00Z"), Qt::ISODate);
    p.credentials =
        Credentials{QStringLiteral("AKIDEXAMPLE"), QStringLiteral("secret"), QString(), std::nullopt};
    return p;
}

QByteArray headerValue(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace

class TestSigv4Signer : public QObject {
    Q_OBJECT

private slots:
    void canonicalUri_data();
    void canonicalUri();
    void queryEncoding();
    void refusesUnusableInput_data();
    void refusesUnusableInput();
    void leavesTransportHeadersUnsigned();
    void resigningReplacesTheOldSignature();
    void convertsTheTimeToUtc();
    void presignReplacesOldSignatureParameters();
};

void TestSigv4Signer::canonicalUri_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("normalize");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray() << true << QByteArray("/");
    QTest::newRow("trailing slash kept")
        << QByteArray("/domains/d/rules-list/") << true << QByteArray("/domains/d/rules-list/");
    QTest::newRow("dot-dot without trailing slash") << QByteArray("/a/b/..") << true << QByteArray("/a");
    QTest::newRow("dot-dot above root") << QByteArray("/../a") << true << QByteArray("/a");
    // A wire path is percent-encoded already; SigV4 encodes it once more for all but S3.
    QTest::newRow("escaped slash is double encoded")
        << QByteArray("/fields/a%2Fb") << true << QByteArray("/fields/a%252Fb");
    QTest::newRow("unnormalized keeps empty segments")
        << QByteArray("//a/./b") << false << QByteArray("//a/./b");
}

void TestSigv4Signer::canonicalUri()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, normalize);
    QFETCH(QByteArray, expected);
    QCOMPARE(sigv4::canonicalUri(path, normalize), expected);
}

void TestSigv4Signer::queryEncoding()
{
    // Page tokens travel in the query: '+', '/', '=' and spaces must come out as escapes.
    const HeaderList decoded =
        sigv4::decodedQueryParameters("nextToken=a+b%2Fc%3D&maxResults=5&flag&bad=%zz");
    QCOMPARE(sigv4::canonicalQueryString(decoded),
             QByteArray("bad=%25zz&flag=&maxResults=5&nextToken=a%2Bb%2Fc%3D"));
    QCOMPARE(sigv4::uriEncode("a b~ä"), QByteArray("a%20b~%C3%A4"));
}

void TestSigv4Signer::refusesUnusableInput_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("code");
    QTest::newRow("no host") << "no-host"
                             << "sigv4.missing-host";
    QTest::newRow("no secret") << "no-secret"
                               << "sigv4.invalid-credentials";
    QTest::newRow("no time") << "no-time"
                             << "sigv4.invalid-time";
    QTest::newRow("region with a dot") << "bad-region"
                                       << "sigv4.invalid-scope";
    QTest::newRow("no method") << "no-method"
                               << "sigv4.invalid-request";
}

void TestSigv4Signer::refusesUnusableInput()
{
    QFETCH(QString, what);
    QFETCH(QString, code);
    HttpRequestParts parts = request();
    SigningParams p = params();
    if (what == QStringLiteral("no-host"))
        parts.headers.clear();
    else if (what == QStringLiteral("no-secret"))
        p.credentials.secretAccessKey.clear();
    else if (what == QStringLiteral("no-time"))
        p.time = QDateTime();
    else if (what == QStringLiteral("bad-region"))
        p.region = QStringLiteral("evil.example.com/x");
    else if (what == QStringLiteral("no-method"))
        parts.method.clear();
    const auto headerResult = signHeaders(parts, p);
    QVERIFY(!headerResult.ok());
    QCOMPARE(QString::fromStdString(headerResult.error().code), code);
    const auto queryResult = presignQuery(parts, p);
    QVERIFY(!queryResult.ok());
    QCOMPARE(QString::fromStdString(queryResult.error().code), code);
}

void TestSigv4Signer::leavesTransportHeadersUnsigned()
{
    HttpRequestParts parts = request();
    parts.headers.append(Header{"User-Agent", "casewright"});
    parts.headers.append(Header{"Content-Type", "application/json"});
    const auto result = signHeaders(parts, params());
    QVERIFY(result.ok());
    QCOMPARE(result->signedHeaders, QByteArray("content-type;host;x-amz-date"));

    SigningParams outOfRange = params();
    outOfRange.expiresInSeconds = 604801;
    const auto presigned = presignQuery(parts, outOfRange);
    QVERIFY(!presigned.ok());
    QCOMPARE(presigned.error().code, std::string("sigv4.invalid-expires"));
}

void TestSigv4Signer::resigningReplacesTheOldSignature()
{
    const auto first = signHeaders(request(), params());
    QVERIFY(first.ok());
    const HttpRequestParts once = withSignatureHeaders(request(), *first);

    SigningParams later = params();
    later.time = later.time.addSecs(60);
    const auto second = signHeaders(once, later);
    QVERIFY(second.ok());
    // The old Authorization/X-Amz-Date are not signed again and are dropped, not duplicated.
    QCOMPARE(second->signedHeaders, QByteArray("host;x-amz-date"));
    const HttpRequestParts twice = withSignatureHeaders(once, *second);
    QCOMPARE(twice.headers.size(), 3);
    QCOMPARE(headerValue(twice.headers, "X-Amz-Date"), QByteArray("20150830T123700Z"));
    QVERIFY(first->signature != second->signature);
}

void TestSigv4Signer::convertsTheTimeToUtc()
{
    SigningParams p = params();
    p.time = p.time.toTimeZone(QTimeZone(2 * 3600));
    const auto result = signHeaders(request(), p);
    QVERIFY(result.ok());
    QCOMPARE(headerValue(result->headersToAdd, "X-Amz-Date"), QByteArray("20150830T123600Z"));
}

void TestSigv4Signer::presignReplacesOldSignatureParameters()
{
    HttpRequestParts parts = request();
    parts.query = "a=1&X-Amz-Signature=old&X-Amz-Date=19990101T000000Z";
    const auto result = presignQuery(parts, params());
    QVERIFY(result.ok());
    QCOMPARE(result->signedQuery.count("X-Amz-Signature="), 1);
    QCOMPARE(result->signedQuery.count("X-Amz-Date="), 1);
    QVERIFY(result->signedQuery.startsWith("X-Amz-Algorithm=AWS4-HMAC-SHA256") ||
            result->signedQuery.startsWith("a=1&"));
    QVERIFY(result->signedQuery.endsWith(QByteArray("&X-Amz-Signature=").append(result->signature)));
}

QTEST_GUILESS_MAIN(TestSigv4Signer)
#include "test_sigv4_signer.moc"
