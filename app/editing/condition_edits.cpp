#include "editing/condition_edits.h"

#include "editing/qt_text.h"

#include <QCoreApplication>
#include <algorithm>

namespace cw::editing {

QString operatorLabel(ConditionOperator op)
{
    switch (op) {
    case ConditionOperator::Equals:
        return QCoreApplication::translate("ConditionOperator", "equals");
    case ConditionOperator::NotEquals:
        return QCoreApplication::translate("ConditionOperator", "does not equal");
    case ConditionOperator::IsEmpty:
        return QCoreApplication::translate("ConditionOperator", "is empty");
    case ConditionOperator::IsNotEmpty:
        return QCoreApplication::translate("ConditionOperator", "is not empty");
    }
    return {};
}

ConditionOperator operatorOf(const Condition &comparison)
{
    const bool empty = comparison.operand.kind == Value::Kind::Empty;
    if (comparison.kind == Condition::Kind::NotEqualTo)
        return empty ? ConditionOperator::IsNotEmpty : ConditionOperator::NotEquals;
    return empty ? ConditionOperator::IsEmpty : ConditionOperator::Equals;
}

bool takesValue(ConditionOperator op)
{
    return op == ConditionOperator::Equals || op == ConditionOperator::NotEquals;
}

Value defaultOperand(const Field *field, const std::vector<FieldOption> *options)
{
    switch (field ? field->fieldType() : FieldType::Text) {
    case FieldType::SingleSelect:
        if (options && !options->empty()) {
            const auto active = std::find_if(options->begin(), options->end(),
                                             [](const FieldOption &option) { return option.active; });
            return Value::string(active != options->end() ? active->value : options->front().value);
        }
        return Value::string({});
    case FieldType::Number:
        return Value::dbl(0.0);
    case FieldType::Boolean:
        return Value::boolean_(true);
    default:
        return Value::string({});
    }
}

bool operandFits(const Value &operand, const Field *field, const std::vector<FieldOption> *options)
{
    if (!field)
        return true; // nothing to check against
    switch (operand.kind) {
    case Value::Kind::Empty:
        return true;
    case Value::Kind::Double:
        return field->fieldType() == FieldType::Number;
    case Value::Kind::Boolean:
        return field->fieldType() == FieldType::Boolean;
    case Value::Kind::String:
        if (field->fieldType() == FieldType::SingleSelect)
            return !options || std::any_of(options->begin(), options->end(), [&](const FieldOption &option) {
                return option.value == operand.text;
            });
        return field->fieldType() != FieldType::Number && field->fieldType() != FieldType::Boolean;
    case Value::Kind::UserArn:
    case Value::Kind::Unknown:
        return false;
    }
    return false;
}

void chooseOperator(Condition &comparison, ConditionOperator op, const DomainSnapshot &context)
{
    comparison.kind = (op == ConditionOperator::Equals || op == ConditionOperator::IsEmpty)
                          ? Condition::Kind::EqualTo
                          : Condition::Kind::NotEqualTo;
    if (!takesValue(op)) {
        comparison.operand = Value::empty();
    } else if (comparison.operand.kind == Value::Kind::Empty) {
        comparison.operand =
            defaultOperand(context.findField(comparison.fieldId), context.optionsOf(comparison.fieldId));
    }
}

void chooseField(Condition &comparison, const std::string &fieldId, const DomainSnapshot &context)
{
    comparison.fieldId = fieldId;
    const Field *field = context.findField(fieldId);
    const auto *options = context.optionsOf(fieldId);
    if (!operandFits(comparison.operand, field, options))
        comparison.operand = defaultOperand(field, options);
}

std::vector<const Field *> pickableFields(const DomainSnapshot &context)
{
    std::vector<const Field *> fields;
    for (const Field &field : context.fields)
        if (!field.isDeleted())
            fields.push_back(&field);
    std::stable_sort(fields.begin(), fields.end(), [](const Field *a, const Field *b) {
        return qs(a->name).compare(qs(b->name), Qt::CaseInsensitive) < 0;
    });
    return fields;
}

Condition newComparison(const DomainSnapshot &context, bool result)
{
    const auto fields = pickableFields(context);
    return Condition::notEqualTo(fields.empty() ? std::string() : fields.front()->fieldId, Value::empty(),
                                 result);
}

} // namespace cw::editing
