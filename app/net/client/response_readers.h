#pragma once
// Cases API response bodies -> typed results. Model shapes (fields, layouts, templates, rules)
// go through the core's lossless wire readers; list envelopes and summaries are read here.
// Errors carry the JSON pointer inside the response and name the operation.

#include "client/api_types.h"
#include "common/result.h"
#include "model/domain_snapshot.h"

#include <QByteArray>

namespace cw::net {

// Parses a response body; an empty body reads as {} (UpdateCaseRule, DeleteCaseRule...).
cw::Result<Json> parseResponseBody(const std::string &operation, const QByteArray &body);

cw::Result<Page<DomainSummary>> readListDomainsResponse(const Json &json);
cw::Result<DomainInfo> readGetDomainResponse(const Json &json);
cw::Result<Page<FieldSummary>> readListFieldsResponse(const Json &json);
// Items and errors as the service sent them, not yet ordered.
cw::Result<BatchResult<Field>> readBatchGetFieldResponse(const Json &json);
cw::Result<Page<FieldOption>> readListFieldOptionsResponse(const Json &json);
cw::Result<Page<LayoutSummary>> readListLayoutsResponse(const Json &json);
cw::Result<Layout> readGetLayoutResponse(const Json &json);
cw::Result<Page<TemplateSummary>> readListTemplatesResponse(const Json &json);
cw::Result<CaseTemplate> readGetTemplateResponse(const Json &json);
cw::Result<CreatedResource> readCreateTemplateResponse(const Json &json);
cw::Result<Page<CaseRuleSummary>> readListCaseRulesResponse(const Json &json);
cw::Result<BatchResult<CaseRule>> readBatchGetCaseRuleResponse(const Json &json);
cw::Result<CreatedResource> readCreateCaseRuleResponse(const Json &json);

// Prefixes a reader's error message with "Cannot read the ListFields response: ", keeping its
// code and pointer.
cw::Error inResponseOf(const std::string &operation, cw::Error error);

} // namespace cw::net
