#include "commands/sample_case_commands.h"

#include "document/project_document.h"

namespace cw::ui {

EditSampleCaseCommand::EditSampleCaseCommand(ProjectDocument &document, int row, SampleCase before,
                                             SampleCase after, const QString &text, QString mergeKey)
    : ReplaceValueCommand(document, UndoCommandId::EditSampleCaseText, row, std::move(before),
                          std::move(after), text, std::move(mergeKey))
{
}

void EditSampleCaseCommand::apply(const int &row, const SampleCase &sampleCase)
{
    document().applySampleCase(row, sampleCase);
}

InsertSampleCasesCommand::InsertSampleCasesCommand(ProjectDocument &document, int row,
                                                   std::vector<SampleRow> rows, const QString &text)
    : QUndoCommand(text), m_document(document), m_row(row), m_rows(std::move(rows))
{
}

void InsertSampleCasesCommand::undo()
{
    m_document.applyRemoveSamples(m_row, int(m_rows.size()));
}

void InsertSampleCasesCommand::redo()
{
    m_document.applyInsertSamples(m_row, m_rows);
}

RemoveSampleCasesCommand::RemoveSampleCasesCommand(ProjectDocument &document, int row, int count,
                                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_row(row), m_count(count)
{
}

void RemoveSampleCasesCommand::undo()
{
    m_document.applyInsertSamples(m_row, m_removed);
}

void RemoveSampleCasesCommand::redo()
{
    m_removed = m_document.applyRemoveSamples(m_row, m_count);
}

} // namespace cw::ui
