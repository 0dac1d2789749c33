#include "editing/rule_summary.h"

#include "editing/condition_tree.h"
#include "editing/counted.h"
#include "editing/hidden_reading.h"
#include "editing/qt_text.h"
#include "evaluator/condition_text.h"

#include <QCoreApplication>
#include <QStringList>

// The messages keep the translation context "cw::ui" they had when this file was part of the
// designer, so every catalogue (translations/*.ts) still matches them; lupdate reads the context
// from each QCoreApplication::translate call.
namespace cw::editing {
namespace {
QString fieldLabel(const DomainSnapshot &context, const std::string &fieldId)
{
    const Field *field = context.findField(fieldId);
    if (field && !field->name.empty())
        return qs(field->name);
    return fieldId.empty() ? QCoreApplication::translate("cw::ui", "(no field)")
                           : QCoreApplication::translate("cw::ui", "field %1").arg(qs(fieldId));
}

// A single-select value reads as its option's name ("Closed" for closed).
Value displayedOperand(const Condition &comparison, const DomainSnapshot &context)
{
    if (comparison.operand.kind != Value::Kind::String)
        return comparison.operand;
    if (const auto *options = context.optionsOf(comparison.fieldId))
        for (const FieldOption &option : *options)
            if (option.value == comparison.operand.text && !option.name.empty())
                return Value::string(option.name);
    return comparison.operand;
}

QString describeComparison(Condition::Kind kind, const QString &fieldName, const Value &operand)
{
    const bool negated = kind == Condition::Kind::NotEqualTo;
    switch (operand.kind) {
    case Value::Kind::Empty:
        return (negated ? QCoreApplication::translate("cw::ui", "%1 is not empty")
                        : QCoreApplication::translate("cw::ui", "%1 is empty"))
            .arg(fieldName);
    case Value::Kind::Unknown:
        return (negated ? QCoreApplication::translate(
                              "cw::ui", "%1 does not equal a value of unknown type \"%2\" (never true)")
                        : QCoreApplication::translate(
                              "cw::ui", "%1 equals a value of unknown type \"%2\" (never true)"))
            .arg(fieldName, qs(operand.text));
    case Value::Kind::String:
    case Value::Kind::UserArn:
    case Value::Kind::Double:
    case Value::Kind::Boolean:
        break;
    }
    return (negated ? QCoreApplication::translate("cw::ui", "%1 does not equal %2")
                    : QCoreApplication::translate("cw::ui", "%1 equals %2"))
        .arg(fieldName, qs(operand.display()));
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString summarizeOptions(const FieldOptionsRule &options, const DomainSnapshot &context)
{
    const QString parent = fieldLabel(context, options.parentFieldId.value_or(std::string()));
    const QString child = fieldLabel(context, options.childFieldId.value_or(std::string()));
    const int mappings = int(options.mappings.size());
    const QString mapped = plural(
        QCoreApplication::translate("cw::ui", "%n parent value(s) mapped", nullptr, mappings), mappings);
    return QCoreApplication::translate("cw::ui", "%1 offers only the options mapped to the value of %2 (%3).")
        .arg(child, parent, mapped);
}
} // namespace

QString describeConditionPlainly(const Condition &condition, const DomainSnapshot &context, bool nested)
{
    switch (condition.kind) {
    case Condition::Kind::EqualTo:
    case Condition::Kind::NotEqualTo:
        return describeComparison(condition.kind, fieldLabel(context, condition.fieldId),
                                  displayedOperand(condition, context));
    case Condition::Kind::AndAll:
    case Condition::Kind::OrAll: {
        if (condition.children.empty())
            return QCoreApplication::translate("cw::ui", "an empty group (never true)");
        QStringList parts;
        for (const Condition &child : condition.children)
            parts << describeConditionPlainly(child, context, true);
        const QString joined = parts.join(condition.kind == Condition::Kind::AndAll
                                              ? QCoreApplication::translate("cw::ui", " and ")
                                              : QCoreApplication::translate("cw::ui", " or "));
        return nested && parts.size() > 1 ? QLatin1Char('(') + joined + QLatin1Char(')') : joined;
    }
    case Condition::Kind::Unknown:
        return QCoreApplication::translate("cw::ui", "condition of unknown kind \"%1\" (never true)")
            .arg(qs(condition.unknownKey));
    }
    return {};
}

QString summarizeRule(const CaseRule &rule, const DomainSnapshot &context,
                      std::optional<HiddenReading> reading)
{
    const RuleDetails::Kind kind = rule.rule.kind;
    if (kind == RuleDetails::Kind::FieldOptions)
        return summarizeOptions(rule.rule.options, context);
    if (kind == RuleDetails::Kind::Unknown)
        return QCoreApplication::translate("cw::ui", "A \u201c%1\u201d rule, which this version of "
                                                     "Casewright cannot read; it is kept as it is.")
            .arg(qs(rule.rule.unknownKey));
    const BooleanRule &details = rule.rule.boolean;
    const QString otherwise = outcomeWords(kind, details.defaultValue, reading);
    if (details.conditions.empty())
        return QCoreApplication::translate("cw::ui", "Always %1: the rule has no conditions.").arg(otherwise);
    QStringList clauses;
    for (const Condition &condition : details.conditions)
        clauses << QCoreApplication::translate("cw::ui", "%1 when %2")
                       .arg(outcomeWords(kind, decidingResult(condition, !details.defaultValue), reading),
                            describeConditionPlainly(condition, context));
    return capitalized(clauses.join(QCoreApplication::translate("cw::ui", "; else "))) +
           QCoreApplication::translate("cw::ui", "; otherwise %1.").arg(otherwise);
}

} // namespace cw::editing
