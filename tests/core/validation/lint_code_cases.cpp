// Cases for the lint: each breaks the realistic snapshot in one likely-wrong but legal way.

#include "code_cases.h"
#include "snapshot_fixture.h"

namespace cw::test {
namespace {

Condition statusIs(const char *value, bool result)
{
    return Condition::equalTo("status", Value::string(value), result);
}

std::vector<TemplateRule> &generalRules(DomainSnapshot &s)
{
    return *templateById(s, "t-general").rules;
}

const std::string kSubcategoryMappings = "/caseRules/4/rule/fieldOptions/parentChildFieldOptionsMappings";

} // namespace

std::vector<CodeCase> lintCodeCases()
{
    return {
        {"lint.condition.shadowed", "same comparison twice",
         [](DomainSnapshot &s) { conditionsOf(s, "cr-resolution").push_back(statusIs("closed", true)); },
         "/caseRules/0/rule/required/conditions/1",
         [](DomainSnapshot &s) { conditionsOf(s, "cr-resolution").push_back(statusIs("pending", true)); }},
        {"lint.condition.shadowed", "equalTo after a notEqualTo that covers it",
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-resolution") = {Condition::notEqualTo("status", Value::string("open"), true),
                                                 statusIs("closed", false)};
         },
         "/caseRules/0/rule/required/conditions/1",
         // equalTo X after notEqualTo X: X is exactly where the first is false, so the second decides.
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-resolution") = {
                 Condition::notEqualTo("status", Value::string("closed"), true), statusIs("closed", true)};
         }},
        {"lint.condition.contradictory", "andAll needs two categories",
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-refund")[0].children.push_back(
                 Condition::equalTo("f-category", Value::string("technical"), true));
         },
         "/caseRules/2/rule/required/conditions/0",
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-refund")[0].children.push_back(
                 Condition::notEqualTo("f-category", Value::string("technical"), true));
         }},
        {"lint.condition.contradictory", "andAll equal and not equal",
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-refund")[0].children.push_back(
                 Condition::notEqualTo("f-subcategory", Value::string("refund"), true));
         },
         "/caseRules/2/rule/required/conditions/0", nullptr},
        {"lint.condition.same-as-default", "condition gives the default",
         [](DomainSnapshot &s) { conditionsOf(s, "cr-resolution").push_back(statusIs("pending", false)); },
         "/caseRules/0/rule/required/conditions/1",
         // It gives the default, but it stops a later condition from deciding: it matters.
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-resolution")
                 .insert(conditionsOf(s, "cr-resolution").begin(),
                         Condition::equalTo("f-vip", Value::boolean_(true), false));
         }},
        {"lint.condition.redundant", "narrower condition before a wider one",
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-resolution")
                 .insert(conditionsOf(s, "cr-resolution").begin(),
                         Condition::andAll({statusIs("closed", true),
                                            Condition::equalTo("f-vip", Value::boolean_(true), true)}));
         },
         "/caseRules/0/rule/required/conditions/0",
         [](DomainSnapshot &s) {
             conditionsOf(s, "cr-resolution")
                 .insert(conditionsOf(s, "cr-resolution").begin(),
                         Condition::equalTo("f-vip", Value::boolean_(true), true));
         }},
        {"lint.rule.no-conditions", "required rule without conditions",
         [](DomainSnapshot &s) { conditionsOf(s, "cr-resolution").clear(); },
         "/caseRules/0/rule/required/conditions", nullptr},
        {"lint.rule.unused", "rule attached nowhere",
         [](DomainSnapshot &s) { generalRules(s).erase(generalRules(s).begin() + 3); }, "/caseRules/5",
         // Attached to an inactive template still counts.
         [](DomainSnapshot &s) {
             generalRules(s).erase(generalRules(s).begin() + 3);
             templateById(s, "t-legacy").rules = std::vector<TemplateRule>{attach("cr-followup", "f-due")};
         }},
        {"lint.rule.unused", "rule attached only to a deleted template",
         [](DomainSnapshot &s) {
             generalRules(s).erase(generalRules(s).begin() + 3);
             templateById(s, "t-deleted").rules->push_back(attach("cr-followup", "f-due"));
         },
         "/caseRules/5", nullptr},
        {"lint.options.inactive-option", "inactive child option",
         [](DomainSnapshot &s) {
             optionsRuleOf(s, "cr-subcategory").mappings[0].childValues.push_back("legacy-dispute");
         },
         kSubcategoryMappings + "/0/childFieldOptionValues/3",
         [](DomainSnapshot &s) {
             optionsOf(s, "f-subcategory").back().active = true;
             optionsRuleOf(s, "cr-subcategory").mappings[0].childValues.push_back("legacy-dispute");
         }},
        {"lint.options.inactive-option", "inactive parent option",
         [](DomainSnapshot &s) { optionsOf(s, "f-category")[2].active = false; },
         kSubcategoryMappings + "/2/parentFieldOptionValue", nullptr},
        {"lint.options.duplicate-child-value", "child value twice",
         [](DomainSnapshot &s) {
             optionsRuleOf(s, "cr-subcategory").mappings[0].childValues.push_back("refund");
         },
         kSubcategoryMappings + "/0/childFieldOptionValues/3",
         // The same child value under two parent values is fine.
         [](DomainSnapshot &s) {
             optionsRuleOf(s, "cr-subcategory").mappings[1].childValues.push_back("refund");
         }},
        {"lint.template.required-and-hidden", "required rule and hidden rule on one field",
         [](DomainSnapshot &s) { generalRules(s).push_back(attach("cr-resolution", "f-escalation")); },
         "/templates/0/rules/1",
         // Required only when urgent, and urgent cases show the field: the two never meet.
         [](DomainSnapshot &s) {
             s.caseRules.push_back(makeBooleanRule(
                 "cr-urgent-reason", "Escalation reason required when urgent", RuleDetails::Kind::Required,
                 false, {Condition::equalTo("f-priority", Value::string("urgent"), true)}));
             generalRules(s).push_back(attach("cr-urgent-reason", "f-escalation"));
         }},
        {"lint.template.required-and-hidden", "always required field with a hidden rule",
         [](DomainSnapshot &s) {
             templateById(s, "t-general").requiredFields->push_back(RequiredField{"f-due", Json::object()});
         },
         "/templates/0/rules/3", nullptr},
        {"lint.template.several-rules", "two required rules on one field",
         [](DomainSnapshot &s) {
             s.caseRules.push_back(makeBooleanRule("cr-open-notes", "Resolution notes required while open",
                                                   RuleDetails::Kind::Required, false,
                                                   {statusIs("open", true)}));
             generalRules(s).push_back(attach("cr-open-notes", "f-resolution"));
         },
         "/templates/0/rules/5",
         // One required rule on each of two fields: nothing combines.
         [](DomainSnapshot &s) {
             s.caseRules.push_back(makeBooleanRule("cr-open-notes", "Resolution notes required while open",
                                                   RuleDetails::Kind::Required, false,
                                                   {statusIs("open", true)}));
             generalRules(s).push_back(attach("cr-open-notes", "f-refund-amount"));
         }},
        {"lint.template.rule-without-field", "attachment without field",
         [](DomainSnapshot &s) { generalRules(s)[3].fieldId.reset(); }, "/templates/0/rules/3",
         [](DomainSnapshot &s) { generalRules(s)[3].fieldId = "f-website"; }},
        {"lint.text.control-character", "rule name with a terminal escape sequence",
         [](DomainSnapshot &s) { ruleById(s, "cr-resolution").name = "Resolution \x1b[31mnotes"; },
         "/caseRules/0/name",
         // Accents, emoji and right-to-left script are text, not control characters.
         [](DomainSnapshot &s) {
             ruleById(s, "cr-resolution").name = "R\u00e9solution \U0001F600 \u05e9\u05dc\u05d5\u05dd";
         }},
        {"lint.text.control-character", "template description with a NUL",
         [](DomainSnapshot &s) {
             templateById(s, "t-general").description = std::string("General\0case", 12);
         },
         "/templates/0/description", nullptr},
        {"lint.text.control-character", "field description with a bidi override",
         [](DomainSnapshot &s) { s.fields[2].description = "A short \u202esummary"; },
         "/fields/2/description", nullptr},
    };
}

} // namespace cw::test
