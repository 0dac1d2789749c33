// A fieldOptions rule: both fields single-select, distinct and alive, and every mapped value one of
// the field's options.

#include "common/user_text.h"
#include "validation/describe.h"
#include "validation/finding_codes.h"
#include "validation/references.h"
#include "validation/rule_checks.h"

#include <algorithm>
#include <set>

namespace cw::validation {
namespace {

// The options a mapped value must be one of; null when the field is unusable or the snapshot
// holds no options for it (then there is nothing to check against).
const std::vector<FieldOption> *optionsToCheck(const DomainSnapshot &context, const Field *field)
{
    if (!field || field->fieldType() != FieldType::SingleSelect)
        return nullptr;
    return context.optionsOf(field->fieldId);
}

bool hasOption(const std::vector<FieldOption> &options, const std::string &value)
{
    return std::any_of(options.begin(), options.end(),
                       [&](const FieldOption &option) { return option.value == value; });
}

std::vector<std::string> optionValues(const std::vector<FieldOption> &options)
{
    std::vector<std::string> values;
    for (const FieldOption &option : options)
        values.push_back(option.value);
    return values;
}

const Field *checkSide(FindingSink &sink, const DomainSnapshot &context, const std::string &ruleTitle,
                       const std::optional<std::string> &fieldId, const char *side,
                       std::string_view missingCode, const std::string &pointer)
{
    if (!fieldId) {
        sink.error(missingCode, pointer,
                   ruleTitle + " has no " + side + " field; pick the single-select field whose " +
                       (std::string(side) == "parent" ? "value decides the options" : "options are limited") +
                       ".");
        return nullptr;
    }
    const std::string memberPointer = pointer + "/" + side + "FieldId";
    const Field *field =
        checkFieldReference(sink, context, *fieldId, memberPointer, ruleTitle + " (" + side + " field)");
    if (field && field->fieldType() != FieldType::SingleSelect && field->fieldType() != FieldType::Unknown) {
        sink.error(
            codes::RuleOptionsNotSingleSelect, memberPointer,
            ruleTitle + ": the " + side + " field " + fieldName(context, *fieldId) + " is a " + field->type +
                " field; option rules work only between single-select fields. Pick a single-select field.");
        return nullptr;
    }
    return field;
}

} // namespace

void validateFieldOptionsRule(FindingSink &sink, const DomainSnapshot &context, const std::string &ruleTitle,
                              const FieldOptionsRule &details, const std::string &pointer)
{
    const Field *parent = checkSide(sink, context, ruleTitle, details.parentFieldId, "parent",
                                    codes::RuleOptionsParentMissing, pointer);
    const Field *child = checkSide(sink, context, ruleTitle, details.childFieldId, "child",
                                   codes::RuleOptionsChildMissing, pointer);
    if (details.parentFieldId && details.childFieldId && *details.parentFieldId == *details.childFieldId)
        sink.error(codes::RuleOptionsSameField, pointer + "/childFieldId",
                   ruleTitle + " uses " + fieldName(context, *details.childFieldId) +
                       " as both parent and child; the child must be another field.");

    const std::string mappingsPointer = pointer + "/parentChildFieldOptionsMappings";
    if (details.mappings.empty())
        sink.error(codes::RuleOptionsMappingsEmpty, mappingsPointer,
                   ruleTitle + " maps no parent value; the service needs 1 to 200 mappings. Add a mapping.");
    if (details.mappings.size() > kMaxMappings) {
        // The mappings themselves are checked once the rule is within the limit (hard_limits.h).
        sink.error(
            codes::RuleOptionsMappingsTooMany, mappingsPointer,
            ruleTitle + " has " + std::to_string(details.mappings.size()) +
                " mappings; the service accepts at most 200. Split the rule or map fewer parent values.");
        return;
    }

    const std::vector<FieldOption> *parentOptions = optionsToCheck(context, parent);
    const std::vector<FieldOption> *childOptions = optionsToCheck(context, child);
    std::set<std::string> parentValues;
    for (std::size_t i = 0; i < details.mappings.size(); ++i) {
        const OptionsMapping &mapping = details.mappings[i];
        const std::string mappingPointer = pointerJoin(mappingsPointer, i);
        const std::string parentPointer = mappingPointer + "/parentFieldOptionValue";
        const std::string parentSubject =
            ruleTitle + ": the parent value " + quoteUserText(mapping.parentValue, '"');
        if (!parentValues.insert(mapping.parentValue).second)
            sink.error(codes::RuleOptionsParentValueDuplicate, parentPointer,
                       ruleTitle + " maps the parent value " + quoteUserText(mapping.parentValue, '"') +
                           " twice; merge its child values into one mapping.");
        else if (sink.checkText(mapping.parentValue, kMappingValueLimits, codes::RuleOptionsValueLength,
                                codes::RuleOptionsValuePattern, parentPointer, parentSubject) &&
                 parentOptions && !mapping.parentValue.empty() &&
                 !hasOption(*parentOptions, mapping.parentValue))
            sink.error(codes::RuleOptionsParentValueUnknown, parentPointer,
                       parentSubject + " is not an option of " + fieldName(context, parent->fieldId) + " (" +
                           listValues(optionValues(*parentOptions)) + "); pick one of its options.");

        const std::string childrenPointer = mappingPointer + "/childFieldOptionValues";
        if (mapping.childValues.size() > kMaxChildValues) {
            sink.error(codes::RuleOptionsChildValuesTooMany, childrenPointer,
                       ruleTitle + ": the parent value " + quoteUserText(mapping.parentValue, '"') +
                           " maps " + std::to_string(mapping.childValues.size()) +
                           " child values; the service accepts at most 1500. Remove some.");
            continue;
        }
        for (std::size_t j = 0; j < mapping.childValues.size(); ++j) {
            const std::string &value = mapping.childValues[j];
            const std::string childPointer = pointerJoin(childrenPointer, j);
            const std::string childSubject = ruleTitle + ": the child value " + quoteUserText(value, '"');
            if (sink.checkText(value, kMappingValueLimits, codes::RuleOptionsValueLength,
                               codes::RuleOptionsValuePattern, childPointer, childSubject) &&
                childOptions && !value.empty() && !hasOption(*childOptions, value))
                sink.error(codes::RuleOptionsChildValueUnknown, childPointer,
                           childSubject + " (for parent value " + quoteUserText(mapping.parentValue, '"') +
                               ") is not an option of " + fieldName(context, child->fieldId) +
                               "; pick one of its options or remove it.");
        }
    }
}

} // namespace cw::validation
