#include "validation/describe.h"

#include "common/user_text.h"

namespace cw::validation {
namespace {

std::string quoted(const std::string &text)
{
    return quoteUserText(text);
}

std::string title(const char *kind, const std::string &name, const std::string &id, const char *unnamed)
{
    if (!name.empty())
        return std::string(kind) + " " + quoted(name);
    if (!id.empty())
        return std::string(kind) + " " + elideUserText(id);
    return unnamed;
}

std::string describeOperand(const Value &operand)
{
    if (operand.kind == Value::Kind::Empty)
        return "empty";
    if (operand.kind == Value::Kind::String || operand.kind == Value::Kind::UserArn)
        return quoteUserText(operand.text, '"');
    return elideUserText(operand.display());
}

} // namespace

std::string entityLabel(const std::string &name, const std::string &id)
{
    if (name.empty())
        return elideUserText(id);
    return id.empty() ? elideUserText(name) : elideUserText(name) + " (" + elideUserText(id) + ")";
}

std::string ruleTitle(const CaseRule &rule)
{
    return title("Rule", rule.name, rule.caseRuleId, "The new rule");
}

std::string templateTitle(const CaseTemplate &caseTemplate)
{
    return title("Template", caseTemplate.name, caseTemplate.templateId, "The new template");
}

std::string fieldTitle(const Field &field)
{
    return title("Field", field.name, field.fieldId, "A field without id");
}

std::string fieldName(const DomainSnapshot &context, const std::string &fieldId)
{
    const Field *field = context.findField(fieldId);
    if (field && !field->name.empty())
        return quoted(field->name);
    return "field " + (fieldId.empty() ? std::string("(no id)") : elideUserText(fieldId));
}

std::string ruleName(const DomainSnapshot &context, const std::string &caseRuleId)
{
    const CaseRule *rule = context.findRule(caseRuleId);
    if (rule && !rule->name.empty())
        return quoted(rule->name);
    return "rule " + (caseRuleId.empty() ? std::string("(no id)") : elideUserText(caseRuleId));
}

std::string describeCondition(const Condition &condition, const DomainSnapshot &context)
{
    switch (condition.kind) {
    case Condition::Kind::EqualTo:
        return fieldName(context, condition.fieldId) + " is " + describeOperand(condition.operand);
    case Condition::Kind::NotEqualTo:
        return fieldName(context, condition.fieldId) + " is not " + describeOperand(condition.operand);
    case Condition::Kind::AndAll:
    case Condition::Kind::OrAll: {
        std::string text = condition.kind == Condition::Kind::AndAll ? "all of (" : "any of (";
        for (std::size_t i = 0; i < condition.children.size(); ++i)
            text += (i ? ", " : "") + describeCondition(condition.children[i], context);
        return text + ")";
    }
    case Condition::Kind::Unknown:
        return "a " + quoted(condition.unknownKey) + " condition";
    }
    return {};
}

std::string outcomeWord(RuleDetails::Kind kind, bool value)
{
    if (kind == RuleDetails::Kind::Hidden)
        return value ? "hidden" : "shown";
    return value ? "required" : "not required";
}

std::string listValues(const std::vector<std::string> &values, std::size_t limit)
{
    std::string text;
    for (std::size_t i = 0; i < values.size() && i < limit; ++i)
        text += (i ? ", " : "") + quoteUserText(values[i], '"');
    if (values.size() > limit)
        text += ", ...";
    return text;
}

std::string conditionList(const std::vector<std::size_t> &indexes)
{
    if (indexes.size() == 1)
        return "condition " + std::to_string(indexes.front() + 1);
    std::string text = "conditions ";
    for (std::size_t i = 0; i < indexes.size(); ++i) {
        if (i > 0)
            text += i + 1 == indexes.size() ? " and " : ", ";
        text += std::to_string(indexes[i] + 1);
    }
    return text;
}

} // namespace cw::validation
