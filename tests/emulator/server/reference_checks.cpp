#include "reference_checks.h"

#include "error_response.h"
#include "request_body.h"
#include "validation/validator.h"

#include <set>

namespace cw::emu {
namespace {
constexpr std::size_t kMaxConditions = 100; // BooleanConditionList

// The project's validator is the authority on what the service rejects (limits, nesting,
// operand types, option values...): the emulator answers its first error.
ApiStatus firstValidatorError(const std::vector<Finding> &findings)
{
    for (const Finding &finding : findings) {
        if (finding.severity != Finding::Severity::Error)
            continue;
        std::string message = finding.message;
        if (!finding.where.pointer.empty())
            message += " (at " + finding.where.pointer + ")";
        return validationError(message + " [" + finding.code + "]");
    }
    return apiOk();
}

ApiStatus checkFieldReference(const std::string &fieldId, const std::string &member,
                              const DomainSnapshot &domain)
{
    if (fieldId.empty() || fieldId.size() > 500)
        return validationError(member + " must be 1 to 500 characters long.");
    const Field *field = domain.findField(fieldId);
    if (field == nullptr)
        return validationError(member + " refers to field \"" + fieldId + "\", which does not exist.");
    if (field->isDeleted())
        return validationError(member + " refers to field \"" + fieldId + "\", which is deleted.");
    return apiOk();
}

ApiStatus checkOperand(const Value &operand, const std::string &member)
{
    switch (operand.kind) {
    case Value::Kind::String:
        if (operand.text.empty() || characterCount(operand.text) > 1500)
            return validationError(member + ".stringValue must be 1 to 1500 characters long.");
        return apiOk();
    case Value::Kind::Double:
    case Value::Kind::Boolean:
    case Value::Kind::Empty:
        return apiOk();
    case Value::Kind::UserArn:
    case Value::Kind::Unknown:
        break;
    }
    return validationError(member +
                           " must hold one of stringValue, booleanValue, doubleValue or emptyValue.");
}

ApiStatus checkCondition(const Condition &condition, const std::string &member, const DomainSnapshot &domain)
{
    switch (condition.kind) {
    case Condition::Kind::EqualTo:
    case Condition::Kind::NotEqualTo: {
        const std::string operands = member + "." + toString(condition.kind);
        auto field = checkFieldReference(condition.fieldId, operands + ".operandOne.fieldId", domain);
        if (!field)
            return field;
        return checkOperand(condition.operand, operands + ".operandTwo");
    }
    case Condition::Kind::AndAll:
    case Condition::Kind::OrAll: {
        const std::string compound = member + "." + toString(condition.kind);
        if (condition.children.size() > kMaxConditions)
            return validationError(compound + ".conditions must hold at most 100 conditions.");
        for (std::size_t i = 0; i < condition.children.size(); ++i) {
            auto child = checkCondition(condition.children[i],
                                        compound + ".conditions[" + std::to_string(i) + "]", domain);
            if (!child)
                return child;
        }
        return apiOk();
    }
    case Condition::Kind::Unknown:
        break;
    }
    return validationError(member + " has an unknown condition type \"" + condition.unknownKey +
                           "\"; use equalTo, notEqualTo, andAll or orAll.");
}

ApiStatus checkFieldOptionsRule(const FieldOptionsRule &rule, const DomainSnapshot &domain)
{
    const std::string member = "rule.fieldOptions";
    if (rule.parentFieldId) {
        auto parent = checkFieldReference(*rule.parentFieldId, member + ".parentFieldId", domain);
        if (!parent)
            return parent;
    }
    if (rule.childFieldId) {
        auto child = checkFieldReference(*rule.childFieldId, member + ".childFieldId", domain);
        if (!child)
            return child;
    }
    if (rule.mappings.empty() || rule.mappings.size() > 200)
        return validationError(member + ".parentChildFieldOptionsMappings must hold 1 to 200 mappings.");
    for (std::size_t i = 0; i < rule.mappings.size(); ++i) {
        const OptionsMapping &mapping = rule.mappings[i];
        const std::string where = member + ".parentChildFieldOptionsMappings[" + std::to_string(i) + "]";
        auto parentValue =
            checkTrimmedText(mapping.parentValue, where + ".parentFieldOptionValue", 100, true);
        if (!parentValue)
            return parentValue;
        if (mapping.childValues.size() > 1500)
            return validationError(where + ".childFieldOptionValues must hold at most 1500 values.");
        for (std::size_t j = 0; j < mapping.childValues.size(); ++j) {
            auto value =
                checkTrimmedText(mapping.childValues[j],
                                 where + ".childFieldOptionValues[" + std::to_string(j) + "]", 100, true);
            if (!value)
                return value;
        }
    }
    return apiOk();
}
} // namespace

ApiStatus checkCaseRule(const CaseRule &rule, const DomainSnapshot &domain)
{
    auto validated = firstValidatorError(validateRule(rule, domain));
    if (!validated)
        return validated;
    auto name = checkName(rule.name, "name");
    if (!name)
        return name;
    auto description = checkDescription(rule.description, "description");
    if (!description)
        return description;
    switch (rule.rule.kind) {
    case RuleDetails::Kind::Required:
    case RuleDetails::Kind::Hidden: {
        const std::string member = std::string("rule.") + toString(rule.rule.kind);
        const auto &conditions = rule.rule.boolean.conditions;
        if (conditions.size() > kMaxConditions)
            return validationError(member + ".conditions must hold at most 100 conditions.");
        for (std::size_t i = 0; i < conditions.size(); ++i) {
            auto condition =
                checkCondition(conditions[i], member + ".conditions[" + std::to_string(i) + "]", domain);
            if (!condition)
                return condition;
        }
        return apiOk();
    }
    case RuleDetails::Kind::FieldOptions:
        return checkFieldOptionsRule(rule.rule.options, domain);
    case RuleDetails::Kind::Unknown:
        break;
    }
    return validationError("rule has an unknown type \"" + rule.rule.unknownKey +
                           "\"; use required, hidden or fieldOptions.");
}

ApiStatus checkTemplate(const CaseTemplate &caseTemplate, const DomainSnapshot &domain)
{
    auto validated = firstValidatorError(validateTemplate(caseTemplate, domain));
    if (!validated)
        return validated;
    auto name = checkName(caseTemplate.name, "name");
    if (!name)
        return name;
    auto description = checkDescription(caseTemplate.description, "description");
    if (!description)
        return description;
    auto status = checkEnum(caseTemplate.status, "status", {"Active", "Inactive"});
    if (!status)
        return status;
    if (caseTemplate.requiredFields) {
        if (caseTemplate.requiredFields->size() > 100)
            return validationError("requiredFields must hold at most 100 fields.");
        std::set<std::string> seen;
        for (std::size_t i = 0; i < caseTemplate.requiredFields->size(); ++i) {
            const std::string &fieldId = (*caseTemplate.requiredFields)[i].fieldId;
            const std::string member = "requiredFields[" + std::to_string(i) + "].fieldId";
            auto field = checkFieldReference(fieldId, member, domain);
            if (!field)
                return field;
            if (!seen.insert(fieldId).second)
                return validationError(member + " repeats field \"" + fieldId +
                                       "\"; a template lists a field once.");
        }
    }
    if (caseTemplate.rules) {
        if (caseTemplate.rules->size() > 50)
            return validationError("rules must hold at most 50 template rules.");
        for (std::size_t i = 0; i < caseTemplate.rules->size(); ++i) {
            const TemplateRule &templateRule = (*caseTemplate.rules)[i];
            const std::string member = "rules[" + std::to_string(i) + "]";
            const CaseRule *rule = domain.findRule(templateRule.caseRuleId);
            if (rule == nullptr || rule->isDeleted())
                return validationError(
                    member + ".caseRuleId refers to case rule \"" + templateRule.caseRuleId +
                    (rule == nullptr ? "\", which does not exist." : "\", which is deleted."));
            // The model's default for an absent fieldId is the text "NULL".
            if (templateRule.fieldId && *templateRule.fieldId != "NULL") {
                auto field = checkFieldReference(*templateRule.fieldId, member + ".fieldId", domain);
                if (!field)
                    return field;
            }
        }
    }
    if (caseTemplate.layoutConfiguration && caseTemplate.layoutConfiguration->defaultLayout) {
        const std::string &layoutId = *caseTemplate.layoutConfiguration->defaultLayout;
        const Layout *layout = domain.findLayout(layoutId);
        if (layout == nullptr || layout->deleted.value_or(false))
            return validationError(
                "layoutConfiguration.defaultLayout refers to layout \"" + layoutId +
                (layout == nullptr ? "\", which does not exist." : "\", which is deleted."));
    }
    if (caseTemplate.tagPropagationConfigurations &&
        (!caseTemplate.tagPropagationConfigurations->is_array() ||
         caseTemplate.tagPropagationConfigurations->size() > 1))
        return validationError("tagPropagationConfigurations must be a list of at most 1 configuration.");
    return apiOk();
}

} // namespace cw::emu
