// lintTemplate: attachments without a field, several rules of one kind on one field, and fields
// that can be required and hidden at once.

#include "common/user_text.h"
#include "validation/condition_table.h"
#include "validation/describe.h"
#include "validation/finding_codes.h"
#include "validation/finding_sink.h"
#include "validation/hard_limits.h"
#include "validation/lint.h"
#include "validation/lint_checks.h"

#include <algorithm>
#include <map>
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

// How several rules of one kind on one field combine (docs/evaluation.md, "Several rules on one
// field"), and how to say otherwise.
std::string combination(RuleDetails::Kind kind)
{
    switch (kind) {
    case RuleDetails::Kind::Required:
        return "the field is required when any of them says required. If one should decide instead, merge "
               "them into one rule (the first true condition decides).";
    case RuleDetails::Kind::Hidden:
        return "the field is hidden when any of them says hidden. If one should decide instead, merge them "
               "into one rule (the first true condition decides).";
    case RuleDetails::Kind::FieldOptions:
        return "the field offers only the options that every rule restricting it offers. If the options "
               "should add up instead, merge the mappings into one rule.";
    case RuleDetails::Kind::Unknown:
        break;
    }
    return {};
}

const char *kindWords(RuleDetails::Kind kind)
{
    switch (kind) {
    case RuleDetails::Kind::Required:
        return "required rules";
    case RuleDetails::Kind::Hidden:
        return "hidden rules";
    case RuleDetails::Kind::FieldOptions:
        return "field options rules";
    case RuleDetails::Kind::Unknown:
        break;
    }
    return "rules";
}

// lint.template.several-rules: one warning per field and kind, at the last of its attachments.
void lintSeveralRulesOnOneField(FindingSink &sink, const std::vector<TemplateRule> &rules,
                                const DomainSnapshot &context, const std::string &title,
                                const std::string &pointerPrefix)
{
    using Group = std::pair<std::string, RuleDetails::Kind>;
    std::vector<Group> order;
    std::map<Group, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const CaseRule *rule = rules[i].fieldId ? context.findRule(rules[i].caseRuleId) : nullptr;
        if (!rule || rule->isDeleted() || rule->rule.kind == RuleDetails::Kind::Unknown)
            continue;
        const Group group{*rules[i].fieldId, rule->rule.kind};
        auto &members = groups[group];
        if (members.empty())
            order.push_back(group);
        // The same rule attached twice is template.rules.duplicate (an error), not two rules.
        if (std::any_of(members.begin(), members.end(),
                        [&](std::size_t j) { return rules[j].caseRuleId == rules[i].caseRuleId; }))
            continue;
        members.push_back(i);
    }
    for (const Group &group : order) {
        const std::vector<std::size_t> &members = groups[group];
        if (members.size() < 2)
            continue;
        std::string names;
        for (const std::size_t i : members)
            names += (names.empty() ? "" : ", ") + ruleName(context, rules[i].caseRuleId);
        sink.warning(codes::LintTemplateSeveralRules, pointerJoin(pointerPrefix + "/rules", members.back()),
                     title + ": field " + fieldName(context, group.first) + " has " +
                         std::to_string(members.size()) + " " + kindWords(group.second) + " (" + names +
                         "): " + combination(group.second));
    }
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
    lintSeveralRulesOnOneField(sink, rules, context, title, pointerPrefix);
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
