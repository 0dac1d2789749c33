// BooleanCondition, CaseRuleDetails and GetCaseRuleResponse.
#include "wire/object_reader.h"
#include "wire/wire_json.h"

namespace cw::wire {
namespace {

Result<Condition> readComparison(Condition::Kind kind, const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "comparison (" + std::string(toString(kind)) + ")");
    Condition condition;
    condition.kind = kind;
    const Json *operandOne = reader.requiredMember("operandOne");
    const Json *operandTwo = reader.requiredMember("operandTwo");
    condition.result = reader.requiredBool("result");
    condition.operandsExtra = reader.rest();
    if (!reader.ok())
        return reader.error();

    const std::string onePointer = reader.pointerOf("operandOne");
    auto oneMember = unionMember(*operandOne, onePointer, "field operand (operandOne)");
    if (!oneMember)
        return oneMember.error();
    if (*oneMember != "fieldId") {
        // An operand kind a newer service added: keep the whole comparison as sent, so it is
        // written back unchanged (the evaluator treats it as never true, the validator says so).
        Condition unknown;
        unknown.kind = Condition::Kind::Unknown;
        unknown.unknownKey = toString(kind);
        unknown.unknownValue = json;
        return unknown;
    }
    ObjectReader one(*operandOne, onePointer, "field operand (operandOne)");
    condition.fieldId = one.requiredString("fieldId");
    if (!one.ok())
        return one.error();

    auto value = readOperandTwo(*operandTwo, reader.pointerOf("operandTwo"));
    if (!value)
        return value.error();
    condition.operand = std::move(value).value();
    return condition;
}

Result<Condition> readCompound(Condition::Kind kind, const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, std::string(toString(kind)) + " group");
    Condition condition;
    condition.kind = kind;
    const Json *children = reader.requiredArray("conditions");
    readArray(reader, children, reader.pointerOf("conditions"), condition.children,
              [](const Json &item, const std::string &p) { return readCondition(item, p); });
    condition.compoundExtra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return condition;
}

Result<BooleanRule> readBooleanRule(const Json &json, const std::string &pointer, const std::string &what)
{
    ObjectReader reader(json, pointer, what);
    BooleanRule rule;
    rule.defaultValue = reader.requiredBool("defaultValue");
    const Json *conditions = reader.requiredArray("conditions");
    readArray(reader, conditions, reader.pointerOf("conditions"), rule.conditions,
              [](const Json &item, const std::string &p) { return readCondition(item, p); });
    rule.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return rule;
}

Result<std::string> readStringItem(const Json &item, const std::string &pointer)
{
    if (!item.is_string()) {
        Location where;
        where.pointer = pointer;
        return makeError("wire.type", std::string("each option value must be a string, but this is ") +
                                          jsonTypeName(item),
                         where);
    }
    return item.get<std::string>();
}

Result<OptionsMapping> readMapping(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "option mapping");
    OptionsMapping mapping;
    mapping.parentValue = reader.requiredString("parentFieldOptionValue");
    const Json *children = reader.requiredArray("childFieldOptionValues");
    readArray(reader, children, reader.pointerOf("childFieldOptionValues"), mapping.childValues, readStringItem);
    mapping.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return mapping;
}

Result<FieldOptionsRule> readFieldOptionsRule(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "field options rule");
    FieldOptionsRule rule;
    rule.parentFieldId = reader.optionalString("parentFieldId");
    rule.childFieldId = reader.optionalString("childFieldId");
    const Json *mappings = reader.requiredArray("parentChildFieldOptionsMappings");
    readArray(reader, mappings, reader.pointerOf("parentChildFieldOptionsMappings"), rule.mappings, readMapping);
    rule.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    return rule;
}

Json writeBooleanRule(const BooleanRule &rule)
{
    Json out = rule.extra;
    out["defaultValue"] = rule.defaultValue;
    Json conditions = Json::array();
    for (const Condition &condition : rule.conditions)
        conditions.push_back(writeCondition(condition));
    out["conditions"] = std::move(conditions);
    return out;
}

Json writeFieldOptionsRule(const FieldOptionsRule &rule)
{
    Json out = rule.extra;
    putOptional(out, "parentFieldId", rule.parentFieldId);
    putOptional(out, "childFieldId", rule.childFieldId);
    Json mappings = Json::array();
    for (const OptionsMapping &mapping : rule.mappings) {
        Json item = mapping.extra;
        item["parentFieldOptionValue"] = mapping.parentValue;
        item["childFieldOptionValues"] = mapping.childValues;
        mappings.push_back(std::move(item));
    }
    out["parentChildFieldOptionsMappings"] = std::move(mappings);
    return out;
}
} // namespace

