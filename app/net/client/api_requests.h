#pragma once
// One builder per Cases API operation: model values in, the exact restJson1 request out
// (URI and method from the model, labels percent-encoded, query members as query parameters,
// body members only and never null). Pure functions: the tests check them without a network.

#include "client/api_request.h"
#include "client/api_types.h"
#include "model/case_rule.h"
#include "model/case_template.h"

#include <string>
#include <vector>

namespace cw::net {

// Batch gets take at most this many ids per request (BatchGetField / BatchGetCaseRule: 1..50).
inline constexpr std::size_t kMaxBatchGetIds = 50;

ApiRequest listDomainsRequest(const PageRequest &page = {});
ApiRequest getDomainRequest(const std::string &domainId);

ApiRequest listFieldsRequest(const std::string &domainId, const PageRequest &page = {});
// `fieldIds` must hold 1..kMaxBatchGetIds ids; the client chunks longer lists.
ApiRequest batchGetFieldRequest(const std::string &domainId, const std::vector<std::string> &fieldIds);
// `values` (at most one, the model says) filters the options by value.
ApiRequest listFieldOptionsRequest(const std::string &domainId, const std::string &fieldId,
                                   const PageRequest &page = {}, const std::vector<std::string> &values = {});

ApiRequest listLayoutsRequest(const std::string &domainId, const PageRequest &page = {});
ApiRequest getLayoutRequest(const std::string &domainId, const std::string &layoutId);

// `statuses` ("Active", "Inactive") become one `status=` parameter each.
ApiRequest listTemplatesRequest(const std::string &domainId, const PageRequest &page = {},
                                const std::vector<std::string> &statuses = {});
ApiRequest getTemplateRequest(const std::string &domainId, const std::string &templateId);
// Body: name, description, layoutConfiguration, requiredFields, status, rules,
// tagPropagationConfigurations -- those the template has; ids, ARNs and timestamps are not sent.
ApiRequest createTemplateRequest(const std::string &domainId, const CaseTemplate &caseTemplate);
// Same body members, to `caseTemplate.templateId`. A member the template lacks is left out, and
// the service then keeps its current value.
ApiRequest updateTemplateRequest(const std::string &domainId, const CaseTemplate &caseTemplate);

// POST /domains/{domainId}/rules-list/ -- the trailing slash is part of the model's URI.
ApiRequest listCaseRulesRequest(const std::string &domainId, const PageRequest &page = {});
ApiRequest batchGetCaseRuleRequest(const std::string &domainId, const std::vector<std::string> &caseRuleIds);
// Body: name, description (when set), rule.
ApiRequest createCaseRuleRequest(const std::string &domainId, const CaseRule &rule);
ApiRequest updateCaseRuleRequest(const std::string &domainId, const CaseRule &rule);
ApiRequest deleteCaseRuleRequest(const std::string &domainId, const std::string &caseRuleId);

} // namespace cw::net
