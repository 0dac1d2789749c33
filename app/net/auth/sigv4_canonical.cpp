#include "auth/sigv4_canonical.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>
#include <algorithm>

namespace cw::net::sigv4 {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isHeaderSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

QByteArray uriEncode(const QByteArray &bytes, bool keepSlash)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out.append(c);
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        out.append('%');
        out.append(kHex[byte >> 4]);
        out.append(kHex[byte & 0x0F]);
    }
    return out;
}

QByteArray percentDecode(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '%' && i + 2 < bytes.size()) {
            const int high = hexValue(bytes[i + 1]);
            const int low = hexValue(bytes[i + 2]);
            if (high >= 0 && low >= 0) {
                out.append(static_cast<char>(high * 16 + low));
                i += 2;
                continue;
            }
        }
        out.append(bytes[i]);
    }
    return out;
}

QByteArray normalizedPath(const QByteArray &rawPath)
{
    // Follows the AWS SDKs (botocore's remove_dot_segments): empty segments vanish too, because
    // AWS services treat "//" as "/".
    QList<QByteArray> kept;
    for (const QByteArray &segment : rawPath.split('/')) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!kept.isEmpty())
                kept.removeLast();
            continue;
        }
        kept.append(segment);
    }
    QByteArray out = rawPath.startsWith('/') ? QByteArray("/") : QByteArray();
    out += kept.join('/');
    if (rawPath.endsWith('/') && !kept.isEmpty())
        out += '/';
    return out;
}

QByteArray canonicalUri(const QByteArray &rawPath, bool normalize)
{
    const QByteArray path = normalize ? normalizedPath(rawPath) : rawPath;
    if (path.isEmpty())
        return QByteArrayLiteral("/");
    return uriEncode(path, /*keepSlash=*/true);
}

HeaderList decodedQueryParameters(const QByteArray &rawQuery)
{
    HeaderList parameters;
    for (const QByteArray &piece : rawQuery.split('&')) {
        if (piece.isEmpty())
            continue;
        const qsizetype equals = piece.indexOf('=');
        if (equals < 0)
            parameters.append({percentDecode(piece), QByteArray()});
        else
            parameters.append({percentDecode(piece.left(equals)), percentDecode(piece.mid(equals + 1))});
    }
    return parameters;
}

QByteArray canonicalQueryString(const HeaderList &decodedParameters)
{
    HeaderList encoded;
    encoded.reserve(decodedParameters.size());
    for (const auto &[key, value] : decodedParameters)
        encoded.append({uriEncode(key), uriEncode(value)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[key, value] : encoded) {
        if (!out.isEmpty())
            out += '&';
        out += key + '=' + value;
    }
    return out;
}

QByteArray canonicalHeaderValue(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (const char c : value) {
        if (isHeaderSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

HeaderList canonicalHeaders(const HeaderList &headers)
{
    HeaderList lowered;
    lowered.reserve(headers.size());
    for (const auto &[name, value] : headers)
        lowered.append({name.trimmed().toLower(), canonicalHeaderValue(value)});
    // Stable: repeated headers keep their request order when their values are joined.
    std::stable_sort(lowered.begin(), lowered.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    HeaderList merged;
    for (const auto &[name, value] : lowered) {
        if (!merged.isEmpty() && merged.last().first == name)
            merged.last().second += ',' + value;
        else
            merged.append({name, value});
    }
    return merged;
}

QByteArray canonicalHeadersBlock(const HeaderList &canonical)
{
    QByteArray out;
    for (const auto &[name, value] : canonical)
        out += name + ':' + value + '\n';
    return out;
}

QByteArray signedHeadersList(const HeaderList &canonical)
{
    QByteArray out;
    for (const auto &header : canonical) {
        if (!out.isEmpty())
            out += ';';
        out += header.first;
    }
    return out;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray signingKey(const QString &secretAccessKey, const QByteArray &date, const QString &region,
                      const QString &service)
{
    const QByteArray dateKey = hmacSha256("AWS4" + secretAccessKey.toUtf8(), date);
    const QByteArray regionKey = hmacSha256(dateKey, region.toUtf8());
    const QByteArray serviceKey = hmacSha256(regionKey, service.toUtf8());
    return hmacSha256(serviceKey, QByteArrayLiteral("aws4_request"));
}

QByteArray amzDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QDateTime parseAmzDate(const QByteArray &text)
{
    if (text.size() != 16 || text[8] != 'T' || text[15] != 'Z')
        return {};
    QDateTime parsed =
        QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!parsed.isValid())
        return {};
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

QByteArray credentialScope(const QByteArray &date, const QString &region, const QString &service)
{
    return date + '/' + region.toUtf8() + '/' + service.toUtf8() + "/aws4_request";
}

QByteArray canonicalRequest(const QByteArray &method, const QByteArray &canonicalUriLine,
                            const QByteArray &canonicalQueryLine, const HeaderList &canonicalSignedHeaders,
                            const QByteArray &payloadHash)
{
    return method + '\n' + canonicalUriLine + '\n' + canonicalQueryLine + '\n' +
           canonicalHeadersBlock(canonicalSignedHeaders) + '\n' + signedHeadersList(canonicalSignedHeaders) +
           '\n' + payloadHash;
}

QByteArray stringToSign(const QByteArray &amzDateText, const QByteArray &scope,
                        const QByteArray &canonicalRequestText)
{
    return QByteArray(kAlgorithm) + '\n' + amzDateText + '\n' + scope + '\n' +
           sha256Hex(canonicalRequestText);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace cw::net::sigv4
