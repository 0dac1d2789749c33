#include "client/batch_get.h"

#include "client/api_error.h"

namespace cw::net {

cw::Error batchItemError(const std::string &operation, const ItemError &item)
{
    ApiError error;
    error.operation = operation;
    error.type = item.errorCode;
    error.resourceId = item.id;
    const bool notFound = item.errorCode == "NotFound" || item.errorCode == "ResourceNotFoundException" ||
                          item.errorCode == "ResourceNotFound";
    error.kind = notFound ? ApiErrorKind::NotFound : classifyError(item.errorCode, 0);
    error.message =
        "\"" + item.id + "\": " + item.errorCode + (item.message.empty() ? "" : " - " + item.message);
    return toError(error);
}

cw::Error unprocessedError(const std::string &operation, const std::vector<std::string> &ids)
{
    ApiError error;
    error.operation = operation;
    error.kind = ApiErrorKind::Throttled;
    error.resourceId = ids.empty() ? std::string() : ids.front();
    error.message = std::to_string(ids.size()) + " id(s) left unprocessed by the service, the first \"" +
                    error.resourceId + "\"";
    return toError(error);
}

std::vector<std::string> uniqueInOrder(const std::vector<std::string> &ids)
{
    std::vector<std::string> unique;
    std::set<std::string> seen;
    for (const std::string &id : ids) {
        if (seen.insert(id).second)
            unique.push_back(id);
    }
    return unique;
}

std::vector<std::vector<std::string>> chunked(const std::vector<std::string> &ids, std::size_t chunkSize)
{
    std::vector<std::vector<std::string>> chunks;
    if (chunkSize == 0)
        chunkSize = 1;
    for (std::size_t start = 0; start < ids.size(); start += chunkSize) {
        const auto first = ids.begin() + std::ptrdiff_t(start);
        const auto last = ids.begin() + std::ptrdiff_t(std::min(ids.size(), start + chunkSize));
        chunks.emplace_back(first, last);
    }
    return chunks;
}

} // namespace cw::net
