#pragma once
// The words of explanations: conditions, values and outcomes as a person reads them.

#include "model/condition.h"

#include <string>
#include <vector>

namespace cw {

// `"text"` with the quotes.
std::string quoted(const std::string &text);

// `Status equals "Closed"`, `Status is empty`, `Priority does not equal 3`.
std::string describeComparison(Condition::Kind kind, const std::string &fieldName, const Value &operand);
// `all of (A, B)`, `any of (A, B)`; an empty compound says it is never true.
std::string describeCompound(Condition::Kind kind, const std::vector<std::string> &children);
// A condition this version cannot read.
std::string describeUnknownCondition(const std::string &key);

// "required" / "not required" or "hidden" / "shown".
std::string outcomeWord(bool hiddenAspect, bool value);

} // namespace cw
