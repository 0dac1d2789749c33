#include "commands/edit_connection_command.h"

#include "document/project_document.h"

#include <QCoreApplication>

namespace cw::ui {

EditConnectionCommand::EditConnectionCommand(ProjectDocument &document, project::ProjectConfig before,
                                             project::ProjectConfig after)
    : QUndoCommand(QCoreApplication::translate("cw::ui::EditConnectionCommand", "Change Connection")),
      m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
}

void EditConnectionCommand::undo()
{
    m_document.applyConfig(m_before);
}

void EditConnectionCommand::redo()
{
    m_document.applyConfig(m_after);
}

} // namespace cw::ui
