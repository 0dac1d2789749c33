#pragma once
// JsonLogic back into a required or hidden rule's conditions (the inverse of
// jsonlogic_export.h), for rules written or checked in other tools.
//
// Accepted, at any depth the rule allows:
//   {"if": [c1, r1, c2, r2, …, else]}  each result a literal true/false; `else` a literal, a
//                                      nested `if` (flattened), an expression (a last condition
//                                      with result true, default false), or absent (false)
//   expression                          a rule of one condition with result true, default false
//   true / false                        a rule without conditions
//   {"==": [{"var": F}, V]} and "===", "!=", "!==" (either order): F a field id or exact name,
//                                      V a string, number, boolean or null (emptyValue). "=="
//                                      imports as equalTo, which never mixes types, like "===".
//   {"and": [...]} {"or": [...]}      andAll / orAll
//   {"!": x}                          negation, pushed down to the comparisons (De Morgan)
// Anything else (in, <, var defaults, arithmetic, …) is an error with the JSON pointer of the
// construct, and nothing is imported.

#include "common/result.h"
#include "model/case_rule.h"

#include <functional>
#include <optional>
#include <string>

namespace cw::wire {

// The field id a {"var": NAME} means, or nullopt when no field has that id or name.
using JsonLogicFieldResolver = std::function<std::optional<std::string>(const std::string &name)>;

// `file` only labels errors.
Result<BooleanRule> ruleFromJsonLogic(const Json &logic, const JsonLogicFieldResolver &resolveField,
                                      const std::string &file = {});

} // namespace cw::wire
