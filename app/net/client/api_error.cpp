#include "client/api_error.h"

#include "common/json_text.h"

#include <QLocale>
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

namespace cw::net {
namespace {

struct KindName {
    ApiErrorKind kind;
    const char *name;
};

constexpr std::array<KindName, 12> kKindNames{{
    {ApiErrorKind::Throttled, "throttled"},
    {ApiErrorKind::NotFound, "not-found"},
    {ApiErrorKind::Conflict, "conflict"},
    {ApiErrorKind::Validation, "validation"},
    {ApiErrorKind::AccessDenied, "access-denied"},
    {ApiErrorKind::Quota, "quota"},
    {ApiErrorKind::Server, "server"},
    {ApiErrorKind::Network, "network"},
    {ApiErrorKind::Timeout, "timeout"},
    {ApiErrorKind::Cancelled, "cancelled"},
    {ApiErrorKind::Auth, "auth"},
    {ApiErrorKind::Unknown, "unknown"},
}};

constexpr char kCodePrefix[] = "api.";

template <std::size_t N> bool isOneOf(std::string_view type, const std::array<const char *, N> &names)
{
    for (const char *name : names) {
        if (type == name)
            return true;
    }
    return false;
}

// The throttling codes the AWS SDKs' standard retry mode knows.
constexpr std::array<const char *, 14> kThrottlingTypes{"Throttling",
                                                        "ThrottlingException",
                                                        "ThrottledException",
                                                        "RequestThrottledException",
                                                        "TooManyRequestsException",
                                                        "ProvisionedThroughputExceededException",
                                                        "TransactionInProgressException",
                                                        "RequestLimitExceeded",
                                                        "BandwidthLimitExceeded",
                                                        "LimitExceededException",
                                                        "RequestThrottled",
                                                        "SlowDown",
                                                        "PriorRequestNotComplete",
                                                        "EC2ThrottledException"};

// Codes that mean "the request was not authenticated", as opposed to "not authorized".
constexpr std::array<const char *, 13> kAuthTypes{"InvalidSignatureException",
                                                  "IncompleteSignatureException",
                                                  "MissingAuthenticationTokenException",
                                                  "UnrecognizedClientException",
                                                  "SignatureDoesNotMatch",
                                                  "ExpiredTokenException",
                                                  "ExpiredToken",
                                                  "InvalidClientTokenId",
                                                  "InvalidAccessKeyId",
                                                  "RequestExpired",
                                                  "RequestTimeTooSkewed",
                                                  "RequestInTheFuture",
                                                  "AuthFailure"};

constexpr std::array<const char *, 5> kValidationTypes{"ValidationException", "SerializationException",
                                                       "BadRequestException", "InvalidParameterException",
                                                       "InvalidRequestException"};

constexpr std::array<const char *, 5> kServerTypes{"InternalServerException", "InternalFailure",
                                                   "InternalServerError", "ServiceUnavailableException",
                                                   "ServiceUnavailable"};

QByteArray headerValue(const HeaderList &headers, const char *name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

std::string stringMember(const Json &body, const char *name)
{
    auto it = body.find(name);
    return it != body.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// AWS signature errors quote the canonical request, which holds the session token; everything
// after the first blank line is dropped, and very long messages are cut.
std::string safeServiceMessage(std::string message)
{
    if (auto blank = message.find("\n\n"); blank != std::string::npos)
        message.erase(blank);
    constexpr std::size_t kMaxLength = 500;
    if (message.size() > kMaxLength)
        message = message.substr(0, kMaxLength) + "...";
    return message;
}

// The message is embedded in a sentence of ours, which ends with its own period.
std::string withoutFinalPeriod(std::string text)
{
    while (!text.empty() && (text.back() == '.' || std::isspace(static_cast<unsigned char>(text.back()))))
        text.pop_back();
    return text;
}

const char *adviceFor(ApiErrorKind kind)
{
    switch (kind) {
    case ApiErrorKind::Throttled:
        return "The service is limiting the request rate; try again in a moment.";
    case ApiErrorKind::NotFound:
        return "The domain or resource does not exist (or no longer exists); check the id and pull again.";
    case ApiErrorKind::Conflict:
        return "The resource changed or is in use; pull the domain again and retry.";
    case ApiErrorKind::Validation:
        return "The service refused the request as invalid.";
    case ApiErrorKind::AccessDenied:
        return "Check the IAM permissions of the AWS profile for Amazon Connect Cases.";
    case ApiErrorKind::Quota:
        return "A service quota of the domain is reached.";
    case ApiErrorKind::Server:
        return "The service had an internal error; try again later.";
    case ApiErrorKind::Network:
        return "Check the network connection and the endpoint URL.";
    case ApiErrorKind::Timeout:
        return "No complete response arrived in time; check the network or raise the timeout.";
    case ApiErrorKind::Auth:
        return "Check the AWS credentials, the region and the computer's clock.";
    case ApiErrorKind::Cancelled:
    case ApiErrorKind::Unknown:
        break;
    }
    return "";
}

} // namespace

const char *toString(ApiErrorKind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return entry.name;
    }
    return "unknown";
}

std::string sanitizeErrorType(std::string_view raw)
{
    if (auto colon = raw.find(':'); colon != std::string_view::npos)
        raw = raw.substr(0, colon);
    if (auto hash = raw.rfind('#'); hash != std::string_view::npos)
        raw = raw.substr(hash + 1);
    while (!raw.empty() && std::isspace(static_cast<unsigned char>(raw.front())))
        raw.remove_prefix(1);
    while (!raw.empty() && std::isspace(static_cast<unsigned char>(raw.back())))
        raw.remove_suffix(1);
    return std::string(raw);
}

ApiErrorKind classifyError(std::string_view type, int httpStatus)
{
    if (isOneOf(type, kThrottlingTypes))
        return ApiErrorKind::Throttled;
    if (isOneOf(type, kAuthTypes))
        return ApiErrorKind::Auth;
    if (isOneOf(type, kValidationTypes))
        return ApiErrorKind::Validation;
    if (isOneOf(type, kServerTypes))
        return ApiErrorKind::Server;
    if (type == "ResourceNotFoundException")
        return ApiErrorKind::NotFound;
    if (type == "ConflictException")
        return ApiErrorKind::Conflict;
    if (type == "AccessDeniedException")
        return ApiErrorKind::AccessDenied;
    if (type == "ServiceQuotaExceededException")
        return ApiErrorKind::Quota;
    if (type == "RequestTimeout" || type == "RequestTimeoutException")
        return ApiErrorKind::Timeout;
    switch (httpStatus) {
    case 429:
        return ApiErrorKind::Throttled;
    case 404:
        return ApiErrorKind::NotFound;
    case 409:
        return ApiErrorKind::Conflict;
    case 400:
    case 422:
        return ApiErrorKind::Validation;
    case 401:
        return ApiErrorKind::Auth;
    case 402:
        return ApiErrorKind::Quota;
    case 403:
        return ApiErrorKind::AccessDenied;
    case 408:
        return ApiErrorKind::Timeout;
    default:
        return httpStatus >= 500 && httpStatus <= 599 ? ApiErrorKind::Server : ApiErrorKind::Unknown;
    }
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const double seconds = text.toDouble(&isNumber);
    if (isNumber) {
        if (!std::isfinite(seconds) || seconds < 0)
            return std::nullopt;
        return std::chrono::milliseconds(
            static_cast<long long>(std::llround(std::min(seconds, 86400.0) * 1000)));
    }
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 7231 IMF-fixdate).
    QDateTime when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!when.isValid())
        when = QLocale::c().toDateTime(QString::fromLatin1(text),
                                       QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    if (when.timeSpec() == Qt::LocalTime)
        when.setTimeSpec(Qt::UTC);
    const qint64 ms = now.msecsTo(when);
    return std::chrono::milliseconds(std::max<qint64>(ms, 0));
}

ApiError parseErrorResponse(const std::string &operation, int httpStatus, const HeaderList &headers,
                            const QByteArray &body, const QDateTime &now)
{
    ApiError error;
    error.operation = operation;
    error.httpStatus = httpStatus;
    error.requestId = headerValue(headers, "x-amzn-requestid").toStdString();
    if (error.requestId.empty())
        error.requestId = headerValue(headers, "x-amz-request-id").toStdString();

    Json json = Json::object();
    if (!body.trimmed().isEmpty()) {
        if (auto parsed = parseJsonText(std::string_view(body.constData(), std::size_t(body.size())));
            parsed.ok() && parsed->is_object())
            json = std::move(parsed).value();
    }
    std::string rawType = headerValue(headers, "x-amzn-errortype").toStdString();
    if (rawType.empty())
        rawType = stringMember(json, "__type");
    if (rawType.empty())
        rawType = stringMember(json, "code");
    error.type = sanitizeErrorType(rawType);
    error.message = stringMember(json, "message");
    if (error.message.empty())
        error.message = stringMember(json, "Message");
    error.message = safeServiceMessage(std::move(error.message));
    error.resourceId = stringMember(json, "resourceId");
    error.resourceType = stringMember(json, "resourceType");
    error.kind = classifyError(error.type, httpStatus);

    if (const QByteArray retryAfter = headerValue(headers, "retry-after"); !retryAfter.isEmpty())
        error.retryAfter = parseRetryAfter(retryAfter, now);
    if (!error.retryAfter) {
        bool ok = false;
        const qlonglong ms = headerValue(headers, "x-amz-retry-after").toLongLong(&ok);
        if (ok && ms >= 0)
            error.retryAfter = std::chrono::milliseconds(ms);
    }
    return error;
}

bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
        return true;
    default:
        return false;
    }
}

