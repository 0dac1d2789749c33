#include "evaluator/condition_text.h"

namespace cw {

std::string quoted(const std::string &text)
{
    return "\"" + text + "\"";
}

std::string describeComparison(Condition::Kind kind, const std::string &fieldName, const Value &operand)
{
    const bool negated = kind == Condition::Kind::NotEqualTo;
    switch (operand.kind) {
    case Value::Kind::Empty:
        return fieldName + (negated ? " is not empty" : " is empty");
    case Value::Kind::Unknown:
        return fieldName + (negated ? " does not equal" : " equals") + " a value of unknown type " +
               quoted(operand.text) + " (never true)";
    case Value::Kind::String:
    case Value::Kind::UserArn:
    case Value::Kind::Double:
    case Value::Kind::Boolean:
        break;
    }
    return fieldName + (negated ? " does not equal " : " equals ") + operand.display();
}

std::string describeCompound(Condition::Kind kind, const std::vector<std::string> &children)
{
    const std::string head = kind == Condition::Kind::AndAll ? "all of" : "any of";
    if (children.empty())
        return head + " () -- empty, never true";
    std::string text = head + " (";
    for (std::size_t i = 0; i < children.size(); ++i)
        text += (i ? ", " : "") + children[i];
    return text + ")";
}

std::string describeUnknownCondition(const std::string &key)
{
    return "condition of unknown kind " + quoted(key) + " (never true)";
}

std::string outcomeWord(bool hiddenAspect, bool value)
{
    if (hiddenAspect)
        return value ? "hidden" : "shown";
    return value ? "required" : "not required";
}

} // namespace cw
