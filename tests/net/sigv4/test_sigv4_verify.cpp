// verifySignature(): what the Cases emulator accepts and rejects.

#include "auth/sigv4_signer.h"
#include "auth/sigv4_verifier.h"

#include <QTest>

using namespace cw::net;
using Header = std::pair<QByteArray, QByteArray>;

namespace {

const QString kKeyId = QStringLiteral("AKIDCASEWRIGHT");
const QString kSecret = QStringLiteral("s3cr3t/Key+ForTests0123456789abcdefABCDEF");
const QDateTime kSignedAt = QDateTime::fromString(QStringLiteral("2024-05-01T10:00:00Z"), Qt::ISODate);

HttpRequestParts sampleRequest()
{
    HttpRequestParts parts;
    parts.method = "POST";
    parts.path = "/domains/d-1/rules-list/";
    parts.query = "maxResults=10&nextToken=abc%2Fdef%3D%3D";
    parts.headers = {
        {"Host", "127.0.0.1:8443"}, {"Content-Type", "application/json"}, {"User-Agent", "casewright/0.1"}};
    parts.body = R"({"filter":{}})";
    return parts;
}

SigningParams sampleParams()
{
    SigningParams params;
    params.region = QStringLiteral("us-west-2");
    params.service = QStringLiteral("cases");
    params.time = kSignedAt;
    params.credentials = Credentials{kKeyId, kSecret, QString(), std::nullopt};
    return params;
}

std::optional<QString> knownSecrets(const QString &accessKeyId)
{
    if (accessKeyId == kKeyId)
        return kSecret;
    return std::nullopt;
}

HttpRequestParts headerSigned(const HttpRequestParts &parts, const SigningParams &params = sampleParams())
{
    const cw::Result<SigningResult> result = signHeaders(parts, params);
    if (!result)
        qFatal("signing failed: %s", result.error().message.c_str());
    return withSignatureHeaders(parts, *result);
}

cw::Status verify(const HttpRequestParts &parts, const QDateTime &now = kSignedAt,
                  const SecretLookup &lookup = knownSecrets)
{
    return verifySignature(parts, lookup, QStringLiteral("us-west-2"), QStringLiteral("cases"),
                           std::chrono::minutes(5), now);
}

void replaceHeader(HttpRequestParts &parts, const QByteArray &name, const QByteArray &value)
{
    for (auto &header : parts.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            header.second = value;
    }
}

} // namespace

class TestSigv4Verify : public QObject {
    Q_OBJECT

private slots:
    void acceptsACorrectlySignedRequest();
    void acceptsASessionTokenAndSignedBodyHash();
    void acceptsPercentEncodedPathsAndExtraUnsignedHeaders();
    void rejects_data();
    void rejects();
    void presignedRequests();
    void statusCodes();
};

void TestSigv4Verify::acceptsACorrectlySignedRequest()
{
    const cw::Status status = verify(headerSigned(sampleRequest()));
    QVERIFY2(status.ok(), status.ok() ? "" : status.error().message.c_str());
}

void TestSigv4Verify::acceptsASessionTokenAndSignedBodyHash()
{
    SigningParams params = sampleParams();
    params.credentials.sessionToken = QStringLiteral("token/with+chars==");
    params.signBody = true;
    const HttpRequestParts signedParts = headerSigned(sampleRequest(), params);
    const cw::Status status = verify(signedParts);
    QVERIFY2(status.ok(), status.ok() ? "" : status.error().message.c_str());
}

void TestSigv4Verify::acceptsPercentEncodedPathsAndExtraUnsignedHeaders()
{
    HttpRequestParts parts = sampleRequest();
    parts.path = "/domains/d%2F1/fields/f%20x";
    HttpRequestParts signedParts = headerSigned(parts);
    signedParts.headers.append(Header{"X-Amzn-Trace-Id", "Root=1-abc"}); // added by a proxy, never signed
    replaceHeader(signedParts, "User-Agent", "another-agent/2");
    const cw::Status status = verify(signedParts);
    QVERIFY2(status.ok(), status.ok() ? "" : status.error().message.c_str());
}

void TestSigv4Verify::rejects_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expectedCode");
    QTest::addColumn<QString>("messagePart");
    const QString invalid = QString::fromLatin1(auth_error::kInvalidSignature);
    const QString incomplete = QString::fromLatin1(auth_error::kIncompleteSignature);
    QTest::newRow("tampered body") << "body" << invalid << "does not match the signature";
    QTest::newRow("tampered signed header") << "header" << invalid << "does not match the signature";
    QTest::newRow("tampered path") << "path" << invalid << "does not match the signature";
    QTest::newRow("tampered query") << "query" << invalid << "does not match the signature";
    QTest::newRow("wrong secret") << "secret" << invalid << "Check your AWS Secret Access Key";
    QTest::newRow("unknown key") << "unknown-key" << QString::fromLatin1(auth_error::kUnrecognizedClient)
                                 << "AKIDCASEWRIGHT";
    QTest::newRow("no authorization")
        << "no-auth" << QString::fromLatin1(auth_error::kMissingAuthenticationToken)
        << "Missing Authentication";
    QTest::newRow("malformed authorization") << "malformed" << incomplete << "malformed";
    QTest::newRow("other algorithm") << "algorithm" << incomplete << "AWS4-HMAC-SHA256";
    QTest::newRow("no x-amz-date") << "no-date" << incomplete << "X-Amz-Date";
    QTest::newRow("signed header removed") << "drop-header" << invalid << "content-type";
    QTest::newRow("too old") << "late" << invalid << "Signature expired";
    QTest::newRow("from the future") << "early" << invalid << "not yet current";
    QTest::newRow("other region") << "region" << invalid << "region";
    QTest::newRow("other service") << "service" << invalid << "service";
    QTest::newRow("body hash header lies") << "hash-header" << invalid << "x-amz-content-sha256";
}

