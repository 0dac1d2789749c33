#pragma once
// Undo commands of the sample cases, on the document's undo stack like every other edit: they
// hold the before and after states and call ProjectDocument's sample apply members. A changed
// case is a ReplaceValueCommand like a changed rule.

#include "commands/replace_value_command.h"
#include "document/sample_row.h"

#include <QString>
#include <QUndoCommand>
#include <vector>

namespace cw::ui {

class ProjectDocument;

// One case changed (a value, its id or template), the case keyed by its row. Consecutive edits
// with the same non-empty merge key -- typing into one field -- become one step.
class EditSampleCaseCommand : public ReplaceValueCommand<SampleCase, int> {
public:
    EditSampleCaseCommand(ProjectDocument &document, int row, SampleCase before, SampleCase after,
                          const QString &text, QString mergeKey = {});

protected:
    void apply(const int &row, const SampleCase &sampleCase) override;
};

// Inserts cases at a row; each case goes into its own file (the document keeps a file's cases
// together, so `row` must lie inside or at either end of that file's cases).
class InsertSampleCasesCommand : public QUndoCommand {
public:
    InsertSampleCasesCommand(ProjectDocument &document, int row, std::vector<SampleRow> rows,
                             const QString &text);
    void undo() override;
    void redo() override;

private:
    ProjectDocument &m_document;
    int m_row;
    std::vector<SampleRow> m_rows;
};

// Removes `count` rows from `row`; undo puts them back where they were.
class RemoveSampleCasesCommand : public QUndoCommand {
public:
    RemoveSampleCasesCommand(ProjectDocument &document, int row, int count, const QString &text,
                             QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    ProjectDocument &m_document;
    int m_row;
    int m_count;
    std::vector<SampleRow> m_removed;
};

} // namespace cw::ui
