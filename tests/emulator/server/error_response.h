#pragma once
// restJson1 errors as the Cases service sends them: the status code from the model's error table,
// `X-Amzn-ErrorType: <Name>`, and a JSON body with `message` (plus `resourceId`/`resourceType` for
// ResourceNotFoundException and a `Retry-After` header when InternalServerException advises one).

#include "api_message.h"

#include <string>
#include <string_view>

namespace cw::emu {

namespace error_type {
inline constexpr char kAccessDenied[] = "AccessDeniedException";
inline constexpr char kConflict[] = "ConflictException";
inline constexpr char kInternalServer[] = "InternalServerException";
inline constexpr char kResourceNotFound[] = "ResourceNotFoundException";
inline constexpr char kServiceQuotaExceeded[] = "ServiceQuotaExceededException";
inline constexpr char kThrottling[] = "ThrottlingException";
inline constexpr char kValidation[] = "ValidationException";
// Not in the Cases model: what AWS front ends answer for a path no operation has.
inline constexpr char kUnknownOperation[] = "UnknownOperationException";
} // namespace error_type

// The HTTP status of an error type: the model's table, the SigV4 ones (403, or 400 for
// IncompleteSignatureException), 404 for UnknownOperationException, else 400.
int httpStatusForErrorType(std::string_view type);

ApiError validationError(std::string message);
ApiError conflictError(std::string message);
// `resourceType` is the service's word for the kind: "Domain", "Field", "Layout", "Template",
// "CaseRule".
ApiError notFoundError(const std::string &resourceType, const std::string &resourceId);
ApiError throttlingError();
ApiError internalServerError(std::optional<int> retryAfterSeconds);
ApiError unknownOperationError(const std::string &method, const std::string &rawPath);

ApiResponse toResponse(const ApiError &error);

} // namespace cw::emu
