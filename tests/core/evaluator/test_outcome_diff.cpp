// diffOutcomes: per template and field, the cases whose required / hidden / options change between
// two snapshots -- checked against the evaluator's model path (CompiledTemplate::evaluate on each
// SampleCase, both sides) on cases generated to cover every value the rules test; a template on
// one side only; cases that cannot be compared; the first examples in case order.
#include "../sample_domain.h"
#include "evaluator/compiled_template.h"
#include "evaluator/outcome_diff.h"
#include "samples/case_generator.h"

#include <QTest>
#include <algorithm>
#include <map>
#include <set>

using namespace cw;
using namespace cw::coretest;

namespace {
CaseRule *ruleNamed(DomainSnapshot &snapshot, const std::string &name)
{
    for (CaseRule &rule : snapshot.caseRules)
        if (rule.name == name)
            return &rule;
    qFatal("no rule %s", name.c_str());
}

// Many cases: the generated ones of every template, repeated under new ids.
std::vector<SampleCase> casesFor(const DomainSnapshot &snapshot, std::size_t copies)
{
    std::vector<SampleCase> base;
    for (const CaseTemplate &caseTemplate : snapshot.templates) {
        auto generated = generateCases(snapshot, caseTemplate, {}, 256);
        for (SampleCase &c : generated)
            c.templateId = caseTemplate.templateId;
        base.insert(base.end(), generated.begin(), generated.end());
    }
    std::vector<SampleCase> cases;
    for (std::size_t copy = 0; copy < copies; ++copy)
        for (const SampleCase &c : base) {
            cases.push_back(c);
            cases.back().id = "case-" + std::to_string(cases.size());
        }
    return cases;
}

using Key = std::pair<std::string, std::string>; // template, field
using Expected = std::map<Key, std::map<OutcomeChange, std::vector<std::string>>>;

const FieldOutcome *fieldIn(const std::optional<CaseOutcome> &outcome, const std::string &fieldId)
{
    return outcome ? outcome->find(fieldId) : nullptr;
}

std::vector<std::string> optionsOf(const DomainSnapshot &snapshot, const FieldOutcome *field,
                                   const std::string &fieldId)
{
    std::vector<std::string> values;
    if (field && field->allowedOptions)
        values = *field->allowedOptions;
    else if (auto it = snapshot.fieldOptions.find(fieldId); it != snapshot.fieldOptions.end())
        for (const FieldOption &option : it->second)
            if (option.active)
                values.push_back(option.value);
    std::sort(values.begin(), values.end());
    return values;
}

// The model path, case by case: what diffOutcomes must find.
Expected expectedChanges(const DomainSnapshot &before, const DomainSnapshot &after,
                         const std::vector<SampleCase> &cases, std::size_t &changedCases)
{
    Expected expected;
    changedCases = 0;
    for (const SampleCase &c : cases) {
        std::optional<CaseOutcome> b;
        std::optional<CaseOutcome> a;
        if (auto compiled = CompiledTemplate::compile(before, c.templateId))
            b = compiled->evaluate(c);
        if (auto compiled = CompiledTemplate::compile(after, c.templateId))
            a = compiled->evaluate(c);
        std::set<std::string> fields;
        for (const auto *outcome : {&b, &a})
            if (*outcome)
                for (const FieldOutcome &f : (*outcome)->fields)
                    fields.insert(f.fieldId);
        bool changed = false;
        for (const std::string &fieldId : fields) {
            const FieldOutcome *fb = fieldIn(b, fieldId);
            const FieldOutcome *fa = fieldIn(a, fieldId);
            auto &changes = expected[{c.templateId, fieldId}];
            const auto note = [&](OutcomeChange change) {
                changes[change].push_back(c.id);
                changed = true;
            };
            if ((fb && fb->required) != (fa && fa->required))
                note(fa && fa->required ? OutcomeChange::BecomeRequired : OutcomeChange::BecomeNotRequired);
            if ((fb && fb->hidden) != (fa && fa->hidden))
                note(fa && fa->hidden ? OutcomeChange::BecomeHidden : OutcomeChange::BecomeShown);
            if ((fb && fb->allowedOptions) || (fa && fa->allowedOptions)) {
                const auto ob = optionsOf(before, fb, fieldId);
                const auto oa = optionsOf(after, fa, fieldId);
                if (!std::includes(oa.begin(), oa.end(), ob.begin(), ob.end()))
                    note(OutcomeChange::LoseOptions);
                if (!std::includes(ob.begin(), ob.end(), oa.begin(), oa.end()))
                    note(OutcomeChange::GainOptions);
            }
            if (changes.empty())
                expected.erase({c.templateId, fieldId});
        }
        changedCases += changed ? 1 : 0;
    }
    return expected;
}

void checkAgainstModel(const DomainSnapshot &before, const DomainSnapshot &after,
                       const std::vector<SampleCase> &cases)
{
    std::size_t changedCases = 0;
    const Expected expected = expectedChanges(before, after, cases, changedCases);
    const OutcomeDiff diff = diffOutcomes(before, after, CaseTable(cases), 3);
    QCOMPARE(diff.cases, cases.size());
    QCOMPARE(diff.skipped, std::size_t(0));
    QCOMPARE(diff.casesChanged, changedCases);
    QCOMPARE(diff.fields.size(), expected.size());
    for (const FieldOutcomeChanges &field : diff.fields) {
        const auto it = expected.find({field.templateId, field.fieldId});
        QVERIFY2(it != expected.end(), field.fieldId.c_str());
        for (std::size_t change = 0; change < kOutcomeChangeCount; ++change) {
            const auto found = it->second.find(OutcomeChange(change));
            const std::vector<std::string> ids =
                found == it->second.end() ? std::vector<std::string>{} : found->second;
            QCOMPARE(field.counts[change].cases, ids.size());
            const std::vector<std::string> first(
                ids.begin(), ids.begin() + std::ptrdiff_t(std::min<std::size_t>(3, ids.size())));
            QVERIFY(field.counts[change].examples == first);
        }
    }
}
} // namespace

