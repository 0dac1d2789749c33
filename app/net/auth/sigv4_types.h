#pragma once
// Inputs and outputs of SigV4 (AWS4-HMAC-SHA256) signing, shared by the signer and the verifier.

#include "auth/credentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <utility>

namespace cw::net {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// One HTTP request as it goes on the wire. The signer needs the exact bytes the server will see.
struct HttpRequestParts {
    QByteArray method; // "GET", "POST", ...
    // Raw path as on the wire: may be unnormalized and may contain percent-escapes. The signer
    // URI-encodes it once more (AWS "double encoding" for every service but S3), so pass exactly
    // what will be sent, e.g. QUrl::path(QUrl::FullyEncoded).
    QByteArray path;
    QByteArray query;   // raw query string without '?'; may be percent-encoded
    HeaderList headers; // in request order, duplicates kept; must contain Host
    QByteArray body;
};

struct SigningParams {
    QString region;  // e.g. "us-east-1"
    QString service; // the signing name, "cases" for Amazon Connect Cases
    QDateTime time;  // signing time; converted to UTC
    Credentials credentials;
    bool normalizePath = true;     // false only for S3-style services
    bool omitSessionToken = false; // add X-Amz-Security-Token after signing instead of signing it
    bool signBody = false;         // header mode: also add and sign x-amz-content-sha256
    int expiresInSeconds = 3600;   // query mode: X-Amz-Expires, 1..604800
};

struct SigningResult {
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature;     // 64 lowercase hex characters
    QByteArray signedHeaders; // "host;x-amz-date"
    // Header mode: add these to the request, in this order (X-Amz-Date, X-Amz-Security-Token,
    // x-amz-content-sha256 where they apply, then Authorization). Empty in query mode.
    HeaderList headersToAdd;
    QByteArray authorization; // header mode: the Authorization value (also in headersToAdd)
    // Query mode: the complete query string to send instead of `parts.query` (no '?'): the
    // request's own parameters re-encoded, the X-Amz-* parameters and X-Amz-Signature.
    QByteArray signedQuery;
};

} // namespace cw::net
