#include "snapshot_fixture.h"

#include <stdexcept>

namespace cw::test {
namespace {

const std::string kArnPrefix = "arn:aws:cases:eu-west-2:123456789012:domain/d-7c2f41e9";

Layout makeLayout(std::string layoutId, std::string name, const std::vector<std::string> &fieldIds)
{
    Layout layout;
    layout.layoutId = std::move(layoutId);
    layout.layoutArn = kArnPrefix + "/layout/" + layout.layoutId;
    layout.name = std::move(name);
    Json fields = Json::array();
    for (const std::string &id : fieldIds)
        fields.push_back({{"id", id}});
    layout.content = {
        {"basic",
         {{"moreInfo", {{"sections", {{{"fieldGroup", {{"name", "Details"}, {"fields", fields}}}}}}}}}}};
    return layout;
}

CaseTemplate makeTemplate(std::string templateId, std::string name, std::string status)
{
    CaseTemplate result;
    result.templateId = std::move(templateId);
    result.templateArn = kArnPrefix + "/template/" + result.templateId;
    result.name = std::move(name);
    result.status = std::move(status);
    return result;
}

std::vector<RequiredField> requiredFields(const std::vector<std::string> &fieldIds)
{
    std::vector<RequiredField> fields;
    for (const std::string &id : fieldIds)
        fields.push_back(RequiredField{id, Json::object()});
    return fields;
}

template <typename Item, typename Key>
Item &findOrThrow(std::vector<Item> &items, const std::string &id, Key key)
{
    for (Item &item : items)
        if (item.*key == id)
            return item;
    throw std::logic_error("the fixture has no " + id); // a typo in a test, not a test result
}

void addFields(DomainSnapshot &s)
{
    s.fields = {
        makeField("status", "Status", "SingleSelect", "System"),
        makeField("title", "Title", "Text", "System"),
        makeField("summary", "Summary", "Text", "System"),
        makeField("f-priority", "Priority", "SingleSelect"),
        makeField("f-category", "Category", "SingleSelect"),
        makeField("f-subcategory", "Subcategory", "SingleSelect"),
        makeField("f-resolution", "Resolution notes", "Text"),
        makeField("f-escalation", "Escalation reason", "Text"),
        makeField("f-refund-amount", "Refund amount", "Number"),
        makeField("f-approval", "Approval notes", "Text"),
        makeField("f-vip", "VIP customer", "Boolean"),
        makeField("f-due", "Follow-up date", "DateTime"),
        makeField("f-owner", "Case owner", "User"),
        makeField("f-website", "Order page", "Url"),
        makeField("f-old-region", "Region (old)", "SingleSelect"),
    };
    s.fields[2].description = "A short summary of the customer's problem";
    s.fields[14].deleted = true;

    s.fieldOptions["status"] = {makeOption("Open", "open"), makeOption("Pending", "pending"),
                                makeOption("Closed", "closed")};
    s.fieldOptions["f-priority"] = {makeOption("Low", "low"), makeOption("Medium", "medium"),
                                    makeOption("High", "high"), makeOption("Urgent", "urgent")};
    s.fieldOptions["f-category"] = {makeOption("Billing", "billing"), makeOption("Technical", "technical"),
                                    makeOption("General", "general")};
    s.fieldOptions["f-subcategory"] = {makeOption("Refund", "refund"),
                                       makeOption("Overcharge", "overcharge"),
                                       makeOption("Invoice copy", "invoice-copy"),
                                       makeOption("Outage", "outage"),
                                       makeOption("Login problem", "login"),
                                       makeOption("Other", "other"),
                                       makeOption("Legacy dispute", "legacy-dispute", false)};
    s.fieldOptions["f-old-region"] = {makeOption("North", "north"), makeOption("South", "south")};
}

void addRules(DomainSnapshot &s)
{
    using K = RuleDetails::Kind;
    s.caseRules.push_back(makeBooleanRule("cr-resolution", "Resolution notes required when closed",
                                          K::Required, false,
                                          {Condition::equalTo("status", Value::string("closed"), true)}));
    s.caseRules.back().description = "Agents must say how the case was resolved before closing it.";

    // Hidden unless urgent or VIP: the API stores "hidden", the website shows "show when".
    s.caseRules.push_back(
        makeBooleanRule("cr-escalation", "Escalation reason shown for urgent or VIP cases", K::Hidden, true,
                        {Condition::orAll({Condition::equalTo("f-priority", Value::string("high"), false),
                                           Condition::equalTo("f-priority", Value::string("urgent"), false)}),
                         Condition::equalTo("f-vip", Value::boolean_(true), false)}));

    s.caseRules.push_back(makeBooleanRule(
        "cr-refund", "Refund amount required for refunds", K::Required, false,
        {Condition::andAll({Condition::equalTo("f-category", Value::string("billing"), true),
                            Condition::equalTo("f-subcategory", Value::string("refund"), true)})}));

    s.caseRules.push_back(
        makeBooleanRule("cr-approval", "Approval notes required for billing refunds", K::Required, false,
                        {Condition::equalTo("f-refund-amount", Value::dbl(0), false),
                         Condition::equalTo("f-refund-amount", Value::empty(), false),
                         Condition::equalTo("f-category", Value::string("billing"), true)}));

    CaseRule options;
    options.caseRuleId = "cr-subcategory";
    options.caseRuleArn = kArnPrefix + "/case-rule/cr-subcategory";
    options.name = "Subcategory follows category";
    options.rule.kind = K::FieldOptions;
    options.rule.options.parentFieldId = "f-category";
    options.rule.options.childFieldId = "f-subcategory";
    options.rule.options.mappings = {{"billing", {"refund", "overcharge", "invoice-copy"}, Json::object()},
                                     {"technical", {"outage", "login"}, Json::object()},
                                     {"general", {"other"}, Json::object()}};
    s.caseRules.push_back(options);

    s.caseRules.push_back(makeBooleanRule("cr-followup", "Follow-up date hidden until the case has an owner",
                                          K::Hidden, false,
                                          {Condition::equalTo("f-owner", Value::empty(), true)}));

    s.caseRules.push_back(
        makeBooleanRule("cr-order-page", "Order page required unless the case is general", K::Required, false,
                        {Condition::notEqualTo("f-category", Value::string("general"), true)}));

    s.caseRules.push_back(makeBooleanRule("cr-retired", "Old returns rule", K::Required, false,
                                          {Condition::equalTo("status", Value::string("closed"), true)}));
    s.caseRules.back().deleted = true;
}

void addTemplates(DomainSnapshot &s)
{
    CaseTemplate general = makeTemplate("t-general", "General inquiry", "Active");
    general.description = "Questions and complaints that are not about billing";
    general.layoutConfiguration = LayoutConfiguration{"l-standard", Json::object()};
    general.requiredFields = requiredFields({"title"});
    general.rules = std::vector<TemplateRule>{
        attach("cr-resolution", "f-resolution"), attach("cr-escalation", "f-escalation"),
        attach("cr-subcategory", "f-subcategory"), attach("cr-followup", "f-due"),
        attach("cr-order-page", "f-website")};
    s.templates.push_back(general);

    CaseTemplate billing = makeTemplate("t-billing", "Billing dispute", "Active");
    billing.layoutConfiguration = LayoutConfiguration{"l-billing", Json::object()};
    billing.requiredFields = requiredFields({"title", "f-category"});
    billing.rules = std::vector<TemplateRule>{
        attach("cr-resolution", "f-resolution"), attach("cr-refund", "f-refund-amount"),
        attach("cr-approval", "f-approval"), attach("cr-subcategory", "f-subcategory"),
        attach("cr-escalation", "f-escalation")};
    s.templates.push_back(billing);

    s.templates.push_back(makeTemplate("t-legacy", "Legacy complaints", "Inactive"));

    CaseTemplate retired = makeTemplate("t-deleted", "Old returns", "Inactive");
    retired.deleted = true;
    retired.rules = std::vector<TemplateRule>{attach("cr-retired", "f-old-region")};
    s.templates.push_back(retired);
}

} // namespace

Field makeField(std::string fieldId, std::string name, std::string type, std::string nameSpace)
{
    Field field;
    field.fieldId = std::move(fieldId);
    field.fieldArn = kArnPrefix + "/field/" + field.fieldId;
    field.name = std::move(name);
    field.type = std::move(type);
    field.nameSpace = std::move(nameSpace);
    return field;
}

FieldOption makeOption(std::string name, std::string value, bool active)
{
    return FieldOption{std::move(name), std::move(value), active, Json::object()};
}

CaseRule makeBooleanRule(std::string caseRuleId, std::string name, RuleDetails::Kind kind, bool defaultValue,
                         std::vector<Condition> conditions)
{
    CaseRule rule;
    rule.caseRuleId = std::move(caseRuleId);
    rule.caseRuleArn = kArnPrefix + "/case-rule/" + rule.caseRuleId;
    rule.name = std::move(name);
    rule.rule.kind = kind;
    rule.rule.boolean.defaultValue = defaultValue;
    rule.rule.boolean.conditions = std::move(conditions);
    return rule;
}

TemplateRule attach(std::string caseRuleId, std::string fieldId)
{
    return TemplateRule{std::move(caseRuleId), std::move(fieldId), Json::object()};
}

DomainSnapshot realisticSnapshot()
{
    DomainSnapshot s;
    s.domainId = "d-7c2f41e9";
    s.domainArn = kArnPrefix;
    s.name = "Customer Care";
    addFields(s);
    s.layouts = {
        makeLayout("l-standard", "Standard", {"title", "summary", "f-resolution", "f-escalation", "f-due"}),
        makeLayout("l-billing", "Billing", {"title", "f-category", "f-refund-amount", "f-approval"}),
        makeLayout("l-archive", "Archive", {"title"})};
    addRules(s);
    addTemplates(s);
    return s;
}

Field &fieldById(DomainSnapshot &snapshot, const std::string &fieldId)
{
    return findOrThrow(snapshot.fields, fieldId, &Field::fieldId);
}

CaseRule &ruleById(DomainSnapshot &snapshot, const std::string &caseRuleId)
{
    return findOrThrow(snapshot.caseRules, caseRuleId, &CaseRule::caseRuleId);
}

CaseTemplate &templateById(DomainSnapshot &snapshot, const std::string &templateId)
{
    return findOrThrow(snapshot.templates, templateId, &CaseTemplate::templateId);
}

std::vector<FieldOption> &optionsOf(DomainSnapshot &snapshot, const std::string &fieldId)
{
    return snapshot.fieldOptions.at(fieldId);
}

std::vector<Condition> &conditionsOf(DomainSnapshot &snapshot, const std::string &caseRuleId)
{
    return ruleById(snapshot, caseRuleId).rule.boolean.conditions;
}

FieldOptionsRule &optionsRuleOf(DomainSnapshot &snapshot, const std::string &caseRuleId)
{
    return ruleById(snapshot, caseRuleId).rule.options;
}

} // namespace cw::test
