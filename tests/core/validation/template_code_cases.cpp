// Cases for templates and what they refer to.

#include "code_cases.h"
#include "snapshot_fixture.h"

namespace cw::test {
namespace {

std::vector<TemplateRule> &rulesOf(DomainSnapshot &s, const std::string &templateId)
{
    CaseTemplate &t = templateById(s, templateId);
    if (!t.rules)
        t.rules.emplace();
    return *t.rules;
}

std::vector<RequiredField> &requiredOf(DomainSnapshot &s, const std::string &templateId)
{
    CaseTemplate &t = templateById(s, templateId);
    if (!t.requiredFields)
        t.requiredFields.emplace();
    return *t.requiredFields;
}

// `count` distinct attachments of rules that are neither hidden nor contradict each other.
void attachMany(DomainSnapshot &s, std::size_t count)
{
    const std::vector<std::string> rules{"cr-resolution", "cr-refund", "cr-approval", "cr-order-page",
                                         "cr-subcategory"};
    std::vector<TemplateRule> &attached = rulesOf(s, "t-legacy");
    for (std::size_t i = 0; attached.size() < count; ++i)
        attached.push_back(attach(rules[i % rules.size()], s.fields[i / rules.size()].fieldId));
}

void requireMany(DomainSnapshot &s, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        s.fields.push_back(makeField("f-extra-" + std::to_string(i), "Extra " + std::to_string(i), "Text"));
        requiredOf(s, "t-legacy").push_back(RequiredField{s.fields.back().fieldId, Json::object()});
    }
}

} // namespace

