#pragma once
// A deliberately naive evaluator that walks the model directly, written from
// docs/evaluation.md and sharing no code with the compiled one. The consistency test holds the
// two against each other.

#include "model/domain_snapshot.h"
#include "model/sample_case.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace cw::reference {

struct FieldResult {
    std::string fieldId;
    bool required = false;
    bool hidden = false;
    std::optional<std::vector<std::string>> options;
    bool allOptions = false;
};

inline bool equals(const Value *caseValue, const Value &operand)
{
    if (operand.kind == Value::Kind::Empty)
        return !caseValue || caseValue->kind == Value::Kind::Empty;
    if (!caseValue)
        return false;
    const auto isText = [](Value::Kind kind) {
        return kind == Value::Kind::String || kind == Value::Kind::UserArn;
    };
    if (isText(operand.kind))
        return isText(caseValue->kind) && caseValue->text == operand.text;
    if (operand.kind == Value::Kind::Double)
        return caseValue->kind == Value::Kind::Double && caseValue->number == operand.number;
    if (operand.kind == Value::Kind::Boolean)
        return caseValue->kind == Value::Kind::Boolean && caseValue->boolean == operand.boolean;
    return false;
}

inline bool holds(const Condition &condition, const SampleCase &sampleCase)
{
    switch (condition.kind) {
    case Condition::Kind::EqualTo:
        return condition.operand.kind != Value::Kind::Unknown &&
               equals(sampleCase.find(condition.fieldId), condition.operand);
    case Condition::Kind::NotEqualTo:
        return condition.operand.kind != Value::Kind::Unknown &&
               !equals(sampleCase.find(condition.fieldId), condition.operand);
    case Condition::Kind::AndAll:
        return !condition.children.empty() &&
               std::all_of(condition.children.begin(), condition.children.end(),
                           [&](const Condition &child) { return holds(child, sampleCase); });
    case Condition::Kind::OrAll:
        return std::any_of(condition.children.begin(), condition.children.end(),
                           [&](const Condition &child) { return holds(child, sampleCase); });
    case Condition::Kind::Unknown:
        return false;
    }
    return false;
}

inline std::optional<bool> firstLeafResult(const Condition &condition)
{
    if (condition.isComparison())
        return condition.result;
    for (const Condition &child : condition.children)
        if (const auto result = firstLeafResult(child))
            return result;
    return std::nullopt;
}

inline bool ruleValue(const BooleanRule &rule, const SampleCase &sampleCase)
{
    for (const Condition &condition : rule.conditions)
        if (holds(condition, sampleCase))
            return firstLeafResult(condition).value_or(false);
    return rule.defaultValue;
}

inline std::string lower(std::string text)
{
    for (char &c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

// Returns the offered values and whether the rule left the choice unrestricted.
inline std::pair<std::vector<std::string>, bool> offered(const DomainSnapshot &snapshot,
                                                         const FieldOptionsRule &rule,
                                                         const std::string &attachedField,
                                                         const SampleCase &sampleCase)
{
    const std::vector<FieldOption> *known = snapshot.optionsOf(rule.childFieldId.value_or(attachedField));
    const OptionsMapping *mapping = nullptr;
    if (rule.parentFieldId) {
        const Value *parent = sampleCase.find(*rule.parentFieldId);
        if (parent && (parent->kind == Value::Kind::String || parent->kind == Value::Kind::UserArn))
            for (const OptionsMapping &candidate : rule.mappings)
                if (candidate.parentValue == parent->text) {
                    mapping = &candidate;
                    break;
                }
    }
    std::vector<std::string> values;
    if (known) {
        std::vector<std::tuple<std::string, std::string, std::string, std::string>> keyed;
        for (const FieldOption &option : *known) {
            if (!option.active)
                continue;
            if (mapping && std::find(mapping->childValues.begin(), mapping->childValues.end(),
                                     option.value) == mapping->childValues.end())
                continue;
            keyed.emplace_back(lower(option.name), option.name, lower(option.value), option.value);
        }
        std::sort(keyed.begin(), keyed.end());
        for (const auto &key : keyed)
            values.push_back(std::get<3>(key));
    } else if (mapping) {
        std::vector<std::pair<std::string, std::string>> keyed;
        for (const std::string &value : mapping->childValues)
            keyed.emplace_back(lower(value), value);
        std::sort(keyed.begin(), keyed.end());
        keyed.erase(std::unique(keyed.begin(), keyed.end()), keyed.end());
        for (const auto &key : keyed)
            values.push_back(key.second);
    }
    return {values, mapping == nullptr};
}

inline std::vector<FieldResult> evaluate(const DomainSnapshot &snapshot, const CaseTemplate &caseTemplate,
                                         const SampleCase &sampleCase)
{
    std::vector<FieldResult> fields;
    const auto fieldOf = [&](const std::string &fieldId) -> FieldResult & {
        for (FieldResult &field : fields)
            if (field.fieldId == fieldId)
                return field;
        fields.push_back({fieldId, false, false, std::nullopt, false});
        return fields.back();
    };
    if (caseTemplate.requiredFields)
        for (const RequiredField &required : *caseTemplate.requiredFields)
            fieldOf(required.fieldId).required = true;
    if (!caseTemplate.rules)
        return fields;
    for (const TemplateRule &attached : *caseTemplate.rules)
        if (attached.fieldId)
            fieldOf(*attached.fieldId);

    std::vector<std::vector<std::pair<std::vector<std::string>, bool>>> optionSets(fields.size());
    for (const TemplateRule &attached : *caseTemplate.rules) {
        const CaseRule *rule = snapshot.findRule(attached.caseRuleId);
        if (!attached.fieldId || !rule || rule->isDeleted())
            continue;
        FieldResult &field = fieldOf(*attached.fieldId);
        switch (rule->rule.kind) {
        case RuleDetails::Kind::Required:
            field.required = field.required || ruleValue(rule->rule.boolean, sampleCase);
            break;
        case RuleDetails::Kind::Hidden:
            field.hidden = field.hidden || ruleValue(rule->rule.boolean, sampleCase);
            break;
        case RuleDetails::Kind::FieldOptions:
            optionSets[static_cast<std::size_t>(&field - fields.data())].push_back(
                offered(snapshot, rule->rule.options, *attached.fieldId, sampleCase));
            break;
        case RuleDetails::Kind::Unknown:
            break;
        }
    }
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (optionSets[i].empty())
            continue;
        std::optional<std::vector<std::string>> restricted;
        for (const auto &[values, unrestricted] : optionSets[i]) {
            if (unrestricted)
                continue;
            if (!restricted) {
                restricted = values;
                continue;
            }
            std::erase_if(*restricted, [&values = values](const std::string &value) {
                return std::find(values.begin(), values.end(), value) == values.end();
            });
        }
        fields[i].allOptions = !restricted;
        fields[i].options = restricted ? *restricted : optionSets[i].front().first;
    }
    return fields;
}

} // namespace cw::reference