class TestOutcomeDiff : public QObject {
    Q_OBJECT

    DomainSnapshot m_sample = sampleDomain();
    std::vector<SampleCase> m_cases = casesFor(m_sample, 100);

private slots:
    void sameRulesChangeNothing()
    {
        QVERIFY2(m_cases.size() >= 1000, std::to_string(m_cases.size()).c_str());
        const OutcomeDiff diff = diffOutcomes(m_sample, m_sample, CaseTable(m_cases));
        QCOMPARE(diff.cases, m_cases.size());
        QCOMPARE(diff.casesChanged, std::size_t(0));
        QVERIFY(diff.fields.empty());
    }

    void requiredRuleEdit()
    {
        DomainSnapshot after = m_sample;
        ruleNamed(after, "Resolution notes required when closed")->rule.boolean.conditions[0].operand =
            Value::string("pending");
        checkAgainstModel(m_sample, after, m_cases);
        const OutcomeDiff diff = diffOutcomes(m_sample, after, CaseTable(m_cases));
        QVERIFY(!diff.fields.empty());
        for (const FieldOutcomeChanges &field : diff.fields)
            QCOMPARE(field.fieldId, kResolutionNotes); // nothing else moves
        QVERIFY(diff.casesChanged < diff.cases);
    }

    void hiddenAndOptionsEdits()
    {
        DomainSnapshot after = m_sample;
        CaseRule *followUp = ruleNamed(after, "Follow-up date hidden when nothing is due");
        followUp->rule.boolean.defaultValue = !followUp->rule.boolean.defaultValue;
        ruleNamed(after, "Refund amount shown for billing only")->rule.boolean.conditions[0].result = false;
        CaseRule *subcategories = ruleNamed(after, "Subcategories by category");
        subcategories->rule.options.mappings[0].childValues.pop_back();          // billing loses one
        subcategories->rule.options.mappings[1].childValues.push_back("refund"); // technical gains one
        checkAgainstModel(m_sample, after, m_cases);
        const OutcomeDiff diff = diffOutcomes(m_sample, after, CaseTable(m_cases));
        std::set<OutcomeChange> kinds;
        for (const FieldOutcomeChanges &field : diff.fields)
            for (std::size_t change = 0; change < kOutcomeChangeCount; ++change)
                if (field.counts[change].cases > 0)
                    kinds.insert(OutcomeChange(change));
        QVERIFY(kinds.count(OutcomeChange::BecomeHidden) == 1 ||
                kinds.count(OutcomeChange::BecomeShown) == 1);
        QVERIFY(kinds.count(OutcomeChange::LoseOptions) == 1);
        QVERIFY(kinds.count(OutcomeChange::GainOptions) == 1);
    }

    void attachmentsAddedAndRemoved()
    {
        DomainSnapshot after = m_sample;
        for (CaseTemplate &caseTemplate : after.templates)
            if (caseTemplate.rules && !caseTemplate.rules->empty()) {
                caseTemplate.rules->erase(caseTemplate.rules->begin()); // a rule detached
                caseTemplate.rules->push_back(
                    TemplateRule{ruleNamed(after, "Resolution notes required when closed")->caseRuleId,
                                 kRefundAmount, Json::object()}); // and one attached elsewhere
            }
        checkAgainstModel(m_sample, after, m_cases);
    }

    void templateOnOneSideAndCasesNotCompared()
    {
        DomainSnapshot after = m_sample;
        const std::string removed = kBillingDispute.toStdString();
        after.templates.erase(std::remove_if(after.templates.begin(), after.templates.end(),
                                             [&](const CaseTemplate &t) { return t.templateId == removed; }),
                              after.templates.end());
        std::vector<SampleCase> cases = m_cases;
        SampleCase noTemplate;
        noTemplate.id = "no-template";
        cases.push_back(noTemplate);
        SampleCase unknown;
        unknown.id = "unknown-template";
        unknown.templateId = "nope";
        cases.push_back(unknown);
        const OutcomeDiff diff = diffOutcomes(m_sample, after, CaseTable(cases));
        QCOMPARE(diff.skipped, std::size_t(2));
        QCOMPARE(diff.skippedExamples.size(), std::size_t(2));
        QCOMPARE(diff.skippedExamples[0].first, std::string("no-template"));
        QVERIFY(diff.skippedExamples[1].second.find("\"nope\"") != std::string::npos);
        QCOMPARE(diff.cases, m_cases.size());
        // Billing dispute cases lose what the template required: its required fields at least.
        bool billingRequiredLost = false;
        for (const FieldOutcomeChanges &field : diff.fields)
            if (field.templateId == removed && field[OutcomeChange::BecomeNotRequired].cases > 0)
                billingRequiredLost = true;
        QVERIFY(billingRequiredLost);
        cases.resize(m_cases.size());
        checkAgainstModel(m_sample, after, cases);
    }
};

QTEST_GUILESS_MAIN(TestOutcomeDiff)
#include "test_outcome_diff.moc"
