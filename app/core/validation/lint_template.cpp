// lintTemplate: attachments without a field, and fields that can be required and hidden at once.

#include "common/user_text.h"
#include "validation/condition_table.h"
#include "validation/describe.h"
#include "validation/finding_codes.h"
#include "validation/finding_sink.h"
#include "validation/hard_limits.h"
#include "validation/lint.h"
#include "validation/lint_checks.h"

#include <set>

namespace cw {

using namespace validation;

namespace {

bool canBeTrue(const BooleanRule &rule, const DomainSnapshot &context)
{
    const std::optional<ConditionTable> table = ConditionTable::build({&rule.conditions}, context);
    if (!table)
        return true; // too large to enumerate: assume it can, this is only a warning
    for (std::size_t row = 0; row < table->rowCount(); ++row)
        if (ruleValue(*table, rule, row))
            return true;
    return false;
}

// Whether some case makes both rules true (a null `required` is a field that is always required),
// with a description of such a case when one is known.
std::optional<std::string> bothTrue(const BooleanRule *required, const BooleanRule &hidden,
                                    const DomainSnapshot &context)
{
    if ((required && !isAnalyzable(*required)) || !isAnalyzable(hidden))
        return std::nullopt; // validation reports these rules; no guessing here
    std::vector<const std::vector<Condition> *> lists{&hidden.conditions};
    if (required)
        lists.push_back(&required->conditions);
    if (const std::optional<ConditionTable> table = ConditionTable::build(lists, context)) {
        for (std::size_t row = 0; row < table->rowCount(); ++row)
            if (ruleValue(*table, hidden, row) && (!required || ruleValue(*table, *required, row)))
                return table->describeRow(row, context);
        return std::nullopt;
    }
    if (canBeTrue(hidden, context) && (!required || canBeTrue(*required, context)))
        return std::string();
    return std::nullopt;
}

const CaseRule *liveRule(const DomainSnapshot &context, const TemplateRule &attachment,
                         RuleDetails::Kind kind)
{
    const CaseRule *rule = context.findRule(attachment.caseRuleId);
    return rule && !rule->isDeleted() && rule->rule.kind == kind && attachment.fieldId ? rule : nullptr;
}

std::string example(const std::string &witness)
{
    return witness.empty() ? std::string() : ", for example when " + witness;
}

} // namespace

std::vector<Finding> lintTemplate(const CaseTemplate &caseTemplate, const DomainSnapshot &context,
                                  const std::string &pointerPrefix)
{
    std::vector<Finding> findings;
    FindingSink sink(findings, entityLabel(caseTemplate.name, caseTemplate.templateId));
    const std::string title = templateTitle(caseTemplate);
    lintText(sink, caseTemplate.name, pointerPrefix + "/name", title + ": the name");
    if (caseTemplate.description)
        lintText(sink, *caseTemplate.description, pointerPrefix + "/description",
                 title + ": the description");
    if (!caseTemplate.rules || !withinCountLimits(caseTemplate)) // over a limit: validation reports it
        return findings;
    const std::vector<TemplateRule> &rules = *caseTemplate.rules;
    std::set<std::string> alwaysRequired;
    if (caseTemplate.requiredFields)
        for (const RequiredField &field : *caseTemplate.requiredFields)
            alwaysRequired.insert(field.fieldId);

    for (std::size_t i = 0; i < rules.size(); ++i) {
        const std::string pointer = pointerJoin(pointerPrefix + "/rules", i);
        if (!rules[i].fieldId) {
            sink.warning(codes::LintTemplateRuleWithoutField, pointer,
                         title + " attaches " + ruleName(context, rules[i].caseRuleId) +
                             " without a field, so it applies to no field (the service stores the field as "
                             "\"NULL\"). Pick the field it should apply to.");
            continue;
        }
        const CaseRule *hidden = liveRule(context, rules[i], RuleDetails::Kind::Hidden);
        if (!hidden)
            continue;
        const std::string &fieldId = *rules[i].fieldId;
        const std::string head = title + ": field " + fieldName(context, fieldId);
        const std::string fix = "; an agent cannot fill in a field they cannot see. Change the conditions so "
                                "the two exclude each other.";
        if (alwaysRequired.count(fieldId)) {
            if (const auto witness = bothTrue(nullptr, hidden->rule.boolean, context))
                sink.warning(codes::LintTemplateRequiredAndHidden, pointer,
                             head + " is always required (it is in the required fields), yet rule " +
                                 quoteUserText(hidden->name) + " can hide it" + example(*witness) + fix);
            continue;
        }
        for (const TemplateRule &other : rules) {
            const CaseRule *required = liveRule(context, other, RuleDetails::Kind::Required);
            if (!required || *other.fieldId != fieldId)
                continue;
            if (const auto witness = bothTrue(&required->rule.boolean, hidden->rule.boolean, context)) {
                sink.warning(codes::LintTemplateRequiredAndHidden, pointer,
                             head + " can be required (rule " + quoteUserText(required->name) +
                                 ") and hidden (rule " + quoteUserText(hidden->name) + ") at the same time" +
                                 example(*witness) + fix);
                break;
            }
        }
    }
    return findings;
}

} // namespace cw
