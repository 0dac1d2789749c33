#pragma once
// A required or hidden rule as JsonLogic (jsonlogic.com: the format json-logic-js evaluates and
// react-querybuilder reads), so other tools can check or show Casewright's rules.
//
// The rule "the first true condition gives its result, else the default" is JsonLogic's `if`:
//   {"if": [condition1, result1, condition2, result2, …, defaultValue]}
// equalTo / notEqualTo are `===` / `!==` between {"var": fieldId} and the operand (strict, so
// types never mix, as in Casewright); emptyValue is null; andAll / orAll are `and` / `or`.
// A rule without conditions is its default, a bare true or false.
//
// The data a case gives JsonLogic (what {"var": fieldId} reads): an object with one member per
// field the case has a value for, keyed by field id: stringValue and userArnValue as a string,
// doubleValue as a number, booleanValue as a boolean, emptyValue as null; an absent field is
// absent (json-logic-js reads it as null, as Casewright treats it as empty).

#include "common/result.h"
#include "model/case_rule.h"

#include <string>

namespace cw::wire {

// `details` must be a required or hidden rule. Fails, with the JSON pointer (`pointer` + the
// path inside the rule details) of the first thing JsonLogic cannot say the same way: a
// condition or operand of a kind this version does not know, a userArnValue operand, a field
// id with a '.' (json-logic-js reads "a.b" as a path), a compound nested deeper than the
// evaluator follows.
Result<Json> jsonLogicFromRule(const RuleDetails &details, const std::string &pointer = "/rule");

} // namespace cw::wire
