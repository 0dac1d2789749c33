#pragma once
// SigV4 (AWS4-HMAC-SHA256) request signing, in the Authorization header or in the query string
// (presigned URL). Checked byte for byte against the aws-c-auth signing test suite.

#include "auth/sigv4_types.h"
#include "common/result.h"

namespace cw::net {

// Signs with an Authorization header. The request must carry a Host header. Headers the signer
// owns (Authorization, X-Amz-Date, X-Amz-Security-Token, x-amz-content-sha256) are ignored in
// `parts` and come back in `headersToAdd`. User-Agent, X-Amzn-Trace-Id, Expect and Connection are
// sent but not signed, because proxies and HTTP stacks may change them.
cw::Result<SigningResult> signHeaders(const HttpRequestParts &parts, const SigningParams &params);

// Signs in the query string: `signedQuery` replaces `parts.query`. Only headers present in
// `parts` (Host at least) are signed; the payload hash is SHA-256 of the body.
cw::Result<SigningResult> presignQuery(const HttpRequestParts &parts, const SigningParams &params);

// Returns `parts` as it is sent after header signing: signer-owned headers replaced by
// `result.headersToAdd`.
HttpRequestParts withSignatureHeaders(const HttpRequestParts &parts, const SigningResult &result);

namespace sigv4 {
// True for header names (any case) that are sent but never signed.
bool isUnsignedHeader(const QByteArray &name);
// True for header names (any case) whose value the signer sets itself.
bool isSignerOwnedHeader(const QByteArray &name);
} // namespace sigv4

} // namespace cw::net
