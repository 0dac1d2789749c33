#include "commands/add_rule_command.h"

#include "document/project_document.h"

namespace cw::ui {

AddRuleCommand::AddRuleCommand(ProjectDocument &document, std::size_t index, project::RuleFile file,
                               const QString &text)
    : QUndoCommand(text), m_document(document), m_index(index), m_file(std::move(file))
{
}

void AddRuleCommand::undo()
{
    m_file = m_document.applyRemoveRule(QString::fromStdString(m_file.slug));
}

void AddRuleCommand::redo()
{
    m_document.applyInsertRule(m_index, m_file);
}

} // namespace cw::ui
