#include "error_response.h"

#include <map>

namespace cw::emu {

int httpStatusForErrorType(std::string_view type)
{
    static const std::map<std::string_view, int> statuses = {
        {error_type::kAccessDenied, 403},
        {error_type::kConflict, 409},
        {error_type::kInternalServer, 500},
        {error_type::kResourceNotFound, 404},
        {error_type::kServiceQuotaExceeded, 402},
        {error_type::kThrottling, 429},
        {error_type::kValidation, 400},
        {error_type::kUnknownOperation, 404},
        {"MissingAuthenticationTokenException", 403},
        {"InvalidSignatureException", 403},
        {"UnrecognizedClientException", 403},
        {"IncompleteSignatureException", 400},
    };
    const auto it = statuses.find(type);
    return it == statuses.end() ? 400 : it->second;
}

ApiError validationError(std::string message)
{
    return ApiError{error_type::kValidation, std::move(message), {}, {}, std::nullopt};
}

ApiError conflictError(std::string message)
{
    return ApiError{error_type::kConflict, std::move(message), {}, {}, std::nullopt};
}

ApiError notFoundError(const std::string &resourceType, const std::string &resourceId)
{
    return ApiError{error_type::kResourceNotFound,
                    resourceType + " \"" + resourceId + "\" does not exist in this domain.", resourceId,
                    resourceType, std::nullopt};
}

ApiError throttlingError()
{
    return ApiError{error_type::kThrottling,
                    "Rate exceeded (injected by cases-emulator --throttle-rate).",
                    {},
                    {},
                    std::nullopt};
}

ApiError internalServerError(std::optional<int> retryAfterSeconds)
{
    return ApiError{error_type::kInternalServer,
                    "We couldn't process your request (injected by cases-emulator --error-rate).",
                    {},
                    {},
                    retryAfterSeconds};
}

ApiError unknownOperationError(const std::string &method, const std::string &rawPath)
{
    return ApiError{error_type::kUnknownOperation,
                    "No Amazon Connect Cases operation is " + method + " " + rawPath +
                        " (check the method, the path and its trailing slash).",
                    {},
                    {},
                    std::nullopt};
}

ApiResponse toResponse(const ApiError &error)
{
    ApiResponse response;
    response.status = httpStatusForErrorType(error.type);
    response.headers.emplace_back("X-Amzn-ErrorType", error.type);
    response.body = Json::object();
    response.body["message"] = error.message;
    if (error.type == error_type::kResourceNotFound) {
        response.body["resourceId"] = error.resourceId;
        response.body["resourceType"] = error.resourceType;
    }
    if (error.retryAfterSeconds)
        response.headers.emplace_back("Retry-After", std::to_string(*error.retryAfterSeconds));
    return response;
}

} // namespace cw::emu
