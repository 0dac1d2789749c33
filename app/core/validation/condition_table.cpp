#include "validation/condition_table.h"

#include "validation/describe.h"
#include "validation/hard_limits.h"

#include <algorithm>

namespace cw::validation {
namespace {

bool evaluable(const Condition &condition)
{
    if (condition.isComparison())
        return condition.operand.kind != Value::Kind::Unknown;
    if (condition.isCompound())
        return !condition.children.empty() &&
               std::all_of(condition.children.begin(), condition.children.end(), evaluable);
    return false;
}

void collectComparisons(const Condition &condition, std::vector<const Condition *> &out)
{
    if (condition.isComparison())
        out.push_back(&condition);
    for (const Condition &child : condition.children)
        collectComparisons(child, out);
}

void collectResults(const Condition &condition, bool &anyTrue, bool &anyFalse)
{
    if (condition.isComparison())
        (condition.result ? anyTrue : anyFalse) = true;
    for (const Condition &child : condition.children)
        collectResults(child, anyTrue, anyFalse);
}

} // namespace

std::optional<ConditionTable> ConditionTable::build(const std::vector<const std::vector<Condition> *> &lists,
                                                    const DomainSnapshot &context, std::size_t maxRows)
{
    std::vector<const Condition *> comparisons;
    for (const std::vector<Condition> *list : lists)
        for (const Condition &condition : *list) {
            if (!evaluable(condition))
                return std::nullopt;
            collectComparisons(condition, comparisons);
        }

    ConditionTable table;
    for (const Condition *comparison : comparisons) {
        auto [it, added] = table.m_index.try_emplace(comparison->fieldId, table.m_fields.size());
        if (added) {
            FieldClasses classes;
            classes.fieldId = comparison->fieldId;
            const Field *field = context.findField(comparison->fieldId);
            if (field && field->fieldType() == FieldType::Boolean) {
                classes.values = {Value::boolean_(true), Value::boolean_(false)};
                classes.hasOther = false;
            }
            table.m_fields.push_back(std::move(classes));
        }
        FieldClasses &classes = table.m_fields[it->second];
        const Value &operand = comparison->operand;
        if (operand.kind != Value::Kind::Empty && classes.hasOther &&
            std::find(classes.values.begin(), classes.values.end(), operand) == classes.values.end())
            classes.values.push_back(operand);
    }
    for (FieldClasses &classes : table.m_fields) {
        classes.stride = table.m_rows;
        if (table.m_rows > maxRows / classes.count())
            return std::nullopt;
        table.m_rows *= classes.count();
    }
    return table;
}

bool ConditionTable::equals(const Condition &comparison, std::size_t row) const
{
    const FieldClasses &classes = m_fields[m_index.at(comparison.fieldId)];
    const std::size_t cls = (row / classes.stride) % classes.count();
    if (cls == 0)
        return comparison.operand.kind == Value::Kind::Empty;
    if (cls <= classes.values.size())
        return classes.values[cls - 1] == comparison.operand;
    return false; // "some other value" differs from every value compared with, and is not empty
}

bool ConditionTable::holds(const Condition &condition, std::size_t row) const
{
    switch (condition.kind) {
    case Condition::Kind::EqualTo:
        return equals(condition, row);
    case Condition::Kind::NotEqualTo:
        return !equals(condition, row);
    case Condition::Kind::AndAll:
        return std::all_of(condition.children.begin(), condition.children.end(),
                           [&](const Condition &child) { return holds(child, row); });
    case Condition::Kind::OrAll:
        return std::any_of(condition.children.begin(), condition.children.end(),
                           [&](const Condition &child) { return holds(child, row); });
    case Condition::Kind::Unknown:
        return false;
    }
    return false;
}

std::string ConditionTable::describeRow(std::size_t row, const DomainSnapshot &context) const
{
    std::string text;
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        const FieldClasses &classes = m_fields[i];
        const std::size_t cls = (row / classes.stride) % classes.count();
        if (i > 0)
            text += i + 1 == m_fields.size() ? " and " : ", ";
        text += fieldName(context, classes.fieldId) + " is ";
        if (cls == 0)
            text += "empty";
        else if (cls <= classes.values.size())
            text += classes.values[cls - 1].display();
        else
            text += "some other value";
    }
    return text;
}

bool isAnalyzable(const BooleanRule &rule)
{
    if (!withinCountLimits(rule)) // reported by validation; a truth table would cost too much
        return false;
    for (const Condition &condition : rule.conditions) {
        if (!evaluable(condition))
            return false;
        bool anyTrue = false;
        bool anyFalse = false;
        collectResults(condition, anyTrue, anyFalse);
        if (anyTrue && anyFalse)
            return false;
    }
    return true;
}

bool conditionResult(const Condition &condition)
{
    if (condition.isComparison() || condition.children.empty())
        return condition.result;
    return conditionResult(condition.children.front());
}

bool ruleValue(const ConditionTable &table, const BooleanRule &rule, std::size_t row)
{
    for (const Condition &condition : rule.conditions)
        if (table.holds(condition, row))
            return conditionResult(condition);
    return rule.defaultValue;
}

} // namespace cw::validation
