#include "commands/sample_case_commands.h"

#include "commands/undo_command_ids.h"
#include "document/project_document.h"

namespace cw::ui {

EditSampleCaseCommand::EditSampleCaseCommand(ProjectDocument &document, int row, SampleCase before,
                                             SampleCase after, const QString &text, QString mergeKey)
    : QUndoCommand(text), m_document(document), m_row(row), m_before(std::move(before)),
      m_after(std::move(after)), m_mergeKey(std::move(mergeKey))
{
}

void EditSampleCaseCommand::undo()
{
    m_document.applySampleCase(m_row, m_before);
}

void EditSampleCaseCommand::redo()
{
    m_document.applySampleCase(m_row, m_after);
}

int EditSampleCaseCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : int(UndoCommandId::EditSampleCaseText);
}

bool EditSampleCaseCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditSampleCaseCommand *>(other);
    if (!next || next->m_mergeKey != m_mergeKey || next->m_row != m_row)
        return false;
    m_after = next->m_after;
    return true;
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
