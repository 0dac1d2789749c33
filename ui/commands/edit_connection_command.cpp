#include "commands/edit_connection_command.h"

#include "document/project_document.h"

#include <QCoreApplication>

namespace cw::ui {

// The project has one connection: no item key, and no merge key (each OK of the dialog is a step).
EditConnectionCommand::EditConnectionCommand(ProjectDocument &document, project::ProjectConfig before,
                                             project::ProjectConfig after)
    : ReplaceValueCommand(document, UndoCommandId::EditConnection, QString(), std::move(before),
                          std::move(after),
                          QCoreApplication::translate("cw::ui::EditConnectionCommand", "Change Connection"))
{
}

void EditConnectionCommand::apply(const QString &, const project::ProjectConfig &config)
{
    document().applyConfig(config);
}

} // namespace cw::ui
