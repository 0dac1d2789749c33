#include "auth/sigv4_verifier.h"

#include "auth/sigv4_authorization.h"
#include "auth/sigv4_canonical.h"

#include <algorithm>

namespace cw::net {

namespace {

// Everything a request claims about its own signature, from the header or from the query.
struct Claims {
    bool presigned = false;
    QByteArray credential;
    QByteArray amzDate;
    QByteArray signedHeaders;
    QByteArray signature;
    qint64 expiresSeconds = 0; // presigned only
    QByteArray canonicalQuery;
};

cw::Error authError(const char *code, const std::string &message)
{
    return cw::makeError(code, message, cw::Location{{}, {}, 0, 0, "SigV4 signature"});
}

std::string text(const QByteArray &bytes)
{
    return bytes.toStdString();
}

QList<QByteArray> headerValues(const HeaderList &headers, const QByteArray &lowerName)
{
    QList<QByteArray> values;
    for (const auto &[name, value] : headers) {
        if (name.trimmed().toLower() == lowerName)
            values.append(value.trimmed());
    }
    return values;
}

std::optional<QByteArray> singleQueryValue(const HeaderList &query, const QByteArray &key)
{
    std::optional<QByteArray> found;
    for (const auto &[name, value] : query) {
        if (name == key) {
            if (found)
                return std::nullopt;
            found = value;
        }
    }
    return found;
}

cw::Result<Claims> claimsFromHeader(const HttpRequestParts &parts, const QByteArray &authorization)
{
    const auto parsed = sigv4::parseAuthorization(authorization);
    if (!parsed)
        return authError(auth_error::kIncompleteSignature,
                         "The Authorization header is malformed: it must be 'AWS4-HMAC-SHA256 "
                         "Credential=..., SignedHeaders=..., Signature=...'.");
    if (parsed->algorithm != sigv4::kAlgorithm)
        return authError(auth_error::kIncompleteSignature, "Unsupported authorization type '" +
                                                               text(parsed->algorithm.left(40)) +
                                                               "': only AWS4-HMAC-SHA256 is accepted.");
    const QList<QByteArray> dates = headerValues(parts.headers, "x-amz-date");
    if (dates.size() != 1)
        return authError(auth_error::kIncompleteSignature,
                         "Authorization header requires exactly one 'X-Amz-Date' header.");
    Claims claims;
    claims.credential = parsed->credential;
    claims.amzDate = dates.first();
    claims.signedHeaders = parsed->signedHeaders;
    claims.signature = parsed->signature;
    claims.canonicalQuery = sigv4::canonicalQueryString(sigv4::decodedQueryParameters(parts.query));
    return claims;
}

cw::Result<Claims> claimsFromQuery(const HeaderList &query)
{
    Claims claims;
    claims.presigned = true;
    const auto algorithm = singleQueryValue(query, "X-Amz-Algorithm");
    const auto credential = singleQueryValue(query, "X-Amz-Credential");
    const auto date = singleQueryValue(query, "X-Amz-Date");
    const auto expires = singleQueryValue(query, "X-Amz-Expires");
    const auto signedHeaders = singleQueryValue(query, "X-Amz-SignedHeaders");
    const auto signature = singleQueryValue(query, "X-Amz-Signature");
    if (!algorithm || !credential || !date || !expires || !signedHeaders || !signature)
        return authError(auth_error::kIncompleteSignature,
                         "A presigned request needs exactly one each of X-Amz-Algorithm, X-Amz-Credential, "
                         "X-Amz-Date, X-Amz-Expires, X-Amz-SignedHeaders and X-Amz-Signature.");
    if (*algorithm != sigv4::kAlgorithm)
        return authError(auth_error::kIncompleteSignature, "Unsupported X-Amz-Algorithm '" +
                                                               text(algorithm->left(40)) +
                                                               "': only AWS4-HMAC-SHA256 is accepted.");
    bool numeric = false;
    claims.expiresSeconds = expires->toLongLong(&numeric);
    if (!numeric || claims.expiresSeconds < 1 || claims.expiresSeconds > 604800)
        return authError(auth_error::kIncompleteSignature,
                         "X-Amz-Expires must be a number of seconds from 1 to 604800.");
    claims.credential = *credential;
    claims.amzDate = *date;
    claims.signedHeaders = *signedHeaders;
    claims.signature = *signature;
    HeaderList signedQuery;
    for (const auto &parameter : query) {
        if (parameter.first != "X-Amz-Signature")
            signedQuery.append(parameter);
    }
    claims.canonicalQuery = sigv4::canonicalQueryString(signedQuery);
    return claims;
}

cw::Result<Claims> findClaims(const HttpRequestParts &parts)
{
    const QList<QByteArray> authorizations = headerValues(parts.headers, "authorization");
    if (authorizations.size() > 1)
        return authError(auth_error::kIncompleteSignature,
                         "The request has more than one Authorization header.");
    if (authorizations.size() == 1)
        return claimsFromHeader(parts, authorizations.first());
    const HeaderList query = sigv4::decodedQueryParameters(parts.query);
    for (const auto &parameter : query) {
        if (parameter.first == "X-Amz-Signature")
            return claimsFromQuery(query);
    }
    return authError(auth_error::kMissingAuthenticationToken,
                     "Missing Authentication Token: the request has neither an Authorization header nor an "
                     "X-Amz-Signature query parameter. Sign it with SigV4.");
}

// Checks the scope and the time; on success returns the parsed signing time.
cw::Result<QDateTime> checkScopeAndTime(const Claims &claims, const sigv4::CredentialClaims &credential,
                                        const QString &region, const QString &service,
                                        std::chrono::seconds maxSkew, const QDateTime &now)
{
    const QDateTime signedAt = sigv4::parseAmzDate(claims.amzDate);
    if (!signedAt.isValid())
        return authError(auth_error::kIncompleteSignature,
                         "X-Amz-Date '" + text(claims.amzDate.left(40)) +
                             "' is not in the basic ISO 8601 form YYYYMMDD'T'HHMMSS'Z'.");
    if (credential.date != claims.amzDate.left(8))
        return authError(auth_error::kInvalidSignature,
                         "Date in Credential scope does not match YYYYMMDD from X-Amz-Date: '" +
                             text(credential.date) + "' != '" + text(claims.amzDate.left(8)) + "'.");
    if (credential.region != region.toUtf8())
        return authError(auth_error::kInvalidSignature,
                         "Credential should be scoped to a valid region, not '" + text(credential.region) +
                             "'. Expected '" + region.toStdString() + "'.");
    if (credential.service != service.toUtf8())
        return authError(auth_error::kInvalidSignature, "Credential should be scoped to correct service: '" +
                                                            service.toStdString() + "', not '" +
                                                            text(credential.service) + "'.");
    if (credential.terminator != "aws4_request")
        return authError(auth_error::kInvalidSignature,
                         "Credential should be scoped with a valid terminator: 'aws4_request', not '" +
                             text(credential.terminator) + "'.");
    const QDateTime current = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    const qint64 ahead = current.secsTo(signedAt);
    if (ahead > maxSkew.count())
        return authError(auth_error::kInvalidSignature,
                         "Signature not yet current: " + text(claims.amzDate) + " is more than " +
                             std::to_string(maxSkew.count()) + " s ahead of the server's time " +
                             text(sigv4::amzDate(current)) + ". Check the client's clock.");
    const qint64 validFor = claims.presigned ? claims.expiresSeconds : maxSkew.count();
    if (-ahead > validFor)
        return authError(auth_error::kInvalidSignature,
                         "Signature expired: " + text(claims.amzDate) + " is more than " +
                             std::to_string(validFor) + " s before the server's time " +
                             text(sigv4::amzDate(current)) +
                             ". Sign the request again (and check the client's clock).");
    return signedAt;
}

// The canonical headers the client says it signed, with the values this request carries.
cw::Result<HeaderList> signedCanonicalHeaders(const HttpRequestParts &parts, const QByteArray &signedHeaders)
{
    const HeaderList all = sigv4::canonicalHeaders(parts.headers);
    HeaderList chosen;
    bool hasHost = false;
    for (const QByteArray &name : signedHeaders.split(';')) {
        if (name != name.toLower() || name.isEmpty())
            return authError(auth_error::kIncompleteSignature,
                             "SignedHeaders must be lowercase header names separated by ';'.");
        hasHost = hasHost || name == "host";
        auto found =
            std::find_if(all.begin(), all.end(), [&](const auto &header) { return header.first == name; });
        if (found == all.end())
            return authError(auth_error::kInvalidSignature,
                             "Header '" + text(name.left(60)) +
                                 "' is listed in SignedHeaders but is not in the request.");
        chosen.append(*found);
    }
    if (!hasHost)
        return authError(auth_error::kInvalidSignature, "SignedHeaders must include 'host'.");
    return chosen;
}

} // namespace

cw::Status verifySignature(const HttpRequestParts &parts, const SecretLookup &secretLookup,
                           const QString &region, const QString &service, std::chrono::seconds maxSkew,
                           const QDateTime &now)
{
    const cw::Result<Claims> claims = findClaims(parts);
    if (!claims)
        return claims.error();
    const auto credential = sigv4::parseCredential(claims->credential);
    if (!credential)
        return authError(
            auth_error::kIncompleteSignature,
            "Credential must have the form <access key id>/<YYYYMMDD>/<region>/<service>/aws4_request.");
    const QString accessKeyId = QString::fromUtf8(credential->accessKeyId);
    const std::optional<QString> secret = secretLookup ? secretLookup(accessKeyId) : std::nullopt;
    if (!secret)
        return authError(auth_error::kUnrecognizedClient,
                         "The security token included in the request is invalid: "
                         "access key id '" +
                             accessKeyId.toStdString() + "' is not known here.");
    const cw::Result<QDateTime> signedAt =
        checkScopeAndTime(*claims, *credential, region, service, maxSkew, now);
    if (!signedAt)
        return signedAt.error();
    const cw::Result<HeaderList> headers = signedCanonicalHeaders(parts, claims->signedHeaders);
    if (!headers)
        return headers.error();

    const QByteArray payloadHash = sigv4::sha256Hex(parts.body);
    const QList<QByteArray> declaredHashes = headerValues(parts.headers, "x-amz-content-sha256");
    if (!declaredHashes.isEmpty() && declaredHashes.first() != payloadHash)
        return authError(auth_error::kInvalidSignature,
                         "The x-amz-content-sha256 header does not match the SHA-256 of the request body.");

    const QByteArray canonical =
        sigv4::canonicalRequest(parts.method, sigv4::canonicalUri(parts.path, /*normalize=*/true),
                                claims->canonicalQuery, *headers, payloadHash);
    const QByteArray scope = sigv4::credentialScope(credential->date, region, service);
    const QByteArray toSign = sigv4::stringToSign(claims->amzDate, scope, canonical);
    const QByteArray expected =
        sigv4::hmacSha256(sigv4::signingKey(*secret, credential->date, region, service), toSign).toHex();
    if (!sigv4::constantTimeEquals(expected, claims->signature.toLower()))
        return authError(
            auth_error::kInvalidSignature,
            "The request signature we calculated does not match the signature you provided. Check "
            "your AWS Secret Access Key and signing method. The String-to-Sign was: '" +
                text(QByteArray(toSign).replace('\n', "\\n")) + "'.");
    return cw::Ok{};
}

int httpStatusForAuthError(const std::string &code)
{
    return code == auth_error::kIncompleteSignature ? 400 : 403;
}

} // namespace cw::net
