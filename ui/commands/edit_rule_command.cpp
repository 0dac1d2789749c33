#include "commands/edit_rule_command.h"

#include "commands/undo_command_ids.h"
#include "document/project_document.h"
#include "wire/wire_json.h"

namespace cw::ui {

bool sameRule(const CaseRule &a, const CaseRule &b)
{
    return wire::writeCaseRule(a) == wire::writeCaseRule(b);
}

EditRuleCommand::EditRuleCommand(ProjectDocument &document, QString slug, CaseRule before, CaseRule after,
                                 const QString &text, QString mergeKey)
    : QUndoCommand(text), m_document(document), m_slug(std::move(slug)), m_before(std::move(before)),
      m_after(std::move(after)), m_mergeKey(std::move(mergeKey))
{
}

void EditRuleCommand::undo()
{
    m_document.applyRule(m_slug, m_before);
}

void EditRuleCommand::redo()
{
    m_document.applyRule(m_slug, m_after);
}

int EditRuleCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : int(UndoCommandId::EditRuleText);
}

bool EditRuleCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const EditRuleCommand *>(other);
    if (!next || next->m_slug != m_slug || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    // Typing and then deleting the same characters leaves nothing to undo.
    setObsolete(sameRule(m_before, m_after));
    return true;
}

} // namespace cw::ui
