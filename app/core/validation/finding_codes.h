#pragma once
// Every code the validator and the lint can report. The codes are part of Casewright's interface
// (the CLI prints them, scripts filter on them, docs/validation-codes.md explains them), so a code
// never changes meaning; a new check gets a new code.

#include <string_view>
#include <vector>

namespace cw::codes {

// The domain and its fields, field options and layouts.
inline constexpr std::string_view DomainIdLength = "domain.id.length";
inline constexpr std::string_view FieldIdLength = "field.id.length";
inline constexpr std::string_view FieldIdDuplicate = "field.id.duplicate";
inline constexpr std::string_view FieldNameLength = "field.name.length";
inline constexpr std::string_view FieldNamePattern = "field.name.pattern";
inline constexpr std::string_view FieldDescriptionLength = "field.description.length";
inline constexpr std::string_view FieldTypeUnknown = "field.type.unknown";
inline constexpr std::string_view FieldNamespaceUnknown = "field.namespace.unknown";
inline constexpr std::string_view OptionFieldType = "option.field.type";
inline constexpr std::string_view OptionNameLength = "option.name.length";
inline constexpr std::string_view OptionNamePattern = "option.name.pattern";
inline constexpr std::string_view OptionValueLength = "option.value.length";
inline constexpr std::string_view OptionValuePattern = "option.value.pattern";
inline constexpr std::string_view OptionValueDuplicate = "option.value.duplicate";
inline constexpr std::string_view LayoutIdLength = "layout.id.length";
inline constexpr std::string_view LayoutIdDuplicate = "layout.id.duplicate";
inline constexpr std::string_view LayoutNameLength = "layout.name.length";
inline constexpr std::string_view LayoutNamePattern = "layout.name.pattern";

// Templates.
inline constexpr std::string_view TemplateIdLength = "template.id.length";
inline constexpr std::string_view TemplateIdDuplicate = "template.id.duplicate";
inline constexpr std::string_view TemplateNameLength = "template.name.length";
inline constexpr std::string_view TemplateNamePattern = "template.name.pattern";
inline constexpr std::string_view TemplateNameDuplicate = "template.name.duplicate";
inline constexpr std::string_view TemplateDescriptionLength = "template.description.length";
inline constexpr std::string_view TemplateStatusInvalid = "template.status.invalid";
inline constexpr std::string_view TemplateRulesTooMany = "template.rules.too-many";
inline constexpr std::string_view TemplateRulesDuplicate = "template.rules.duplicate";
inline constexpr std::string_view TemplateRequiredFieldsTooMany = "template.required-fields.too-many";
inline constexpr std::string_view TemplateRequiredFieldsDuplicate = "template.required-fields.duplicate";

// Case rules.
inline constexpr std::string_view RuleIdLength = "rule.id.length";
inline constexpr std::string_view RuleIdDuplicate = "rule.id.duplicate";
inline constexpr std::string_view RuleNameLength = "rule.name.length";
inline constexpr std::string_view RuleNamePattern = "rule.name.pattern";
inline constexpr std::string_view RuleDescriptionLength = "rule.description.length";
inline constexpr std::string_view RuleKindUnknown = "rule.kind.unknown";
inline constexpr std::string_view RuleConditionsTooMany = "rule.conditions.too-many";
inline constexpr std::string_view RuleConditionsTooDeep = "rule.conditions.too-deep";
inline constexpr std::string_view RuleConditionUnknown = "rule.condition.unknown";
inline constexpr std::string_view RuleCompoundEmpty = "rule.compound.empty";
inline constexpr std::string_view RuleCompoundMixedResults = "rule.compound.mixed-results";
inline constexpr std::string_view RuleOperandUnknown = "rule.operand.unknown";
inline constexpr std::string_view RuleOperandUnsupported = "rule.operand.unsupported";
inline constexpr std::string_view RuleOperandLength = "rule.operand.length";
inline constexpr std::string_view RuleOperandType = "rule.operand.type";
inline constexpr std::string_view RuleOperandOptionUnknown = "rule.operand.option-unknown";
inline constexpr std::string_view RuleOptionsParentMissing = "rule.options.parent-missing";
inline constexpr std::string_view RuleOptionsChildMissing = "rule.options.child-missing";
inline constexpr std::string_view RuleOptionsNotSingleSelect = "rule.options.not-single-select";
inline constexpr std::string_view RuleOptionsSameField = "rule.options.same-field";
inline constexpr std::string_view RuleOptionsMappingsEmpty = "rule.options.mappings.empty";
inline constexpr std::string_view RuleOptionsMappingsTooMany = "rule.options.mappings.too-many";
inline constexpr std::string_view RuleOptionsChildValuesTooMany = "rule.options.child-values.too-many";
inline constexpr std::string_view RuleOptionsValueLength = "rule.options.value.length";
inline constexpr std::string_view RuleOptionsValuePattern = "rule.options.value.pattern";
inline constexpr std::string_view RuleOptionsParentValueUnknown = "rule.options.parent-value.unknown";
inline constexpr std::string_view RuleOptionsChildValueUnknown = "rule.options.child-value.unknown";
inline constexpr std::string_view RuleOptionsParentValueDuplicate = "rule.options.parent-value.duplicate";

// References from rules and templates to fields, rules and layouts.
inline constexpr std::string_view ReferenceIdLength = "reference.id.length";
inline constexpr std::string_view ReferenceFieldUnknown = "reference.field.unknown";
inline constexpr std::string_view ReferenceFieldDeleted = "reference.field.deleted";
inline constexpr std::string_view ReferenceRuleUnknown = "reference.rule.unknown";
inline constexpr std::string_view ReferenceRuleDeleted = "reference.rule.deleted";
inline constexpr std::string_view ReferenceLayoutUnknown = "reference.layout.unknown";
inline constexpr std::string_view ReferenceLayoutDeleted = "reference.layout.deleted";

// Lint: legal, but likely wrong.
inline constexpr std::string_view LintConditionShadowed = "lint.condition.shadowed";
inline constexpr std::string_view LintConditionContradictory = "lint.condition.contradictory";
inline constexpr std::string_view LintConditionSameAsDefault = "lint.condition.same-as-default";
inline constexpr std::string_view LintConditionRedundant = "lint.condition.redundant";
inline constexpr std::string_view LintRuleNoConditions = "lint.rule.no-conditions";
inline constexpr std::string_view LintRuleUnused = "lint.rule.unused";
inline constexpr std::string_view LintOptionsInactiveOption = "lint.options.inactive-option";
inline constexpr std::string_view LintOptionsDuplicateChildValue = "lint.options.duplicate-child-value";
inline constexpr std::string_view LintTemplateRequiredAndHidden = "lint.template.required-and-hidden";
inline constexpr std::string_view LintTemplateRuleWithoutField = "lint.template.rule-without-field";
inline constexpr std::string_view LintTemplateSeveralRules = "lint.template.several-rules";
inline constexpr std::string_view LintTextControlCharacter = "lint.text.control-character";

// All of the above, in the order listed (the docs and the tests check against this list).
const std::vector<std::string_view> &allFindingCodes();

} // namespace cw::codes
