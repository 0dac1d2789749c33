#include "editing/rule_usage.h"

#include "editing/qt_text.h"

#include <QObject>

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

} // namespace cw::editing
