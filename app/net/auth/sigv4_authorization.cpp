#include "auth/sigv4_authorization.h"

namespace cw::net::sigv4 {

std::optional<AuthorizationClaims> parseAuthorization(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    if (space <= 0)
        return std::nullopt;
    AuthorizationClaims claims;
    claims.algorithm = trimmed.left(space);
    bool seenCredential = false, seenSignedHeaders = false, seenSignature = false;
    for (const QByteArray &rawComponent : trimmed.mid(space + 1).split(',')) {
        const QByteArray component = rawComponent.trimmed();
        const qsizetype equals = component.indexOf('=');
        if (equals <= 0)
            return std::nullopt;
        const QByteArray key = component.left(equals).trimmed();
        const QByteArray text = component.mid(equals + 1).trimmed();
        bool *seen = nullptr;
        QByteArray *target = nullptr;
        if (key == "Credential") {
            seen = &seenCredential;
            target = &claims.credential;
        } else if (key == "SignedHeaders") {
            seen = &seenSignedHeaders;
            target = &claims.signedHeaders;
        } else if (key == "Signature") {
            seen = &seenSignature;
            target = &claims.signature;
        } else {
            continue; // unknown components do not change the signature
        }
        if (*seen)
            return std::nullopt;
        *seen = true;
        *target = text;
    }
    if (!seenCredential || !seenSignedHeaders || !seenSignature)
        return std::nullopt;
    return claims;
}

std::optional<CredentialClaims> parseCredential(const QByteArray &credential)
{
    const QList<QByteArray> parts = credential.split('/');
    if (parts.size() != 5)
        return std::nullopt;
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            return std::nullopt;
    }
    return CredentialClaims{parts[0], parts[1], parts[2], parts[3], parts[4]};
}

} // namespace cw::net::sigv4
