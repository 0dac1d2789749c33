// The conditions of a required/hidden rule: limits, kinds, operands and the fields they compare.

#include "common/user_text.h"
#include "validation/describe.h"
#include "validation/finding_codes.h"
#include "validation/references.h"
#include "validation/rule_checks.h"

#include <algorithm>

namespace cw::validation {
namespace {

bool operandFitsField(Value::Kind operand, FieldType field)
{
    switch (operand) {
    case Value::Kind::Empty:
        return true;
    case Value::Kind::String:
        return field == FieldType::Text || field == FieldType::SingleSelect || field == FieldType::Url ||
               field == FieldType::User || field == FieldType::DateTime;
    case Value::Kind::Double:
        return field == FieldType::Number;
    case Value::Kind::Boolean:
        return field == FieldType::Boolean;
    case Value::Kind::UserArn:
    case Value::Kind::Unknown:
        return true; // reported on their own
    }
    return true;
}

const char *operandSuggestion(FieldType field)
{
    switch (field) {
    case FieldType::Number:
        return "a number (doubleValue)";
    case FieldType::Boolean:
        return "true or false (booleanValue)";
    default:
        return "a text value (stringValue)";
    }
}

void collectLeafResults(const Condition &condition, bool &anyTrue, bool &anyFalse)
{
    if (condition.isComparison()) {
        (condition.result ? anyTrue : anyFalse) = true;
        return;
    }
    for (const Condition &child : condition.children)
        collectLeafResults(child, anyTrue, anyFalse);
}

class ConditionChecker {
public:
    ConditionChecker(FindingSink &sink, const DomainSnapshot &context, const std::string &ruleTitle,
                     RuleDetails::Kind kind)
        : m_sink(sink), m_context(context), m_ruleTitle(ruleTitle), m_kind(kind)
    {
    }

    void checkList(const std::vector<Condition> &conditions, const std::string &listPointer, int level,
                   const std::string &numberPrefix)
    {
        for (std::size_t i = 0; i < conditions.size(); ++i) {
            const std::string number =
                (numberPrefix.empty() ? std::string() : numberPrefix + ".") + std::to_string(i + 1);
            check(conditions[i], pointerJoin(listPointer, i), level, number);
        }
    }

private:
    void check(const Condition &condition, const std::string &pointer, int level, const std::string &number)
    {
        const std::string subject = m_ruleTitle + ": condition " + number;
        if (condition.kind == Condition::Kind::Unknown) {
            m_sink.error(
                codes::RuleConditionUnknown, pointerJoin(pointer, condition.unknownKey),
                subject + " is a " + quoteUserText(condition.unknownKey) +
                    " condition, which this version of Casewright does not know (a newer service added "
                    "it), so Casewright cannot check or evaluate it. Update Casewright, or rewrite it with "
                    "equalTo, notEqualTo, andAll and orAll.");
            return;
        }
        const std::string memberPointer = pointerJoin(pointer, toString(condition.kind));
        if (condition.isComparison()) {
            checkComparison(condition, memberPointer, subject);
            return;
        }
        const char *group = toString(condition.kind);
        // `level` counts the groups around this one plus one: a group at level 3 is the third
        // level of nesting.
        if (level > kMaxNestingLevels)
            m_sink.error(
                codes::RuleConditionsTooDeep, pointer,
                subject + " is an " + group +
                    " group inside a group inside a group; the service allows 2 levels of nesting (a "
                    "group, and groups inside it). Move its conditions into the enclosing group, or "
                    "split the rule.");
        if (condition.children.empty())
            m_sink.error(
                codes::RuleCompoundEmpty, pointer,
                subject + " is an " + group +
                    " group without conditions, so it has no result to give; add a condition to it or "
                    "remove it.");
        bool anyTrue = false;
        bool anyFalse = false;
        collectLeafResults(condition, anyTrue, anyFalse);
        if (level == 1 && anyTrue && anyFalse)
            m_sink.error(
                codes::RuleCompoundMixedResults, pointer,
                subject + " is an " + group + " group whose conditions give different results (" +
                    outcomeWord(m_kind, true) + " and " + outcomeWord(m_kind, false) +
                    "); a group decides with one result, so give all of its conditions the same result.");
        checkList(condition.children, memberPointer + "/conditions", level + 1, number);
    }

