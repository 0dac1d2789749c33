// Binding cases and the hot evaluation path.
#include "evaluator/compiled_template.h"

#include <algorithm>
#include <bit>
#include <span>

namespace cw {

std::optional<std::size_t> CompiledTemplate::indexOf(const std::string &fieldId) const
{
    const auto it = m_fieldIndex.find(fieldId);
    if (it == m_fieldIndex.end())
        return std::nullopt;
    return it->second;
}

BoundCase CompiledTemplate::bindCase(const SampleCase &sampleCase) const
{
    BoundCase bound;
    bindCase(sampleCase, bound);
    return bound;
}

void CompiledTemplate::bindCase(const SampleCase &sampleCase, BoundCase &out) const
{
    out.m_caseId = sampleCase.id;
    out.m_values.assign(m_slotFieldIds.size() + 1, kEmptyValueId); // + the slot no case fills
    // Backwards, so that the first of repeated field ids is the one left in place.
    for (auto it = sampleCase.fields.rbegin(); it != sampleCase.fields.rend(); ++it) {
        const auto slot = m_slotIndex.find(it->id);
        if (slot != m_slotIndex.end())
            out.m_values[slot->second] = m_values.find(it->value);
    }
}

TableBinding CompiledTemplate::bindTable(const CaseTable &table) const
{
    TableBinding binding;
    binding.m_rows = table.rowCount();
    binding.m_tableColumns = table.columnCount();
    std::unordered_map<std::string, std::uint32_t> columnOf;
    for (std::size_t c = 0; c < table.columnCount(); ++c)
        columnOf.emplace(table.columnFieldIds()[c], static_cast<std::uint32_t>(c));
    const std::size_t slots = m_slotFieldIds.size() + 1; // + the slot no case fills
    binding.m_columns.assign(slots, TableBinding::kNoColumn);
    binding.m_offsets.assign(slots, 0);
    binding.m_valueIds.push_back(kEmptyValueId); // shared by every slot without a column
    for (std::size_t slot = 0; slot < m_slotFieldIds.size(); ++slot) {
        const auto column = columnOf.find(m_slotFieldIds[slot]);
        if (column == columnOf.end())
            continue;
        binding.m_columns[slot] = column->second;
        binding.m_offsets[slot] = static_cast<std::uint32_t>(binding.m_valueIds.size());
        binding.m_valueIds.push_back(kEmptyValueId); // code 0: the case has no value
        for (const Value &value : table.columnValues(column->second))
            binding.m_valueIds.push_back(m_values.find(value));
    }
    return binding;
}

void CompiledTemplate::bindRow(const TableBinding &binding, const CaseTable &table, std::size_t row,
                               BoundCase &out) const
{
    const std::size_t slots = m_slotFieldIds.size() + 1;
    out.m_values.assign(slots, kEmptyValueId);
    const bool fits = binding.m_columns.size() == slots && binding.m_rows == table.rowCount() &&
                      binding.m_tableColumns == table.columnCount() && row < table.rowCount();
    if (!fits) {
        out.m_caseId.clear();
        return;
    }
    out.m_caseId = table.caseId(row);
    const std::uint32_t *columns = binding.m_columns.data();
    const std::uint32_t *offsets = binding.m_offsets.data();
    const ValueId *valueIds = binding.m_valueIds.data();
    ValueId *values = out.m_values.data();
    for (std::size_t slot = 0; slot + 1 < slots; ++slot)
        if (columns[slot] != TableBinding::kNoColumn)
            values[slot] = valueIds[offsets[slot] + table.cell(row, columns[slot])];
}

OutcomeBuffer CompiledTemplate::makeBuffer() const
{
    OutcomeBuffer buffer;
    buffer.m_flags.assign(m_fieldIds.size(), 0);
    buffer.m_truth.assign(m_truthCount, 0);
    buffer.m_ruleValues.assign(m_rules.size(), 0);
    buffer.m_optionSets.assign(m_optionsAttachments.size(), 0);
    return buffer;
}

// The first true top-level condition decides. Taken 64 at a time as bit masks, so the choice
// costs a count-trailing-zeros instead of a hard-to-predict branch per condition. evaluate()
// inlines the common case of at most 64 conditions; this handles any count.
bool CompiledTemplate::evaluateRule(const BooleanRuleCode &rule, const std::uint8_t *truth) const
{
    const std::uint32_t *topTruths = m_ruleTopTruths.data();
    for (std::uint32_t base = rule.topBegin; base < rule.topEnd; base += 64) {
        const std::uint32_t count = std::min<std::uint32_t>(64, rule.topEnd - base);
        std::uint64_t isTrue = 0;
        for (std::uint32_t k = 0; k < count; ++k)
            isTrue |= std::uint64_t{truth[topTruths[base + k]]} << k;
        if (isTrue == 0)
            continue;
        const auto first = static_cast<std::uint32_t>(std::countr_zero(isTrue));
        if (base == rule.topBegin)
            return ((rule.valueMask >> first) & 1u) != 0;
        return m_nodes[m_ruleTops[base + first]].value; // a rule with more than 64 conditions
    }
    return rule.defaultValue;
}

// No short-circuits: every comparison is evaluated. With a handful of conditions per rule that
// is cheaper than branches that depend on the data, and it leaves every condition's truth in
// the buffer for the explanations. The arrays are taken into local spans first: stores through
// the uint8_t truth pointer may alias anything, which would otherwise make the compiler reload
// every vector's bounds on each iteration.
void CompiledTemplate::evaluate(const BoundCase &boundCase, OutcomeBuffer &out) const
{
    if (out.m_flags.size() != m_fieldIds.size() || out.m_truth.size() != m_truthCount ||
        out.m_ruleValues.size() != m_rules.size() || out.m_optionSets.size() != m_optionsAttachments.size())
        out = makeBuffer();
    // A case bound by another template would index out of range; treat it as having no values.
    std::vector<ValueId> fallback;
    const ValueId *values = boundCase.m_values.data();
    if (boundCase.m_values.size() != m_slotFieldIds.size() + 1) {
        fallback.assign(m_slotFieldIds.size() + 1, kEmptyValueId);
        values = fallback.data();
    }
    std::uint8_t *const truth = out.m_truth.data();
    const std::span<const ComparisonCode> comparisons(m_comparisons);
    const std::span<const CompoundCode> compounds(m_compounds);
    const std::uint32_t *const children = m_compoundChildren.data();
    const std::span<const BooleanRuleCode> rules(m_rules);
    std::uint8_t *const ruleValues = out.m_ruleValues.data();
    const std::span<const BooleanAttachment> attachments(m_booleanAttachments);
    std::uint8_t *const flags = out.m_flags.data();

    truth[kNeverTrue] = 0;
    for (std::size_t c = 0; c < comparisons.size(); ++c) {
        const std::uint8_t equal = values[comparisons[c].slot] == comparisons[c].operand ? 1 : 0;
        truth[1 + 2 * c] = equal;
        truth[2 + 2 * c] = static_cast<std::uint8_t>(equal ^ 1u);
    }
    for (const CompoundCode &compound : compounds) {
        std::uint8_t all = compound.childCount != 0 ? 1 : 0; // an empty andAll is false (docs/evaluation.md)
        std::uint8_t any = 0;
        for (std::uint32_t k = 0; k < compound.childCount; ++k) {
            const std::uint8_t child = truth[children[compound.childBegin + k]];
            all &= child;
            any |= child;
        }
        truth[compound.truth] = compound.all ? all : any;
    }
    const std::uint32_t *const topTruths = m_ruleTopTruths.data();
    for (std::size_t rule = 0; rule < rules.size(); ++rule) {
        const BooleanRuleCode &code = rules[rule];
        const std::uint32_t count = code.topEnd - code.topBegin;
        if (count > 64) {
            ruleValues[rule] = evaluateRule(code, truth) ? 1 : 0;
            continue;
        }
        // The first true condition is the lowest set bit; no branch on the data.
        std::uint64_t isTrue = 0;
        for (std::uint32_t k = 0; k < count; ++k)
            isTrue |= std::uint64_t{truth[topTruths[code.topBegin + k]]} << k;
        const std::uint64_t first = isTrue & (~isTrue + 1);
        ruleValues[rule] =
            static_cast<std::uint8_t>(((code.valueMask & first) != 0) | ((isTrue == 0) & code.defaultValue));
    }

    std::copy(m_templateFlags.begin(), m_templateFlags.end(), flags);
    for (const BooleanAttachment &attachment : attachments)
        flags[attachment.field] |= static_cast<std::uint8_t>(ruleValues[attachment.rule] * attachment.bit);
    // Every ValueId a case can hold has a table entry; values no mapping lists map to allSet.
    for (std::size_t i = 0; i < m_optionsAttachments.size(); ++i) {
        const OptionsAttachment &attachment = m_optionsAttachments[i];
        out.m_optionSets[i] = m_optionTables[attachment.tableOffset + values[attachment.parent]];
    }
}

std::optional<std::vector<std::string>> CompiledTemplate::allowedOptions(const OutcomeBuffer &buffer,
                                                                         std::size_t field,
                                                                         bool *allOptionsAllowed) const
{
    std::vector<std::string> scratch;
    const std::vector<std::string> *options = allowedOptionsView(buffer, field, allOptionsAllowed, scratch);
    if (options == nullptr)
        return std::nullopt;
    return *options;
}

const std::vector<std::string> *CompiledTemplate::allowedOptionsView(const OutcomeBuffer &buffer,
                                                                     std::size_t field,
                                                                     bool *allOptionsAllowed,
                                                                     std::vector<std::string> &scratch) const
{
    // Several fieldOptions rules on one field: an option is offered when every rule that
    // restricts the choice offers it; rules that do not restrict (parent empty or unmapped) are
    // left out of the intersection (docs/evaluation.md).
    bool governed = false;
    const std::vector<std::string> *restricted = nullptr;
    const std::vector<std::string> *unrestricted = nullptr;
    for (std::size_t i = 0; i < m_optionsAttachments.size(); ++i) {
        const OptionsAttachment &attachment = m_optionsAttachments[i];
        if (attachment.field != field)
            continue;
        governed = true;
        const std::uint32_t set = buffer.m_optionSets[i];
        const std::vector<std::string> &values = m_optionSets[set];
        if (set == attachment.allSet) {
            if (!unrestricted)
                unrestricted = &values;
            continue;
        }
        if (!restricted) {
            restricted = &values;
            continue;
        }
        if (restricted != &scratch) {
            scratch = *restricted;
            restricted = &scratch;
        }
        std::erase_if(scratch, [&](const std::string &value) {
            return std::find(values.begin(), values.end(), value) == values.end();
        });
    }
    if (allOptionsAllowed)
        *allOptionsAllowed = governed && !restricted;
    if (!governed)
        return nullptr;
    return restricted ? restricted : unrestricted;
}

CaseOutcome CompiledTemplate::evaluate(const SampleCase &sampleCase, Explain explain) const
{
    const BoundCase bound = bindCase(sampleCase);
    OutcomeBuffer buffer = makeBuffer();
    evaluate(bound, buffer);
    return report(buffer, sampleCase, explain);
}

std::vector<CaseOutcome> evaluateAll(const CompiledTemplate &compiled, const std::vector<SampleCase> &cases,
                                     Explain explain)
{
    std::vector<CaseOutcome> outcomes;
    outcomes.reserve(cases.size());
    for (const SampleCase &sampleCase : cases)
        outcomes.push_back(compiled.evaluate(sampleCase, explain));
    return outcomes;
}

} // namespace cw
