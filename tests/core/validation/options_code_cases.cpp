// Cases for fieldOptions rules (cr-subcategory: Category -> Subcategory, 3 mappings).

#include "code_cases.h"
#include "snapshot_fixture.h"

namespace cw::test {
namespace {

const std::string kRule = "/caseRules/4/rule/fieldOptions";
const std::string kMappings = kRule + "/parentChildFieldOptionsMappings";

FieldOptionsRule &subcategory(DomainSnapshot &s)
{
    return optionsRuleOf(s, "cr-subcategory");
}

// `count` mappings, each from a category option made for it.
void mapManyParents(DomainSnapshot &s, std::size_t count)
{
    subcategory(s).mappings.clear();
    for (std::size_t i = 0; i < count; ++i) {
        const std::string value = "category-" + std::to_string(i);
        optionsOf(s, "f-category").push_back(makeOption("Category " + std::to_string(i), value));
        subcategory(s).mappings.push_back(OptionsMapping{value, {"other"}, Json::object()});
    }
}

// `count` child values for "billing", each a subcategory option made for it.
void mapManyChildren(DomainSnapshot &s, std::size_t count)
{
    std::vector<std::string> &children = subcategory(s).mappings[0].childValues;
    children.clear();
    for (std::size_t i = 0; i < count; ++i) {
        const std::string value = "sub-" + std::to_string(i);
        optionsOf(s, "f-subcategory").push_back(makeOption("Sub " + std::to_string(i), value));
        children.push_back(value);
    }
}

} // namespace

std::vector<CodeCase> optionsCodeCases()
{
    return {
        {"rule.options.parent-missing", "no parent field",
         [](DomainSnapshot &s) { subcategory(s).parentFieldId.reset(); }, kRule, nullptr},
        {"rule.options.child-missing", "no child field",
         [](DomainSnapshot &s) { subcategory(s).childFieldId.reset(); }, kRule, nullptr},
        {"rule.options.not-single-select", "text parent field",
         [](DomainSnapshot &s) { subcategory(s).parentFieldId = "f-resolution"; }, kRule + "/parentFieldId",
         // Another single-select parent whose options include the mapped values.
         [](DomainSnapshot &s) {
             optionsOf(s, "f-priority") = {makeOption("Billing", "billing"),
                                           makeOption("Technical", "technical"),
                                           makeOption("General", "general")};
             conditionsOf(s, "cr-escalation")[0] =
                 Condition::equalTo("f-priority", Value::string("billing"), false);
             subcategory(s).parentFieldId = "f-priority";
         }},
        {"rule.options.not-single-select", "number child field",
         [](DomainSnapshot &s) { subcategory(s).childFieldId = "f-refund-amount"; }, kRule + "/childFieldId",
         nullptr},
        {"rule.options.same-field", "parent is the child",
         [](DomainSnapshot &s) {
             subcategory(s).childFieldId = "f-category";
             subcategory(s).mappings = {OptionsMapping{"billing", {"technical"}, Json::object()}};
         },
         kRule + "/childFieldId", nullptr},
        {"rule.options.mappings.empty", "no mappings",
         [](DomainSnapshot &s) { subcategory(s).mappings.clear(); }, kMappings,
         [](DomainSnapshot &s) { subcategory(s).mappings.resize(1); }},
        {"rule.options.mappings.too-many", "201 mappings", [](DomainSnapshot &s) { mapManyParents(s, 201); },
         kMappings, [](DomainSnapshot &s) { mapManyParents(s, 200); }},
        {"rule.options.child-values.too-many", "1501 child values",
         [](DomainSnapshot &s) { mapManyChildren(s, 1501); }, kMappings + "/0/childFieldOptionValues",
         [](DomainSnapshot &s) { mapManyChildren(s, 1500); }},
        {"rule.options.value.length", "child value of 101",
         [](DomainSnapshot &s) { subcategory(s).mappings[0].childValues[0] = std::string(101, 'c'); },
         kMappings + "/0/childFieldOptionValues/0",
         // An empty child value is allowed by the pattern ^$|^.*[\S]$.
         [](DomainSnapshot &s) { subcategory(s).mappings[0].childValues[0].clear(); }},
        {"rule.options.value.pattern", "parent value trailing space",
         [](DomainSnapshot &s) { subcategory(s).mappings[0].parentValue = "billing "; },
         kMappings + "/0/parentFieldOptionValue",
         [](DomainSnapshot &s) { subcategory(s).mappings[0].parentValue.clear(); }},
        {"rule.options.parent-value.unknown", "parent value not an option",
         [](DomainSnapshot &s) { subcategory(s).mappings[1].parentValue = "sales"; },
         kMappings + "/1/parentFieldOptionValue",
         [](DomainSnapshot &s) {
             optionsOf(s, "f-category").push_back(makeOption("Sales", "sales"));
             subcategory(s).mappings[1].parentValue = "sales";
         }},
        {"rule.options.child-value.unknown", "child value not an option",
         [](DomainSnapshot &s) { subcategory(s).mappings[0].childValues[2] = "password"; },
         kMappings + "/0/childFieldOptionValues/2",
         [](DomainSnapshot &s) { subcategory(s).mappings[0].childValues[2] = "other"; }},
        {"rule.options.parent-value.duplicate", "parent value twice",
         [](DomainSnapshot &s) { subcategory(s).mappings[2].parentValue = "technical"; },
         kMappings + "/2/parentFieldOptionValue",
         [](DomainSnapshot &s) { subcategory(s).mappings[2].childValues.push_back("outage"); }},
        {"reference.field.deleted", "deleted parent field",
         [](DomainSnapshot &s) { subcategory(s).parentFieldId = "f-old-region"; }, kRule + "/parentFieldId",
         nullptr},
        {"reference.field.unknown", "unknown child field",
         [](DomainSnapshot &s) { subcategory(s).childFieldId = "f-gone"; }, kRule + "/childFieldId", nullptr},
    };
}

} // namespace cw::test
