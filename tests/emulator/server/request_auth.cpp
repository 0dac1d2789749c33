#include "request_auth.h"

#include "auth/sigv4_verifier.h"

namespace cw::emu {

std::optional<ApiError> checkSignature(const net::HttpRequestParts &request, const AuthSettings &settings)
{
    if (!settings.enabled)
        return std::nullopt;
    const auto lookup = [&settings](const QString &accessKeyId) -> std::optional<QString> {
        if (accessKeyId == settings.accessKeyId)
            return settings.secretAccessKey;
        return std::nullopt;
    };
    const auto verified =
        net::verifySignature(request, lookup, settings.region, settings.service, settings.maxSkew);
    if (verified)
        return std::nullopt;
    // The verifier's codes are the AWS error type names.
    return ApiError{verified.error().code, verified.error().message, {}, {}, std::nullopt};
}

} // namespace cw::emu
