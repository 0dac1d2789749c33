#pragma once
// Builders for the evaluator tests: model objects written the way a reader thinks of them, so
// the tests do not depend on the wire readers.

#include "evaluator/compiled_template.h"
#include "model/domain_snapshot.h"
#include "model/sample_case.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cw::fixture {

inline Field field(std::string id, std::string name, std::string type)
{
    Field f;
    f.fieldId = std::move(id);
    f.name = std::move(name);
    f.type = std::move(type);
    f.nameSpace = "Custom";
    return f;
}

inline FieldOption option(std::string name, std::string value, bool active = true)
{
    FieldOption o;
    o.name = std::move(name);
    o.value = std::move(value);
    o.active = active;
    return o;
}

inline CaseRule booleanRule(RuleDetails::Kind kind, std::string id, std::string name,
                            std::vector<Condition> conditions, bool defaultValue)
{
    CaseRule rule;
    rule.caseRuleId = std::move(id);
    rule.name = std::move(name);
    rule.rule.kind = kind;
    rule.rule.boolean.conditions = std::move(conditions);
    rule.rule.boolean.defaultValue = defaultValue;
    return rule;
}

inline CaseRule requiredRule(std::string id, std::string name, std::vector<Condition> conditions,
                             bool defaultValue = false)
{
    return booleanRule(RuleDetails::Kind::Required, std::move(id), std::move(name), std::move(conditions),
                       defaultValue);
}

inline CaseRule hiddenRule(std::string id, std::string name, std::vector<Condition> conditions,
                           bool defaultValue = false)
{
    return booleanRule(RuleDetails::Kind::Hidden, std::move(id), std::move(name), std::move(conditions),
                       defaultValue);
}

inline OptionsMapping mapping(std::string parentValue, std::vector<std::string> childValues)
{
    OptionsMapping m;
    m.parentValue = std::move(parentValue);
    m.childValues = std::move(childValues);
    return m;
}

inline CaseRule optionsRule(std::string id, std::string name, std::optional<std::string> parent,
                            std::optional<std::string> child, std::vector<OptionsMapping> mappings)
{
    CaseRule rule;
    rule.caseRuleId = std::move(id);
    rule.name = std::move(name);
    rule.rule.kind = RuleDetails::Kind::FieldOptions;
    rule.rule.options.parentFieldId = std::move(parent);
    rule.rule.options.childFieldId = std::move(child);
    rule.rule.options.mappings = std::move(mappings);
    return rule;
}

inline TemplateRule attach(std::string caseRuleId, std::optional<std::string> fieldId)
{
    TemplateRule r;
    r.caseRuleId = std::move(caseRuleId);
    r.fieldId = std::move(fieldId);
    return r;
}

inline CaseTemplate caseTemplate(std::string id, std::vector<std::string> requiredFields,
                                 std::vector<TemplateRule> rules)
{
    CaseTemplate t;
    t.templateId = std::move(id);
    t.name = t.templateId;
    t.status = "Active";
    if (!requiredFields.empty()) {
        t.requiredFields.emplace();
        for (std::string &fieldId : requiredFields) {
            RequiredField required;
            required.fieldId = std::move(fieldId);
            t.requiredFields->push_back(std::move(required));
        }
    }
    if (!rules.empty())
        t.rules = std::move(rules);
    return t;
}

inline SampleCase sample(std::string id, std::vector<std::pair<std::string, Value>> values)
{
    SampleCase c;
    c.id = std::move(id);
    c.templateId = "t1";
    for (auto &[fieldId, value] : values) {
        CaseFieldValue v;
        v.id = std::move(fieldId);
        v.value = std::move(value);
        c.fields.push_back(std::move(v));
    }
    return c;
}

// A help-desk domain: the fields every test below talks about.
inline DomainSnapshot helpDesk()
{
    DomainSnapshot s;
    s.domainId = "d1";
    s.fields = {field("status", "Status", "SingleSelect"),
                field("priority", "Priority", "SingleSelect"),
                field("amount", "Amount", "Number"),
                field("vip", "VIP", "Boolean"),
                field("owner", "Owner", "User"),
                field("notes", "Resolution notes", "Text"),
                field("reason", "Escalation reason", "Text"),
                field("category", "Category", "SingleSelect"),
                field("subcategory", "Subcategory", "SingleSelect")};
    s.fieldOptions["category"] = {option("Billing", "billing"), option("Tech", "tech"),
                                  option("Other", "other")};
    // Names sort differently from values, so the tests see which one the order follows.
    s.fieldOptions["subcategory"] = {
        option("Refund", "a_refund"), option("overcharge", "z_overcharge"), option("Late fee", "m_late"),
        option("Crash", "b_crash"),   option("Old option", "o_old", false), option("Apple pay", "y_apple")};
    return s;
}

} // namespace cw::fixture
