#pragma once
// A realistic, clean domain snapshot built in code (a contact centre's "Customer Care" domain),
// and small accessors the validation tests use to break it in one place.
//
// Document order, which the expected pointers use:
//   fields     0 status  1 title  2 summary  3 f-priority  4 f-category  5 f-subcategory
//              6 f-resolution  7 f-escalation  8 f-refund-amount  9 f-approval  10 f-vip
//              11 f-due  12 f-owner  13 f-website  14 f-old-region (deleted)
//   layouts    0 l-standard  1 l-billing  2 l-archive (used by no template)
//   templates  0 t-general  1 t-billing  2 t-legacy (Inactive, no rules)  3 t-deleted (deleted)
//   t-general rules: 0 cr-resolution 1 cr-escalation 2 cr-subcategory 3 cr-followup 4 cr-order-page
//   t-billing rules: 0 cr-resolution 1 cr-refund 2 cr-approval 3 cr-subcategory 4 cr-escalation
//   caseRules  0 cr-resolution  1 cr-escalation  2 cr-refund  3 cr-approval  4 cr-subcategory
//              5 cr-followup  6 cr-order-page  7 cr-retired (deleted)

#include "model/domain_snapshot.h"

#include <string>

namespace cw::test {

DomainSnapshot realisticSnapshot();

Field &fieldById(DomainSnapshot &snapshot, const std::string &fieldId);
CaseRule &ruleById(DomainSnapshot &snapshot, const std::string &caseRuleId);
CaseTemplate &templateById(DomainSnapshot &snapshot, const std::string &templateId);
std::vector<FieldOption> &optionsOf(DomainSnapshot &snapshot, const std::string &fieldId);

// The conditions of a required/hidden rule, the mappings of a fieldOptions rule.
std::vector<Condition> &conditionsOf(DomainSnapshot &snapshot, const std::string &caseRuleId);
FieldOptionsRule &optionsRuleOf(DomainSnapshot &snapshot, const std::string &caseRuleId);

// Builders for the cases.
Field makeField(std::string fieldId, std::string name, std::string type, std::string nameSpace = "Custom");
FieldOption makeOption(std::string name, std::string value, bool active = true);
CaseRule makeBooleanRule(std::string caseRuleId, std::string name, RuleDetails::Kind kind, bool defaultValue,
                         std::vector<Condition> conditions);
TemplateRule attach(std::string caseRuleId, std::string fieldId);

} // namespace cw::test
