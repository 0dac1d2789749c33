#include "commands/edit_template_command.h"

#include "document/project_document.h"

namespace cw::ui {

EditTemplateCommand::EditTemplateCommand(ProjectDocument &document, QString slug, CaseTemplate before,
                                         CaseTemplate after, const QString &text, QString mergeKey)
    : ReplaceValueCommand(document, UndoCommandId::EditTemplateText, std::move(slug), std::move(before),
                          std::move(after), text, std::move(mergeKey))
{
}

void EditTemplateCommand::apply(const QString &slug, const CaseTemplate &caseTemplate)
{
    document().applyTemplate(slug, caseTemplate);
}

bool EditTemplateCommand::isSameValue(const CaseTemplate &a, const CaseTemplate &b) const
{
    return a == b; // the model's one definition of equal templates (model_members.h)
}

} // namespace cw::ui
