#pragma once
// For the member-list tests: a rule and a template with every member set, and a change to any one
// member (by its type), so a test can walk model_members.h and see what each member's change does.

#include "model/model_members.h"

#include <optional>
#include <string>
#include <vector>

namespace cw::modeltest {

inline void perturb(std::string &value)
{
    value += "-changed";
}
inline void perturb(std::optional<std::string> &value)
{
    value = value.value_or("") + "-changed";
}
inline void perturb(std::optional<bool> &value)
{
    value = !value.value_or(false);
}
inline void perturb(Json &value)
{
    value["aMemberFromANewerService"] = 1;
}
inline void perturb(std::optional<Json> &value)
{
    Json changed = value.value_or(Json::object());
    if (changed.is_array())
        changed.push_back("another");
    else
        changed["changed"] = "yes";
    value = changed;
}
inline void perturb(RuleDetails &value)
{
    value.boolean.defaultValue = !value.boolean.defaultValue;
}
inline void perturb(std::optional<LayoutConfiguration> &value)
{
    LayoutConfiguration changed = value.value_or(LayoutConfiguration{});
    changed.defaultLayout = changed.defaultLayout.value_or("") + "-changed";
    value = changed;
}
// A list gets one more item.
template <class Item> void perturb(std::optional<std::vector<Item>> &value, Item another)
{
    auto changed = value.value_or(std::vector<Item>{});
    changed.push_back(std::move(another));
    value = changed;
}
inline void perturb(std::optional<std::vector<RequiredField>> &value)
{
    perturb(value, RequiredField{"another-field", Json::object()});
}
inline void perturb(std::optional<std::vector<TemplateRule>> &value)
{
    perturb(value, TemplateRule{"another-rule", std::string("a-field"), Json::object()});
}

// Every member set, so removing one from a JSON form is visible.
inline CaseRule fullRule()
{
    CaseRule rule;
    rule.caseRuleId = "rule-1";
    rule.name = "Notes required when closed";
    rule.caseRuleArn = "arn:aws:cases:us-east-1:123456789012:domain/d/case-rule/rule-1";
    rule.description = "A description";
    rule.rule.kind = RuleDetails::Kind::Required;
    rule.rule.boolean.conditions = {Condition::equalTo("status", Value::string("closed"), true)};
    rule.deleted = false;
    rule.createdTime = "2026-01-01T00:00:00Z";
    rule.lastModifiedTime = "2026-01-02T00:00:00Z";
    rule.tags = Json{{"team", "support"}};
    rule.extra = Json{{"someFutureMember", "kept"}};
    return rule;
}

inline CaseTemplate fullTemplate()
{
    CaseTemplate caseTemplate;
    caseTemplate.templateId = "template-1";
    caseTemplate.templateArn = "arn:aws:cases:us-east-1:123456789012:domain/d/template/template-1";
    caseTemplate.name = "Customer support";
    caseTemplate.description = "A description";
    caseTemplate.layoutConfiguration = LayoutConfiguration{std::string("layout-1"), Json::object()};
    caseTemplate.requiredFields = std::vector<RequiredField>{{"title", Json::object()}};
    caseTemplate.tags = Json{{"team", "support"}};
    caseTemplate.status = "Active";
    caseTemplate.deleted = false;
    caseTemplate.createdTime = "2026-01-01T00:00:00Z";
    caseTemplate.lastModifiedTime = "2026-01-02T00:00:00Z";
    caseTemplate.rules = std::vector<TemplateRule>{{"rule-1", std::string("notes"), Json::object()}};
    caseTemplate.tagPropagationConfigurations = Json::array({Json{{"resourceType", "Cases"}}});
    caseTemplate.extra = Json{{"someFutureMember", "kept"}};
    return caseTemplate;
}

} // namespace cw::modeltest
