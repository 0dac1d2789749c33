#include "client/search_cases.h"

#include <algorithm>
#include <memory>

namespace cw::net {
namespace {
const std::vector<std::string> kCaseFilterMembers = {"field", "not", "tag", "andAll", "orAll"};
const std::vector<std::string> kComparisons = {
    "equalTo", "contains", "greaterThan", "greaterThanOrEqualTo", "lessThan", "lessThanOrEqualTo"};
const std::vector<std::string> kValueMembers = {"stringValue", "doubleValue", "booleanValue", "emptyValue",
                                                "userArnValue"};

Json identifiers(const std::vector<std::string> &ids)
{
    Json list = Json::array();
    for (const std::string &id : ids)
        list.push_back({{"id", id}});
    return list;
}

cw::Error shapeError(const std::string &message, const std::string &pointer)
{
    return cw::makeError("cases.filter", message, cw::Location{{}, pointer, 0, 0, {}});
}

cw::Error responseError(const std::string &message, const std::string &pointer)
{
    return cw::makeError("wire.type", message, cw::Location{{}, pointer, 0, 0, {}});
}

// The single member a union object sets, or an error naming the allowed ones.
cw::Result<std::string> unionMember(const Json &json, const std::vector<std::string> &allowed,
                                    const std::string &pointer, const char *what)
{
    std::string names;
    for (const std::string &name : allowed)
        names += (names.empty() ? "" : ", ") + name;
    if (!json.is_object() || json.size() != 1 ||
        std::find(allowed.begin(), allowed.end(), json.begin().key()) == allowed.end())
        return shapeError(std::string(what) + " must be an object with exactly one of " + names + ".",
                          pointer);
    return json.begin().key();
}

cw::Status checkFieldValue(const Json &json, const std::string &pointer)
{
    if (!json.is_object() || !json.contains("id") || !json["id"].is_string() ||
        json["id"].get<std::string>().empty() || !json.contains("value"))
        return shapeError("a field filter needs {\"id\": FIELD_ID, \"value\": {...}}.", pointer);
    auto member = unionMember(json["value"], kValueMembers, pointer + "/value", "a field value");
    if (!member)
        return member.error();
    const Json &value = json["value"][*member];
    const bool typeOk = (*member == "stringValue" || *member == "userArnValue") ? value.is_string()
                        : *member == "doubleValue"                              ? value.is_number()
                        : *member == "booleanValue"                             ? value.is_boolean()
                                                                                : value.is_object();
    if (!typeOk)
        return shapeError(*member + " has the wrong type.", pointer + "/value/" + *member);
    return cw::Ok{};
}

cw::Result<FoundCase> readFoundCase(const Json &json, const std::string &pointer, bool withCaseId)
{
    if (!json.is_object())
        return responseError("a case must be an object", pointer);
    FoundCase found;
    for (const char *member : {"caseId", "templateId"}) {
        if (!withCaseId && std::string(member) == "caseId")
            continue;
        if (!json.contains(member) || !json[member].is_string())
            return responseError(std::string(member) + " is missing or not a string", pointer + "/" + member);
    }
    if (withCaseId)
        found.caseId = json["caseId"].get<std::string>();
    found.templateId = json["templateId"].get<std::string>();
    if (!json.contains("fields") || !json["fields"].is_array())
        return responseError("fields is missing or not a list", pointer + "/fields");
    for (std::size_t i = 0; i < json["fields"].size(); ++i) {
        const Json &field = json["fields"][i];
        if (!field.is_object() || !field.contains("id") || !field["id"].is_string() ||
            !field.contains("value") || !field["value"].is_object())
            return responseError("a field value must be {\"id\", \"value\"}",
                                 pointer + "/fields/" + std::to_string(i));
    }
    found.fields = json["fields"];
    if (json.contains("tags") && !json["tags"].is_null())
        found.tags = json["tags"];
    return found;
}

std::optional<std::string> tokenOf(const Json &json)
{
    if (json.contains("nextToken") && json["nextToken"].is_string() &&
        !json["nextToken"].get<std::string>().empty())
        return json["nextToken"].get<std::string>();
    return std::nullopt;
}

// GetCase over the remaining chunks of `fieldIds`, each followed through its nextToken.
struct FieldFetch {
    CasesClient *client;
    std::string domainId;
    std::string caseId;
    std::vector<std::vector<std::string>> chunks;
    std::size_t chunk = 0;
    std::optional<std::string> token;
    FoundCase found;
    Callback<FoundCase> done;
    CallOptions options;
};

void fetchNextFields(std::shared_ptr<FieldFetch> fetch)
{
    fetch->client->getCase(
        fetch->domainId, fetch->caseId, fetch->chunks[fetch->chunk], fetch->token,
        [fetch](cw::Result<CaseFieldsPage> page) {
            if (!page) {
                fetch->done(page.error());
                return;
            }
            fetch->found.templateId = page->found.templateId;
            if (page->found.tags)
                fetch->found.tags = page->found.tags;
            for (const Json &field : page->found.fields)
                fetch->found.fields.push_back(field);
            if (page->nextToken && page->nextToken == fetch->token) {
                // Going on would ask for the same page forever; stopping quietly would lose the
                // fields of the pages not read.
                fetch->done(
                    cw::makeError("api.pagination-loop",
                                  "GetCase returned the same page token twice for case " + fetch->caseId +
                                      "; the read stopped to avoid an endless loop. Try again later."));
                return;
            }
            if (page->nextToken) {
                fetch->token = page->nextToken;
            } else {
                fetch->token.reset();
                if (++fetch->chunk == fetch->chunks.size()) {
                    fetch->done(std::move(fetch->found));
                    return;
                }
            }
            fetchNextFields(fetch);
        },
        fetch->options);
}
} // namespace

ApiRequest searchCasesRequest(const std::string &domainId, const SearchCasesQuery &query,
                              const PageRequest &page)
{
    ApiRequest request;
    request.operation = "SearchCases";
    request.method = "POST";
    request.path = expandPath("/domains/{domainId}/cases-search", {{"domainId", domainId}});
    Json body = Json::object();
    if (!query.fieldIds.empty())
        body["fields"] = identifiers(query.fieldIds);
    if (query.filter)
        body["filter"] = *query.filter;
    if (page.maxResults)
        body["maxResults"] = *page.maxResults;
    if (page.nextToken)
        body["nextToken"] = *page.nextToken;
    if (query.searchTerm)
        body["searchTerm"] = *query.searchTerm;
    if (!query.sorts.empty()) {
        Json sorts = Json::array();
        for (const CaseSort &sort : query.sorts)
            sorts.push_back({{"fieldId", sort.fieldId}, {"sortOrder", sort.ascending ? "Asc" : "Desc"}});
        body["sorts"] = std::move(sorts);
    }
    request.body = std::move(body);
    return request;
}

ApiRequest getCaseRequest(const std::string &domainId, const std::string &caseId,
                          const std::vector<std::string> &fieldIds,
                          const std::optional<std::string> &nextToken)
{
    ApiRequest request;
    request.operation = "GetCase";
    request.method = "POST";
    request.path =
        expandPath("/domains/{domainId}/cases/{caseId}", {{"domainId", domainId}, {"caseId", caseId}});
    Json body = {{"fields", identifiers(fieldIds)}};
    if (nextToken)
        body["nextToken"] = *nextToken;
    request.body = std::move(body);
    return request;
}

cw::Result<CaseSearchPage> readSearchCasesResponse(const Json &json)
{
    if (!json.is_object() || !json.contains("cases") || !json["cases"].is_array())
        return responseError("cases is missing or not a list", "/cases");
    CaseSearchPage page;
    for (std::size_t i = 0; i < json["cases"].size(); ++i) {
        const Json &item = json["cases"][i];
        if (item.is_null())
            continue; // the list is sparse in the model
        auto found = readFoundCase(item, "/cases/" + std::to_string(i), true);
        if (!found)
            return found.error();
        page.cases.push_back(std::move(found).value());
    }
    page.nextToken = tokenOf(json);
    if (json.contains("totalCount") && json["totalCount"].is_number_integer())
        page.totalCount = json["totalCount"].get<long long>();
    return page;
}

cw::Result<CaseFieldsPage> readGetCaseResponse(const Json &json)
{
    auto found = readFoundCase(json, "", false);
    if (!found)
        return found.error();
    return CaseFieldsPage{std::move(found).value(), tokenOf(json)};
}

cw::Status checkCaseFilter(const Json &filter, const std::string &pointer)
{
    auto member = unionMember(filter, kCaseFilterMembers, pointer, "a case filter");
    if (!member)
        return member.error();
    const Json &inner = filter[*member];
    const std::string at = pointer + "/" + *member;
    if (*member == "field") {
        auto comparison = unionMember(inner, kComparisons, at, "a field filter");
        if (!comparison)
            return comparison.error();
        return checkFieldValue(inner[*comparison], at + "/" + *comparison);
    }
    if (*member == "not")
        return checkCaseFilter(inner, at);
    if (*member == "tag") {
        if (!inner.is_object() || inner.size() != 1 || !inner.contains("equalTo") ||
            !inner["equalTo"].is_object() || !inner["equalTo"].contains("key") ||
            !inner["equalTo"]["key"].is_string())
            return shapeError("a tag filter must be {\"equalTo\": {\"key\": KEY, \"value\": VALUE}}.", at);
        return cw::Ok{};
    }
    if (!inner.is_array() || inner.size() > 10)
        return shapeError(*member + " must be a list of at most 10 filters.", at);
    for (std::size_t i = 0; i < inner.size(); ++i)
        if (auto checked = checkCaseFilter(inner[i], at + "/" + std::to_string(i)); !checked)
            return checked;
    return cw::Ok{};
}

Json fieldFilter(const std::string &comparison, const std::string &fieldId, Json value)
{
    return Json{{"field", {{comparison, {{"id", fieldId}, {"value", std::move(value)}}}}}};
}

void getCaseFields(CasesClient &client, const std::string &domainId, const std::string &caseId,
                   const std::vector<std::string> &fieldIds, Callback<FoundCase> done,
                   const CallOptions &options)
{
    auto fetch = std::make_shared<FieldFetch>();
    fetch->client = &client;
    fetch->domainId = domainId;
    fetch->caseId = caseId;
    fetch->found.caseId = caseId;
    fetch->done = std::move(done);
    fetch->options = options;
    for (std::size_t begin = 0; begin < fieldIds.size(); begin += kMaxGetCaseFields)
        fetch->chunks.emplace_back(fieldIds.begin() + static_cast<std::ptrdiff_t>(begin),
                                   fieldIds.begin() + static_cast<std::ptrdiff_t>(std::min(
                                                          fieldIds.size(), begin + kMaxGetCaseFields)));
    if (fetch->chunks.empty())
        fetch->chunks.push_back({}); // GetCase needs at least one field; the service says so
    fetchNextFields(fetch);
}

} // namespace cw::net