void TestSigv4Verify::rejects()
{
    QFETCH(QString, change);
    QFETCH(QString, expectedCode);
    QFETCH(QString, messagePart);
    SigningParams params = sampleParams();
    if (change == QStringLiteral("region"))
        params.region = QStringLiteral("eu-west-1");
    if (change == QStringLiteral("service"))
        params.service = QStringLiteral("s3");
    if (change == QStringLiteral("hash-header"))
        params.signBody = true;
    HttpRequestParts parts = headerSigned(sampleRequest(), params);
    QDateTime now = kSignedAt;
    SecretLookup lookup = knownSecrets;

    if (change == QStringLiteral("body"))
        parts.body = R"({"filter":{"x":1}})";
    else if (change == QStringLiteral("header"))
        replaceHeader(parts, "Content-Type", "text/plain");
    else if (change == QStringLiteral("path"))
        parts.path = "/domains/d-2/rules-list/";
    else if (change == QStringLiteral("query"))
        parts.query = "maxResults=11&nextToken=abc%2Fdef%3D%3D";
    else if (change == QStringLiteral("secret"))
        lookup = [](const QString &) { return std::optional<QString>(QStringLiteral("not-the-secret")); };
    else if (change == QStringLiteral("unknown-key"))
        lookup = [](const QString &) { return std::optional<QString>(); };
    else if (change == QStringLiteral("no-auth"))
        parts.headers.removeIf([](const auto &h) { return h.first == "Authorization"; });
    else if (change == QStringLiteral("malformed"))
        replaceHeader(parts, "Authorization", "AWS4-HMAC-SHA256 Credential=x");
    else if (change == QStringLiteral("algorithm"))
        replaceHeader(parts, "Authorization",
                      "AWS4-HMAC-SHA512 Credential=a/b/c/d/e, SignedHeaders=host, Signature=0");
    else if (change == QStringLiteral("no-date"))
        parts.headers.removeIf([](const auto &h) { return h.first == "X-Amz-Date"; });
    else if (change == QStringLiteral("drop-header"))
        parts.headers.removeIf([](const auto &h) { return h.first == "Content-Type"; });
    else if (change == QStringLiteral("late"))
        now = kSignedAt.addSecs(5 * 60 + 1);
    else if (change == QStringLiteral("early"))
        now = kSignedAt.addSecs(-(5 * 60 + 1));
    else if (change == QStringLiteral("hash-header"))
        parts.body = "{}";

    const cw::Status status = verify(parts, now, lookup);
    QVERIFY(!status.ok());
    QCOMPARE(QString::fromStdString(status.error().code), expectedCode);
    const QString message = QString::fromStdString(status.error().message);
    QVERIFY2(message.contains(messagePart, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(!message.contains(kSecret), "an error message must never contain the secret key");
}

void TestSigv4Verify::presignedRequests()
{
    HttpRequestParts parts = sampleRequest();
    parts.method = "GET";
    parts.body.clear();
    SigningParams params = sampleParams();
    params.expiresInSeconds = 600;
    const cw::Result<SigningResult> result = presignQuery(parts, params);
    QVERIFY(result.ok());
    parts.query = result->signedQuery;

    QVERIFY(verify(parts).ok());
    QVERIFY(verify(parts, kSignedAt.addSecs(599)).ok()); // presigned URLs live for X-Amz-Expires

    const cw::Status expired = verify(parts, kSignedAt.addSecs(601));
    QVERIFY(!expired.ok());
    QCOMPARE(expired.error().code, std::string(auth_error::kInvalidSignature));

    HttpRequestParts tampered = parts;
    tampered.query.replace("maxResults=10", "maxResults=99");
    QVERIFY(!verify(tampered).ok());
}

void TestSigv4Verify::statusCodes()
{
    QCOMPARE(httpStatusForAuthError(auth_error::kIncompleteSignature), 400);
    QCOMPARE(httpStatusForAuthError(auth_error::kInvalidSignature), 403);
    QCOMPARE(httpStatusForAuthError(auth_error::kUnrecognizedClient), 403);
    QCOMPARE(httpStatusForAuthError(auth_error::kMissingAuthenticationToken), 403);
}

QTEST_GUILESS_MAIN(TestSigv4Verify)
#include "test_sigv4_verify.moc"
