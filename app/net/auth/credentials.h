#pragma once
// AWS credentials as a value: what the SigV4 signer needs and what the credential resolver finds.

#include <QDateTime>
#include <QString>
#include <optional>

namespace cw::net {

struct Credentials {
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;                // empty for long-term (IAM user) keys
    std::optional<QDateTime> expiration; // set for temporary credentials that say when they end

    // Both halves of the key pair are present; says nothing about expiry.
    bool isValid() const;
    // True when `expiration` is set and `now` is at or past it.
    bool isExpiredAt(const QDateTime &now) const;
};

// "AKIDEXAMPLE (session token, expires 2024-01-01T00:00:00Z)": safe for logs and error messages,
// because the secret key and the token never appear in it.
QString describeForLog(const Credentials &credentials);

} // namespace cw::net
