#include "auth/sigv4_signer.h"

#include "auth/sigv4_canonical.h"

#include <QRegularExpression>

namespace cw::net {

namespace sigv4 {

bool isUnsignedHeader(const QByteArray &name)
{
    const QByteArray lower = name.trimmed().toLower();
    return lower == "user-agent" || lower == "x-amzn-trace-id" || lower == "expect" || lower == "connection";
}

bool isSignerOwnedHeader(const QByteArray &name)
{
    const QByteArray lower = name.trimmed().toLower();
    return lower == "authorization" || lower == "x-amz-date" || lower == "x-amz-security-token" ||
           lower == "x-amz-content-sha256";
}

} // namespace sigv4

namespace {

// Query parameters the presigner sets; any already in the request are replaced.
bool isPresignParameter(const QByteArray &key)
{
    return key == "X-Amz-Algorithm" || key == "X-Amz-Credential" || key == "X-Amz-Date" ||
           key == "X-Amz-Expires" || key == "X-Amz-SignedHeaders" || key == "X-Amz-Security-Token" ||
           key == "X-Amz-Signature";
}

cw::Error signingError(const char *code, std::string message)
{
    return cw::makeError(code, std::move(message), cw::Location{{}, {}, 0, 0, "SigV4 signing"});
}

// What both modes check before they sign anything.
std::optional<cw::Error> checkInputs(const HttpRequestParts &parts, const SigningParams &params)
{
    if (!params.credentials.isValid())
        return signingError("sigv4.invalid-credentials",
                            "Cannot sign the request: the credentials have no access key id or no secret "
                            "access key. Check the AWS profile or environment variables.");
    if (!params.time.isValid())
        return signingError("sigv4.invalid-time", "Cannot sign the request: no signing time was given.");
    static const QRegularExpression scopePart(QStringLiteral("^[A-Za-z0-9-]+$"));
    if (!scopePart.match(params.region).hasMatch() || !scopePart.match(params.service).hasMatch())
        return signingError("sigv4.invalid-scope",
                            "Cannot sign the request: region '" + params.region.toStdString() +
                                "' and service '" + params.service.toStdString() +
                                "' must be non-empty and made of letters, digits and '-'.");
    if (parts.method.isEmpty())
        return signingError("sigv4.invalid-request", "Cannot sign the request: it has no HTTP method.");
    for (const auto &header : parts.headers) {
        if (header.first.trimmed().compare("host", Qt::CaseInsensitive) == 0)
            return std::nullopt;
    }
    return signingError("sigv4.missing-host",
                        "Cannot sign the request: it has no Host header, and SigV4 always signs the host.");
}

HeaderList headersToSign(const HeaderList &headers)
{
    HeaderList kept;
    for (const auto &header : headers) {
        if (!sigv4::isUnsignedHeader(header.first) && !sigv4::isSignerOwnedHeader(header.first))
            kept.append(header);
    }
    return kept;
}

bool includeToken(const SigningParams &params)
{
    return !params.credentials.sessionToken.isEmpty() && !params.omitSessionToken;
}

} // namespace

cw::Result<SigningResult> signHeaders(const HttpRequestParts &parts, const SigningParams &params)
{
    if (auto error = checkInputs(parts, params))
        return *error;
    const QByteArray date = sigv4::amzDate(params.time);
    const QByteArray scope = sigv4::credentialScope(date.left(8), params.region, params.service);
    const QByteArray token = params.credentials.sessionToken.toUtf8();
    const QByteArray payloadHash = sigv4::sha256Hex(parts.body);

    HeaderList added{{QByteArrayLiteral("X-Amz-Date"), date}};
    if (!token.isEmpty())
        added.append({QByteArrayLiteral("X-Amz-Security-Token"), token});
    if (params.signBody)
        added.append({QByteArrayLiteral("x-amz-content-sha256"), payloadHash});

    HeaderList toSign = headersToSign(parts.headers);
    for (const auto &header : added) {
        if (header.first != "X-Amz-Security-Token" || includeToken(params))
            toSign.append(header);
    }
    const HeaderList canonical = sigv4::canonicalHeaders(toSign);

    SigningResult result;
    result.canonicalRequest = sigv4::canonicalRequest(
        parts.method, sigv4::canonicalUri(parts.path, params.normalizePath),
        sigv4::canonicalQueryString(sigv4::decodedQueryParameters(parts.query)), canonical, payloadHash);
    result.stringToSign = sigv4::stringToSign(date, scope, result.canonicalRequest);
    const QByteArray key =
        sigv4::signingKey(params.credentials.secretAccessKey, date.left(8), params.region, params.service);
    result.signature = sigv4::hmacSha256(key, result.stringToSign).toHex();
    result.signedHeaders = sigv4::signedHeadersList(canonical);
    result.authorization = QByteArray(sigv4::kAlgorithm) +
                           " Credential=" + params.credentials.accessKeyId.toUtf8() + '/' + scope +
                           ", SignedHeaders=" + result.signedHeaders + ", Signature=" + result.signature;
    result.headersToAdd = added;
    result.headersToAdd.append({QByteArrayLiteral("Authorization"), result.authorization});
    return result;
}

cw::Result<SigningResult> presignQuery(const HttpRequestParts &parts, const SigningParams &params)
{
    if (auto error = checkInputs(parts, params))
        return *error;
    if (params.expiresInSeconds < 1 || params.expiresInSeconds > 604800)
        return signingError(
            "sigv4.invalid-expires",
            "Cannot presign the request: X-Amz-Expires must be 1 to 604800 seconds (7 days), not " +
                std::to_string(params.expiresInSeconds) + ".");
    const QByteArray date = sigv4::amzDate(params.time);
    const QByteArray scope = sigv4::credentialScope(date.left(8), params.region, params.service);
    const QByteArray token = params.credentials.sessionToken.toUtf8();
    const HeaderList canonical = sigv4::canonicalHeaders(headersToSign(parts.headers));

    SigningResult result;
    result.signedHeaders = sigv4::signedHeadersList(canonical);
    HeaderList query;
    for (const auto &parameter : sigv4::decodedQueryParameters(parts.query)) {
        if (!isPresignParameter(parameter.first))
            query.append(parameter);
    }
    query.append({QByteArrayLiteral("X-Amz-Algorithm"), QByteArray(sigv4::kAlgorithm)});
    query.append(
        {QByteArrayLiteral("X-Amz-Credential"), params.credentials.accessKeyId.toUtf8() + '/' + scope});
    query.append({QByteArrayLiteral("X-Amz-Date"), date});
    query.append({QByteArrayLiteral("X-Amz-Expires"), QByteArray::number(params.expiresInSeconds)});
    if (includeToken(params))
        query.append({QByteArrayLiteral("X-Amz-Security-Token"), token});
    query.append({QByteArrayLiteral("X-Amz-SignedHeaders"), result.signedHeaders});
    const QByteArray canonicalQuery = sigv4::canonicalQueryString(query);

    result.canonicalRequest =
        sigv4::canonicalRequest(parts.method, sigv4::canonicalUri(parts.path, params.normalizePath),
                                canonicalQuery, canonical, sigv4::sha256Hex(parts.body));
    result.stringToSign = sigv4::stringToSign(date, scope, result.canonicalRequest);
    const QByteArray key =
        sigv4::signingKey(params.credentials.secretAccessKey, date.left(8), params.region, params.service);
    result.signature = sigv4::hmacSha256(key, result.stringToSign).toHex();
    result.signedQuery = canonicalQuery;
    if (!token.isEmpty() && !includeToken(params))
        result.signedQuery += "&X-Amz-Security-Token=" + sigv4::uriEncode(token);
    result.signedQuery += "&X-Amz-Signature=" + result.signature;
    return result;
}

HttpRequestParts withSignatureHeaders(const HttpRequestParts &parts, const SigningResult &result)
{
    HttpRequestParts signedParts = parts;
    signedParts.headers.clear();
    for (const auto &header : parts.headers) {
        if (!sigv4::isSignerOwnedHeader(header.first))
            signedParts.headers.append(header);
    }
    signedParts.headers.append(result.headersToAdd);
    return signedParts;
}

} // namespace cw::net
