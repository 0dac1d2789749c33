// GetTemplateResponse and its parts.
#include "wire/object_reader.h"
#include "wire/wire_json.h"

namespace cw::wire {
namespace {

Result<TemplateRule> readTemplateRule(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "template rule");
    TemplateRule rule;
    rule.caseRuleId = reader.requiredString("caseRuleId");
    rule.fieldId = reader.optionalString("fieldId");
    rule.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return rule;
}

Result<RequiredField> readRequiredField(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "required field");
    RequiredField field;
    field.fieldId = reader.requiredString("fieldId");
    field.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return field;
}
} // namespace

Result<CaseTemplate> readTemplate(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "template");
    CaseTemplate result;
    // Like rules, a template created offline has no id or ARN until it is published.
    result.templateId = reader.optionalString("templateId").value_or(std::string());
    result.templateArn = reader.optionalString("templateArn").value_or(std::string());
    result.name = reader.requiredString("name");
    result.description = reader.optionalString("description");
    if (const Json *layout = reader.optionalObject("layoutConfiguration")) {
        ObjectReader layoutReader(*layout, reader.pointerOf("layoutConfiguration"), "layout configuration");
        LayoutConfiguration configuration;
        configuration.defaultLayout = layoutReader.optionalString("defaultLayout");
        configuration.extra = layoutReader.rest();
        if (!layoutReader.ok())
            reader.fail(layoutReader.error());
        result.layoutConfiguration = std::move(configuration);
    }
    if (const Json *required = reader.optionalArray("requiredFields")) {
        result.requiredFields.emplace();
        readArray(reader, required, reader.pointerOf("requiredFields"), *result.requiredFields, readRequiredField);
    }
    if (const Json *tags = reader.optionalObject("tags"))
        result.tags = *tags;
    result.status = reader.optionalString("status").value_or(std::string());
    result.deleted = reader.optionalBool("deleted");
    result.createdTime = reader.optionalString("createdTime");
    result.lastModifiedTime = reader.optionalString("lastModifiedTime");
    if (const Json *rules = reader.optionalArray("rules")) {
        result.rules.emplace();
        readArray(reader, rules, reader.pointerOf("rules"), *result.rules, readTemplateRule);
    }
    if (const Json *propagation = reader.optionalArray("tagPropagationConfigurations"))
        result.tagPropagationConfigurations = *propagation;
    result.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return result;
}

Json writeTemplate(const CaseTemplate &caseTemplate)
{
    Json out = caseTemplate.extra;
    if (!caseTemplate.templateId.empty())
        out["templateId"] = caseTemplate.templateId;
    if (!caseTemplate.templateArn.empty())
        out["templateArn"] = caseTemplate.templateArn;
    out["name"] = caseTemplate.name;
    putOptional(out, "description", caseTemplate.description);
    if (caseTemplate.layoutConfiguration) {
        Json layout = caseTemplate.layoutConfiguration->extra;
        putOptional(layout, "defaultLayout", caseTemplate.layoutConfiguration->defaultLayout);
        out["layoutConfiguration"] = std::move(layout);
    }
    if (caseTemplate.requiredFields) {
        Json required = Json::array();
        for (const RequiredField &field : *caseTemplate.requiredFields) {
            Json item = field.extra;
            item["fieldId"] = field.fieldId;
            required.push_back(std::move(item));
        }
        out["requiredFields"] = std::move(required);
    }
    if (caseTemplate.tags)
        out["tags"] = *caseTemplate.tags;
    if (!caseTemplate.status.empty())
        out["status"] = caseTemplate.status;
    if (caseTemplate.deleted)
        out["deleted"] = *caseTemplate.deleted;
    putOptional(out, "createdTime", caseTemplate.createdTime);
    putOptional(out, "lastModifiedTime", caseTemplate.lastModifiedTime);
    if (caseTemplate.rules) {
        Json rules = Json::array();
        for (const TemplateRule &rule : *caseTemplate.rules) {
            Json item = rule.extra;
            item["caseRuleId"] = rule.caseRuleId;
            putOptional(item, "fieldId", rule.fieldId);
            rules.push_back(std::move(item));
        }
        out["rules"] = std::move(rules);
    }
    if (caseTemplate.tagPropagationConfigurations)
        out["tagPropagationConfigurations"] = *caseTemplate.tagPropagationConfigurations;
    return out;
}

} // namespace cw::wire
