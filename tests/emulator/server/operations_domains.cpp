// ListDomains and GetDomain, and the domain lookup every other operation starts with.
#include "error_response.h"
#include "operations.h"
#include "request_body.h"

namespace cw::emu {

ApiResult<DomainState *> OperationContext::domain(const ApiRequest &request)
{
    const std::string &domainId = request.label("domainId");
    DomainState *found = store.find(domainId);
    if (found == nullptr)
        return notFoundError("Domain", domainId);
    return found;
}

ApiResult<OperationContext::DomainAndBody> OperationContext::domainAndBody(const ApiRequest &request)
{
    auto found = domain(request);
    if (!found)
        return found.error();
    auto body = parseBody(request);
    if (!body)
        return body.error();
    return DomainAndBody{found.value(), std::move(body).value()};
}

namespace ops {

ApiResult<Json> listDomains(OperationContext &context, const ApiRequest &request)
{
    std::vector<const DomainState *> domains;
    for (const DomainState &domain : context.store.domains())
        domains.push_back(&domain);
    // ListDomains overrides MaxResults to 1..10.
    return listPage(
        context, request, domains, "domains", "ListDomains",
        [](const DomainState &domain) {
            return Json{{"domainId", domain.snapshot.domainId},
                        {"domainArn", domain.snapshot.domainArn},
                        {"name", domain.snapshot.name}};
        },
        10);
}

ApiResult<Json> getDomain(OperationContext &context, const ApiRequest &request)
{
    auto domain = context.domain(request);
    if (!domain)
        return domain.error();
    const DomainSnapshot &snapshot = domain.value()->snapshot;
    Json body = {{"domainId", snapshot.domainId},
                 {"domainArn", snapshot.domainArn},
                 {"name", snapshot.name},
                 {"createdTime", domain.value()->createdTime},
                 {"domainStatus", "Active"}};
    if (snapshot.extra.contains("tags") && snapshot.extra["tags"].is_object())
        body["tags"] = snapshot.extra["tags"];
    return body;
}

} // namespace ops
} // namespace cw::emu
