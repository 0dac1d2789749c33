#pragma once
// Undo commands of the sample cases. They hold the before and after states and call the model's
// apply members, as the document's commands call ProjectDocument's.

#include "preview/sample_cases_model.h"

#include <QUndoCommand>

namespace cw::ui {

// One case changed (a value, its id or template). Consecutive edits with the same non-empty
// merge key -- typing into one field -- become one step.
class EditSampleCaseCommand : public QUndoCommand {
public:
    EditSampleCaseCommand(SampleCasesModel *model, int row, SampleCase before, SampleCase after,
                          const QString &text, QString mergeKey = {});
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    SampleCasesModel *m_model;
    int m_row;
    SampleCase m_before;
    SampleCase m_after;
    QString m_mergeKey;
};

class InsertSampleCasesCommand : public QUndoCommand {
public:
    InsertSampleCasesCommand(SampleCasesModel *model, int row, std::vector<SampleRow> rows,
                             const QString &text);
    void undo() override;
    void redo() override;

private:
    SampleCasesModel *m_model;
    int m_row;
    std::vector<SampleRow> m_rows;
};

// Removes `count` rows from `row`; undo puts them back where they were.
class RemoveSampleCasesCommand : public QUndoCommand {
public:
    RemoveSampleCasesCommand(SampleCasesModel *model, int row, int count, const QString &text,
                             QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    SampleCasesModel *m_model;
    int m_row;
    int m_count;
    std::vector<SampleRow> m_removed;
};

} // namespace cw::ui
