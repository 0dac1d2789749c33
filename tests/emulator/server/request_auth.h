#pragma once
// SigV4 verification of incoming requests against the emulator's one configured key pair, with
// cw::net::verifySignature. A failure answers as AWS does: 403 with X-Amzn-ErrorType
// MissingAuthenticationTokenException, InvalidSignatureException or UnrecognizedClientException
// (400 IncompleteSignatureException for a malformed Authorization header).

#include "api_message.h"
#include "auth/sigv4_types.h"

#include <QString>
#include <chrono>
#include <optional>

namespace cw::emu {

struct AuthSettings {
    bool enabled = true;
    QString accessKeyId;
    QString secretAccessKey;
    QString region = QStringLiteral("us-east-1");
    QString service = QStringLiteral("cases");
    std::chrono::seconds maxSkew = std::chrono::minutes(15); // what AWS allows
};

// nullopt when the request is signed with the configured key (or auth is off).
std::optional<ApiError> checkSignature(const net::HttpRequestParts &request, const AuthSettings &settings);

} // namespace cw::emu