Result<Condition> readCondition(const Json &json, const std::string &pointer)
{
    auto member = unionMember(json, pointer, "condition");
    if (!member)
        return member.error();
    const std::string &key = *member;
    const std::string inner = pointerJoin(pointer, key);
    if (key == "equalTo")
        return readComparison(Condition::Kind::EqualTo, json[key], inner);
    if (key == "notEqualTo")
        return readComparison(Condition::Kind::NotEqualTo, json[key], inner);
    if (key == "andAll")
        return readCompound(Condition::Kind::AndAll, json[key], inner);
    if (key == "orAll")
        return readCompound(Condition::Kind::OrAll, json[key], inner);
    Condition unknown;
    unknown.kind = Condition::Kind::Unknown;
    unknown.unknownKey = key;
    unknown.unknownValue = json[key];
    return unknown;
}

Json writeCondition(const Condition &condition)
{
    Json out = Json::object();
    switch (condition.kind) {
    case Condition::Kind::EqualTo:
    case Condition::Kind::NotEqualTo: {
        Json operands = condition.operandsExtra;
        operands["operandOne"] = Json{{"fieldId", condition.fieldId}};
        operands["operandTwo"] = writeOperandTwo(condition.operand);
        operands["result"] = condition.result;
        out[toString(condition.kind)] = std::move(operands);
        break;
    }
    case Condition::Kind::AndAll:
    case Condition::Kind::OrAll: {
        Json compound = condition.compoundExtra;
        Json children = Json::array();
        for (const Condition &child : condition.children)
            children.push_back(writeCondition(child));
        compound["conditions"] = std::move(children);
        out[toString(condition.kind)] = std::move(compound);
        break;
    }
    case Condition::Kind::Unknown:
        out[condition.unknownKey] = condition.unknownValue;
        break;
    }
    return out;
}

Result<RuleDetails> readRuleDetails(const Json &json, const std::string &pointer)
{
    auto member = unionMember(json, pointer, "rule (required, hidden or fieldOptions)");
    if (!member)
        return member.error();
    const std::string &key = *member;
    const std::string inner = pointerJoin(pointer, key);
    RuleDetails details;
    if (key == "required" || key == "hidden") {
        details.kind = key == "required" ? RuleDetails::Kind::Required : RuleDetails::Kind::Hidden;
        auto rule = readBooleanRule(json[key], inner, key + " rule");
        if (!rule)
            return rule.error();
        details.boolean = std::move(rule).value();
    } else if (key == "fieldOptions") {
        details.kind = RuleDetails::Kind::FieldOptions;
        auto rule = readFieldOptionsRule(json[key], inner);
        if (!rule)
            return rule.error();
        details.options = std::move(rule).value();
    } else {
        details.kind = RuleDetails::Kind::Unknown;
        details.unknownKey = key;
        details.unknownValue = json[key];
    }
    return details;
}

Json writeRuleDetails(const RuleDetails &details)
{
    Json out = Json::object();
    switch (details.kind) {
    case RuleDetails::Kind::Required:
    case RuleDetails::Kind::Hidden:
        out[toString(details.kind)] = writeBooleanRule(details.boolean);
        break;
    case RuleDetails::Kind::FieldOptions:
        out["fieldOptions"] = writeFieldOptionsRule(details.options);
        break;
    case RuleDetails::Kind::Unknown:
        out[details.unknownKey] = details.unknownValue;
        break;
    }
    return out;
}

Result<CaseRule> readCaseRule(const Json &json, const std::string &pointer)
{
    ObjectReader reader(json, pointer, "case rule");
    CaseRule rule;
    // caseRuleId/caseRuleArn are required in service responses, but a rule written offline has
    // none until it is published; the validator checks them where they must be present.
    rule.caseRuleId = reader.optionalString("caseRuleId").value_or(std::string());
    rule.caseRuleArn = reader.optionalString("caseRuleArn").value_or(std::string());
    rule.name = reader.requiredString("name");
    rule.description = reader.optionalString("description");
    const Json *details = reader.requiredMember("rule");
    rule.deleted = reader.optionalBool("deleted");
    rule.createdTime = reader.optionalString("createdTime");
    rule.lastModifiedTime = reader.optionalString("lastModifiedTime");
    if (const Json *tags = reader.optionalObject("tags"))
        rule.tags = *tags;
    rule.extra = reader.rest();
    if (!reader.ok())
        return reader.error();
    auto parsed = readRuleDetails(*details, reader.pointerOf("rule"));
    if (!parsed)
        return parsed.error();
    rule.rule = std::move(parsed).value();
    return rule;
}

Json writeCaseRule(const CaseRule &rule)
{
    Json out = rule.extra;
    if (!rule.caseRuleId.empty())
        out["caseRuleId"] = rule.caseRuleId;
    if (!rule.caseRuleArn.empty())
        out["caseRuleArn"] = rule.caseRuleArn;
    out["name"] = rule.name;
    putOptional(out, "description", rule.description);
    out["rule"] = writeRuleDetails(rule.rule);
    if (rule.deleted)
        out["deleted"] = *rule.deleted;
    putOptional(out, "createdTime", rule.createdTime);
    putOptional(out, "lastModifiedTime", rule.lastModifiedTime);
    if (rule.tags)
        out["tags"] = *rule.tags;
    return out;
}

} // namespace cw::wire
