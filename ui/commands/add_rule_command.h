#pragma once
// Adds a rule file at a position of the project's rule list.

#include "project/project.h"

#include <QString>
#include <QUndoCommand>

namespace cw::ui {

class ProjectDocument;

class AddRuleCommand : public QUndoCommand {
public:
    AddRuleCommand(ProjectDocument &document, std::size_t index, project::RuleFile file, const QString &text);

    void undo() override;
    void redo() override;

private:
    ProjectDocument &m_document;
    std::size_t m_index;
    project::RuleFile m_file;
};

} // namespace cw::ui
