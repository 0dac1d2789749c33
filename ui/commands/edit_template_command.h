#pragma once
// Replaces one template's value; text edits with the same merge key merge as EditRuleCommand's.

#include "commands/replace_value_command.h"
#include "model/case_template.h"

namespace cw::ui {

class EditTemplateCommand : public ReplaceValueCommand<CaseTemplate> {
public:
    EditTemplateCommand(ProjectDocument &document, QString slug, CaseTemplate before, CaseTemplate after,
                        const QString &text, QString mergeKey = {});

protected:
    void apply(const QString &slug, const CaseTemplate &caseTemplate) override;
    bool isSameValue(const CaseTemplate &a, const CaseTemplate &b) const override;
};

} // namespace cw::ui