    void checkComparison(const Condition &condition, const std::string &pointer, const std::string &subject)
    {
        const Field *field = checkFieldReference(m_sink, m_context, condition.fieldId,
                                                 pointer + "/operandOne/fieldId", subject);
        const std::string operandPointer = pointer + "/operandTwo";
        const Value &operand = condition.operand;
        switch (operand.kind) {
        case Value::Kind::Unknown:
            m_sink.error(
                codes::RuleOperandUnknown, pointerJoin(operandPointer, operand.text),
                subject + " compares with a " + quoteUserText(operand.text) +
                    " value, which this version of Casewright does not know (a newer service added it), "
                    "so Casewright cannot check or evaluate it. Update Casewright, or compare with a "
                    "text, number, true/false or empty value.");
            return;
        case Value::Kind::UserArn:
            m_sink.error(
                codes::RuleOperandUnsupported, operandPointer + "/userArnValue",
                subject + " compares with a userArnValue, which a condition cannot hold (only stringValue, "
                          "doubleValue, booleanValue and emptyValue); compare with the user's ARN as text.");
            return;
        case Value::Kind::String:
            if (!m_sink.checkText(operand.text, kStringOperandLimits, codes::RuleOperandLength, {},
                                  operandPointer + "/stringValue", subject + ": the text compared with"))
                return;
            break;
        default:
            break;
        }
        if (!field || field->fieldType() == FieldType::Unknown)
            return;
        if (!operandFitsField(operand.kind, field->fieldType())) {
            m_sink.error(
                codes::RuleOperandType, operandPointer,
                subject + " compares " + fieldName(m_context, field->fieldId) + " (a " + field->type +
                    " field) with " + operand.display() + "; a " + field->type +
                    " field never equals that, so the condition is decided by its type alone. Compare "
                    "with " +
                    operandSuggestion(field->fieldType()) + " or with empty.");
            return;
        }
        if (operand.kind == Value::Kind::String && field->fieldType() == FieldType::SingleSelect)
            checkOption(*field, operand.text, operandPointer + "/stringValue", subject);
    }

    void checkOption(const Field &field, const std::string &value, const std::string &pointer,
                     const std::string &subject)
    {
        const std::vector<FieldOption> *options = m_context.optionsOf(field.fieldId);
        if (!options) // the snapshot holds no options for this field: nothing to check against
            return;
        const bool known = std::any_of(options->begin(), options->end(),
                                       [&](const FieldOption &option) { return option.value == value; });
        if (known)
            return;
        std::vector<std::string> values;
        for (const FieldOption &option : *options)
            values.push_back(option.value);
        m_sink.error(codes::RuleOperandOptionUnknown, pointer,
                     subject + " compares " + fieldName(m_context, field.fieldId) + " with " +
                         quoteUserText(value, '"') + ", which is not one of its options (" +
                         listValues(values) + "); pick one of the options.");
    }

    FindingSink &m_sink;
    const DomainSnapshot &m_context;
    const std::string &m_ruleTitle;
    RuleDetails::Kind m_kind;
};

} // namespace

void validateBooleanRule(FindingSink &sink, const DomainSnapshot &context, const std::string &ruleTitle,
                         RuleDetails::Kind kind, const BooleanRule &details, const std::string &pointer)
{
    const std::string listPointer = pointer + "/conditions";
    const std::size_t leaves = countLeafConditions(details.conditions);
    if (leaves > kMaxConditionsPerRule) {
        // The conditions themselves are checked once the rule is within the limit (hard_limits.h).
        sink.error(codes::RuleConditionsTooMany, listPointer,
                   ruleTitle + " has " + std::to_string(leaves) +
                       " conditions; the service allows at most 5 per rule (comparisons, counted inside "
                       "groups too). Remove " +
                       std::to_string(leaves - kMaxConditionsPerRule) +
                       ", or split the rule into several rules.");
        return;
    }
    ConditionChecker(sink, context, ruleTitle, kind).checkList(details.conditions, listPointer, 1, {});
}

} // namespace cw::validation
