#include "cloudformation_export.h"

#include "iac_export_scope.h"

#include <map>
#include <set>

namespace cw::project {
namespace {
// CloudFormation spells members in PascalCase: equalTo -> EqualTo.
std::string pascal(const std::string &camel)
{
    std::string out = camel;
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z')
        out[0] = char(out[0] - 'a' + 'A');
    return out;
}

// Converts a condition the scope found expressible (iac_export_scope.h).
Json conditionToCfn(const Condition &condition)
{
    Json operandTwo = Json::object();
    switch (condition.operand.kind) {
    case Value::Kind::String:
        operandTwo["StringValue"] = condition.operand.text;
        break;
    case Value::Kind::Double:
        operandTwo["DoubleValue"] = condition.operand.number;
        break;
    case Value::Kind::Boolean:
        operandTwo["BooleanValue"] = condition.operand.boolean;
        break;
    case Value::Kind::Empty:
    case Value::Kind::UserArn:
    case Value::Kind::Unknown:
        operandTwo["EmptyValue"] = Json::object();
        break;
    }
    Json out = Json::object();
    out[pascal(toString(condition.kind))] = {{"OperandOne", {{"FieldId", condition.fieldId}}},
                                             {"OperandTwo", operandTwo},
                                             {"Result", condition.result}};
    return out;
}

Json tagsToCfn(const std::optional<Json> &tags)
{
    Json list = Json::array();
    if (tags && tags->is_object())
        for (auto it = tags->begin(); it != tags->end(); ++it)
            if (it->is_string())
                list.push_back({{"Key", it.key()}, {"Value", it->get<std::string>()}});
    return list;
}
} // namespace

std::string logicalId(const std::string &prefix, const std::string &name)
{
    std::string id = prefix;
    bool upper = true;
    for (const char c : name) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum) {
            upper = true;
            continue;
        }
        id += (upper && c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
        upper = false;
    }
    return id.substr(0, 255);
}

CloudFormationExport exportCloudFormation(const DomainSnapshot &snapshot)
{
    CloudFormationExport result;
    const IacExportScope scope = iacExportScope(snapshot, "AWS::Cases::CaseRule");
    result.warnings = scope.warnings;
    Json resources = Json::object();
    std::map<std::string, std::string> ruleLogicalIds; // caseRuleId -> logical id (exported rules only)
    std::set<std::string> usedIds;
    const auto uniqueId = [&](std::string id) {
        const std::string base = id;
        for (int n = 2; usedIds.count(id) != 0; ++n)
            id = base + std::to_string(n);
        usedIds.insert(id);
        return id;
    };

    for (const CaseRule *rule : scope.rules) {
        Json conditions = Json::array();
        for (const Condition &condition : rule->rule.boolean.conditions)
            conditions.push_back(conditionToCfn(condition));
        const std::string id = uniqueId(logicalId("Rule", rule->name));
        ruleLogicalIds[rule->caseRuleId] = id;
        Json properties = {
            {"DomainId", {{"Ref", "DomainId"}}},
            {"Name", rule->name},
            {"Rule",
             {{pascal(toString(rule->rule.kind)),
               {{"Conditions", conditions}, {"DefaultValue", rule->rule.boolean.defaultValue}}}}}};
        if (rule->description)
            properties["Description"] = *rule->description;
        if (Json tags = tagsToCfn(rule->tags); !tags.empty())
            properties["Tags"] = tags;
        resources[id] = {{"Type", "AWS::Cases::CaseRule"}, {"Properties", properties}};
    }

    for (const IacTemplateScope &templateScope : scope.templates) {
        const CaseTemplate &caseTemplate = *templateScope.caseTemplate;
        Json properties = {{"DomainId", {{"Ref", "DomainId"}}}, {"Name", caseTemplate.name}};
        if (caseTemplate.description)
            properties["Description"] = *caseTemplate.description;
        if (!caseTemplate.status.empty())
            properties["Status"] = caseTemplate.status;
        if (caseTemplate.layoutConfiguration && caseTemplate.layoutConfiguration->defaultLayout)
            properties["LayoutConfiguration"] = {
                {"DefaultLayout", *caseTemplate.layoutConfiguration->defaultLayout}};
        if (caseTemplate.requiredFields) {
            Json required = Json::array();
            for (const RequiredField &field : *caseTemplate.requiredFields)
                required.push_back({{"FieldId", field.fieldId}});
            properties["RequiredFields"] = required;
        }
        if (caseTemplate.rules) {
            Json rules = Json::array();
            for (const TemplateRule *attachment : templateScope.attachments) {
                Json item = {{"CaseRuleId",
                              {{"Fn::GetAtt", {ruleLogicalIds.at(attachment->caseRuleId), "CaseRuleId"}}}}};
                if (attachment->fieldId)
                    item["FieldId"] = *attachment->fieldId;
                rules.push_back(std::move(item));
            }
            properties["Rules"] = rules;
        }
        if (Json tags = tagsToCfn(caseTemplate.tags); !tags.empty())
            properties["Tags"] = tags;
        resources[uniqueId(logicalId("Template", caseTemplate.name))] = {{"Type", "AWS::Cases::Template"},
                                                                         {"Properties", properties}};
    }

    result.document = {
        {"AWSTemplateFormatVersion", "2010-09-09"},
        {"Description", "Amazon Connect Cases rules and templates exported by Casewright from domain \"" +
                            snapshot.name + "\""},
        {"Parameters",
         {{"DomainId",
           {{"Type", "String"},
            {"Default", snapshot.domainId},
            {"Description", "The Cases domain to deploy into"}}}}},
        {"Resources", resources}};
    return result;
}

} // namespace cw::project
