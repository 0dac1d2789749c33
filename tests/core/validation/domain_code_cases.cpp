// Cases for the domain id, fields, field options and layouts.

#include "code_cases.h"
#include "snapshot_fixture.h"

namespace cw::test {
namespace {

std::string repeat(const std::string &unit, std::size_t count)
{
    std::string text;
    for (std::size_t i = 0; i < count; ++i)
        text += unit;
    return text;
}

} // namespace

std::vector<CodeCase> domainCodeCases()
{
    return {
        {"domain.id.length", "domain id empty", [](DomainSnapshot &s) { s.domainId.clear(); }, "/domainId",
         [](DomainSnapshot &s) { s.domainId = repeat("d", 500); }},
        {"field.id.length", "field id of 501",
         [](DomainSnapshot &s) { s.fields[2].fieldId = repeat("x", 501); }, "/fields/2/fieldId",
         [](DomainSnapshot &s) { s.fields[2].fieldId = repeat("x", 500); }},
        {"field.id.length", "field id empty", [](DomainSnapshot &s) { s.fields[2].fieldId.clear(); },
         "/fields/2/fieldId", nullptr},
        {"field.id.duplicate", "field id twice", [](DomainSnapshot &s) { s.fields[2].fieldId = "title"; },
         "/fields/2/fieldId", [](DomainSnapshot &s) { s.fields[2].fieldId = "summary-2"; }},
        {"field.name.length", "field name of 101",
         [](DomainSnapshot &s) { s.fields[2].name = repeat("n", 101); }, "/fields/2/name",
         // 100 characters of 2 bytes each: lengths count characters, not bytes.
         [](DomainSnapshot &s) { s.fields[2].name = repeat("\xC3\xA9", 100); }},
        {"field.name.pattern", "field name trailing space",
         [](DomainSnapshot &s) { s.fields[2].name = "Summary "; }, "/fields/2/name",
         [](DomainSnapshot &s) { s.fields[2].name = "Case summary"; }},
        {"field.name.pattern", "field name trailing no-break space",
         [](DomainSnapshot &s) { s.fields[2].name = "Summary\xC2\xA0"; }, "/fields/2/name", nullptr},
        {"field.name.pattern", "field name with line break",
         [](DomainSnapshot &s) { s.fields[2].name = "Sum\nmary"; }, "/fields/2/name", nullptr},
        {"field.description.length", "field description of 256",
         [](DomainSnapshot &s) { s.fields[2].description = repeat("d", 256); }, "/fields/2/description",
         [](DomainSnapshot &s) { s.fields[2].description = repeat("\xE2\x82\xAC", 255); }},
        {"field.type.unknown", "field type MultiSelect",
         [](DomainSnapshot &s) { s.fields[2].type = "MultiSelect"; }, "/fields/2/type",
         [](DomainSnapshot &s) { s.fields[2].type = "Url"; }},
        {"field.namespace.unknown", "field namespace Partner",
         [](DomainSnapshot &s) { s.fields[2].nameSpace = "Partner"; }, "/fields/2/namespace",
         [](DomainSnapshot &s) { s.fields[2].nameSpace = "Custom"; }},
        {"option.field.type", "options on a text field",
         [](DomainSnapshot &s) { s.fieldOptions["summary"] = {makeOption("Short", "short")}; },
         "/fieldOptions/summary",
         // The deleted field keeps its options without complaint.
         [](DomainSnapshot &s) { s.fieldOptions["f-old-region"].push_back(makeOption("East", "east")); }},
        {"reference.field.unknown", "options of an unknown field",
         [](DomainSnapshot &s) { s.fieldOptions["f-gone"] = {makeOption("A", "a")}; }, "/fieldOptions/f-gone",
         nullptr},
        {"reference.field.unknown", "options key with a slash is escaped",
         [](DomainSnapshot &s) { s.fieldOptions["a/b~c"] = {makeOption("A", "a")}; }, "/fieldOptions/a~1b~0c",
         nullptr},
        {"option.name.length", "option name empty",
         [](DomainSnapshot &s) { optionsOf(s, "status")[0].name.clear(); }, "/fieldOptions/status/0/name",
         [](DomainSnapshot &s) { optionsOf(s, "status")[0].name = repeat("o", 100); }},
        {"option.name.pattern", "option name trailing space",
         [](DomainSnapshot &s) { optionsOf(s, "status")[0].name = "Open "; }, "/fieldOptions/status/0/name",
         [](DomainSnapshot &s) { optionsOf(s, "status")[0].name = "Open now"; }},
        {"option.value.length", "option value of 101",
         [](DomainSnapshot &s) { optionsOf(s, "status")[1].value = repeat("v", 101); },
         "/fieldOptions/status/1/value",
         [](DomainSnapshot &s) { optionsOf(s, "status")[1].value = repeat("v", 100); }},
        {"option.value.pattern", "option value trailing tab",
         [](DomainSnapshot &s) { optionsOf(s, "status")[1].value = "pending\t"; },
         "/fieldOptions/status/1/value",
         [](DomainSnapshot &s) { optionsOf(s, "status")[1].value = "on-hold"; }},
        {"option.value.duplicate", "option value twice",
         [](DomainSnapshot &s) { optionsOf(s, "status")[1].value = "open"; }, "/fieldOptions/status/1/value",
         // The same value in another field's options is fine.
         [](DomainSnapshot &s) { optionsOf(s, "f-priority")[0].value = "open"; }},
        {"layout.id.length", "layout id empty", [](DomainSnapshot &s) { s.layouts[2].layoutId.clear(); },
         "/layouts/2/layoutId", [](DomainSnapshot &s) { s.layouts[2].layoutId = repeat("l", 500); }},
        {"layout.id.duplicate", "layout id twice",
         [](DomainSnapshot &s) { s.layouts[2].layoutId = "l-standard"; }, "/layouts/2/layoutId",
         [](DomainSnapshot &s) { s.layouts[2].layoutId = "l-standard-2"; }},
        {"layout.name.length", "layout name of 101",
         [](DomainSnapshot &s) { s.layouts[2].name = repeat("a", 101); }, "/layouts/2/name",
         [](DomainSnapshot &s) { s.layouts[2].name = repeat("a", 100); }},
        {"layout.name.pattern", "layout name trailing space",
         [](DomainSnapshot &s) { s.layouts[2].name = "Archive "; }, "/layouts/2/name",
         [](DomainSnapshot &s) {
             s.layouts[2].name = "Archive ";
             s.layouts[2].deleted = true; // a deleted layout is not checked
         }},
    };
}

} // namespace cw::test
