// Cases for rule members, conditions and operands.

#include "code_cases.h"
#include "snapshot_fixture.h"

namespace cw::test {
namespace {

using K = RuleDetails::Kind;

const std::string kResolution0 = "/caseRules/0/rule/required/conditions/0/equalTo";

Condition unknownCondition(std::string key)
{
    Condition condition;
    condition.kind = Condition::Kind::Unknown;
    condition.unknownKey = std::move(key);
    condition.unknownValue = {{"fieldId", "f-refund-amount"}, {"value", 100}};
    return condition;
}

Value unknownOperand(std::string key)
{
    Value value;
    value.kind = Value::Kind::Unknown;
    value.text = std::move(key);
    value.raw = "2026-01-01";
    return value;
}

// Appends conditions to cr-approval (3 comparisons, default not required); each new one decides
// for some case, so the lint stays quiet.
void addApprovalConditions(DomainSnapshot &s, std::size_t count)
{
    const std::vector<Condition> more{Condition::equalTo("f-category", Value::string("technical"), true),
                                      Condition::equalTo("f-category", Value::string("general"), true),
                                      Condition::equalTo("f-vip", Value::boolean_(true), true)};
    for (std::size_t i = 0; i < count; ++i)
        conditionsOf(s, "cr-approval").push_back(more[i]);
}

} // namespace

std::vector<CodeCase> ruleCodeCases()
{
    return {
        {"rule.id.length",
         "rule id of 501",
         [](DomainSnapshot &s) {
             s.caseRules[6].caseRuleId = std::string(501, 'r');
             (*templateById(s, "t-general").rules)[4].caseRuleId = s.caseRules[6].caseRuleId;
         },
         "/caseRules/6/caseRuleId",
         [](DomainSnapshot &s) {
             s.caseRules[6].caseRuleId = std::string(500, 'r');
             (*templateById(s, "t-general").rules)[4].caseRuleId = s.caseRules[6].caseRuleId;
         },
         {"reference.id.length"}},
        {"rule.id.duplicate", "rule id twice",
         [](DomainSnapshot &s) { s.caseRules.push_back(s.caseRules[0]); }, "/caseRules/8/caseRuleId",
         [](DomainSnapshot &s) {
             s.caseRules.push_back(s.caseRules[0]);
             s.caseRules.back().caseRuleId.clear(); // not yet published
         }},
        {"rule.id.duplicate", "deleted rule keeps its id",
         [](DomainSnapshot &s) { s.caseRules[7].caseRuleId = "cr-resolution"; }, "/caseRules/7/caseRuleId",
         nullptr},
        {"rule.name.length", "rule name of 101",
         [](DomainSnapshot &s) { s.caseRules[0].name = std::string(101, 'n'); }, "/caseRules/0/name",
         [](DomainSnapshot &s) {
             s.caseRules[0].name.clear();
             for (int i = 0; i < 100; ++i)
                 s.caseRules[0].name += "\xF0\x9F\x93\x9E"; // a 4-byte character, 100 times
         }},
        {"rule.name.length", "rule name empty", [](DomainSnapshot &s) { s.caseRules[0].name.clear(); },
         "/caseRules/0/name", nullptr},
        {"rule.name.pattern", "rule name trailing space",
         [](DomainSnapshot &s) { s.caseRules[0].name += " "; }, "/caseRules/0/name",
         [](DomainSnapshot &s) { s.caseRules[0].name = " Leading space is fine"; }},
        {"rule.name.pattern", "rule name with line separator",
         [](DomainSnapshot &s) { s.caseRules[0].name = "Resolution\xE2\x80\xA8notes"; }, "/caseRules/0/name",
         nullptr},
        {"rule.description.length", "rule description of 256",
         [](DomainSnapshot &s) { s.caseRules[0].description = std::string(256, 'd'); },
         "/caseRules/0/description",
         [](DomainSnapshot &s) { s.caseRules[0].description = std::string(255, 'd'); }},
        {"rule.kind.unknown", "rule of a newer kind",
         [](DomainSnapshot &s) {
             s.caseRules[0].rule.kind = K::Unknown;
             s.caseRules[0].rule.unknownKey = "readOnly";
             s.caseRules[0].rule.unknownValue = Json::object();
         },
         "/caseRules/0/rule/readOnly", nullptr},
        {"rule.conditions.too-many", "six comparisons",
         [](DomainSnapshot &s) { addApprovalConditions(s, 3); }, "/caseRules/3/rule/required/conditions",
         [](DomainSnapshot &s) { addApprovalConditions(s, 2); }},
        {"rule.conditions.too-many", "six comparisons inside groups",
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-escalation")[0].children.push_back(
                 Condition::equalTo("status", Value::string("pending"), false));
             conditionsOf(s, "cr-escalation")
                 .push_back(Condition::andAll(
                     {Condition::equalTo("f-category", Value::string("billing"), false),
                      Condition::equalTo("f-subcategory", Value::string("refund"), false)}));
         },
         "/caseRules/1/rule/hidden/conditions",
         // Five comparisons in two groups: groups are not counted.
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-escalation")
                 .push_back(Condition::andAll(
                     {Condition::equalTo("f-category", Value::string("billing"), false),
                      Condition::equalTo("f-subcategory", Value::string("refund"), false)}));
         }},
        {"rule.conditions.too-deep", "group inside a group inside a group",
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-refund")[0].children.push_back(Condition::orAll(
                 {Condition::andAll({Condition::equalTo("f-priority", Value::string("high"), true)}),
                  Condition::equalTo("f-priority", Value::string("urgent"), true)}));
         },
         "/caseRules/2/rule/required/conditions/0/andAll/conditions/2/orAll/conditions/0",
         [](DomainSnapshot &s) {
             // Two levels -- a group inside a group -- are allowed.
             conditionsOf(s, "cr-refund")[0].children.push_back(
                 Condition::orAll({Condition::equalTo("f-priority", Value::string("high"), true),
                                   Condition::equalTo("f-priority", Value::string("urgent"), true)}));
         }},
        {"rule.condition.unknown", "condition of a newer kind",
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-resolution").push_back(unknownCondition("greaterThan"));
         },
         "/caseRules/0/rule/required/conditions/1/greaterThan", nullptr},
        {"rule.compound.empty", "empty andAll",
         [](DomainSnapshot &s) { conditionsOf(s, "cr-resolution").push_back(Condition::andAll({})); },
         "/caseRules/0/rule/required/conditions/1",
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-resolution")
                 .push_back(
                     Condition::andAll({Condition::equalTo("status", Value::string("pending"), true)}));
         }},
        {"rule.compound.mixed-results", "orAll leaves disagree",
         [](DomainSnapshot &s) { conditionsOf(s, "cr-escalation")[0].children[1].result = true; },
         "/caseRules/1/rule/hidden/conditions/0",
         [](DomainSnapshot &s) {
             for (Condition &leaf : conditionsOf(s, "cr-escalation")[0].children)
                 leaf.result = true;
             conditionsOf(s, "cr-escalation")[1].result = true;
             ruleById(s, "cr-escalation").rule.boolean.defaultValue = false;
         }},
        {"rule.operand.unknown", "operand of a newer kind",
         [](DomainSnapshot &s) { conditionsOf(s, "cr-resolution")[0].operand = unknownOperand("dateValue"); },
         kResolution0 + "/operandTwo/dateValue", nullptr},
        {"rule.operand.unsupported", "userArnValue in a condition",
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-followup")[0].operand =
                 Value::userArn("arn:aws:connect:eu-west-2:123456789012:instance/i-1/agent/a-1");
         },
         "/caseRules/5/rule/hidden/conditions/0/equalTo/operandTwo/userArnValue",
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-followup")[0].operand =
                 Value::string("arn:aws:connect:eu-west-2:123456789012:instance/i-1/agent/a-1");
         }},
        {"rule.operand.length", "empty text operand",
         [](DomainSnapshot &s) { conditionsOf(s, "cr-resolution")[0].operand = Value::string(""); },
         kResolution0 + "/operandTwo/stringValue", nullptr},
        {"rule.operand.length", "text operand of 1501",
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-followup")[0] =
                 Condition::equalTo("summary", Value::string(std::string(1501, 's')), true);
         },
         "/caseRules/5/rule/hidden/conditions/0/equalTo/operandTwo/stringValue",
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-followup")[0] =
                 Condition::equalTo("summary", Value::string(std::string(1500, 's')), true);
         }},
        {"rule.operand.type", "text compared with a Number field",
         [](DomainSnapshot &s) { conditionsOf(s, "cr-approval")[0].operand = Value::string("0"); },
         "/caseRules/3/rule/required/conditions/0/equalTo/operandTwo",
         [](DomainSnapshot &s) { conditionsOf(s, "cr-approval")[0].operand = Value::dbl(0.5); }},
        {"rule.operand.type", "number compared with a Boolean field",
         [](DomainSnapshot &s) { conditionsOf(s, "cr-escalation")[1].operand = Value::dbl(1); },
         "/caseRules/1/rule/hidden/conditions/1/equalTo/operandTwo",
         [](DomainSnapshot &s) { conditionsOf(s, "cr-escalation")[1].operand = Value::empty(); }},
        {"rule.operand.type", "true compared with a text field",
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-followup")[0] =
                 Condition::equalTo("f-resolution", Value::boolean_(true), true);
         },
         "/caseRules/5/rule/hidden/conditions/0/equalTo/operandTwo",
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-followup")[0] =
                 Condition::equalTo("f-due", Value::string("2026-06-01T00:00:00Z"), true);
         }},
        {"rule.operand.option-unknown", "option name instead of value",
         [](DomainSnapshot &s) { conditionsOf(s, "cr-resolution")[0].operand = Value::string("Closed"); },
         kResolution0 + "/operandTwo/stringValue",
         [](DomainSnapshot &s) { conditionsOf(s, "cr-resolution")[0].operand = Value::string("pending"); }},
        {"reference.field.unknown", "condition on an unknown field",
         [](DomainSnapshot &s) { conditionsOf(s, "cr-resolution")[0].fieldId = "f-gone"; },
         kResolution0 + "/operandOne/fieldId", nullptr},
        {"reference.field.unknown", "nested condition on an unknown field",
         [](DomainSnapshot &s) { conditionsOf(s, "cr-escalation")[0].children[1].fieldId = "f-gone"; },
         "/caseRules/1/rule/hidden/conditions/0/orAll/conditions/1/equalTo/operandOne/fieldId", nullptr},
        {"reference.field.deleted", "condition on a deleted field",
         [](DomainSnapshot &s) { conditionsOf(s, "cr-resolution")[0].fieldId = "f-old-region"; },
         kResolution0 + "/operandOne/fieldId", nullptr},
        {"reference.id.length", "condition without a field id",
         [](DomainSnapshot &s) { conditionsOf(s, "cr-resolution")[0].fieldId.clear(); },
         kResolution0 + "/operandOne/fieldId", nullptr},
    };
}

} // namespace cw::test
