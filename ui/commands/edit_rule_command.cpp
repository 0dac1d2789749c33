#include "commands/edit_rule_command.h"

#include "document/project_document.h"

namespace cw::ui {

EditRuleCommand::EditRuleCommand(ProjectDocument &document, QString slug, CaseRule before, CaseRule after,
                                 const QString &text, QString mergeKey)
    : ReplaceValueCommand(document, UndoCommandId::EditRuleText, std::move(slug), std::move(before),
                          std::move(after), text, std::move(mergeKey))
{
}

void EditRuleCommand::apply(const QString &slug, const CaseRule &rule)
{
    document().applyRule(slug, rule);
}

bool EditRuleCommand::isSameValue(const CaseRule &a, const CaseRule &b) const
{
    return a == b; // the model's one definition of equal rules (model_members.h)
}

} // namespace cw::ui
