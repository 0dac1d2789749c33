#pragma once
// What went wrong with one Cases API call, typed so callers can decide (retry, refresh, show a
// conflict), and converted to cw::Error for everything else. Service errors come from the
// X-Amzn-ErrorType header or the body's __type/code (restJson1); transport errors from Qt.

#include "auth/sigv4_types.h"
#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace cw::net {

enum class ApiErrorKind {
    Throttled,    // 429, ThrottlingException, TooManyRequestsException...
    NotFound,     // 404, ResourceNotFoundException
    Conflict,     // 409, ConflictException
    Validation,   // 400, ValidationException
    AccessDenied, // 403, AccessDeniedException
    Quota,        // 402, ServiceQuotaExceededException
    Server,       // 5xx, InternalServerException
    Network,      // no HTTP response: refused, reset, closed, DNS, TLS...
    Timeout,      // no complete response within the per-request timeout
    Cancelled,    // cancelled by the caller (cancel token, cancelAll, context destroyed)
    Auth,         // signature/credentials refused, or no credentials to sign with
    Unknown,
};

// Stable text: "throttled", "not-found", "conflict", ...
const char *toString(ApiErrorKind kind);

struct ApiError {
    ApiErrorKind kind = ApiErrorKind::Unknown;
    std::string operation;  // "ListFields"
    std::string type;       // "ThrottlingException"; empty for transport errors
    std::string message;    // the service's message, or what the transport said
    int httpStatus = 0;     // 0 when no response arrived
    std::string requestId;  // x-amzn-requestid, when sent
    std::string resourceId; // ResourceNotFoundException members, when sent
    std::string resourceType;
    std::optional<std::chrono::milliseconds> retryAfter; // Retry-After / x-amz-retry-after
    bool transientNetwork = false; // Network: worth another attempt (refused, reset, closed, DNS)
    bool neverSent = false;        // Network: the request never reached the service (refused, DNS)
    int attempts = 0;              // how many times the call was sent
};

// "ns#ThrottlingException:http://..." -> "ThrottlingException": the part after the last '#'
// and before the first ':', trimmed.
std::string sanitizeErrorType(std::string_view raw);

// The kind of a service error type; when the type is empty or unknown, the HTTP status decides.
ApiErrorKind classifyError(std::string_view sanitizedType, int httpStatus);

// Reads an error response: the type from X-Amzn-ErrorType (headers compare case-insensitively),
// else the body's __type, else its code; the message from message/Message; the request id; the
// Retry-After hint (seconds or an HTTP date, relative to `now`) or x-amz-retry-after (ms).
// A body that is not JSON is tolerated: the status then decides the kind.
ApiError parseErrorResponse(const std::string &operation, int httpStatus, const HeaderList &headers,
                            const QByteArray &body, const QDateTime &now = QDateTime::currentDateTimeUtc());

// A failure without an HTTP response. `timedOut`/`cancelled` say why Qt aborted the reply,
// because Qt reports both as OperationCanceledError.
ApiError transportError(const std::string &operation, QNetworkReply::NetworkError error,
                        const QString &errorText, bool timedOut, bool cancelled);

// True for transport failures worth another attempt: connection refused/reset/closed, host not
// found, temporary network failures (what the SDKs' standard mode treats as transient).
bool isTransientNetworkError(QNetworkReply::NetworkError error);

// The Retry-After header as a delay: delta-seconds or an HTTP date (relative to `now`).
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// cw::Error with code "api.<kind>" and a message naming the operation, the status, the service's
// type and message and the request id. Secrets never reach it: it is built only from the
// response and the operation name.
cw::Error toError(const ApiError &error);

// The kind encoded in a cw::Error made by toError(); nullopt for other errors.
std::optional<ApiErrorKind> apiErrorKind(const cw::Error &error);

} // namespace cw::net
