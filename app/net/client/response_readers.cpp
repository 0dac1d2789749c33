#include "client/response_readers.h"

#include "wire/object_reader.h"
#include "wire/wire_json.h"

namespace cw::net {
namespace {

using wire::ObjectReader;

// "nextToken": absent, null or a string.
std::optional<std::string> nextTokenOf(ObjectReader &reader)
{
    return reader.optionalString("nextToken");
}

template <typename T, typename ReadItem>
cw::Result<Page<T>> readPage(const Json &json, const char *itemsKey, ReadItem readItem)
{
    ObjectReader reader(json, "", "response body");
    Page<T> page;
    const Json *items = reader.requiredArray(itemsKey);
    wire::readArray(reader, items, reader.pointerOf(itemsKey), page.items, readItem);
    page.nextToken = nextTokenOf(reader);
    if (!reader.ok())
        return reader.error();
    return page;
}

cw::Result<DomainSummary> readDomainSummary(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "domain summary");
    DomainSummary summary;
    summary.domainId = reader.requiredString("domainId");
    summary.domainArn = reader.requiredString("domainArn");
    summary.name = reader.requiredString("name");
    summary.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return summary;
}

cw::Result<FieldSummary> readFieldSummary(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "field summary");
    FieldSummary summary;
    summary.fieldId = reader.requiredString("fieldId");
    summary.fieldArn = reader.requiredString("fieldArn");
    summary.name = reader.requiredString("name");
    summary.type = reader.requiredString("type");
    summary.nameSpace = reader.requiredString("namespace");
    if (const Json *attributes = reader.optionalObject("attributes"))
        summary.attributes = *attributes;
    summary.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return summary;
}

cw::Result<LayoutSummary> readLayoutSummary(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "layout summary");
    LayoutSummary summary;
    summary.layoutId = reader.requiredString("layoutId");
    summary.layoutArn = reader.requiredString("layoutArn");
    summary.name = reader.requiredString("name");
    summary.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return summary;
}

cw::Result<TemplateSummary> readTemplateSummary(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "template summary");
    TemplateSummary summary;
    summary.templateId = reader.requiredString("templateId");
    summary.templateArn = reader.requiredString("templateArn");
    summary.name = reader.requiredString("name");
    summary.status = reader.requiredString("status");
    if (const Json *propagation = reader.optionalArray("tagPropagationConfigurations"))
        summary.tagPropagationConfigurations = *propagation;
    summary.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return summary;
}

cw::Result<CaseRuleSummary> readCaseRuleSummary(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "case rule summary");
    CaseRuleSummary summary;
    summary.caseRuleId = reader.requiredString("caseRuleId");
    summary.name = reader.requiredString("name");
    summary.caseRuleArn = reader.requiredString("caseRuleArn");
    summary.ruleType = reader.requiredString("ruleType");
    summary.description = reader.optionalString("description");
    summary.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return summary;
}

cw::Result<ItemError> readItemError(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "batch error");
    ItemError error;
    error.id = reader.requiredString("id");
    error.errorCode = reader.requiredString("errorCode");
    error.message = reader.optionalString("message").value_or(std::string());
    if (!reader.ok())
        return reader.error();
    return error;
}

cw::Result<std::string> readIdString(const Json &json, const std::string &pointer)
{
    if (!json.is_string())
        return cw::makeError("wire.type",
                             "an id must be a string, but it is " + std::string(wire::jsonTypeName(json)),
                             cw::Location{{}, pointer, 0, 0, {}});
    return json.get<std::string>();
}

template <typename T, typename ReadItem>
cw::Result<BatchResult<T>> readBatch(const Json &json, const char *itemsKey, ReadItem readItem,
                                     const char *unprocessedKey)
{
    ObjectReader reader(json, "", "response body");
    BatchResult<T> result;
    wire::readArray(reader, reader.requiredArray(itemsKey), reader.pointerOf(itemsKey), result.items,
                    readItem);
    wire::readArray(reader, reader.requiredArray("errors"), reader.pointerOf("errors"), result.errors,
                    readItemError);
    if (unprocessedKey)
        wire::readArray(reader, reader.optionalArray(unprocessedKey), reader.pointerOf(unprocessedKey),
                        result.unprocessed, readIdString);
    if (!reader.ok())
        return reader.error();
    return result;
}