std::vector<CodeCase> templateCodeCases()
{
    return {
        {"template.id.length", "template id of 501",
         [](DomainSnapshot &s) { s.templates[2].templateId = std::string(501, 't'); },
         "/templates/2/templateId",
         [](DomainSnapshot &s) { s.templates[2].templateId = std::string(500, 't'); }},
        {"template.id.duplicate", "template id twice",
         [](DomainSnapshot &s) { s.templates[2].templateId = "t-general"; }, "/templates/2/templateId",
         // Two unpublished templates both have no id yet.
         [](DomainSnapshot &s) {
             s.templates[2].templateId.clear();
             s.templates.push_back(s.templates[2]);
             s.templates.back().name = "Legacy complaints 2";
         }},
        {"template.id.duplicate", "deleted template keeps its id",
         [](DomainSnapshot &s) { s.templates[3].templateId = "t-billing"; }, "/templates/3/templateId",
         nullptr},
        {"template.name.length", "template name empty",
         [](DomainSnapshot &s) { s.templates[2].name.clear(); }, "/templates/2/name",
         [](DomainSnapshot &s) { s.templates[2].name = std::string(100, 'n'); }},
        {"template.name.pattern", "template name trailing space",
         [](DomainSnapshot &s) { s.templates[2].name = "Legacy complaints "; }, "/templates/2/name",
         [](DomainSnapshot &s) { s.templates[2].name = "Legacy complaints (2019)"; }},
        {"template.name.duplicate", "template name twice",
         [](DomainSnapshot &s) { s.templates[2].name = "General inquiry"; }, "/templates/2/name",
         // A deleted template's name may be reused.
         [](DomainSnapshot &s) { s.templates[3].name = "General inquiry"; }},
        {"template.description.length", "template description of 256",
         [](DomainSnapshot &s) { s.templates[0].description = std::string(256, 'd'); },
         "/templates/0/description",
         [](DomainSnapshot &s) { s.templates[0].description = std::string(255, 'd'); }},
        {"template.status.invalid", "template status Draft",
         [](DomainSnapshot &s) { s.templates[2].status = "Draft"; }, "/templates/2/status",
         [](DomainSnapshot &s) { s.templates[2].status = "Active"; }},
        {"template.status.invalid", "template status missing",
         [](DomainSnapshot &s) { s.templates[2].status.clear(); }, "/templates/2", nullptr},
        {"template.rules.too-many", "51 attachments", [](DomainSnapshot &s) { attachMany(s, 51); },
         "/templates/2/rules", [](DomainSnapshot &s) { attachMany(s, 50); }},
        {"template.rules.duplicate", "same rule on same field twice",
         [](DomainSnapshot &s) {
             rulesOf(s, "t-general").push_back(attach("cr-resolution", "f-resolution"));
         },
         "/templates/0/rules/5",
         [](DomainSnapshot &s) { rulesOf(s, "t-general").push_back(attach("cr-resolution", "f-approval")); }},
        {"template.rules.duplicate",
         "same rule without a field twice",
         [](DomainSnapshot &s) {
             rulesOf(s, "t-legacy").push_back(TemplateRule{"cr-refund", std::nullopt, Json::object()});
             rulesOf(s, "t-legacy").push_back(TemplateRule{"cr-refund", std::nullopt, Json::object()});
         },
         "/templates/2/rules/1",
         nullptr,
         {"lint.template.rule-without-field"}},
        {"template.required-fields.too-many", "101 required fields",
         [](DomainSnapshot &s) { requireMany(s, 101); }, "/templates/2/requiredFields",
         [](DomainSnapshot &s) { requireMany(s, 100); }},
        {"template.required-fields.duplicate", "required field twice",
         [](DomainSnapshot &s) {
             requiredOf(s, "t-billing").push_back(RequiredField{"title", Json::object()});
         },
         "/templates/1/requiredFields/2/fieldId",
         [](DomainSnapshot &s) {
             requiredOf(s, "t-billing").push_back(RequiredField{"summary", Json::object()});
         }},
        {"reference.layout.unknown", "unknown default layout",
         [](DomainSnapshot &s) {
             s.templates[2].layoutConfiguration = LayoutConfiguration{"l-gone", Json::object()};
         },
         "/templates/2/layoutConfiguration/defaultLayout",
         [](DomainSnapshot &s) {
             s.templates[2].layoutConfiguration = LayoutConfiguration{"l-archive", Json::object()};
         }},
        {"reference.layout.deleted", "deleted default layout",
         [](DomainSnapshot &s) {
             s.layouts[2].deleted = true;
             s.templates[2].layoutConfiguration = LayoutConfiguration{"l-archive", Json::object()};
         },
         "/templates/2/layoutConfiguration/defaultLayout",
         [](DomainSnapshot &s) { s.layouts[2].deleted = true; }},
        {"reference.rule.unknown",
         "attachment of an unknown rule",
         [](DomainSnapshot &s) { rulesOf(s, "t-general")[4].caseRuleId = "cr-gone"; },
         "/templates/0/rules/4/caseRuleId",
         nullptr,
         {"lint.rule.unused"}},
        {"reference.rule.deleted", "attachment of a deleted rule",
         [](DomainSnapshot &s) { rulesOf(s, "t-general").push_back(attach("cr-retired", "summary")); },
         "/templates/0/rules/5/caseRuleId",
         // The deleted template may keep attaching the deleted rule.
         [](DomainSnapshot &s) { rulesOf(s, "t-deleted").push_back(attach("cr-retired", "summary")); }},
        {"reference.id.length",
         "attachment without a rule id",
         [](DomainSnapshot &s) { rulesOf(s, "t-general")[4].caseRuleId.clear(); },
         "/templates/0/rules/4/caseRuleId",
         nullptr,
         {"lint.rule.unused"}},
        {"reference.field.unknown", "attachment to an unknown field",
         [](DomainSnapshot &s) { rulesOf(s, "t-general")[4].fieldId = "f-gone"; },
         "/templates/0/rules/4/fieldId",
         [](DomainSnapshot &s) { rulesOf(s, "t-general")[4].fieldId = "summary"; }},
        {"reference.field.deleted", "required field deleted",
         [](DomainSnapshot &s) {
             requiredOf(s, "t-legacy").push_back(RequiredField{"f-old-region", Json::object()});
         },
         "/templates/2/requiredFields/0/fieldId",
         [](DomainSnapshot &s) {
             requiredOf(s, "t-legacy").push_back(RequiredField{"f-subcategory", Json::object()});
         }},
    };
}

} // namespace cw::test
