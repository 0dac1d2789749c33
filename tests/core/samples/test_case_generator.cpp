// "Generate cases": every value each rule of a template tests -- each comparison's operand, a
// value that is not it, each fieldOptions parent value and an unmapped one, and empty -- appears
// in some generated case, and the generated cases exercise both outcomes of the rules.

#include "../sample_domain.h"
#include "evaluator/compiled_template.h"
#include "samples/case_generator.h"

#include <QtTest>

using namespace cw;
using namespace cw::coretest;

namespace {
void collectOperands(const Condition &condition, std::vector<std::pair<std::string, Value>> &out)
{
    if (condition.isComparison())
        out.emplace_back(condition.fieldId, condition.operand);
    for (const Condition &child : condition.children)
        collectOperands(child, out);
}

// Does some case hold `value` (or, for emptyValue, nothing or emptyValue) in `fieldId`?
bool someCaseHas(const std::vector<SampleCase> &cases, const std::string &fieldId, const Value &value,
                 const DomainSnapshot &snapshot)
{
    const Field *field = snapshot.findField(fieldId);
    for (const SampleCase &sampleCase : cases) {
        const Value *held = sampleCase.find(fieldId);
        if (value.kind == Value::Kind::Empty) {
            if (held == nullptr || held->kind == Value::Kind::Empty)
                return true;
            continue;
        }
        if (held == nullptr)
            continue;
        if (*held == value)
            return true;
        // A User field holds the ARN a string operand names.
        if (field && field->fieldType() == FieldType::User && held->text == value.text)
            return true;
    }
    return false;
}
} // namespace

class TestCaseGenerator : public QObject {
    Q_OBJECT
private:
    const DomainSnapshot m_snapshot = sampleDomain();

private slots:
    void everyTestedValueIsCovered_data()
    {
        QTest::addColumn<QString>("templateId");
        QTest::newRow("customer support") << kCustomerSupport;
        QTest::newRow("billing dispute") << kBillingDispute;
        QTest::newRow("complaint (legacy)") << kComplaintLegacy;
    }

    void everyTestedValueIsCovered()
    {
        QFETCH(QString, templateId);
        const DomainSnapshot &snapshot = m_snapshot;
        const CaseTemplate &caseTemplate = *snapshot.findTemplate(templateId.toStdString());
        const std::vector<SampleCase> cases = generateCases(snapshot, caseTemplate, {"generated-1"});
        QVERIFY(!cases.empty());
        QCOMPARE(cases.front().id, std::string("generated-2")); // generated-1 was taken
        for (const SampleCase &sampleCase : cases)
            QCOMPARE(sampleCase.templateId, caseTemplate.templateId);

        std::vector<std::pair<std::string, Value>> operands;
        for (const TemplateRule &attachment : *caseTemplate.rules) {
            const CaseRule &rule = *snapshot.findRule(attachment.caseRuleId);
            for (const Condition &condition : rule.rule.boolean.conditions)
                collectOperands(condition, operands);
            if (rule.rule.kind == RuleDetails::Kind::FieldOptions)
                for (const OptionsMapping &mapping : rule.rule.options.mappings)
                    operands.emplace_back(*rule.rule.options.parentFieldId,
                                          Value::string(mapping.parentValue));
        }
        QVERIFY(!operands.empty());
        for (const auto &[fieldId, operand] : operands) {
            QVERIFY2(someCaseHas(cases, fieldId, operand, snapshot),
                     qPrintable(QStringLiteral("no case with %1 = %2")
                                    .arg(QString::fromStdString(fieldId),
                                         QString::fromStdString(operand.display()))));
            QVERIFY2(someCaseHas(cases, fieldId, Value::empty(), snapshot), fieldId.c_str());
            // ...and one with a value that is neither this operand nor empty.
            const bool other = std::any_of(cases.begin(), cases.end(), [&](const SampleCase &c) {
                const Value *held = c.find(fieldId);
                if (held == nullptr || held->kind == Value::Kind::Empty || *held == operand)
                    return false;
                const bool textual = held->kind == Value::Kind::String || held->kind == Value::Kind::UserArn;
                return !textual || held->text != operand.text;
            });
            QVERIFY2(other, fieldId.c_str());
        }
    }

    void valuesFitTheFields()
    {
        const DomainSnapshot &snapshot = m_snapshot;
        const auto tested = testedValues(snapshot, *snapshot.findTemplate(kCustomerSupport.toStdString()));
        const auto find = [&](const std::string &fieldId) -> const TestedField * {
            for (const TestedField &field : tested)
                if (field.fieldId == fieldId)
                    return &field;
            return nullptr;
        };
        // Status: the operand "closed", an option no rule names (alphabetically first: "open"), empty.
        const TestedField *status = find(kStatus);
        QVERIFY(status);
        QCOMPARE(status->values.size(), std::size_t(3));
        QCOMPARE(status->values[0].text, std::string("closed"));
        QCOMPARE(status->values[1].text, std::string("open"));
        QCOMPARE(status->values[2].kind, Value::Kind::Empty);
        // A boolean gets both values.
        const TestedField *vip = find(kVip);
        QVERIFY(vip);
        QVERIFY(std::count_if(vip->values.begin(), vip->values.end(),
                              [](const Value &v) { return v.kind == Value::Kind::Boolean; }) == 2);
        // A User field tested only for emptiness gets a user ARN to be non-empty with.
        const TestedField *assigned = find("assigned_user");
        QVERIFY(assigned);
        QCOMPARE(assigned->values.front().kind, Value::Kind::UserArn);
    }

    void smallTemplatesGetEveryCombination()
    {
        const DomainSnapshot &snapshot = m_snapshot;
        const CaseTemplate &legacy = *snapshot.findTemplate(kComplaintLegacy.toStdString());
        const std::vector<SampleCase> cases = generateCases(snapshot, legacy, {});
        QCOMPARE(cases.size(), std::size_t(3)); // status: closed, open, empty
        // The cases make the rule go both ways.
        auto compiled = CompiledTemplate::compile(snapshot, legacy.templateId);
        QVERIFY(compiled);
        int required = 0;
        for (const SampleCase &sampleCase : cases)
            required += compiled->evaluate(sampleCase).find(kResolutionNotes)->required ? 1 : 0;
        QCOMPARE(required, 1);
        // Capped: one base case plus one per other value.
        const CaseTemplate &support = *snapshot.findTemplate(kCustomerSupport.toStdString());
        const auto tested = testedValues(snapshot, support);
        std::size_t expected = 1;
        for (const TestedField &field : tested)
            expected += field.values.size() - 1;
        QCOMPARE(generateCases(snapshot, support, {}, 4).size(), expected);
    }
};

QTEST_MAIN(TestCaseGenerator)
#include "test_case_generator.moc"
