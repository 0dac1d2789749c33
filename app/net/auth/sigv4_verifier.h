#pragma once
// Server-side SigV4 check, for the Cases emulator: recomputes the signature of a received request
// and compares it with the one the client sent (Authorization header or presigned query).

#include "auth/sigv4_types.h"
#include "common/result.h"

#include <QDateTime>
#include <QString>
#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace cw::net {

// Returns the secret access key of an access key id, or nullopt when the key is unknown.
using SecretLookup = std::function<std::optional<QString>(const QString &accessKeyId)>;

// Error codes verifySignature() returns; they are the AWS error type names, so a server can send
// them as X-Amzn-ErrorType as they are.
namespace auth_error {
inline constexpr char kMissingAuthenticationToken[] = "MissingAuthenticationTokenException";
inline constexpr char kIncompleteSignature[] = "IncompleteSignatureException";
inline constexpr char kInvalidSignature[] = "InvalidSignatureException";
inline constexpr char kUnrecognizedClient[] = "UnrecognizedClientException";
} // namespace auth_error

// `parts` is the request as received: raw path and query, all headers (Host, X-Amz-Date,
// Authorization...), the body. `region`/`service` are what the server answers to ("cases").
// Rejects a request whose X-Amz-Date is more than `maxSkew` away from `now` (default: the
// current time), or a presigned one past X-Amz-Expires. Paths are normalized, as AWS does for
// every service but S3. Messages never contain the secret key.
cw::Status verifySignature(const HttpRequestParts &parts, const SecretLookup &secretLookup,
                           const QString &region, const QString &service,
                           std::chrono::seconds maxSkew = std::chrono::minutes(5),
                           const QDateTime &now = QDateTime());

// The HTTP status AWS uses for each code above: 400 for IncompleteSignatureException, else 403.
int httpStatusForAuthError(const std::string &code);

} // namespace cw::net
