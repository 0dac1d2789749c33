#include "wire/jsonlogic_export.h"

#include "common/json_text.h"

namespace cw::wire {
namespace {
// As the evaluator (template_compiler.cpp): a compound this deep is never true there, while
// JsonLogic would evaluate it, so it cannot be exported faithfully.
constexpr int kMaxConditionDepth = 32;

Error inexpressible(const std::string &message, const std::string &pointer)
{
    Location where;
    where.pointer = pointer;
    return makeError("jsonlogic.inexpressible", message, where);
}

Result<Json> operandToJsonLogic(const Value &operand, const std::string &pointer)
{
    switch (operand.kind) {
    case Value::Kind::String:
        return Json(operand.text);
    case Value::Kind::Double:
        // The number as written (5 stays 5), unless a program changed it since it was read.
        if (operand.raw.is_number() && operand.raw.get<double>() == operand.number)
            return operand.raw;
        return Json(operand.number);
    case Value::Kind::Boolean:
        return Json(operand.boolean);
    case Value::Kind::Empty:
        return Json(nullptr);
    case Value::Kind::UserArn:
        return inexpressible("a userArnValue operand has no JsonLogic equivalent (the API has none either); "
                             "compare the User field with a stringValue",
                             pointer);
    case Value::Kind::Unknown:
        return inexpressible("an operand of type \"" + operand.text +
                                 "\", which this version does not know, cannot be exported",
                             pointer);
    }
    return inexpressible("an operand of unknown type cannot be exported", pointer);
}

Result<Json> conditionToJsonLogic(const Condition &condition, const std::string &pointer, int depth)
{
    const std::string memberPointer = pointerJoin(pointer, toString(condition.kind));
    switch (condition.kind) {
    case Condition::Kind::EqualTo:
    case Condition::Kind::NotEqualTo: {
        if (condition.fieldId.empty() || condition.fieldId.find('.') != std::string::npos)
            return inexpressible("the field id \"" + condition.fieldId +
                                     "\" cannot be a JsonLogic variable: json-logic-js reads a '.' as a path",
                                 pointerJoin(pointerJoin(memberPointer, "operandOne"), "fieldId"));
        auto operand = operandToJsonLogic(condition.operand, pointerJoin(memberPointer, "operandTwo"));
        if (!operand)
            return operand.error();
        const char *op = condition.kind == Condition::Kind::EqualTo ? "===" : "!==";
        return Json{{op, Json::array({Json{{"var", condition.fieldId}}, std::move(operand).value()})}};
    }
    case Condition::Kind::AndAll:
    case Condition::Kind::OrAll: {
        if (depth >= kMaxConditionDepth)
            return inexpressible("conditions nested deeper than " + std::to_string(kMaxConditionDepth) +
                                     " levels are never true in Casewright; they cannot be exported",
                                 pointer);
        Json children = Json::array();
        const std::string childrenPointer = pointerJoin(memberPointer, "conditions");
        for (std::size_t i = 0; i < condition.children.size(); ++i) {
            auto child =
                conditionToJsonLogic(condition.children[i], pointerJoin(childrenPointer, i), depth + 1);
            if (!child)
                return child.error();
            children.push_back(std::move(child).value());
        }
        return Json{{condition.kind == Condition::Kind::AndAll ? "and" : "or", std::move(children)}};
    }
    case Condition::Kind::Unknown:
        break;
    }
    return inexpressible("a condition of kind \"" + condition.unknownKey +
                             "\", which this version does not know, cannot be exported",
                         pointer);
}

// A compound's value when it decides: its first leaf's result in tree order, as the evaluator
// (docs/evaluation.md 3.1). nullopt when it has no leaf (then it is never true anyway).
std::optional<bool> decidingResult(const Condition &condition)
{
    if (condition.isComparison())
        return condition.result;
    for (const Condition &child : condition.children)
        if (const auto result = decidingResult(child))
            return result;
    return std::nullopt;
}
} // namespace

Result<Json> jsonLogicFromRule(const RuleDetails &details, const std::string &pointer)
{
    if (details.kind != RuleDetails::Kind::Required && details.kind != RuleDetails::Kind::Hidden)
        return inexpressible("only required and hidden rules have a JsonLogic form", pointer);
    const BooleanRule &rule = details.boolean;
    if (rule.conditions.empty())
        return Json(rule.defaultValue);
    const std::string conditionsPointer =
        pointerJoin(pointerJoin(pointer, toString(details.kind)), "conditions");
    Json branches = Json::array();
    for (std::size_t i = 0; i < rule.conditions.size(); ++i) {
        auto condition = conditionToJsonLogic(rule.conditions[i], pointerJoin(conditionsPointer, i), 0);
        if (!condition)
            return condition.error();
        branches.push_back(std::move(condition).value());
        branches.push_back(decidingResult(rule.conditions[i]).value_or(false));
    }
    branches.push_back(rule.defaultValue);
    return Json{{"if", std::move(branches)}};
}

} // namespace cw::wire
