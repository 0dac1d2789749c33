// Secrets never reach logs: the SigV4 signature, session tokens, presigned signatures.

#include "auth/log_redaction.h"
#include "auth/sigv4_signer.h"

#include <QTest>

using namespace cw::net;

class TestLogRedaction : public QObject {
    Q_OBJECT

private slots:
    void redactsTheSignatureButKeepsTheScope();
    void replacesAnUnparsableAuthorizationWhole();
    void redactsHeadersOfASignedRequest();
    void redactsPresignedQueries();
};

void TestLogRedaction::redactsTheSignatureButKeepsTheScope()
{
    const QByteArray value =
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/cases/aws4_request, "
        "SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a";
    QCOMPARE(redactAuthorization(value),
             QByteArray("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/cases/aws4_request, "
                        "SignedHeaders=host;x-amz-date, Signature=<redacted>"));
}

void TestLogRedaction::replacesAnUnparsableAuthorizationWhole()
{
    QCOMPARE(redactAuthorization("Bearer abc.def.ghi"), QByteArray("<redacted>"));
    QCOMPARE(redactAuthorization("AWS4-HMAC-SHA256 Signature=abcd"), QByteArray("<redacted>"));
}

void TestLogRedaction::redactsHeadersOfASignedRequest()
{
    HttpRequestParts parts;
    parts.method = "POST";
    parts.path = "/";
    parts.headers = {{"Host", "localhost"}, {"Cookie", "session=1"}};
    SigningParams params;
    params.region = QStringLiteral("us-east-1");
    params.service = QStringLiteral("cases");
    params.time = QDateTime::currentDateTimeUtc();
    params.credentials = Credentials{QStringLiteral("AKIDEXAMPLE"), QStringLiteral("very-secret"),
                                     QStringLiteral("TOKEN-SECRET-VALUE"), std::nullopt};
    const auto result = signHeaders(parts, params);
    QVERIFY(result.ok());
    const HeaderList safe = redactedHeadersForLog(withSignatureHeaders(parts, *result).headers);

    QByteArray logged;
    for (const auto &[name, value] : safe)
        logged += name + ": " + value + '\n';
    QVERIFY2(!logged.contains(result->signature), logged.constData());
    QVERIFY2(!logged.contains("TOKEN-SECRET-VALUE"), logged.constData());
    QVERIFY2(!logged.contains("session=1"), logged.constData());
    QVERIFY2(logged.contains("Host: localhost"), logged.constData());
    QVERIFY2(logged.contains("Credential=AKIDEXAMPLE/"), logged.constData());
    QVERIFY2(logged.contains("X-Amz-Security-Token: <redacted>"), logged.constData());
}

void TestLogRedaction::redactsPresignedQueries()
{
    QCOMPARE(
        redactedQueryForLog("a=1&X-Amz-Security-Token=tok%2Fen&X-Amz-Signature=abcdef&x-amz-signature"),
        QByteArray(
            "a=1&X-Amz-Security-Token=<redacted>&X-Amz-Signature=<redacted>&x-amz-signature=<redacted>"));
    QCOMPARE(redactedQueryForLog("X%2DAmz-Signature=abc"), QByteArray("X%2DAmz-Signature=<redacted>"));
    QCOMPARE(redactedQueryForLog("maxResults=5"), QByteArray("maxResults=5"));
}

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "test_log_redaction.moc"
