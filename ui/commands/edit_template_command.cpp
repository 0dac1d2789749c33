#include "commands/edit_template_command.h"

#include "commands/undo_command_ids.h"
#include "document/project_document.h"
#include "wire/wire_json.h"

namespace cw::ui {

EditTemplateCommand::EditTemplateCommand(ProjectDocument &document, QString slug, CaseTemplate before,
                                         CaseTemplate after, const QString &text, QString mergeKey)
    : QUndoCommand(text), m_document(document), m_slug(std::move(slug)), m_before(std::move(before)),
      m_after(std::move(after)), m_mergeKey(std::move(mergeKey))
{
}

void EditTemplateCommand::undo()
{
    m_document.applyTemplate(m_slug, m_before);
}

void EditTemplateCommand::redo()
{
    m_document.applyTemplate(m_slug, m_after);
}

int EditTemplateCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : int(UndoCommandId::EditTemplateText);
}

bool EditTemplateCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditTemplateCommand *>(other);
    if (!next || next->m_slug != m_slug || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    setObsolete(wire::writeTemplate(m_before) == wire::writeTemplate(m_after));
    return true;
}

} // namespace cw::ui
