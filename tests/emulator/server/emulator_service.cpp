#include "emulator_service.h"

#include "error_response.h"
#include "operations.h"
#include "router.h"

#include <algorithm>

namespace cw::emu {

EmulatorService::EmulatorService(DomainStore &store, std::size_t pageSize)
    : m_store(store), m_pageSize(std::max<std::size_t>(pageSize, 1))
{
}

ApiResponse okResponse(Json body)
{
    ApiResponse response;
    response.status = 200;
    response.body = std::move(body);
    return response;
}

std::string EmulatorService::operationOf(const std::string &method, const std::string &rawPath)
{
    const auto match = matchRoute(method, rawPath);
    return match ? match->route->operation : std::string();
}

EmulatorService::Handled EmulatorService::handle(ApiRequest request)
{
    const auto match = matchRoute(request.method, request.rawPath);
    if (!match)
        return {std::string(), toResponse(unknownOperationError(request.method, request.rawPath))};
    request.labels = match->labels;
    request.query = decodeQuery(request.rawQuery);

    OperationContext context{m_store, m_pageSize, {}};
    auto result = match->route->handler(context, request);
    if (!result)
        return {match->route->operation, toResponse(result.error())};

    for (const std::string &domainId : context.changedDomains) {
        const DomainState *domain = m_store.find(domainId);
        if (domain == nullptr)
            continue;
        auto saved = m_store.save(*domain);
        if (!saved) {
            // The change is applied in memory but not on disk: say so rather than pretend.
            ApiError error = internalServerError(std::nullopt);
            error.message = "The change was applied but could not be saved: " + saved.error().toString();
            return {match->route->operation, toResponse(error)};
        }
    }
    return {match->route->operation, okResponse(std::move(result).value())};
}

} // namespace cw::emu
