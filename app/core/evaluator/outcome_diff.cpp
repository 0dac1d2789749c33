#include "evaluator/outcome_diff.h"

#include "evaluator/compiled_template.h"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

namespace cw {
namespace {
// One template on one side of the comparison, bound to the case table once.
struct Side {
    std::unique_ptr<CompiledTemplate> compiled; // null: the template is not on this side
    TableBinding binding;
    BoundCase bound;
    OutcomeBuffer buffer;
    std::vector<std::vector<std::string>> scratch; // per field: intersected options

    void prepare(const DomainSnapshot &snapshot, const std::string &templateId, const CaseTable &table)
    {
        if (snapshot.findTemplate(templateId) == nullptr)
            return;
        auto made = CompiledTemplate::compile(snapshot, templateId);
        if (!made)
            return;
        compiled = std::make_unique<CompiledTemplate>(std::move(made).value());
        binding = compiled->bindTable(table);
        buffer = compiled->makeBuffer();
        scratch.resize(compiled->fieldCount());
    }

    void evaluate(const CaseTable &table, std::size_t row)
    {
        if (!compiled)
            return;
        compiled->bindRow(binding, table, row, bound);
        compiled->evaluate(bound, buffer);
    }

    bool required(std::optional<std::size_t> field) const { return field && buffer.required(*field); }
    bool hidden(std::optional<std::size_t> field) const { return field && buffer.hidden(*field); }
    // nullptr when no fieldOptions rule governs the field here.
    const std::vector<std::string> *options(std::optional<std::size_t> field)
    {
        if (!field)
            return nullptr;
        bool all = false;
        return compiled->allowedOptionsView(buffer, *field, &all, scratch[*field]);
    }
};

std::vector<std::string> activeOptions(const DomainSnapshot &snapshot, const std::string &fieldId)
{
    std::vector<std::string> values;
    if (const auto it = snapshot.fieldOptions.find(fieldId); it != snapshot.fieldOptions.end())
        for (const FieldOption &option : it->second)
            if (option.active)
                values.push_back(option.value);
    return values;
}

struct FieldSlot {
    std::string fieldId;
    std::string fieldName;
    std::optional<std::size_t> before; // the field's index in each side's compiled template
    std::optional<std::size_t> after;
    std::vector<std::string> allBefore; // offered when no fieldOptions rule governs the field
    std::vector<std::string> allAfter;
    std::optional<std::size_t> result; // index into OutcomeDiff::fields once a change is seen
};

struct TemplateRun {
    std::string templateId;
    std::string templateName;
    Side before;
    Side after;
    std::vector<FieldSlot> fields;
};

// Whether some value of `from` is missing in `to` (both sorted).
bool missesSome(const std::vector<std::string> &from, const std::vector<std::string> &to)
{
    return !std::includes(to.begin(), to.end(), from.begin(), from.end());
}

class Differ {
public:
    Differ(const DomainSnapshot &before, const DomainSnapshot &after, const CaseTable &table,
           std::size_t examples)
        : m_before(before), m_after(after), m_table(table), m_examples(examples)
    {
    }

    OutcomeDiff run()
    {
        std::vector<std::optional<std::size_t>> runOfTemplate(m_table.templateIds().size());
        std::vector<bool> prepared(m_table.templateIds().size(), false);
        for (std::size_t row = 0; row < m_table.rowCount(); ++row) {
            const std::uint32_t index = m_table.templateIndex(row);
            if (!prepared[index]) {
                prepared[index] = true;
                runOfTemplate[index] = prepare(m_table.templateIds()[index]);
            }
            if (!runOfTemplate[index]) {
                skip(row);
                continue;
            }
            compare(*m_runs[*runOfTemplate[index]], row);
        }
        return std::move(m_diff);
    }

private:
    std::optional<std::size_t> prepare(const std::string &templateId)
    {
        if (templateId.empty())
            return std::nullopt;
        auto run = std::make_unique<TemplateRun>();
        run->templateId = templateId;
        run->before.prepare(m_before, templateId, m_table);
        run->after.prepare(m_after, templateId, m_table);
        if (!run->before.compiled && !run->after.compiled)
            return std::nullopt;
        const CaseTemplate *caseTemplate = m_after.findTemplate(templateId);
        if (caseTemplate == nullptr)
            caseTemplate = m_before.findTemplate(templateId);
        run->templateName = caseTemplate->name;
        // The fields after the edits in their order, then those only governed before.
        std::map<std::string, std::size_t> slotOf;
        const auto addFields = [&](const Side &side, bool isAfter) {
            if (!side.compiled)
                return;
            for (std::size_t field = 0; field < side.compiled->fieldCount(); ++field) {
                const auto [it, added] =
                    slotOf.try_emplace(side.compiled->fieldId(field), run->fields.size());
                if (added) {
                    FieldSlot slot;
                    slot.fieldId = side.compiled->fieldId(field);
                    slot.fieldName = side.compiled->fieldName(field);
                    slot.allBefore = activeOptions(m_before, slot.fieldId);
                    slot.allAfter = activeOptions(m_after, slot.fieldId);
                    std::sort(slot.allBefore.begin(), slot.allBefore.end());
                    std::sort(slot.allAfter.begin(), slot.allAfter.end());
                    run->fields.push_back(std::move(slot));
                }
                (isAfter ? run->fields[it->second].after : run->fields[it->second].before) = field;
            }
        };
        addFields(run->after, true);
        addFields(run->before, false);
        m_runs.push_back(std::move(run));
        return m_runs.size() - 1;
    }

