// Runs every case of the aws-c-auth SigV4 test suite in header mode and in query (presign) mode:
// canonical request, string to sign and signature must match byte for byte, and the signed
// request must match the way aws-c-auth compares it (header and query-parameter sets).

#include "auth/sigv4_canonical.h"
#include "auth/sigv4_signer.h"
#include "sigv4_suite_case.h"

#include <QTest>
#include <algorithm>

using namespace cw::net;
using namespace cw::net::testing;

namespace {

HeaderList normalizedHeaderSet(HeaderList headers)
{
    for (auto &header : headers)
        header.first = header.first.toLower();
    std::sort(headers.begin(), headers.end());
    return headers;
}

HeaderList normalizedQuerySet(const QByteArray &rawQuery)
{
    HeaderList parameters = sigv4::decodedQueryParameters(rawQuery);
    for (auto &parameter : parameters)
        parameter = {parameter.first.toLower(), parameter.second.toLower()};
    std::sort(parameters.begin(), parameters.end());
    return parameters;
}

} // namespace

class TestSigv4Suite : public QObject {
    Q_OBJECT

private slots:
    void suiteIsComplete();
    void requestParserFollowsTheSuiteRules();
    void signsLikeTheSuite_data();
    void signsLikeTheSuite();
};

void TestSigv4Suite::suiteIsComplete()
{
    // Guards against a data-driven test that silently runs no rows.
    const QStringList names = suiteCaseNames();
    QCOMPARE(names.size(), 38);
    for (const QString &name : names) {
        for (const char *file :
             {"context.json", "request.txt", "header-canonical-request.txt", "header-string-to-sign.txt",
              "header-signature.txt", "header-signed-request.txt", "query-canonical-request.txt",
              "query-string-to-sign.txt", "query-signature.txt", "query-signed-request.txt"}) {
            QVERIFY2(!readSuiteFile(name, QString::fromLatin1(file)).isEmpty(),
                     qPrintable(name + QLatin1Char('/') + QString::fromLatin1(file)));
        }
    }
}

void TestSigv4Suite::requestParserFollowsTheSuiteRules()
{
    const HttpRequestParts parts =
        parseRequestText("POST /a b/?x=1 HTTP/1.1\nHost:h\nMy:v1\n  v2\n\nbody\nmore");
    QCOMPARE(parts.method, QByteArray("POST"));
    QCOMPARE(parts.path, QByteArray("/a b/"));
    QCOMPARE(parts.query, QByteArray("x=1"));
    QCOMPARE(parts.headers.size(), 2);
    QCOMPARE(parts.headers[1].second, QByteArray("v1\n  v2"));
    QCOMPARE(parts.body, QByteArray("body\nmore"));
}

void TestSigv4Suite::signsLikeTheSuite_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<QString>("mode");
    for (const QString &name : suiteCaseNames()) {
        for (const QString &mode : {QStringLiteral("header"), QStringLiteral("query")})
            QTest::newRow(qPrintable(name + QLatin1Char('/') + mode)) << name << mode;
    }
}

void TestSigv4Suite::signsLikeTheSuite()
{
    QFETCH(QString, caseName);
    QFETCH(QString, mode);
    bool loaded = false;
    const SuiteCase suiteCase = loadSuiteCase(caseName, &loaded);
    QVERIFY2(loaded, "context.json or request.txt could not be read");
    const bool headerMode = mode == QStringLiteral("header");
    const cw::Result<SigningResult> result = headerMode ? signHeaders(suiteCase.request, suiteCase.params)
                                                        : presignQuery(suiteCase.request, suiteCase.params);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());

    QCOMPARE(result->canonicalRequest,
             readSuiteFile(caseName, mode + QStringLiteral("-canonical-request.txt")));
    QCOMPARE(result->stringToSign, readSuiteFile(caseName, mode + QStringLiteral("-string-to-sign.txt")));
    QCOMPARE(result->signature, readSuiteFile(caseName, mode + QStringLiteral("-signature.txt")));

    const HttpRequestParts expected =
        parseRequestText(readSuiteFile(caseName, mode + QStringLiteral("-signed-request.txt")));
    QCOMPARE(expected.method, suiteCase.request.method);
    QCOMPARE(expected.path, suiteCase.request.path);
    QCOMPARE(expected.body, suiteCase.request.body);
    if (headerMode) {
        const HttpRequestParts signedParts = withSignatureHeaders(suiteCase.request, *result);
        QCOMPARE(expected.query, suiteCase.request.query);
        QCOMPARE(normalizedHeaderSet(signedParts.headers), normalizedHeaderSet(expected.headers));
    } else {
        QVERIFY(result->headersToAdd.isEmpty());
        QCOMPARE(normalizedQuerySet(result->signedQuery), normalizedQuerySet(expected.query));
        QCOMPARE(normalizedHeaderSet(suiteCase.request.headers), normalizedHeaderSet(expected.headers));
    }
}

QTEST_GUILESS_MAIN(TestSigv4Suite)
#include "test_sigv4_suite.moc"
