#pragma once
// Replaces one rule's CaseRule value. Text edits carry a merge key naming the member typed in
// ("name", "condition 1.2 value"); consecutive edits with the same rule and key become one step.

#include "commands/replace_value_command.h"
#include "model/case_rule.h"

namespace cw::ui {

class EditRuleCommand : public ReplaceValueCommand<CaseRule> {
public:
    EditRuleCommand(ProjectDocument &document, QString slug, CaseRule before, CaseRule after,
                    const QString &text, QString mergeKey = {});

    const QString &slug() const { return key(); }

protected:
    void apply(const QString &slug, const CaseRule &rule) override;
    bool isSameValue(const CaseRule &a, const CaseRule &b) const override;
};

} // namespace cw::ui
