#include "client/api_requests.h"

#include "model/model_members.h"
#include "wire/wire_json.h"

namespace cw::net {
namespace {

using Labels = std::vector<std::pair<std::string, std::string>>;

ApiRequest makeRequest(const char *operation, const char *method, const std::string &uriTemplate,
                       const Labels &labels)
{
    ApiRequest request;
    request.operation = operation;
    request.method = method;
    request.path = expandPath(uriTemplate, labels);
    return request;
}

// Query parameters in the order the JS SDK serializes them (member name order).
void addPageQuery(ApiRequest &request, const PageRequest &page)
{
    if (page.maxResults)
        request.query.push_back({"maxResults", std::to_string(*page.maxResults)});
    if (page.nextToken)
        request.query.push_back({"nextToken", *page.nextToken});
}

void addListQuery(ApiRequest &request, const char *name, const std::vector<std::string> &values)
{
    for (const std::string &value : values)
        request.query.push_back({name, value});
}

Json identifierList(const std::vector<std::string> &ids)
{
    Json list = Json::array();
    for (const std::string &id : ids)
        list.push_back(Json{{"id", id}});
    return list;
}

// The request bodies: the editable members of the wire form (model/model_members.h) that are
// present and not null. Never the top-level unknown ones: a body holds only what the API model
// lists for Create/Update.
Json templateBody(const CaseTemplate &caseTemplate)
{
    Json body = pickMembers(wire::writeTemplate(caseTemplate), caseTemplateMemberNames(MemberRole::Editable));
    // The model holds name and status as plain text; empty means "not set", not a value to send
    // (an update without them keeps the current ones).
    if (caseTemplate.name.empty())
        body.erase("name");
    if (caseTemplate.status.empty())
        body.erase("status");
    return body;
}

Json ruleBody(const CaseRule &rule)
{
    Json body = pickMembers(wire::writeCaseRule(rule), caseRuleMemberNames(MemberRole::Editable));
    if (rule.name.empty())
        body.erase("name");
    return body;
}

} // namespace

ApiRequest listDomainsRequest(const PageRequest &page)
{
    ApiRequest request = makeRequest("ListDomains", "POST", "/domains-list", {});
    addPageQuery(request, page);
    return request;
}

ApiRequest getDomainRequest(const std::string &domainId)
{
    return makeRequest("GetDomain", "POST", "/domains/{domainId}", {{"domainId", domainId}});
}

ApiRequest listFieldsRequest(const std::string &domainId, const PageRequest &page)
{
    ApiRequest request =
        makeRequest("ListFields", "POST", "/domains/{domainId}/fields-list", {{"domainId", domainId}});
    addPageQuery(request, page);
    return request;
}

ApiRequest batchGetFieldRequest(const std::string &domainId, const std::vector<std::string> &fieldIds)
{
    ApiRequest request =
        makeRequest("BatchGetField", "POST", "/domains/{domainId}/fields-batch", {{"domainId", domainId}});
    request.body = Json{{"fields", identifierList(fieldIds)}};
    return request;
}

ApiRequest listFieldOptionsRequest(const std::string &domainId, const std::string &fieldId,
                                   const PageRequest &page, const std::vector<std::string> &values)
{
    ApiRequest request =
        makeRequest("ListFieldOptions", "POST", "/domains/{domainId}/fields/{fieldId}/options-list",
                    {{"domainId", domainId}, {"fieldId", fieldId}});
    addPageQuery(request, page);
    addListQuery(request, "values", values);
    return request;
}

ApiRequest listLayoutsRequest(const std::string &domainId, const PageRequest &page)
{
    ApiRequest request =
        makeRequest("ListLayouts", "POST", "/domains/{domainId}/layouts-list", {{"domainId", domainId}});
    addPageQuery(request, page);
    return request;
}

ApiRequest getLayoutRequest(const std::string &domainId, const std::string &layoutId)
{
    return makeRequest("GetLayout", "POST", "/domains/{domainId}/layouts/{layoutId}",
                       {{"domainId", domainId}, {"layoutId", layoutId}});
}

ApiRequest listTemplatesRequest(const std::string &domainId, const PageRequest &page,
                                const std::vector<std::string> &statuses)
{
    ApiRequest request =
        makeRequest("ListTemplates", "POST", "/domains/{domainId}/templates-list", {{"domainId", domainId}});
    addPageQuery(request, page);
    addListQuery(request, "status", statuses);
    return request;
}

ApiRequest getTemplateRequest(const std::string &domainId, const std::string &templateId)
{
    return makeRequest("GetTemplate", "POST", "/domains/{domainId}/templates/{templateId}",
                       {{"domainId", domainId}, {"templateId", templateId}});
}

ApiRequest createTemplateRequest(const std::string &domainId, const CaseTemplate &caseTemplate)
{
    ApiRequest request =
        makeRequest("CreateTemplate", "POST", "/domains/{domainId}/templates", {{"domainId", domainId}});
    request.body = templateBody(caseTemplate);
    request.safeToResend = false; // no clientToken in the API
    return request;
}

ApiRequest updateTemplateRequest(const std::string &domainId, const CaseTemplate &caseTemplate)
{
    ApiRequest request = makeRequest("UpdateTemplate", "PUT", "/domains/{domainId}/templates/{templateId}",
                                     {{"domainId", domainId}, {"templateId", caseTemplate.templateId}});
    request.body = templateBody(caseTemplate);
    return request;
}

ApiRequest listCaseRulesRequest(const std::string &domainId, const PageRequest &page)
{
    ApiRequest request =
        makeRequest("ListCaseRules", "POST", "/domains/{domainId}/rules-list/", {{"domainId", domainId}});
    addPageQuery(request, page);
    return request;
}

ApiRequest batchGetCaseRuleRequest(const std::string &domainId, const std::vector<std::string> &caseRuleIds)
{
    ApiRequest request =
        makeRequest("BatchGetCaseRule", "POST", "/domains/{domainId}/rules-batch", {{"domainId", domainId}});
    request.body = Json{{"caseRules", identifierList(caseRuleIds)}};
    return request;
}

ApiRequest createCaseRuleRequest(const std::string &domainId, const CaseRule &rule)
{
    ApiRequest request =
        makeRequest("CreateCaseRule", "POST", "/domains/{domainId}/case-rules", {{"domainId", domainId}});
    request.body = ruleBody(rule);
    request.safeToResend = false; // no clientToken in the API
    return request;
}

ApiRequest updateCaseRuleRequest(const std::string &domainId, const CaseRule &rule)
{
    ApiRequest request = makeRequest("UpdateCaseRule", "PUT", "/domains/{domainId}/case-rules/{caseRuleId}",
                                     {{"domainId", domainId}, {"caseRuleId", rule.caseRuleId}});
    request.body = ruleBody(rule);
    return request;
}

ApiRequest deleteCaseRuleRequest(const std::string &domainId, const std::string &caseRuleId)
{
    return makeRequest("DeleteCaseRule", "DELETE", "/domains/{domainId}/case-rules/{caseRuleId}",
                       {{"domainId", domainId}, {"caseRuleId", caseRuleId}});
}

} // namespace cw::net
