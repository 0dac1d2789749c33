#pragma once
// Replaces where the project connects (profile, region, endpoint in casewright.json): the
// "Connection…" dialog's result, undoable like every other edit and saved with the project.

#include "project/project.h"

#include <QUndoCommand>

namespace cw::ui {

class ProjectDocument;

class EditConnectionCommand : public QUndoCommand {
public:
    EditConnectionCommand(ProjectDocument &document, project::ProjectConfig before,
                          project::ProjectConfig after);

    void undo() override;
    void redo() override;

private:
    ProjectDocument &m_document;
    project::ProjectConfig m_before;
    project::ProjectConfig m_after;
};

} // namespace cw::ui
