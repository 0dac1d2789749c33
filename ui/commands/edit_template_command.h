#pragma once
// Replaces one template's value; text edits with the same merge key merge as EditRuleCommand's.

#include "model/case_template.h"

#include <QString>
#include <QUndoCommand>

namespace cw::ui {

class ProjectDocument;

class EditTemplateCommand : public QUndoCommand {
public:
    EditTemplateCommand(ProjectDocument &document, QString slug, CaseTemplate before, CaseTemplate after,
                        const QString &text, QString mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument &m_document;
    QString m_slug;
    CaseTemplate m_before;
    CaseTemplate m_after;
    QString m_mergeKey;
};

} // namespace cw::ui
