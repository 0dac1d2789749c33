#pragma once
// Replaces one rule's CaseRule value. Text edits carry a merge key naming the member typed in
// ("name", "condition 1.2 value"); consecutive edits with the same rule and key become one step.

#include "model/case_rule.h"

#include <QString>
#include <QUndoCommand>

namespace cw::ui {

class ProjectDocument;

class EditRuleCommand : public QUndoCommand {
public:
    EditRuleCommand(ProjectDocument &document, QString slug, CaseRule before, CaseRule after,
                    const QString &text, QString mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const QString &slug() const { return m_slug; }
    const QString &mergeKey() const { return m_mergeKey; }

private:
    ProjectDocument &m_document;
    QString m_slug;
    CaseRule m_before;
    CaseRule m_after;
    QString m_mergeKey;
};

// The same rule value, compared as the service would see it.
bool sameRule(const CaseRule &a, const CaseRule &b);

} // namespace cw::ui
