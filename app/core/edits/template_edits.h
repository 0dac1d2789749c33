#pragma once
// What the template editor reads from and does to a template, without widgets: the fields it
// names, the rules on each field, the edits (attach, detach, required fields), which rules fit a
// field, and the rule a "new rule" gesture starts from. (Where else a rule is used is
// editing/rule_usage.h.)

#include "model/domain_snapshot.h"

#include <cstddef>
#include <set>
#include <string>
#include <vector>

namespace cw {

// The service's limits on one template.
inline constexpr std::size_t kMaxTemplateRules = 50;
inline constexpr std::size_t kMaxRequiredFields = 100;

std::size_t attachedRuleCount(const CaseTemplate &caseTemplate);
std::size_t requiredFieldCount(const CaseTemplate &caseTemplate);

// Every field the template names -- its required fields and the fields its rules are attached
// to -- each once, in the order the template first names them.
std::vector<std::string> namedFieldIds(const CaseTemplate &caseTemplate);
// The ids of the rules attached to `fieldId`, in the template's order.
std::vector<std::string> rulesOnField(const CaseTemplate &caseTemplate, const std::string &fieldId);
bool isRequiredField(const CaseTemplate &caseTemplate, const std::string &fieldId);

// The edits; each leaves the template unchanged when there is nothing to do. Attaching an
// attachment the template already holds does nothing (the service rejects repeats).
void addRequiredField(CaseTemplate &caseTemplate, const std::string &fieldId);
void removeRequiredField(CaseTemplate &caseTemplate, const std::string &fieldId);
void attachRule(CaseTemplate &caseTemplate, const std::string &caseRuleId, const std::string &fieldId);
void detachRule(CaseTemplate &caseTemplate, const std::string &caseRuleId, const std::string &fieldId);

// Required and hidden rules fit every field; a field-options rule fits only its child field.
bool ruleFitsField(const CaseRule &rule, const std::string &fieldId);

// The single-select field a new options rule for `childFieldId` starts from: the first other
// live single-select field by name, or null when there is none (or the child is no single-select).
const Field *defaultParentField(const DomainSnapshot &context, const std::string &childFieldId);

// A new rule for the field, valid as it comes where it can be: a required or hidden rule with no
// conditions and "not required"/"shown" as default (as the main window's New Rule makes them), or an
// options rule offering every active child option for the first active parent option. Its name --
// "Resolution notes required", "... hidden", "... options" -- is made unique among `takenNames`.
CaseRule newRuleForField(RuleDetails::Kind kind, const Field &field, const DomainSnapshot &context,
                         const std::set<std::string> &takenNames);

// A new options rule limiting `child`'s options by `parent`'s value, valid as it comes where it can
// be (every active child option for the first active parent option), named "<child> options",
// unique among `takenNames` (the Rule menu's New Options Rule…, where the user picks both fields).
CaseRule newOptionsRule(const Field &child, const Field &parent, const DomainSnapshot &context,
                        const std::set<std::string> &takenNames);

} // namespace cw
