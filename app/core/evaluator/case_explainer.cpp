// Turning an evaluated buffer into a CaseOutcome, and the explanations behind it. The truth of
// every condition is read from the buffer the fast path filled, so an explanation cannot
// disagree with the outcome it explains.
#include "evaluator/compiled_template.h"
#include "evaluator/condition_text.h"

namespace cw {
namespace {
Explanation templateRequirement()
{
    Explanation explanation;
    explanation.source = Explanation::Source::Template;
    explanation.value = true;
    explanation.text = "required by the template";
    return explanation;
}

std::string optionCount(std::size_t count)
{
    return std::to_string(count) + (count == 1 ? " option" : " options");
}
} // namespace

CaseOutcome CompiledTemplate::report(const OutcomeBuffer &buffer, const SampleCase &sampleCase,
                                     Explain explain) const
{
    CaseOutcome outcome;
    outcome.caseId = sampleCase.id;
    outcome.fields.resize(m_fieldIds.size());
    for (std::size_t field = 0; field < m_fieldIds.size(); ++field) {
        FieldOutcome &out = outcome.fields[field];
        out.fieldId = m_fieldIds[field];
        out.fieldName = m_fieldNames[field];
        out.required = buffer.required(field);
        out.hidden = buffer.hidden(field);
        out.allowedOptions = allowedOptions(buffer, field, &out.allOptionsAllowed);
    }
    if (explain == Explain::No)
        return outcome;

    const std::uint8_t *truth = buffer.m_truth.data();
    for (std::size_t field = 0; field < m_fieldIds.size(); ++field)
        if (m_templateFlags[field] & OutcomeBuffer::kRequiredBit)
            outcome.fields[field].requiredBecause.push_back(templateRequirement());
    for (const BooleanAttachment &attachment : m_booleanAttachments) {
        const bool hiddenAspect = attachment.bit == OutcomeBuffer::kHiddenBit;
        FieldOutcome &out = outcome.fields[attachment.field];
        (hiddenAspect ? out.hiddenBecause : out.requiredBecause)
            .push_back(explainRule(m_rules[attachment.rule], hiddenAspect, truth));
    }
    for (std::size_t i = 0; i < m_optionsAttachments.size(); ++i) {
        const OptionsAttachment &attachment = m_optionsAttachments[i];
        outcome.fields[attachment.field].optionsBecause.push_back(
            explainOptions(attachment, buffer.m_optionSets[i], sampleCase));
    }
    return outcome;
}

Explanation CompiledTemplate::explainRule(const BooleanRuleCode &rule, bool hiddenAspect,
                                          const std::uint8_t *truth) const
{
    const RuleInfo &info = m_ruleInfos[rule.info];
    Explanation explanation;
    explanation.caseRuleId = info.caseRuleId;
    explanation.ruleName = info.name;
    const std::string head = "rule " + quoted(info.name) + ": ";

    for (std::uint32_t ordinal = 0; ordinal < rule.topEnd - rule.topBegin; ++ordinal) {
        const std::uint32_t top = m_ruleTops[rule.topBegin + ordinal];
        if (!truth[m_nodes[top].truth])
            continue;
        std::uint32_t decider = top;
        explanation.source = Explanation::Source::Condition;
        explanation.value = m_nodes[top].value;
        explanation.conditionPath = conditionPath(top, ordinal, truth, &decider);
        explanation.text = head + "condition " + std::to_string(ordinal + 1) + " (" +
                           m_nodeInfos[top].description + ") is true";
        if (decider != top)
            explanation.text += " (" + m_nodeInfos[decider].description + " holds)";
        if (m_nodeInfos[top].leavesDisagree)
            explanation.text += "; its conditions disagree on the result, so the first one's result is used";
        explanation.text += " → " + outcomeWord(hiddenAspect, explanation.value);
        return explanation;
    }
    explanation.source = Explanation::Source::DefaultValue;
    explanation.value = rule.defaultValue;
    explanation.text = head + "no condition is true → default value applied: " +
                       outcomeWord(hiddenAspect, rule.defaultValue);
    return explanation;
}

// "conditions[1]", descending through orAll into the first child that is true. An andAll stops
// the descent: all of its children decided together.
std::string CompiledTemplate::conditionPath(std::uint32_t top, std::uint32_t ordinal,
                                            const std::uint8_t *truth, std::uint32_t *decider) const
{
    std::string path = "conditions[" + std::to_string(ordinal) + "]";
    std::uint32_t index = top;
    while (m_nodes[index].op == Op::Any) {
        std::uint32_t childOrdinal = 0;
        std::uint32_t child = index + 1;
        while (child < m_nodes[index].end && !truth[m_nodes[child].truth]) {
            child = m_nodes[child].end;
            ++childOrdinal;
        }
        if (child >= m_nodes[index].end)
            break; // not reached for a true orAll; keeps a misuse from looping
        path += ".orAll.conditions[" + std::to_string(childOrdinal) + "]";
        index = child;
    }
    *decider = index;
    return path;
}

Explanation CompiledTemplate::explainOptions(const OptionsAttachment &attachment, std::uint32_t set,
                                             const SampleCase &sampleCase) const
{
    const RuleInfo &info = m_ruleInfos[attachment.info];
    Explanation explanation;
    explanation.source = Explanation::Source::Options;
    explanation.caseRuleId = info.caseRuleId;
    explanation.ruleName = info.name;
    std::string text = "rule " + quoted(info.name) + ": ";
    if (attachment.parent == m_emptySlot) {
        text += "names no parent field → every active option is offered";
    } else {
        const std::string &parentName = m_slotFieldNames[attachment.parent];
        const Value *parent = sampleCase.find(m_slotFieldIds[attachment.parent]);
        const std::string shown = parent ? parent->display() : std::string("empty");
        if (set != attachment.allSet) {
            text += parentName + " is " + shown + " → " + optionCount(m_optionSets[set].size()) +
                    " offered (the mapping for " + shown + ")";
        } else if (!parent || parent->kind == Value::Kind::Empty) {
            text += parentName + " is empty → every active option is offered"
                                 " (project decision: an empty parent does not restrict the child)";
        } else {
            text += parentName + " is " + shown +
                    ", which no mapping lists → every active option is offered"
                    " (project decision: an unmapped parent value does not restrict the child)";
        }
    }
    if (!attachment.optionsKnown)
        text += "; the snapshot has no option list for this field, so only mapped values can be listed";
    explanation.text = std::move(text);
    return explanation;
}

} // namespace cw
