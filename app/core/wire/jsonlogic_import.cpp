#include "wire/jsonlogic_import.h"

#include "common/json_text.h"
#include "common/user_text.h"

namespace cw::wire {
namespace {
constexpr const char *kSupported = "Casewright imports if, and, or, !, ==, ===, != and !== between a var and "
                                   "a literal, and the literals true and false";

class Importer {
public:
    Importer(const JsonLogicFieldResolver &resolveField, const std::string &file)
        : m_resolveField(resolveField), m_file(file)
    {
    }

    Result<BooleanRule> rule(const Json &logic)
    {
        BooleanRule rule;
        if (logic.is_boolean()) {
            rule.defaultValue = logic.get<bool>();
            return rule;
        }
        std::string pointer;
        const Json *current = &logic;
        // An `if` whose else is another `if` is one longer chain: follow it without recursing.
        while (const Json *branches = operands(*current, "if")) {
            const std::string ifPointer = pointerJoin(pointer, "if");
            if (!branches->is_array())
                return fail("jsonlogic.malformed", "\"if\" takes an array [condition, result, …, else]",
                            ifPointer);
            const std::size_t count = branches->size();
            for (std::size_t i = 0; i + 1 < count; i += 2) {
                const Json &result = (*branches)[i + 1];
                if (!result.is_boolean())
                    return fail(
                        "jsonlogic.unsupported",
                        "a result of \"if\" must be true or false: a rule's value is whether the field "
                        "is required (hidden)",
                        pointerJoin(ifPointer, i + 1));
                auto condition =
                    this->condition((*branches)[i], pointerJoin(ifPointer, i), result.get<bool>(), false);
                if (!condition)
                    return condition.error();
                rule.conditions.push_back(std::move(condition).value());
            }
            if (count % 2 == 0) // no else: json-logic-js gives null, which is false
                return rule;
            pointer = pointerJoin(ifPointer, count - 1);
            current = &(*branches)[count - 1];
        }
        if (current->is_boolean()) {
            rule.defaultValue = current->get<bool>();
            return rule;
        }
        // A bare expression: its truth is the rule's value.
        auto condition = this->condition(*current, pointer, true, false);
        if (!condition)
            return condition.error();
        rule.conditions.push_back(std::move(condition).value());
        return rule;
    }

private:
    // The operands of `json` when it is the operation `op` ({"op": operands}), else nullptr.
    static const Json *operands(const Json &json, const char *op)
    {
        if (!json.is_object() || json.size() != 1 || json.begin().key() != op)
            return nullptr;
        return &json.begin().value();
    }

    Error fail(const char *code, const std::string &message, const std::string &pointer) const
    {
        Location where;
        where.file = m_file;
        where.pointer = pointer;
        return makeError(code, message, where);
    }

    // `negated`: an odd number of "!" above, pushed down to the comparisons.
    Result<Condition> condition(const Json &json, const std::string &pointer, bool result, bool negated)
    {
        if (!json.is_object() || json.size() != 1)
            return fail("jsonlogic.unsupported",
                        json.is_object()
                            ? std::string("a JsonLogic operation is an object with exactly one key")
                            : "a condition must be a JsonLogic operation, not " +
                                  std::string(json.type_name()) + "; " + kSupported,
                        pointer);
        const std::string &op = json.begin().key();
        const Json &args = json.begin().value();
        const std::string opPointer = pointerJoin(pointer, op);
        if (op == "and" || op == "or") {
            if (!args.is_array())
                return fail("jsonlogic.malformed", "\"" + op + "\" takes an array of conditions", opPointer);
            std::vector<Condition> children;
            for (std::size_t i = 0; i < args.size(); ++i) {
                auto child = condition(args[i], pointerJoin(opPointer, i), result, negated);
                if (!child)
                    return child.error();
                children.push_back(std::move(child).value());
            }
            // not (a and b) = (not a) or (not b)
            const bool all = (op == "and") != negated;
            return all ? Condition::andAll(std::move(children)) : Condition::orAll(std::move(children));
        }
        if (op == "!") {
            if (args.is_array()) {
                if (args.size() != 1)
                    return fail("jsonlogic.malformed", "\"!\" takes one operand", opPointer);
                return condition(args[0], pointerJoin(opPointer, 0), result, !negated);
            }
            return condition(args, opPointer, result, !negated);
        }
        if (op == "==" || op == "===" || op == "!=" || op == "!==")
            return comparison(op, args, opPointer, result, negated);
        return fail("jsonlogic.unsupported",
                    "the JsonLogic operation " + quoteUserText(op, '"') + " has no Casewright equivalent; " +
                        kSupported,
                    pointer);
    }

    Result<Condition> comparison(const std::string &op, const Json &args, const std::string &pointer,
                                 bool result, bool negated)
    {
        if (!args.is_array() || args.size() != 2)
            return fail("jsonlogic.malformed", "\"" + op + "\" takes an array of two operands", pointer);
        const bool varFirst = operands(args[0], "var") != nullptr;
        const bool varSecond = operands(args[1], "var") != nullptr;
        if (varFirst == varSecond)
            return fail("jsonlogic.unsupported",
                        "a comparison must have one {\"var\": field} and one literal operand", pointer);
        const std::size_t varIndex = varFirst ? 0 : 1;
        auto fieldId = field(args[varIndex], pointerJoin(pointer, varIndex));
        if (!fieldId)
            return fieldId.error();
        auto operand = literal(args[1 - varIndex], pointerJoin(pointer, 1 - varIndex));
        if (!operand)
            return operand.error();
        const bool equal = (op == "==" || op == "===") != negated;
        return equal ? Condition::equalTo(std::move(fieldId).value(), std::move(operand).value(), result)
                     : Condition::notEqualTo(std::move(fieldId).value(), std::move(operand).value(), result);
    }

    Result<std::string> field(const Json &var, const std::string &pointer)
    {
        const Json &name = var.begin().value();
        const std::string varPointer = pointerJoin(pointer, "var");
        const Json *text = &name;
        if (name.is_array()) {
            if (name.size() != 1)
                return fail(
                    "jsonlogic.unsupported",
                    "a var with a default value has no Casewright equivalent (an absent field is empty)",
                    varPointer);
            text = &name[0];
        }
        if (!text->is_string() || text->get<std::string>().empty())
            return fail("jsonlogic.unsupported", "a var must name a field (its id or exact name)",
                        varPointer);
        if (auto id = m_resolveField(text->get<std::string>()))
            return *id;
        return fail("jsonlogic.unknown-field",
                    "no field has the id or name " + quoteUserText(text->get<std::string>(), '"'),
                    varPointer);
    }

    Result<Value> literal(const Json &json, const std::string &pointer)
    {
        if (json.is_string())
            return Value::string(json.get<std::string>());
        if (json.is_boolean())
            return Value::boolean_(json.get<bool>());
        if (json.is_null()) {
            Value empty = Value::empty();
            empty.raw = Json::object(); // as {"emptyValue": {}} reads
            return empty;
        }
        if (json.is_number()) {
            Value number = Value::dbl(json.get<double>());
            number.raw = json; // keeps 5 as 5
            return number;
        }
        return fail("jsonlogic.unsupported",
                    "a comparison's literal must be a string, number, boolean or null, not " +
                        std::string(json.type_name()),
                    pointer);
    }

    const JsonLogicFieldResolver &m_resolveField;
    std::string m_file;
};
} // namespace

Result<BooleanRule> ruleFromJsonLogic(const Json &logic, const JsonLogicFieldResolver &resolveField,
                                      const std::string &file)
{
    return Importer(resolveField, file).rule(logic);
}

} // namespace cw::wire
