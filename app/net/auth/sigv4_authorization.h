#pragma once
// The parts of a SigV4 Authorization header value:
// "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/service/aws4_request,
//  SignedHeaders=host;x-amz-date, Signature=<64 hex>".

#include <QByteArray>
#include <QList>
#include <optional>

namespace cw::net::sigv4 {

struct AuthorizationClaims {
    QByteArray algorithm;     // "AWS4-HMAC-SHA256"
    QByteArray credential;    // "AKID/date/region/service/aws4_request"
    QByteArray signedHeaders; // "host;x-amz-date"
    QByteArray signature;     // hex
};

// nullopt when the value is not "<algorithm> k=v, k=v, ..." with each of Credential,
// SignedHeaders and Signature exactly once.
std::optional<AuthorizationClaims> parseAuthorization(const QByteArray &value);

// The five '/'-separated parts of a credential: access key id, date, region, service, terminator.
struct CredentialClaims {
    QByteArray accessKeyId;
    QByteArray date;
    QByteArray region;
    QByteArray service;
    QByteArray terminator;
};
std::optional<CredentialClaims> parseCredential(const QByteArray &credential);

} // namespace cw::net::sigv4
