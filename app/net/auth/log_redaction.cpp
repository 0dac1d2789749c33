#include "auth/log_redaction.h"

#include "auth/sigv4_authorization.h"
#include "auth/sigv4_canonical.h"

namespace cw::net {

QByteArray redactAuthorization(const QByteArray &value)
{
    const auto claims = sigv4::parseAuthorization(value);
    if (!claims)
        return QByteArray(kRedacted);
    return claims->algorithm + " Credential=" + claims->credential +
           ", SignedHeaders=" + claims->signedHeaders + ", Signature=" + kRedacted;
}

HeaderList redactedHeadersForLog(const HeaderList &headers)
{
    HeaderList safe;
    safe.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.trimmed().toLower();
        if (lower == "authorization")
            safe.append({name, redactAuthorization(value)});
        else if (lower == "x-amz-security-token" || lower == "proxy-authorization" || lower == "cookie")
            safe.append({name, QByteArray(kRedacted)});
        else
            safe.append({name, value});
    }
    return safe;
}

QByteArray redactedQueryForLog(const QByteArray &rawQuery)
{
    QList<QByteArray> pieces = rawQuery.split('&');
    for (QByteArray &piece : pieces) {
        const qsizetype equals = piece.indexOf('=');
        // Decoded before comparing, so "X-Amz-Signature" hidden as "X%2DAmz-Signature" is caught too.
        const QByteArray key = sigv4::percentDecode(equals < 0 ? piece : piece.left(equals)).toLower();
        if (key == "x-amz-signature" || key == "x-amz-security-token")
            piece = (equals < 0 ? piece : piece.left(equals)) + '=' + kRedacted;
    }
    return pieces.join('&');
}

} // namespace cw::net
