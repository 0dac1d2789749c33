#include "evaluator/expectation_check.h"

#include "common/user_text.h"
#include "evaluator/option_order.h"
#include "evaluator/table_templates.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace cw {
namespace {
std::string optionsText(const std::vector<std::string> &options)
{
    std::string text = "[";
    for (std::size_t i = 0; i < options.size(); ++i)
        text += (i > 0 ? ", " : "") + quoteUserText(options[i], '"');
    return text + "]";
}

std::vector<std::string> asSet(std::vector<std::string> values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

std::string plural(std::size_t count, const char *noun)
{
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

// What one thread reuses from case to case, per template.
struct Scratch {
    BoundCase bound;
    OutcomeBuffer buffer;
    std::vector<std::string> options;
};

class Checker {
public:
    Checker(const DomainSnapshot &snapshot, const CaseTable &table, const ExpectationCheckOptions &options,
            const TableTemplates &templates)
        : m_snapshot(snapshot), m_table(table), m_options(options), m_templates(templates),
          m_scratch(templates.runs.size())
    {
        for (std::size_t run = 0; run < templates.runs.size(); ++run)
            m_scratch[run].buffer = templates.runs[run].compiled->makeBuffer();
    }

    Status check(const CaseTable::ExpectedRow &expected, ExpectationResults &results)
    {
        const std::size_t row = expected.row;
        const TableTemplateRun &run = m_templates.runs[m_templates.runOfRow[row]];
        const CompiledTemplate &compiled = *run.compiled;
        Scratch &scratch = m_scratch[m_templates.runOfRow[row]];
        compiled.bindRow(run.binding, m_table, row, scratch.bound);
        compiled.evaluate(scratch.bound, scratch.buffer);

        CheckedCase checked;
        checked.row = row;
        checked.caseId = m_table.caseId(row);
        checked.templateId = run.caseTemplate->templateId;
        checked.templateName = run.caseTemplate->name;
        checked.where = locate(row);
        std::optional<CaseOutcome> explained; // only once something fails

        for (const FieldExpectation &expectation : expected.expectations) {
            Location where = checked.where;
            where.pointer = pointerJoin(pointerJoin(where.pointer, "expect"), expectation.key);
            const Field *field = fieldFor(expectation.key);
            if (field == nullptr)
                return makeError("expect.unknown-field",
                                 quoteUserText(expectation.key, '"') +
                                     " is neither the id nor the name of a field of the domain",
                                 where);
            if (expectation.options && field->fieldType() != FieldType::SingleSelect) {
                where.pointer = pointerJoin(where.pointer, "options");
                return makeError("expect.not-single-select",
                                 "only a single-select field offers options, and " +
                                     quoteUserText(field->name, '"') + " is not one",
                                 where);
            }
            const std::optional<std::size_t> index = compiled.indexOf(field->fieldId);
            const auto fail = [&](ExpectAspect aspect) -> ExpectationFailure & {
                ExpectationFailure failure;
                failure.row = row;
                failure.caseId = checked.caseId;
                failure.templateId = checked.templateId;
                failure.templateName = checked.templateName;
                failure.fieldId = field->fieldId;
                failure.fieldName = field->name;
                failure.aspect = aspect;
                failure.where = where;
                failure.where.pointer = pointerJoin(where.pointer, expectAspectName(aspect));
                if (!explained)
                    explained = compiled.evaluate(m_table.rowCase(row), Explain::Yes);
                failure.why = reasons(explained->find(field->fieldId), aspect);
                ++checked.failures;
                results.failures.push_back(std::move(failure));
                return results.failures.back();
            };
            if (expectation.required) {
                ++checked.expectations;
                const bool actual = index && scratch.buffer.required(*index);
                if (actual != *expectation.required) {
                    ExpectationFailure &failure = fail(ExpectAspect::Required);
                    failure.expectedFlag = *expectation.required;
                    failure.actualFlag = actual;
                }
            }
            if (expectation.hidden) {
                ++checked.expectations;
                const bool actual = index && scratch.buffer.hidden(*index);
                if (actual != *expectation.hidden) {
                    ExpectationFailure &failure = fail(ExpectAspect::Hidden);
                    failure.expectedFlag = *expectation.hidden;
                    failure.actualFlag = actual;
                }
            }
            if (expectation.options) {
                ++checked.expectations;
                bool allAllowed = false;
                const std::vector<std::string> *offered =
                    index ? compiled.allowedOptionsView(scratch.buffer, *index, &allAllowed, scratch.options)
                          : nullptr;
                if (offered == nullptr)
                    offered = &everyOption(*field);
                std::vector<std::string> wanted = asSet(*expectation.options);
                if (asSet(*offered) != wanted) {
                    std::vector<std::string> actual = *offered; // before fail() may reuse the scratch
                    ExpectationFailure &failure = fail(ExpectAspect::Options);
                    failure.expectedOptions = std::move(wanted);
                    failure.actualOptions = std::move(actual);
                }
            }
        }
        results.expectations += checked.expectations;
        results.cases.push_back(std::move(checked));
        return Ok{};
    }

private:
    Location locate(std::size_t row) const
    {
        Location where =
            m_options.locate ? m_options.locate(row) : Location{{}, pointerJoin("/cases", row), 0, 0, {}};
        where.entity = m_table.caseId(row);
        return where;
    }

    const Field *fieldFor(const std::string &key)
    {
        auto [it, added] = m_fields.try_emplace(key, nullptr);
        if (added)
            it->second = expectedField(m_snapshot, key);
        return it->second;
    }

    // A field no fieldOptions rule governs offers every active option.
    const std::vector<std::string> &everyOption(const Field &field)
    {
        auto [it, added] = m_everyOption.try_emplace(field.fieldId);
        if (added)
            it->second = orderedOptionValues(m_snapshot.optionsOf(field.fieldId), nullptr);
        return it->second;
    }

    static std::vector<std::string> reasons(const FieldOutcome *outcome, ExpectAspect aspect)
    {
        std::vector<std::string> lines;
        if (outcome != nullptr) {
            const std::vector<Explanation> &because =
                aspect == ExpectAspect::Required ? outcome->requiredBecause
                : aspect == ExpectAspect::Hidden ? outcome->hiddenBecause
                                                 : outcome->optionsBecause;
            for (const Explanation &explanation : because)
                lines.push_back(explanation.text);
        }
        if (lines.empty())
            lines.push_back(aspect == ExpectAspect::Options
                                ? "no field-options rule of the template governs this field → every active "
                                  "option is offered"
                                : std::string("no rule of the template makes this field ") +
                                      (aspect == ExpectAspect::Required ? "required" : "hidden"));
        return lines;
    }

    const DomainSnapshot &m_snapshot;
    const CaseTable &m_table;
    const ExpectationCheckOptions &m_options;
    const TableTemplates &m_templates;
    std::vector<Scratch> m_scratch;
    std::unordered_map<std::string, const Field *> m_fields;
    std::unordered_map<std::string, std::vector<std::string>> m_everyOption;
};
} // namespace

const char *expectAspectName(ExpectAspect aspect)
{
    switch (aspect) {
    case ExpectAspect::Required:
        return "required";
    case ExpectAspect::Hidden:
        return "hidden";
    case ExpectAspect::Options:
        return "options";
    }
    return "required";
}

std::string expectedText(const ExpectationFailure &failure)
{
    if (failure.aspect == ExpectAspect::Options)
        return optionsText(failure.expectedOptions);
    return failure.expectedFlag ? "true" : "false";
}

std::string actualText(const ExpectationFailure &failure)
{
    if (failure.aspect == ExpectAspect::Options)
        return optionsText(failure.actualOptions);
    return failure.actualFlag ? "true" : "false";
}

std::string ExpectationResults::summary() const
{
    std::string text = plural(expectations, "expectation") + " in " + plural(cases.size(), "case") + ": ";
    if (passed())
        return text + (expectations == 0 ? "nothing to check" : "all hold");
    const std::size_t failing = static_cast<std::size_t>(std::count_if(
        cases.begin(), cases.end(), [](const CheckedCase &checked) { return checked.failures > 0; }));
    return text + std::to_string(failures.size()) + " fail (in " + plural(failing, "case") + ")";
}

const Field *expectedField(const DomainSnapshot &snapshot, const std::string &key)
{
    if (const Field *byId = snapshot.findField(key))
        return byId;
    for (const Field &field : snapshot.fields)
        if (field.name == key)
            return &field;
    return nullptr;
}

namespace {
// Whether `expectation` is about the field `fieldId` (its key is the id or the field's name).
bool concerns(const FieldExpectation &expectation, const DomainSnapshot &snapshot, const std::string &fieldId)
{
    if (expectation.key == fieldId)
        return true;
    const Field *field = expectedField(snapshot, expectation.key);
    return field != nullptr && field->fieldId == fieldId;
}
} // namespace

void pinOutcome(SampleCase &sampleCase, const CaseOutcome &outcome, const DomainSnapshot &snapshot,
                const std::string &onlyFieldId)
{
    std::vector<FieldExpectation> expectations = sampleCase.expect.value_or(std::vector<FieldExpectation>{});
    for (const FieldOutcome &field : outcome.fields) {
        if (!onlyFieldId.empty() && field.fieldId != onlyFieldId)
            continue;
        std::erase_if(expectations, [&](const FieldExpectation &expectation) {
            return concerns(expectation, snapshot, field.fieldId);
        });
        FieldExpectation pinned;
        pinned.key = field.fieldId;
        pinned.required = field.required;
        pinned.hidden = field.hidden;
        if (field.allowedOptions)
            pinned.options = *field.allowedOptions;
        expectations.push_back(std::move(pinned));
    }
    sampleCase.expect = std::move(expectations);
}

void unpinOutcome(SampleCase &sampleCase, const DomainSnapshot &snapshot, const std::string &fieldId)
{
    if (!sampleCase.expect)
        return;
    if (fieldId.empty()) {
        sampleCase.expect.reset();
        return;
    }
    std::erase_if(*sampleCase.expect, [&](const FieldExpectation &expectation) {
        return concerns(expectation, snapshot, fieldId);
    });
    if (sampleCase.expect->empty())
        sampleCase.expect.reset();
}

Result<ExpectationResults> checkExpectations(const DomainSnapshot &snapshot, const CaseTable &table,
                                             const ExpectationCheckOptions &options)
{
    std::vector<std::size_t> rows;
    rows.reserve(table.expectedRows().size());
    for (const CaseTable::ExpectedRow &expected : table.expectedRows())
        rows.push_back(expected.row);
    TableTemplateOptions templateOptions;
    templateOptions.locate = options.locate;
    auto templates = compileTableTemplates(snapshot, table, templateOptions, &rows);
    if (!templates)
        return templates.error();
    ExpectationResults results;
    results.cases.reserve(rows.size());
    Checker checker(snapshot, table, options, *templates);
    for (const CaseTable::ExpectedRow &expected : table.expectedRows())
        if (auto status = checker.check(expected, results); !status)
            return status.error();
    return results;
}

} // namespace cw
