#pragma once
// Wording shared by the messages: how an entity, a field, a condition and a rule's outcome are
// named, so every message reads the same way.

#include "model/domain_snapshot.h"

#include <string>
#include <vector>

namespace cw::validation {

// Location::entity: "name (id)", or whichever of the two is known.
std::string entityLabel(const std::string &name, const std::string &id);

// Message openers: "Rule 'Close notes'", "Template 'Billing'", "Field 'Status'"; the id when the
// name is empty; "The new rule" when neither is known.
std::string ruleTitle(const CaseRule &rule);
std::string templateTitle(const CaseTemplate &caseTemplate);
std::string fieldTitle(const Field &field);

// 'Status' when the field is known and named, otherwise field f-123.
std::string fieldName(const DomainSnapshot &context, const std::string &fieldId);
std::string ruleName(const DomainSnapshot &context, const std::string &caseRuleId);

// 'Status' is "Closed" / 'Status' is not empty / all of (...) / any of (...).
std::string describeCondition(const Condition &condition, const DomainSnapshot &context);

// What a required/hidden rule's value means: "required"/"not required", "hidden"/"shown".
std::string outcomeWord(RuleDetails::Kind kind, bool value);

// "Open", "Pending", "Closed" (at most `limit` values, then "...").
std::string listValues(const std::vector<std::string> &values, std::size_t limit = 8);

// "condition 3" or "conditions 1 and 3" or "conditions 1, 2 and 4" for 0-based indexes.
std::string conditionList(const std::vector<std::size_t> &indexes);

} // namespace cw::validation