ApiError transportError(const std::string &operation, QNetworkReply::NetworkError error,
                        const QString &errorText, bool timedOut, bool cancelled)
{
    ApiError result;
    result.operation = operation;
    result.message = errorText.toStdString();
    if (cancelled)
        result.kind = ApiErrorKind::Cancelled;
    else if (timedOut || error == QNetworkReply::TimeoutError ||
             error == QNetworkReply::OperationCanceledError)
        result.kind = ApiErrorKind::Timeout;
    else
        result.kind = ApiErrorKind::Network;
    result.transientNetwork = result.kind == ApiErrorKind::Network && isTransientNetworkError(error);
    result.neverSent =
        result.kind == ApiErrorKind::Network &&
        (error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError ||
         error == QNetworkReply::ProxyConnectionRefusedError || error == QNetworkReply::ProxyNotFoundError);
    return result;
}

cw::Error toError(const ApiError &error)
{
    std::string message;
    if (error.kind == ApiErrorKind::Cancelled) {
        message = error.operation + " was cancelled.";
    } else {
        message = error.operation + " failed";
        if (error.attempts > 1)
            message += " after " + std::to_string(error.attempts) + " attempts";
        message += ": ";
        if (error.httpStatus != 0) {
            message += "HTTP " + std::to_string(error.httpStatus);
            if (!error.type.empty())
                message += " " + error.type;
            if (!error.message.empty())
                message += ": " + withoutFinalPeriod(error.message);
        } else {
            message +=
                error.message.empty() ? std::string(toString(error.kind)) : withoutFinalPeriod(error.message);
        }
        if (!error.requestId.empty())
            message += " (request id " + error.requestId + ")";
        message += ".";
        if (const std::string advice = adviceFor(error.kind); !advice.empty())
            message += " " + advice;
    }
    cw::Location where;
    where.entity = error.resourceId;
    return cw::makeError(kCodePrefix + std::string(toString(error.kind)), std::move(message),
                         std::move(where));
}

std::optional<ApiErrorKind> apiErrorKind(const cw::Error &error)
{
    const std::string_view code = error.code;
    if (code.substr(0, sizeof(kCodePrefix) - 1) != kCodePrefix)
        return std::nullopt;
    const std::string_view name = code.substr(sizeof(kCodePrefix) - 1);
    for (const KindName &entry : kKindNames) {
        if (name == entry.name)
            return entry.kind;
    }
    return std::nullopt;
}

} // namespace cw::net
