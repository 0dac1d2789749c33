#include "sync/plan_details.h"

#include "editing/rule_summary.h"
#include "wire/wire_json.h"

#include <QCoreApplication>
#include <optional>
#include <set>

namespace cw::ui {
namespace {
// lupdate files a tr() outside a class under the enclosing namespace: look it up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("cw::ui", text);
}

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

QString quotedText(const QString &text)
{
    return text.isEmpty() ? tr("(none)") : QStringLiteral("\u201c%1\u201d").arg(text);
}

QString oldToNew(const QString &what, const QString &before, const QString &after)
{
    return tr("%1: %2 \u2192 %3").arg(what, before, after);
}

// Working state first (new rules carry "local:<slug>" there), then the base (deleted ones).
struct Names {
    const DomainSnapshot &working;
    const DomainSnapshot *base;

    QString field(const std::string &id) const
    {
        for (const DomainSnapshot *snapshot : {&working, base})
            if (snapshot)
                if (const Field *found = snapshot->findField(id); found && !found->name.empty())
                    return qs(found->name);
        return qs(id);
    }
    QString rule(const std::string &id) const
    {
        for (const DomainSnapshot *snapshot : {&working, base})
            if (snapshot)
                if (const CaseRule *found = snapshot->findRule(id); found && !found->name.empty())
                    return quotedText(qs(found->name));
        return qs(id);
    }
    QString layout(const std::optional<std::string> &id) const
    {
        if (!id || id->empty())
            return quotedText(QString()); // "(none)"
        for (const DomainSnapshot *snapshot : {&working, base})
            if (snapshot)
                if (const Layout *found = snapshot->findLayout(*id); found && !found->name.empty())
                    return quotedText(qs(found->name));
        return qs(*id);
    }
};

// What is in `from` and not in `to`, counting repeats (a multiset difference), in `from`'s order.
QStringList missingFrom(const QStringList &from, const QStringList &to)
{
    QStringList left = to;
    QStringList missing;
    for (const QString &item : from)
        if (!left.removeOne(item))
            missing << item;
    return missing;
}

void describeList(QStringList &lines, const QStringList &before, const QStringList &after,
                  const QString &added, const QString &removed, const QString &reordered)
{
    const QStringList gone = missingFrom(before, after);
    const QStringList come = missingFrom(after, before);
    for (const QString &item : gone)
        lines << removed.arg(item);
    for (const QString &item : come)
        lines << added.arg(item);
    if (gone.isEmpty() && come.isEmpty() && before != after && !reordered.isEmpty())
        lines << reordered;
}

QString kindWord(RuleDetails::Kind kind)
{
    switch (kind) {
    case RuleDetails::Kind::Required:
        return tr("required rule");
    case RuleDetails::Kind::Hidden:
        return tr("hidden rule");
    case RuleDetails::Kind::FieldOptions:
        return tr("options rule");
    case RuleDetails::Kind::Unknown:
        break;
    }
    return tr("rule of an unknown kind");
}

QString outcome(RuleDetails::Kind kind, bool value)
{
    if (kind == RuleDetails::Kind::Hidden)
        return value ? tr("hidden") : tr("shown");
    return value ? tr("required") : tr("not required");
}

void describeRuleDetails(QStringList &lines, const RuleDetails &before, const RuleDetails &after,
                         const DomainSnapshot &context, const Names &names)
{
    const qsizetype start = lines.size();
    if (before.kind != after.kind) {
        lines << oldToNew(tr("kind"), kindWord(before.kind), kindWord(after.kind));
        return;
    }
    if (before.kind == RuleDetails::Kind::Required || before.kind == RuleDetails::Kind::Hidden) {
        const auto plainly = [&](const std::vector<Condition> &conditions) {
            QStringList texts;
            for (const Condition &condition : conditions)
                texts << editing::describeConditionPlainly(condition, context);
            return texts;
        };
        const auto &was = before.boolean, &is = after.boolean;
        describeList(lines, plainly(was.conditions), plainly(is.conditions), tr("condition added: %1"),
                     tr("condition removed: %1"),
                     was.conditions != is.conditions ? tr("conditions reordered or regrouped") : QString());
        // Same texts, different conditions (an operand's type, a nested group): say it changed.
        if (lines.size() == start && was.conditions != is.conditions)
            lines << tr("conditions changed");
        if (was.defaultValue != is.defaultValue)
            lines << oldToNew(tr("otherwise"), outcome(before.kind, was.defaultValue),
                              outcome(after.kind, is.defaultValue));
        if (was.extra != is.extra)
            lines << tr("changed: %1").arg(QString::fromLatin1(toString(after.kind)));
        return;
    }
    if (before.kind == RuleDetails::Kind::FieldOptions) {
        const FieldOptionsRule &was = before.options, &is = after.options;
        const auto fieldOf = [&](const std::optional<std::string> &id) {
            return id ? names.field(*id) : tr("(none)");
        };
        if (was.parentFieldId != is.parentFieldId)
            lines << oldToNew(tr("parent field"), fieldOf(was.parentFieldId), fieldOf(is.parentFieldId));
        if (was.childFieldId != is.childFieldId)
            lines << oldToNew(tr("child field"), fieldOf(was.childFieldId), fieldOf(is.childFieldId));
        const auto mappingOf = [](const FieldOptionsRule &rule,
                                  const std::string &parent) -> const OptionsMapping * {
            for (const OptionsMapping &mapping : rule.mappings)
                if (mapping.parentValue == parent)
                    return &mapping;
            return nullptr;
        };
        const auto valuesOf = [](const OptionsMapping &mapping) {
            QStringList values;
            for (const std::string &value : mapping.childValues)
                values << quotedText(qs(value));
            return values;
        };
        for (const OptionsMapping &mapping : was.mappings)
            if (!mappingOf(is, mapping.parentValue))
                lines << tr("mapping removed: %1").arg(quotedText(qs(mapping.parentValue)));
        for (const OptionsMapping &mapping : is.mappings) {
            const OptionsMapping *old = mappingOf(was, mapping.parentValue);
            const QString parent = quotedText(qs(mapping.parentValue));
            if (!old) {
                lines << tr("mapping added: %1 \u2192 %2")
                             .arg(parent, valuesOf(mapping).join(QStringLiteral(", ")));
                continue;
            }
            const QStringList gone = missingFrom(valuesOf(*old), valuesOf(mapping));
            const QStringList come = missingFrom(valuesOf(mapping), valuesOf(*old));
            if (!come.isEmpty())
                lines << tr("%1: options added: %2").arg(parent, come.join(QStringLiteral(", ")));
            if (!gone.isEmpty())
                lines << tr("%1: options removed: %2").arg(parent, gone.join(QStringLiteral(", ")));
        }
        if (lines.size() == start && was != is)
            lines << tr("changed: %1").arg(QStringLiteral("fieldOptions"));
        return;
    }
    if (before != after)
        lines << tr("changed: %1").arg(qs(after.unknownKey));
}

void describeRule(QStringList &lines, const Json &beforeJson, const Json &afterJson,
                  const DomainSnapshot &context, const Names &names, std::set<std::string> &described)
{
    auto before = wire::readCaseRule(beforeJson);
    auto after = wire::readCaseRule(afterJson);
    if (!before || !after)
        return;
    if (before->name != after->name)
        lines << oldToNew(tr("name"), quotedText(qs(before->name)), quotedText(qs(after->name)));
    if (before->description != after->description)
        lines << oldToNew(tr("description"), quotedText(qs(before->description.value_or(std::string()))),
                          quotedText(qs(after->description.value_or(std::string()))));
    describeRuleDetails(lines, before->rule, after->rule, context, names);
    described.insert({"name", "description", "rule"});
}

void describeTemplate(QStringList &lines, const Json &beforeJson, const Json &afterJson, const Names &names,
                      std::set<std::string> &described)
{
    auto before = wire::readTemplate(beforeJson);
    auto after = wire::readTemplate(afterJson);
    if (!before || !after)
        return;
    if (before->name != after->name)
        lines << oldToNew(tr("name"), quotedText(qs(before->name)), quotedText(qs(after->name)));
    if (before->description != after->description)
        lines << oldToNew(tr("description"), quotedText(qs(before->description.value_or(std::string()))),
                          quotedText(qs(after->description.value_or(std::string()))));
    if (before->status != after->status)
        lines << oldToNew(tr("status"), qs(before->status), qs(after->status));
    described.insert({"name", "description", "status"});

    const auto layoutOf = [](const CaseTemplate &t) {
        return t.layoutConfiguration ? t.layoutConfiguration->defaultLayout : std::optional<std::string>();
    };
    if (layoutOf(*before) != layoutOf(*after))
        lines << oldToNew(tr("default layout"), names.layout(layoutOf(*before)),
                          names.layout(layoutOf(*after)));
    if (before->layoutConfiguration == after->layoutConfiguration ||
        (before->layoutConfiguration && after->layoutConfiguration &&
         before->layoutConfiguration->extra == after->layoutConfiguration->extra))
        described.insert("layoutConfiguration");

    const auto requiredOf = [&](const CaseTemplate &t) {
        QStringList fields;
        for (const RequiredField &field : t.requiredFields.value_or(std::vector<RequiredField>()))
            fields << names.field(field.fieldId);
        return fields;
    };
    describeList(lines, requiredOf(*before), requiredOf(*after), tr("required field added: %1"),
                 tr("required field removed: %1"), tr("required fields reordered"));
    described.insert("requiredFields");

    const auto attachmentsOf = [&](const CaseTemplate &t) {
        QStringList attachments;
        for (const TemplateRule &rule : t.rules.value_or(std::vector<TemplateRule>()))
            attachments << tr("%1 on %2")
                               .arg(names.rule(rule.caseRuleId),
                                    rule.fieldId ? names.field(*rule.fieldId) : tr("(no field)"));
        return attachments;
    };
    describeList(lines, attachmentsOf(*before), attachmentsOf(*after), tr("rule attached: %1"),
                 tr("rule detached: %1"), tr("attached rules reordered"));
    described.insert("rules");
}
} // namespace

QStringList describePlanStepChanges(const project::PlanStep &step, const DomainSnapshot &working,
                                    const DomainSnapshot *base)
{
    QStringList lines;
    if (step.before.is_null() || step.after.is_null())
        return lines;
    const Names names{working, base};
    std::set<std::string> described;
    if (step.action == project::PlanStep::Action::UpdateRule)
        describeRule(lines, step.before, step.after, working, names, described);
    else if (step.action == project::PlanStep::Action::UpdateTemplate)
        describeTemplate(lines, step.before, step.after, names, described);
    // Members this reading does not go into (tags propagation, unknown members): named as before.
    for (const std::string &member : step.changes)
        if (described.count(member) == 0)
            lines << tr("changed: %1").arg(qs(member));
    return lines;
}

} // namespace cw::ui
