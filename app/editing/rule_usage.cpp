#include "document/rule_usage.h"

#include <QObject>

namespace cw::ui {

std::map<std::string, QStringList> ruleUsages(const DomainSnapshot &snapshot)
{
    std::map<std::string, QStringList> usages;
    for (const CaseTemplate &caseTemplate : snapshot.templates) {
        if (caseTemplate.isDeleted() || !caseTemplate.rules)
            continue;
        const QString templateName = QString::fromStdString(caseTemplate.name);
        for (const TemplateRule &attachment : *caseTemplate.rules) {
            QString field = QObject::tr("(no field)");
            if (attachment.fieldId) {
                const Field *known = snapshot.findField(*attachment.fieldId);
                field =
                    QString::fromStdString(known && !known->name.empty() ? known->name : *attachment.fieldId);
            }
            usages[attachment.caseRuleId] << templateName + QStringLiteral(" \u203a ") + field;
        }
    }
    return usages;
}

} // namespace cw::ui
