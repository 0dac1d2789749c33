#pragma once
// One API call as the emulator's operations see it, free of any HTTP library: the request as it
// arrived (raw path and query, for routing and signing) and the restJson1 response to send.

#include "common/json_text.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace cw::emu {

using QueryParameters = std::vector<std::pair<std::string, std::string>>; // decoded, in order

struct ApiRequest {
    std::string method;   // "POST", "PUT", ...
    std::string rawPath;  // as sent, percent-escapes kept
    std::string rawQuery; // as sent, without '?'
    std::string body;
    // Filled by the router: decoded URI labels ("domainId" -> "...") and query parameters.
    std::map<std::string, std::string> labels;
    QueryParameters query;

    const std::string &label(const std::string &name) const;
    // Every value of one query parameter (a list member such as `status` repeats).
    std::vector<std::string> queryValues(const std::string &name) const;
    std::optional<std::string> queryValue(const std::string &name) const;
};

struct ApiResponse {
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    Json body = Json::object();
    // A body that is not JSON (STS answers XML): sent as is, with this content type, when set.
    std::optional<std::string> rawBody;
    std::string rawContentType;

    std::string header(const std::string &name) const; // case-insensitive; "" when absent
    std::string errorType() const { return header("X-Amzn-ErrorType"); }
};

// A modelled service error (restJson1): the type goes in X-Amzn-ErrorType, the members in the body.
struct ApiError {
    std::string type; // "ValidationException", ...
    std::string message;
    std::string resourceId;               // ResourceNotFoundException only
    std::string resourceType;             // ResourceNotFoundException only
    std::optional<int> retryAfterSeconds; // InternalServerException only (Retry-After header)
};

// The value an operation step produced, or the service error that ends the call.
template <typename T> class [[nodiscard]] ApiResult {
public:
    ApiResult(T value) : m_state(std::move(value)) {}
    ApiResult(ApiError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T *operator->() { return &value(); }
    T &operator*() { return value(); }
    const ApiError &error() const { return std::get<ApiError>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

using ApiStatus = ApiResult<std::monostate>;
inline ApiStatus apiOk()
{
    return ApiStatus(std::monostate{});
}

} // namespace cw::emu
