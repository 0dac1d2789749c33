#include "edits/template_edits.h"

#include <algorithm>

namespace cw {
namespace {

constexpr std::size_t kMaxChildValues = 1500;

bool attachedTo(const TemplateRule &attachment, const std::string &caseRuleId, const std::string &fieldId)
{
    return attachment.caseRuleId == caseRuleId && attachment.fieldId && *attachment.fieldId == fieldId;
}

std::string uniqueName(const std::string &base, const std::set<std::string> &taken)
{
    std::string name = base;
    for (int n = 2; taken.count(name) != 0; ++n)
        name = base + " " + std::to_string(n);
    return name;
}

const char *kindWord(RuleDetails::Kind kind)
{
    switch (kind) {
    case RuleDetails::Kind::Hidden:
        return "hidden";
    case RuleDetails::Kind::FieldOptions:
        return "options";
    default:
        return "required";
    }
}

} // namespace

std::size_t attachedRuleCount(const CaseTemplate &caseTemplate)
{
    return caseTemplate.rules ? caseTemplate.rules->size() : 0;
}

std::size_t requiredFieldCount(const CaseTemplate &caseTemplate)
{
    return caseTemplate.requiredFields ? caseTemplate.requiredFields->size() : 0;
}

std::vector<std::string> namedFieldIds(const CaseTemplate &caseTemplate)
{
    std::vector<std::string> ids;
    std::set<std::string> seen;
    const auto add = [&](const std::string &id) {
        if (seen.insert(id).second)
            ids.push_back(id);
    };
    if (caseTemplate.requiredFields)
        for (const RequiredField &field : *caseTemplate.requiredFields)
            add(field.fieldId);
    if (caseTemplate.rules)
        for (const TemplateRule &attachment : *caseTemplate.rules)
            if (attachment.fieldId)
                add(*attachment.fieldId);
    return ids;
}

std::vector<std::string> rulesOnField(const CaseTemplate &caseTemplate, const std::string &fieldId)
{
    std::vector<std::string> ids;
    if (caseTemplate.rules)
        for (const TemplateRule &attachment : *caseTemplate.rules)
            if (attachment.fieldId && *attachment.fieldId == fieldId)
                ids.push_back(attachment.caseRuleId);
    return ids;
}

bool isRequiredField(const CaseTemplate &caseTemplate, const std::string &fieldId)
{
    return caseTemplate.requiredFields &&
           std::any_of(caseTemplate.requiredFields->begin(), caseTemplate.requiredFields->end(),
                       [&](const RequiredField &field) { return field.fieldId == fieldId; });
}

void addRequiredField(CaseTemplate &caseTemplate, const std::string &fieldId)
{
    if (isRequiredField(caseTemplate, fieldId))
        return;
    if (!caseTemplate.requiredFields)
        caseTemplate.requiredFields.emplace();
    RequiredField field;
    field.fieldId = fieldId;
    caseTemplate.requiredFields->push_back(std::move(field));
}

void removeRequiredField(CaseTemplate &caseTemplate, const std::string &fieldId)
{
    if (!caseTemplate.requiredFields)
        return;
    auto &fields = *caseTemplate.requiredFields;
    fields.erase(std::remove_if(fields.begin(), fields.end(),
                                [&](const RequiredField &field) { return field.fieldId == fieldId; }),
                 fields.end());
}

void attachRule(CaseTemplate &caseTemplate, const std::string &caseRuleId, const std::string &fieldId)
{
    if (!caseTemplate.rules)
        caseTemplate.rules.emplace();
    auto &rules = *caseTemplate.rules;
    if (std::any_of(rules.begin(), rules.end(), [&](const TemplateRule &attachment) {
            return attachedTo(attachment, caseRuleId, fieldId);
        }))
        return;
    TemplateRule attachment;
    attachment.caseRuleId = caseRuleId;
    attachment.fieldId = fieldId;
    rules.push_back(std::move(attachment));
}

void detachRule(CaseTemplate &caseTemplate, const std::string &caseRuleId, const std::string &fieldId)
{
    if (!caseTemplate.rules)
        return;
    auto &rules = *caseTemplate.rules;
    rules.erase(std::remove_if(rules.begin(), rules.end(),
                               [&](const TemplateRule &attachment) {
                                   return attachedTo(attachment, caseRuleId, fieldId);
                               }),
                rules.end());
}

bool ruleFitsField(const CaseRule &rule, const std::string &fieldId)
{
    switch (rule.rule.kind) {
    case RuleDetails::Kind::Required:
    case RuleDetails::Kind::Hidden:
        return true;
    case RuleDetails::Kind::FieldOptions:
        return rule.rule.options.childFieldId && *rule.rule.options.childFieldId == fieldId;
    case RuleDetails::Kind::Unknown:
        return false;
    }
    return false;
}

const Field *defaultParentField(const DomainSnapshot &context, const std::string &childFieldId)
{
    const Field *child = context.findField(childFieldId);
    if (!child || child->fieldType() != FieldType::SingleSelect)
        return nullptr;
    const Field *best = nullptr;
    for (const Field &field : context.fields)
        if (!field.isDeleted() && field.fieldType() == FieldType::SingleSelect &&
            field.fieldId != childFieldId && (!best || field.name < best->name))
            best = &field;
    return best;
}

CaseRule newRuleForField(RuleDetails::Kind kind, const Field &field, const DomainSnapshot &context,
                         const std::set<std::string> &takenNames)
{
    if (kind == RuleDetails::Kind::FieldOptions)
        if (const Field *parent = defaultParentField(context, field.fieldId))
            return newOptionsRule(field, *parent, context, takenNames);
    CaseRule rule;
    rule.name =
        uniqueName((field.name.empty() ? field.fieldId : field.name) + " " + kindWord(kind), takenNames);
    rule.rule.kind = kind;
    rule.rule.boolean.defaultValue = false;
    if (kind == RuleDetails::Kind::FieldOptions)
        rule.rule.options.childFieldId = field.fieldId;
    return rule;
}

CaseRule newOptionsRule(const Field &child, const Field &parent, const DomainSnapshot &context,
                        const std::set<std::string> &takenNames)
{
    CaseRule rule;
    rule.name = uniqueName((child.name.empty() ? child.fieldId : child.name) + " " +
                               kindWord(RuleDetails::Kind::FieldOptions),
                           takenNames);
    rule.rule.kind = RuleDetails::Kind::FieldOptions;
    rule.rule.boolean.defaultValue = false;
    FieldOptionsRule &options = rule.rule.options;
    options.childFieldId = child.fieldId;
    options.parentFieldId = parent.fieldId;
    const auto *parentOptions = context.optionsOf(parent.fieldId);
    const auto *childOptions = context.optionsOf(child.fieldId);
    if (!parentOptions || !childOptions)
        return rule;
    const auto firstActive = std::find_if(parentOptions->begin(), parentOptions->end(),
                                          [](const FieldOption &option) { return option.active; });
    if (firstActive == parentOptions->end())
        return rule;
    OptionsMapping mapping;
    mapping.parentValue = firstActive->value;
    for (const FieldOption &option : *childOptions)
        if (option.active && mapping.childValues.size() < kMaxChildValues)
            mapping.childValues.push_back(option.value);
    if (!mapping.childValues.empty())
        options.mappings.push_back(std::move(mapping));
    return rule;
}

} // namespace cw