cw::Result<CreatedResource> readCreated(const Json &json, const char *idKey, const char *arnKey)
{
    ObjectReader reader(json, "", "response body");
    CreatedResource created;
    created.id = reader.requiredString(idKey);
    created.arn = reader.requiredString(arnKey);
    if (!reader.ok())
        return reader.error();
    return created;
}

} // namespace

cw::Error inResponseOf(const std::string &operation, cw::Error error)
{
    error.message = "Cannot read the " + operation + " response: " + error.message;
    return error;
}

cw::Result<Json> parseResponseBody(const std::string &operation, const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return Json::object();
    auto parsed = parseJsonText(std::string_view(body.constData(), std::size_t(body.size())));
    if (!parsed)
        return inResponseOf(operation, parsed.error());
    if (!parsed->is_object())
        return cw::makeError("wire.type", "Cannot read the " + operation +
                                              " response: the body must be a JSON object, but it is " +
                                              wire::jsonTypeName(*parsed));
    return parsed;
}

cw::Result<Page<DomainSummary>> readListDomainsResponse(const Json &json)
{
    return readPage<DomainSummary>(json, "domains", readDomainSummary);
}

cw::Result<DomainInfo> readGetDomainResponse(const Json &json)
{
    ObjectReader reader(json, "", "response body");
    DomainInfo info;
    info.domainId = reader.requiredString("domainId");
    info.domainArn = reader.requiredString("domainArn");
    info.name = reader.requiredString("name");
    info.createdTime = reader.optionalString("createdTime").value_or(std::string());
    info.domainStatus = reader.optionalString("domainStatus").value_or(std::string());
    if (const Json *tags = reader.optionalObject("tags"))
        info.tags = *tags;
    info.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return info;
}

cw::Result<Page<FieldSummary>> readListFieldsResponse(const Json &json)
{
    return readPage<FieldSummary>(json, "fields", readFieldSummary);
}

cw::Result<BatchResult<Field>> readBatchGetFieldResponse(const Json &json)
{
    return readBatch<Field>(json, "fields", wire::readField, nullptr);
}

cw::Result<Page<FieldOption>> readListFieldOptionsResponse(const Json &json)
{
    return readPage<FieldOption>(json, "options", wire::readFieldOption);
}

cw::Result<Page<LayoutSummary>> readListLayoutsResponse(const Json &json)
{
    return readPage<LayoutSummary>(json, "layouts", readLayoutSummary);
}

cw::Result<Layout> readGetLayoutResponse(const Json &json)
{
    return wire::readLayout(json);
}

cw::Result<Page<TemplateSummary>> readListTemplatesResponse(const Json &json)
{
    return readPage<TemplateSummary>(json, "templates", readTemplateSummary);
}

cw::Result<CaseTemplate> readGetTemplateResponse(const Json &json)
{
    return wire::readTemplate(json);
}

cw::Result<CreatedResource> readCreateTemplateResponse(const Json &json)
{
    return readCreated(json, "templateId", "templateArn");
}

cw::Result<Page<CaseRuleSummary>> readListCaseRulesResponse(const Json &json)
{
    return readPage<CaseRuleSummary>(json, "caseRules", readCaseRuleSummary);
}

cw::Result<BatchResult<CaseRule>> readBatchGetCaseRuleResponse(const Json &json)
{
    return readBatch<CaseRule>(json, "caseRules", wire::readCaseRule, "unprocessedCaseRules");
}

cw::Result<CreatedResource> readCreateCaseRuleResponse(const Json &json)
{
    return readCreated(json, "caseRuleId", "caseRuleArn");
}

} // namespace cw::net