    void skip(std::size_t row)
    {
        ++m_diff.skipped;
        if (m_diff.skippedExamples.size() >= m_examples)
            return;
        const std::string &templateId = m_table.templateId(row);
        m_diff.skippedExamples.emplace_back(
            m_table.caseId(row), templateId.empty() ? "the case names no template"
                                                    : "neither side has the template \"" + templateId + "\"");
    }

    void compare(TemplateRun &run, std::size_t row)
    {
        ++m_diff.cases;
        run.before.evaluate(m_table, row);
        run.after.evaluate(m_table, row);
        bool changed = false;
        for (FieldSlot &slot : run.fields) {
            const bool requiredBefore = run.before.required(slot.before);
            const bool requiredAfter = run.after.required(slot.after);
            if (requiredBefore != requiredAfter)
                changed |= count(
                    run, slot,
                    requiredAfter ? OutcomeChange::BecomeRequired : OutcomeChange::BecomeNotRequired, row);
            const bool hiddenBefore = run.before.hidden(slot.before);
            const bool hiddenAfter = run.after.hidden(slot.after);
            if (hiddenBefore != hiddenAfter)
                changed |= count(run, slot,
                                 hiddenAfter ? OutcomeChange::BecomeHidden : OutcomeChange::BecomeShown, row);
            const std::vector<std::string> *optionsBefore = run.before.options(slot.before);
            const std::vector<std::string> *optionsAfter = run.after.options(slot.after);
            if (optionsBefore == nullptr && optionsAfter == nullptr)
                continue; // no fieldOptions rule on either side: nothing the rules changed
            if (optionsBefore != nullptr && optionsAfter != nullptr && *optionsBefore == *optionsAfter)
                continue; // the usual case, without sorting
            m_sortedBefore = optionsBefore ? *optionsBefore : slot.allBefore;
            m_sortedAfter = optionsAfter ? *optionsAfter : slot.allAfter;
            std::sort(m_sortedBefore.begin(), m_sortedBefore.end());
            std::sort(m_sortedAfter.begin(), m_sortedAfter.end());
            if (missesSome(m_sortedBefore, m_sortedAfter))
                changed |= count(run, slot, OutcomeChange::LoseOptions, row);
            if (missesSome(m_sortedAfter, m_sortedBefore))
                changed |= count(run, slot, OutcomeChange::GainOptions, row);
        }
        if (changed)
            ++m_diff.casesChanged;
    }

    bool count(const TemplateRun &run, FieldSlot &slot, OutcomeChange change, std::size_t row)
    {
        if (!slot.result) {
            slot.result = m_diff.fields.size();
            FieldOutcomeChanges field;
            field.templateId = run.templateId;
            field.templateName = run.templateName;
            field.fieldId = slot.fieldId;
            field.fieldName = slot.fieldName;
            m_diff.fields.push_back(std::move(field));
        }
        FieldOutcomeChanges::Count &counted = m_diff.fields[*slot.result].counts[std::size_t(change)];
        ++counted.cases;
        if (counted.examples.size() < m_examples)
            counted.examples.push_back(m_table.caseId(row));
        return true;
    }

    const DomainSnapshot &m_before;
    const DomainSnapshot &m_after;
    const CaseTable &m_table;
    std::size_t m_examples;
    std::vector<std::unique_ptr<TemplateRun>> m_runs;
    std::vector<std::string> m_sortedBefore; // reused: no allocation per case once warm
    std::vector<std::string> m_sortedAfter;
    OutcomeDiff m_diff;
};
} // namespace

const char *toString(OutcomeChange change)
{
    switch (change) {
    case OutcomeChange::BecomeRequired:
        return "becomeRequired";
    case OutcomeChange::BecomeNotRequired:
        return "becomeNotRequired";
    case OutcomeChange::BecomeHidden:
        return "becomeHidden";
    case OutcomeChange::BecomeShown:
        return "becomeShown";
    case OutcomeChange::LoseOptions:
        return "loseOptions";
    case OutcomeChange::GainOptions:
        return "gainOptions";
    }
    return "unknown";
}

OutcomeDiff diffOutcomes(const DomainSnapshot &before, const DomainSnapshot &after, const CaseTable &cases,
                         std::size_t examples)
{
    return Differ(before, after, cases, examples).run();
}

} // namespace cw
