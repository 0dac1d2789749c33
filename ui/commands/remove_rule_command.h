#pragma once
// Removes a rule file and, in the same step, its attachments in templates: a template that kept
// naming a removed new rule ("local:<slug>") would make the project unreadable.

#include "project/project.h"

#include <QString>
#include <QUndoCommand>
#include <vector>

namespace cw::ui {

class ProjectDocument;

class RemoveRuleCommand : public QUndoCommand {
public:
    RemoveRuleCommand(ProjectDocument &document, const QString &slug);

    void undo() override;
    void redo() override;

    // How many template attachments (template + field) the removal detaches.
    std::size_t detachedAttachments() const { return m_detached; }

private:
    struct TemplateEdit {
        QString slug;
        CaseTemplate before;
        CaseTemplate after;
    };

    ProjectDocument &m_document;
    std::size_t m_index = 0;
    project::RuleFile m_file;
    std::vector<TemplateEdit> m_templates;
    std::size_t m_detached = 0;
};

} // namespace cw::ui
