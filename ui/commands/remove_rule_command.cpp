#include "commands/remove_rule_command.h"

#include "common/std_text.h"
#include "document/project_document.h"

#include <algorithm>

namespace cw::ui {

RemoveRuleCommand::RemoveRuleCommand(ProjectDocument &document, const QString &slug) : m_document(document)
{
    const project::RuleFile *file = document.rule(slug);
    if (!file)
        return;
    m_index = document.ruleIndex(slug).value_or(0);
    m_file = *file;
    const std::string ref = project::Project::ruleRef(*file);
    for (const project::TemplateFile &templateFile : document.project().templates) {
        if (!templateFile.caseTemplate.rules)
            continue;
        CaseTemplate after = templateFile.caseTemplate;
        auto &rules = *after.rules;
        const auto removed = std::remove_if(rules.begin(), rules.end(), [&](const TemplateRule &attachment) {
            return attachment.caseRuleId == ref;
        });
        const auto count = std::size_t(rules.end() - removed);
        if (count == 0)
            continue;
        rules.erase(removed, rules.end());
        m_detached += count;
        m_templates.push_back(
            {QString::fromStdString(templateFile.slug), templateFile.caseTemplate, std::move(after)});
    }
    setText(QObject::tr("Delete rule \u201c%1\u201d").arg(userText(file->rule.name)));
}

void RemoveRuleCommand::undo()
{
    m_document.applyInsertRule(m_index, m_file);
    for (const TemplateEdit &edit : m_templates)
        m_document.applyTemplate(edit.slug, edit.before);
}

void RemoveRuleCommand::redo()
{
    for (const TemplateEdit &edit : m_templates)
        m_document.applyTemplate(edit.slug, edit.after);
    m_document.applyRemoveRule(QString::fromStdString(m_file.slug));
}

} // namespace cw::ui
