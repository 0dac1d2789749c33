// Error responses -> typed ApiError -> cw::Error, and transport failures.
#include "client/api_error.h"

#include <QTest>

using namespace cw;
using namespace cw::net;

namespace {
HeaderList headers(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    HeaderList out;
    for (const auto &[name, value] : pairs)
        out.append({QByteArray(name), QByteArray(value)});
    return out;
}

const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(12, 0, 0), Qt::UTC);
} // namespace

class TestApiError : public QObject {
    Q_OBJECT
private slots:
    void sanitizesErrorTypes_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("type");
        QTest::newRow("plain") << "ValidationException"
                               << "ValidationException";
        QTest::newRow("namespace") << "com.amazonaws.connectcases#ConflictException"
                                   << "ConflictException";
        QTest::newRow("uri suffix")
            << "ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral/"
            << "ThrottlingException";
        QTest::newRow("both") << "aws.protocoltests#FooError:http://internal.amazon.com/x"
                              << "FooError";
        QTest::newRow("spaces") << "  AccessDeniedException "
                                << "AccessDeniedException";
        QTest::newRow("empty") << ""
                               << "";
    }
    void sanitizesErrorTypes()
    {
        QFETCH(QString, raw);
        QFETCH(QString, type);
        QCOMPARE(QString::fromStdString(sanitizeErrorType(raw.toStdString())), type);
    }

    void headerTypeWinsOverTheBody()
    {
        const ApiError error = parseErrorResponse(
            "ListFields", 429,
            headers({{"X-Amzn-ErrorType", "ThrottlingException:http://internal.amazon.com/coral/"},
                     {"x-amzn-RequestId", "req-1"}}),
            R"({"__type": "ValidationException", "message": "Rate exceeded"})", kNow);
        QCOMPARE(error.kind, ApiErrorKind::Throttled);
        QCOMPARE(error.type, std::string("ThrottlingException"));
        QCOMPARE(error.message, std::string("Rate exceeded"));
        QCOMPARE(error.httpStatus, 429);
        QCOMPARE(error.requestId, std::string("req-1"));
        QCOMPARE(error.operation, std::string("ListFields"));
    }

    void bodyTypeAndResourceMembers()
    {
        const ApiError error = parseErrorResponse(
            "GetTemplate", 404, {},
            R"({"__type": "com.amazonaws.connectcases#ResourceNotFoundException", "Message": "Template not found",
                "resourceId": "t1", "resourceType": "Template"})",
            kNow);
        QCOMPARE(error.kind, ApiErrorKind::NotFound);
        QCOMPARE(error.type, std::string("ResourceNotFoundException"));
        QCOMPARE(error.message, std::string("Template not found"));
        QCOMPARE(error.resourceId, std::string("t1"));
        QCOMPARE(error.resourceType, std::string("Template"));
    }

    void bodyCodeIsTheLastResort()
    {
        const ApiError error = parseErrorResponse(
            "UpdateCaseRule", 409, {}, R"({"code": "ConflictException", "message": "busy"})", kNow);
        QCOMPARE(error.kind, ApiErrorKind::Conflict);
        QCOMPARE(error.type, std::string("ConflictException"));
    }

    void typesMapToKinds_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("throttling by status") << "" << 429 << int(ApiErrorKind::Throttled);
        QTest::newRow("TooManyRequests") << "TooManyRequestsException" << 400 << int(ApiErrorKind::Throttled);
        QTest::newRow("validation") << "ValidationException" << 400 << int(ApiErrorKind::Validation);
        QTest::newRow("400 alone") << "" << 400 << int(ApiErrorKind::Validation);
        QTest::newRow("access denied") << "AccessDeniedException" << 403 << int(ApiErrorKind::AccessDenied);
        QTest::newRow("403 alone") << "" << 403 << int(ApiErrorKind::AccessDenied);
        QTest::newRow("signature") << "InvalidSignatureException" << 403 << int(ApiErrorKind::Auth);
        QTest::newRow("unknown key") << "UnrecognizedClientException" << 403 << int(ApiErrorKind::Auth);
        QTest::newRow("expired token") << "ExpiredTokenException" << 400 << int(ApiErrorKind::Auth);
        QTest::newRow("quota") << "ServiceQuotaExceededException" << 402 << int(ApiErrorKind::Quota);
        QTest::newRow("402 alone") << "" << 402 << int(ApiErrorKind::Quota);
        QTest::newRow("server") << "InternalServerException" << 500 << int(ApiErrorKind::Server);
        QTest::newRow("503 alone") << "" << 503 << int(ApiErrorKind::Server);
        QTest::newRow("conflict") << "" << 409 << int(ApiErrorKind::Conflict);
        QTest::newRow("not found") << "" << 404 << int(ApiErrorKind::NotFound);
        QTest::newRow("teapot") << "" << 418 << int(ApiErrorKind::Unknown);
        QTest::newRow("unknown type, 5xx") << "BrandNewException" << 502 << int(ApiErrorKind::Server);
        QTest::newRow("unknown type, 4xx") << "BrandNewException" << 400 << int(ApiErrorKind::Validation);
    }
    void typesMapToKinds()
    {
        QFETCH(QString, type);
        QFETCH(int, status);
        QFETCH(int, kind);
        QCOMPARE(int(classifyError(type.toStdString(), status)), kind);
    }

    void bodyThatIsNotJsonStillGivesAKind()
    {
        const ApiError error =
            parseErrorResponse("ListLayouts", 503, {}, "<html>Service Unavailable</html>", kNow);
        QCOMPARE(error.kind, ApiErrorKind::Server);
        QVERIFY(error.type.empty());
        QVERIFY(error.message.empty());
    }

    void signatureMessagesLoseTheCanonicalRequest()
    {
        const char *body =
            R"({"message": "The request signature we calculated does not match the signature you provided.\n\nThe Canonical String for this request should have been\n'POST\n/domains\n\nx-amz-security-token:SECRET-SESSION-TOKEN\n'"})";
        const ApiError error = parseErrorResponse(
            "GetDomain", 403, headers({{"x-amzn-errortype", "InvalidSignatureException"}}), body, kNow);
        QCOMPARE(error.kind, ApiErrorKind::Auth);
        QVERIFY(error.message.find("SECRET-SESSION-TOKEN") == std::string::npos);
        QVERIFY(toError(error).message.find("SECRET-SESSION-TOKEN") == std::string::npos);
        QVERIFY(error.message.find("does not match") != std::string::npos);
    }

    void retryAfterSeconds()
    {
        const ApiError error =
            parseErrorResponse("ListFields", 500, headers({{"Retry-After", "3"}}), "{}", kNow);
        QVERIFY(error.retryAfter.has_value());
        QCOMPARE(error.retryAfter->count(), 3000);
    }

    void retryAfterHttpDate()
    {
        QCOMPARE(parseRetryAfter("Mon, 01 Jun 2026 12:00:05 GMT", kNow)->count(), 5000);
        QCOMPARE(parseRetryAfter("Mon, 01 Jun 2026 11:00:00 GMT", kNow)->count(), 0); // in the past
    }

    void retryAfterVariants()
    {
        QCOMPARE(parseRetryAfter("1.5", kNow)->count(), 1500);
        QVERIFY(!parseRetryAfter("soon", kNow).has_value());
        QVERIFY(!parseRetryAfter("-4", kNow).has_value());
        QVERIFY(!parseRetryAfter("", kNow).has_value());
        const ApiError error =
            parseErrorResponse("ListFields", 429, headers({{"x-amz-retry-after", "250"}}), "{}", kNow);
        QCOMPARE(error.retryAfter->count(), 250);
    }

    void toErrorNamesOperationStatusTypeMessageAndRequestId()
    {
        ApiError error = parseErrorResponse(
            "DeleteCaseRule", 404,
            headers({{"X-Amzn-ErrorType", "ResourceNotFoundException"}, {"x-amzn-requestid", "abc-123"}}),
            R"({"message": "Case rule r9 not found.", "resourceId": "r9",
                                                "resourceType": "CaseRule"})",
            kNow);
        error.attempts = 1;
        const Error converted = toError(error);
        QCOMPARE(converted.code, std::string("api.not-found"));
        QCOMPARE(converted.where.entity, std::string("r9"));
        const QString message = QString::fromStdString(converted.message);
        QVERIFY2(
            message.startsWith(QStringLiteral("DeleteCaseRule failed: HTTP 404 ResourceNotFoundException: "
                                              "Case rule r9 not found (request id abc-123).")),
            qPrintable(message));
        QCOMPARE(apiErrorKind(converted), std::optional<ApiErrorKind>(ApiErrorKind::NotFound));
    }

    void toErrorCountsAttempts()
    {
        ApiError error;
        error.kind = ApiErrorKind::Throttled;
        error.operation = "ListCaseRules";
        error.httpStatus = 429;
        error.type = "ThrottlingException";
        error.attempts = 3;
        const QString message = QString::fromStdString(toError(error).message);
        QVERIFY2(message.contains(QStringLiteral("after 3 attempts")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("try again")));
    }

    void everyKindRoundTripsThroughTheCode()
    {
        for (int i = 0; i <= int(ApiErrorKind::Unknown); ++i) {
            ApiError error;
            error.kind = ApiErrorKind(i);
            error.operation = "X";
            const Error converted = toError(error);
            QCOMPARE(converted.code, std::string("api.") + toString(error.kind));
            QCOMPARE(apiErrorKind(converted), std::optional<ApiErrorKind>(error.kind));
        }
        QVERIFY(!apiErrorKind(makeError("wire.type", "x")).has_value());
        QVERIFY(!apiErrorKind(makeError("api.no-such-kind", "x")).has_value());
    }

    void transportErrors()
    {
        ApiError refused = transportError("ListFields", QNetworkReply::ConnectionRefusedError,
                                          QStringLiteral("Connection refused"), false, false);
        QCOMPARE(refused.kind, ApiErrorKind::Network);
        QVERIFY(refused.transientNetwork);
        QVERIFY(refused.neverSent); // nothing reached the service
        QCOMPARE(refused.httpStatus, 0);

        ApiError closed =
            transportError("ListFields", QNetworkReply::RemoteHostClosedError, {}, false, false);
        QVERIFY(closed.transientNetwork);
        QVERIFY(!closed.neverSent); // it may have been carried out

        ApiError tls = transportError("ListFields", QNetworkReply::SslHandshakeFailedError, {}, false, false);
        QCOMPARE(tls.kind, ApiErrorKind::Network);
        QVERIFY(!tls.transientNetwork);

        // Qt reports a transfer timeout as a cancellation; only the caller knows it did not cancel.
        QCOMPARE(transportError("X", QNetworkReply::OperationCanceledError, {}, false, false).kind,
                 ApiErrorKind::Timeout);
        QCOMPARE(transportError("X", QNetworkReply::OperationCanceledError, {}, false, true).kind,
                 ApiErrorKind::Cancelled);
        QCOMPARE(transportError("X", QNetworkReply::TimeoutError, {}, false, false).kind,
                 ApiErrorKind::Timeout);
    }

    void cancelledMessageIsShort()
    {
        ApiError error;
        error.kind = ApiErrorKind::Cancelled;
        error.operation = "GetLayout";
        QCOMPARE(toError(error).message, std::string("GetLayout was cancelled."));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "test_api_error.moc"
