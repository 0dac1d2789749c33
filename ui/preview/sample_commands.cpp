#include "preview/sample_commands.h"

namespace cw::ui {
namespace {
// Distinct from the document's command ids (commands/undo_command_ids.h): the stacks are
// separate, but a shared number would still read as a shared meaning.
constexpr int kEditSampleCaseId = 0x5a01;
} // namespace

EditSampleCaseCommand::EditSampleCaseCommand(SampleCasesModel *model, int row, SampleCase before,
                                             SampleCase after, const QString &text, QString mergeKey)
    : QUndoCommand(text), m_model(model), m_row(row), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(std::move(mergeKey))
{
}

void EditSampleCaseCommand::undo()
{
    m_model->applyCase(m_row, m_before);
}

void EditSampleCaseCommand::redo()
{
    m_model->applyCase(m_row, m_after);
}

int EditSampleCaseCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kEditSampleCaseId;
}

bool EditSampleCaseCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditSampleCaseCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || next->m_row != m_row)
        return false;
    m_after = next->m_after;
    return true;
}

InsertSampleCasesCommand::InsertSampleCasesCommand(SampleCasesModel *model, int row,
                                                   std::vector<SampleRow> rows, const QString &text)
    : QUndoCommand(text), m_model(model), m_row(row), m_rows(std::move(rows))
{
}

void InsertSampleCasesCommand::undo()
{
    m_model->applyRemove(m_row, int(m_rows.size()));
}

void InsertSampleCasesCommand::redo()
{
    m_model->applyInsert(m_row, m_rows);
}

RemoveSampleCasesCommand::RemoveSampleCasesCommand(SampleCasesModel *model, int row, int count,
                                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_model(model), m_row(row), m_count(count)
{
}

void RemoveSampleCasesCommand::undo()
{
    m_model->applyInsert(m_row, m_removed);
}

void RemoveSampleCasesCommand::redo()
{
    m_removed = m_model->applyRemove(m_row, m_count);
}

} // namespace cw::ui
