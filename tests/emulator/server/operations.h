#pragma once
// The Cases operations the emulator implements. Each takes the routed request (labels and query
// decoded) and returns the JSON body of a 200 answer or the service error; none knows about HTTP,
// so they are tested directly.

#include "api_message.h"
#include "domain_store.h"
#include "pagination.h"

#include <cstddef>
#include <string>
#include <vector>

namespace cw::emu {

struct OperationContext {
    DomainStore &store;
    std::size_t pageSize = 100;              // the most items one list page holds
    std::vector<std::string> changedDomains; // a mutating handler adds the id it changed

    // The domain named by the {domainId} label, or ResourceNotFoundException.
    ApiResult<DomainState *> domain(const ApiRequest &request);
    // domain() and the request's JSON body (parseBody): what every operation with a body reads first.
    struct DomainAndBody {
        DomainState *domain;
        Json body;
    };
    ApiResult<DomainAndBody> domainAndBody(const ApiRequest &request);
    void markChanged(const DomainState &domain) { changedDomains.push_back(domain.snapshot.domainId); }
};

using OperationHandler = ApiResult<Json> (*)(OperationContext &context, const ApiRequest &request);

namespace ops {
// operations_domains.cpp
ApiResult<Json> listDomains(OperationContext &context, const ApiRequest &request);
ApiResult<Json> getDomain(OperationContext &context, const ApiRequest &request);
// operations_fields.cpp
ApiResult<Json> listFields(OperationContext &context, const ApiRequest &request);
ApiResult<Json> batchGetField(OperationContext &context, const ApiRequest &request);
ApiResult<Json> createField(OperationContext &context, const ApiRequest &request);
ApiResult<Json> listFieldOptions(OperationContext &context, const ApiRequest &request);
ApiResult<Json> batchPutFieldOptions(OperationContext &context, const ApiRequest &request);
// operations_layouts.cpp
ApiResult<Json> listLayouts(OperationContext &context, const ApiRequest &request);
ApiResult<Json> getLayout(OperationContext &context, const ApiRequest &request);
// operations_templates.cpp
ApiResult<Json> listTemplates(OperationContext &context, const ApiRequest &request);
ApiResult<Json> getTemplate(OperationContext &context, const ApiRequest &request);
ApiResult<Json> createTemplate(OperationContext &context, const ApiRequest &request);
ApiResult<Json> updateTemplate(OperationContext &context, const ApiRequest &request);
ApiResult<Json> deleteTemplate(OperationContext &context, const ApiRequest &request);
// operations_case_rules.cpp
ApiResult<Json> listCaseRules(OperationContext &context, const ApiRequest &request);
ApiResult<Json> batchGetCaseRule(OperationContext &context, const ApiRequest &request);
ApiResult<Json> createCaseRule(OperationContext &context, const ApiRequest &request);
ApiResult<Json> updateCaseRule(OperationContext &context, const ApiRequest &request);
ApiResult<Json> deleteCaseRule(OperationContext &context, const ApiRequest &request);
// operations_cases.cpp
ApiResult<Json> createCase(OperationContext &context, const ApiRequest &request);
ApiResult<Json> getCase(OperationContext &context, const ApiRequest &request);
ApiResult<Json> searchCases(OperationContext &context, const ApiRequest &request);
} // namespace ops

// The items of one page of `items` (all of them filtered already) and the next token, as
// `{"<member>": [...], "nextToken": "..."}`. `scope` names the list for the token.
template <typename T, typename Summarize>
ApiResult<Json> listPage(OperationContext &context, const ApiRequest &request,
                         const std::vector<const T *> &items, const std::string &member,
                         const std::string &scope, Summarize summarize, std::size_t maxAllowed = 100)
{
    auto pageRequest = readPageRequest(request, scope, context.pageSize, maxAllowed);
    if (!pageRequest)
        return pageRequest.error();
    const Page page = pageOf(items.size(), pageRequest.value(), scope);
    Json list = Json::array();
    for (std::size_t i = page.begin; i < page.end; ++i)
        list.push_back(summarize(*items[i]));
    Json body = Json::object();
    body[member] = std::move(list);
    if (page.nextToken)
        body["nextToken"] = *page.nextToken;
    return body;
}

// What the service sets on an item it creates: a new id and its ARN (`arnKind`: "case-rule",
// "template", "field"), not deleted, created and last modified now.
template <typename T>
void stampCreated(OperationContext &context, const std::string &domainId, const char *arnKind, T &item,
                  std::string T::*id, std::string T::*arn)
{
    item.*id = context.store.newId();
    item.*arn = context.store.arn(domainId, arnKind, item.*id);
    item.deleted = false;
    item.createdTime = context.store.now();
    item.lastModifiedTime = item.createdTime;
}

// The two lists of a BatchGet<Kind> answer: each id's item as `write` gives it plus "deleted", or
// an error entry {"id", "errorCode", "message": "<noun> \"<id>\" does not exist."}. The model
// leaves errorCode a free string; the emulator uses the error a single-item call would raise.
struct BatchGetLists {
    Json found = Json::array();
    Json errors = Json::array();
};

template <typename Find, typename Write>
BatchGetLists batchGetItems(const std::vector<std::string> &ids, const std::string &noun, Find find,
                            Write write)
{
    BatchGetLists lists;
    for (const std::string &id : ids) {
        if (const auto *item = find(id)) {
            Json json = write(*item);
            json["deleted"] = item->isDeleted();
            lists.found.push_back(std::move(json));
        } else {
            lists.errors.push_back({{"id", id},
                                    {"errorCode", "ResourceNotFoundException"},
                                    {"message", noun + " \"" + id + "\" does not exist."}});
        }
    }
    return lists;
}

} // namespace cw::emu
