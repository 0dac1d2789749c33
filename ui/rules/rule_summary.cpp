#include "rules/rule_summary.h"

#include "common/counted.h"
#include "evaluator/condition_text.h"
#include "rules/condition_tree.h"

#include <QCoreApplication>
#include <QStringList>

namespace cw::ui {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RuleSummary", text);
}

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

std::string fieldLabel(const DomainSnapshot &context, const std::string &fieldId)
{
    const Field *field = context.findField(fieldId);
    if (field && !field->name.empty())
        return field->name;
    return fieldId.empty() ? std::string("(no field)") : "field " + fieldId;
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

QString outcome(RuleDetails::Kind kind, bool value)
{
    return qs(outcomeWord(kind == RuleDetails::Kind::Hidden, value));
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString summarizeOptions(const FieldOptionsRule &options, const DomainSnapshot &context)
{
    const QString parent = qs(fieldLabel(context, options.parentFieldId.value_or(std::string())));
    const QString child = qs(fieldLabel(context, options.childFieldId.value_or(std::string())));
    const QString mapped = counted(qsizetype(options.mappings.size()), tr("%1 parent value mapped"),
                                   tr("%1 parent values mapped"));
    return tr("%1 offers only the options mapped to the value of %2 (%3).").arg(child, parent, mapped);
}
} // namespace

QString describeConditionPlainly(const Condition &condition, const DomainSnapshot &context, bool nested)
{
    switch (condition.kind) {
    case Condition::Kind::EqualTo:
    case Condition::Kind::NotEqualTo:
        return qs(describeComparison(condition.kind, fieldLabel(context, condition.fieldId),
                                     displayedOperand(condition, context)));
    case Condition::Kind::AndAll:
    case Condition::Kind::OrAll: {
        if (condition.children.empty())
            return tr("an empty group (never true)");
        QStringList parts;
        for (const Condition &child : condition.children)
            parts << describeConditionPlainly(child, context, true);
        const QString joined =
            parts.join(condition.kind == Condition::Kind::AndAll ? tr(" and ") : tr(" or "));
        return nested && parts.size() > 1 ? QLatin1Char('(') + joined + QLatin1Char(')') : joined;
    }
    case Condition::Kind::Unknown:
        return qs(describeUnknownCondition(condition.unknownKey));
    }
    return {};
}

QString summarizeRule(const CaseRule &rule, const DomainSnapshot &context)
{
    const RuleDetails::Kind kind = rule.rule.kind;
    if (kind == RuleDetails::Kind::FieldOptions)
        return summarizeOptions(rule.rule.options, context);
    if (kind == RuleDetails::Kind::Unknown)
        return tr("A \u201c%1\u201d rule, which this version of Casewright cannot read; it is kept as it is.")
            .arg(qs(rule.rule.unknownKey));
    const BooleanRule &details = rule.rule.boolean;
    const QString otherwise = outcome(kind, details.defaultValue);
    if (details.conditions.empty())
        return tr("Always %1: the rule has no conditions.").arg(otherwise);
    QStringList clauses;
    for (const Condition &condition : details.conditions)
        clauses << tr("%1 when %2")
                       .arg(outcome(kind, decidingResult(condition, !details.defaultValue)),
                            describeConditionPlainly(condition, context));
    return capitalized(clauses.join(tr("; else "))) + tr("; otherwise %1.").arg(otherwise);
}

} // namespace cw::ui
