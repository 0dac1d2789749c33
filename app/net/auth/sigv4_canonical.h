#pragma once
// The building blocks of a SigV4 canonical request. The signer and the verifier both use them, so
// a request signed here verifies here byte for byte.

#include "auth/sigv4_types.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace cw::net::sigv4 {

inline constexpr char kAlgorithm[] = "AWS4-HMAC-SHA256";

// RFC 3986 encoding as SigV4 wants it: A-Za-z0-9-._~ kept, everything else %XX (uppercase hex).
// With keepSlash, '/' is kept too (paths).
QByteArray uriEncode(const QByteArray &bytes, bool keepSlash = false);
// Decodes %XX escapes; a '%' not followed by two hex digits is kept as it is. '+' stays '+'.
QByteArray percentDecode(const QByteArray &bytes);

// Removes empty and "." segments and resolves ".."; keeps a leading and a trailing '/'.
QByteArray normalizedPath(const QByteArray &rawPath);
// The canonical URI line: the (optionally normalized) path, URI-encoded once, "/" when empty.
QByteArray canonicalUri(const QByteArray &rawPath, bool normalize);

// Splits a raw query into decoded (key, value) pairs; "k" without '=' has an empty value.
HeaderList decodedQueryParameters(const QByteArray &rawQuery);
// Encodes each pair, sorts by encoded key then value, joins with '&'.
QByteArray canonicalQueryString(const HeaderList &decodedParameters);

// Trims a header value and collapses each run of whitespace (line folds included) to one space.
QByteArray canonicalHeaderValue(const QByteArray &value);
// Lowercased names, values canonicalized and joined with ',' in request order, sorted by name.
HeaderList canonicalHeaders(const HeaderList &headers);
// "name:value\n" per header (the canonical-headers block) and "a;b;c" (the signed headers).
QByteArray canonicalHeadersBlock(const HeaderList &canonical);
QByteArray signedHeadersList(const HeaderList &canonical);

QByteArray sha256Hex(const QByteArray &data);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);
QByteArray signingKey(const QString &secretAccessKey, const QByteArray &date, const QString &region,
                      const QString &service);

// "20150830T123600Z" from a time in any zone.
QByteArray amzDate(const QDateTime &time);
// Parses "20150830T123600Z"; invalid QDateTime when malformed.
QDateTime parseAmzDate(const QByteArray &text);
// "20150830/us-east-1/service/aws4_request"
QByteArray credentialScope(const QByteArray &date, const QString &region, const QString &service);

QByteArray canonicalRequest(const QByteArray &method, const QByteArray &canonicalUriLine,
                            const QByteArray &canonicalQueryLine, const HeaderList &canonicalSignedHeaders,
                            const QByteArray &payloadHash);
QByteArray stringToSign(const QByteArray &amzDateText, const QByteArray &scope,
                        const QByteArray &canonicalRequestText);

// Compares in time that depends only on the lengths, so a forger learns nothing from timing.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace cw::net::sigv4
