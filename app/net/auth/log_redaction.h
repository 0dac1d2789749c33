#pragma once
// Keeps secrets out of logs: the SigV4 signature, session tokens and presigned-URL signatures are
// replaced by "<redacted>" before a request is written anywhere.

#include "auth/sigv4_types.h"

#include <QByteArray>

namespace cw::net {

inline constexpr char kRedacted[] = "<redacted>";

// "AWS4-HMAC-SHA256 Credential=AKID/.../aws4_request, SignedHeaders=host;x-amz-date,
// Signature=<redacted>". A value that cannot be parsed is replaced whole.
QByteArray redactAuthorization(const QByteArray &value);

// A copy of `headers` safe to log: Authorization redacted as above; X-Amz-Security-Token,
// Proxy-Authorization and Cookie values replaced by "<redacted>". Names compare case-insensitively.
HeaderList redactedHeadersForLog(const HeaderList &headers);

// A raw query string safe to log: the values of X-Amz-Signature and X-Amz-Security-Token
// replaced by "<redacted>"; everything else is kept byte for byte.
QByteArray redactedQueryForLog(const QByteArray &rawQuery);

} // namespace cw::net
