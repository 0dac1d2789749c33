#include "editing/rule_usage.h"

#include "editing/qt_text.h"

#include <QObject>
#include <algorithm>

namespace cw::editing {
namespace {
// Calls visit(template, attachment, label) for every rule attachment of the live templates, in
// template order: the one walk and the one label behind both lists below.
template <class Visit> void forEachUsage(const DomainSnapshot &snapshot, Visit visit)
{
    for (const CaseTemplate &caseTemplate : snapshot.templates) {
        if (caseTemplate.isDeleted() || !caseTemplate.rules)
            continue;
        const QString templateName = qs(caseTemplate.name);
        for (const TemplateRule &attachment : *caseTemplate.rules) {
            QString field = QObject::tr("(no field)");
            if (attachment.fieldId) {
                const Field *known = snapshot.findField(*attachment.fieldId);
                field = qs(known && !known->name.empty() ? known->name : *attachment.fieldId);
            }
            visit(caseTemplate, attachment, templateName + QStringLiteral(" \u203a ") + field);
        }
    }
}
} // namespace

std::map<std::string, QStringList> ruleUsages(const DomainSnapshot &snapshot)
{
    std::map<std::string, QStringList> usages;
    forEachUsage(snapshot, [&](const CaseTemplate &, const TemplateRule &attachment, const QString &label) {
        usages[attachment.caseRuleId] << label;
    });
    return usages;
}

QStringList otherUsages(const DomainSnapshot &snapshot, const std::string &caseRuleId,
                        const std::string &templateId, const std::string &fieldId)
{
    QStringList usages;
    forEachUsage(snapshot, [&](const CaseTemplate &caseTemplate, const TemplateRule &attachment,
                               const QString &label) {
        if (attachment.caseRuleId != caseRuleId)
            return;
        if (caseTemplate.templateId == templateId && attachment.fieldId && *attachment.fieldId == fieldId)
            return;
        usages << label;
    });
    return usages;
}

namespace {
bool conditionReads(const Condition &condition, const std::string &fieldId)
{
    if (condition.isComparison())
        return condition.fieldId == fieldId;
    return std::any_of(condition.children.begin(), condition.children.end(),
                       [&](const Condition &child) { return conditionReads(child, fieldId); });
}
} // namespace

FieldUsage fieldUsage(const DomainSnapshot &snapshot, const std::string &fieldId)
{
    FieldUsage usage;
    for (const CaseRule &rule : snapshot.caseRules) {
        if (rule.isDeleted())
            continue;
        const auto add = [&](FieldUsage::Reading as) {
            usage.readers.push_back({rule.caseRuleId, qs(rule.name), as});
        };
        const RuleDetails &details = rule.rule;
        if (details.kind == RuleDetails::Kind::Required || details.kind == RuleDetails::Kind::Hidden) {
            const auto &conditions = details.boolean.conditions;
            if (std::any_of(conditions.begin(), conditions.end(),
                            [&](const Condition &condition) { return conditionReads(condition, fieldId); }))
                add(FieldUsage::Reading::Condition);
        } else if (details.kind == RuleDetails::Kind::FieldOptions) {
            if (details.options.parentFieldId == fieldId)
                add(FieldUsage::Reading::OptionsParent);
            if (details.options.childFieldId == fieldId)
                add(FieldUsage::Reading::OptionsChild);
        }
    }
    forEachUsage(snapshot,
                 [&](const CaseTemplate &caseTemplate, const TemplateRule &attachment, const QString &) {
                     if (!attachment.fieldId || *attachment.fieldId != fieldId)
                         return;
                     const CaseRule *rule = snapshot.findRule(attachment.caseRuleId);
                     usage.attachments.push_back({qs(caseTemplate.name), attachment.caseRuleId,
                                                  rule ? qs(rule->name) : qs(attachment.caseRuleId)});
                 });
    for (const CaseTemplate &caseTemplate : snapshot.templates) {
        if (caseTemplate.isDeleted() || !caseTemplate.requiredFields)
            continue;
        for (const RequiredField &required : *caseTemplate.requiredFields)
            if (required.fieldId == fieldId)
                usage.requiredIn << qs(caseTemplate.name);
    }
    return usage;
}

} // namespace cw::editing
