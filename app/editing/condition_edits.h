#pragma once
// What one comparison can be changed to, in the editor's words: a field, an operator (equals, not
// equals, is empty, is not empty) and a value. "is empty" is stored as equalTo emptyValue and "is
// not empty" as notEqualTo emptyValue, which is how the service spells them.

#include "model/domain_snapshot.h"

#include <QString>

namespace cw::editing {

enum class ConditionOperator { Equals, NotEquals, IsEmpty, IsNotEmpty };

QString operatorLabel(ConditionOperator op); // "equals", "is not empty", ...
ConditionOperator operatorOf(const Condition &comparison);
bool takesValue(ConditionOperator op);

// A value of the field's type to start from: the first active option of a single-select field,
// 0, true, or empty text.
Value defaultOperand(const Field *field, const std::vector<FieldOption> *options);
// True when `operand` can be compared with the field (the validator's rule.operand.type and
// rule.operand.option-unknown would otherwise report it).
bool operandFits(const Value &operand, const Field *field, const std::vector<FieldOption> *options);

// The edits the editor makes; each keeps the comparison's result.
void chooseOperator(Condition &comparison, ConditionOperator op, const DomainSnapshot &context);
// Keeps the operator, and the value when it still fits the new field.
void chooseField(Condition &comparison, const std::string &fieldId, const DomainSnapshot &context);

// A new comparison: "<first field by name> is not empty", which is valid for every field type,
// giving `result`.
Condition newComparison(const DomainSnapshot &context, bool result);

// The context's fields that a condition may compare, sorted by name (deleted fields left out).
std::vector<const Field *> pickableFields(const DomainSnapshot &context);

} // namespace cw::editing
