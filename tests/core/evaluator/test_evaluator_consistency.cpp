// The compiled evaluator against the naive reference interpreter on random domains: thousands
// of random rules and cases, fixed seed, identical outcomes required.
#include "evaluator_fixture.h"
#include "reference_evaluator.h"

#include <QtTest>
#include <random>

using namespace cw;
using namespace cw::fixture;

namespace {
// std::mt19937's raw output is fixed by the standard (distributions are not), so the cases are
// the same on every platform.
class Dice {
public:
    explicit Dice(std::uint32_t seed) : m_engine(seed) {}
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(m_engine() % n); }
    bool chance(std::size_t percent) { return below(100) < percent; }
    template <typename T> const T &pick(const std::vector<T> &items) { return items[below(items.size())]; }

private:
    std::mt19937 m_engine;
};

const std::vector<std::string> kFieldIds{"f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "ghost"};
const std::vector<std::string> kTexts{"Open", "Closed", "closed", "billing", "tech", "", "x", "o_b"};
const std::vector<double> kNumbers{0.0, -0.0, 5.0, 5.5, -1.0, 100.0};

class RandomDomain {
public:
    explicit RandomDomain(Dice &dice) : m_dice(dice) {}

    DomainSnapshot snapshot(std::size_t ruleCount)
    {
        DomainSnapshot s;
        for (std::size_t i = 0; i + 1 < kFieldIds.size(); ++i)
            s.fields.push_back(
                field(kFieldIds[i], "Field " + std::to_string(i), i < 3 ? "SingleSelect" : "Text"));
        // f0..f2 have option lists; f3 is a select field the snapshot has no options for.
        for (const char *id : {"f0", "f1", "f2"}) {
            std::vector<FieldOption> options;
            for (const char *value : {"o_a", "o_b", "o_c", "o_d", "o_e"})
                options.push_back(option(
                    m_dice.pick(std::vector<std::string>{"Zed", "alpha", "Beta", "beta", "Alpha", "m"}),
                    value, !m_dice.chance(20)));
            s.fieldOptions[id] = options;
        }
        for (std::size_t i = 0; i < ruleCount; ++i)
            s.caseRules.push_back(rule("r" + std::to_string(i)));
        s.templates.push_back(caseTemplate(ruleCount));
        return s;
    }

    SampleCase sampleCase(std::size_t index)
    {
        std::vector<std::pair<std::string, Value>> values;
        const std::size_t count = m_dice.below(9);
        for (std::size_t i = 0; i < count; ++i)
            values.emplace_back(m_dice.pick(kFieldIds), caseValue());
        return sample("c" + std::to_string(index), std::move(values));
    }

private:
    Value caseValue()
    {
        switch (m_dice.below(8)) {
        case 0:
            return Value::dbl(m_dice.pick(kNumbers));
        case 1:
            return Value::boolean_(m_dice.chance(50));
        case 2:
            return Value::empty();
        case 3:
            return Value::userArn(m_dice.pick(kTexts));
        case 4: {
            Value unknown;
            unknown.kind = Value::Kind::Unknown;
            unknown.text = "futureValue";
            return unknown;
        }
        case 5:
            return Value::string(m_dice.chance(50) ? "o_a" : "never mentioned");
        default:
            return Value::string(m_dice.pick(kTexts));
        }
    }

    Value operand()
    {
        switch (m_dice.below(6)) {
        case 0:
            return Value::dbl(m_dice.pick(kNumbers));
        case 1:
            return Value::boolean_(m_dice.chance(50));
        case 2:
            return Value::empty();
        case 3:
            if (m_dice.chance(20)) {
                Value unknown;
                unknown.kind = Value::Kind::Unknown;
                unknown.text = "listValue";
                return unknown;
            }
            return Value::string(m_dice.pick(kTexts));
        default:
            return Value::string(m_dice.pick(kTexts));
        }
    }

    Condition condition(int depth)
    {
        const std::size_t roll = m_dice.below(100);
        if (roll < 3) {
            Condition unknown;
            unknown.kind = Condition::Kind::Unknown;
            unknown.unknownKey = "greaterThan";
            return unknown;
        }
        if (depth < 3 && roll < 30) {
            std::vector<Condition> children;
            const std::size_t count = m_dice.below(4);
            for (std::size_t i = 0; i < count; ++i)
                children.push_back(condition(depth + 1));
            return m_dice.chance(50) ? Condition::andAll(std::move(children))
                                     : Condition::orAll(std::move(children));
        }
        const bool result = m_dice.chance(60);
        return m_dice.chance(55) ? Condition::equalTo(m_dice.pick(kFieldIds), operand(), result)
                                 : Condition::notEqualTo(m_dice.pick(kFieldIds), operand(), result);
    }

    CaseRule rule(const std::string &id)
    {
        const std::size_t roll = m_dice.below(100);
        if (roll < 25) {
            std::vector<OptionsMapping> mappings;
            const std::size_t count = m_dice.below(4);
            for (std::size_t i = 0; i < count; ++i) {
                std::vector<std::string> children;
                const std::size_t childCount = m_dice.below(5);
                for (std::size_t c = 0; c < childCount; ++c)
                    children.push_back(m_dice.pick(
                        std::vector<std::string>{"o_a", "o_b", "o_c", "o_d", "o_e", "zz", "A", "a"}));
                mappings.push_back(mapping(m_dice.pick(kTexts), children));
            }
            std::optional<std::string> parent;
            if (!m_dice.chance(10))
                parent = m_dice.pick(kFieldIds);
            std::optional<std::string> child;
            if (!m_dice.chance(30))
                child = m_dice.pick(std::vector<std::string>{"f0", "f1", "f2", "f3"});
            return optionsRule(id, "Options " + id, parent, child, std::move(mappings));
        }
        std::vector<Condition> conditions;
        // Now and then far more than the service allows, to cover rules past 64 conditions:
        // a run of conditions no case meets, then random ones.
        if (m_dice.chance(3))
            for (std::size_t i = 0, run = 50 + m_dice.below(40); i < run; ++i)
                conditions.push_back(
                    Condition::equalTo("f5", Value::dbl(1000.0 + static_cast<double>(i)), m_dice.chance(50)));
        const std::size_t count = m_dice.below(6);
        for (std::size_t i = 0; i < count; ++i)
            conditions.push_back(condition(1));
        CaseRule made = roll < 65
                            ? requiredRule(id, "Required " + id, std::move(conditions), m_dice.chance(30))
                            : hiddenRule(id, "Hidden " + id, std::move(conditions), m_dice.chance(30));
        if (m_dice.chance(4))
            made.deleted = true;
        if (m_dice.chance(3)) {
            made.rule.kind = RuleDetails::Kind::Unknown;
            made.rule.unknownKey = "readOnly";
        }
        return made;
    }

    CaseTemplate caseTemplate(std::size_t ruleCount)
    {
        std::vector<std::string> required;
        const std::size_t requiredCount = m_dice.below(4);
        for (std::size_t i = 0; i < requiredCount; ++i)
            required.push_back(m_dice.pick(kFieldIds));
        std::vector<TemplateRule> rules;
        for (std::size_t i = 0; i < ruleCount + 5; ++i) {
            const std::string id =
                m_dice.chance(5) ? "missing" : "r" + std::to_string(m_dice.below(ruleCount));
            rules.push_back(
                attach(id, m_dice.chance(5) ? std::nullopt : std::optional(m_dice.pick(kFieldIds))));
        }
        return fixture::caseTemplate("t1", std::move(required), std::move(rules));
    }

    Dice &m_dice;
};

QString describe(const std::optional<std::vector<std::string>> &options)
{
    if (!options)
        return QStringLiteral("(no option list)");
    QStringList list;
    for (const std::string &value : *options)
        list << QString::fromStdString(value);
    return list.join(QLatin1Char(','));
}
} // namespace

class TestEvaluatorConsistency : public QObject {
    Q_OBJECT

private slots:
    void compiledMatchesReference()
    {
        Dice dice(20260513);
        RandomDomain random(dice);
        std::size_t comparisons = 0;
        std::size_t requiredSeen = 0;
        std::size_t hiddenSeen = 0;
        std::size_t restrictedSeen = 0;
        for (std::size_t round = 0; round < 100; ++round) {
            const DomainSnapshot snapshot = random.snapshot(20);
            const auto compiled = CompiledTemplate::compile(snapshot, "t1");
            QVERIFY(compiled);
            OutcomeBuffer buffer = compiled->makeBuffer();
            BoundCase bound;
            std::vector<SampleCase> cases;
            for (std::size_t c = 0; c < 20; ++c)
                cases.push_back(random.sampleCase(c));
            // The preview's path after a rule edit: the cases interned once, each row gathered.
            const CaseTable table(cases);
            const TableBinding binding = compiled->bindTable(table);
            OutcomeBuffer rowBuffer = compiled->makeBuffer();
            BoundCase rowBound;
            for (std::size_t c = 0; c < 20; ++c) {
                const SampleCase &sampleCase = cases[c];
                const auto expected = reference::evaluate(snapshot, snapshot.templates[0], sampleCase);
                const CaseOutcome actual = compiled->evaluate(sampleCase, c % 2 ? Explain::Yes : Explain::No);
                compiled->bindCase(sampleCase, bound);
                compiled->evaluate(bound, buffer);
                compiled->bindRow(binding, table, c, rowBound);
                compiled->evaluate(rowBound, rowBuffer);
                QCOMPARE(rowBound.caseId(), sampleCase.id);
                for (std::size_t f = 0; f < compiled->fieldCount(); ++f) {
                    QVERIFY(rowBuffer.required(f) == buffer.required(f));
                    QVERIFY(rowBuffer.hidden(f) == buffer.hidden(f));
                    QCOMPARE(describe(compiled->allowedOptions(rowBuffer, f)),
                             describe(compiled->allowedOptions(buffer, f)));
                }
                QCOMPARE(actual.fields.size(), expected.size());
                for (std::size_t f = 0; f < expected.size(); ++f) {
                    const FieldOutcome &got = actual.fields[f];
                    const QByteArray where = QStringLiteral("round %1 case %2 field %3")
                                                 .arg(round)
                                                 .arg(c)
                                                 .arg(QString::fromStdString(expected[f].fieldId))
                                                 .toUtf8();
                    QVERIFY2(got.fieldId == expected[f].fieldId, where.constData());
                    QVERIFY2(got.required == expected[f].required, where.constData());
                    QVERIFY2(got.hidden == expected[f].hidden, where.constData());
                    QVERIFY2(buffer.required(f) == expected[f].required, where.constData());
                    QVERIFY2(buffer.hidden(f) == expected[f].hidden, where.constData());
                    QCOMPARE(describe(got.allowedOptions), describe(expected[f].options));
                    QVERIFY2(got.allOptionsAllowed == expected[f].allOptions, where.constData());
                    if (c % 2) {
                        // Explanations agree with the outcome they explain.
                        bool anyRequired = false;
                        for (const Explanation &why : got.requiredBecause)
                            anyRequired = anyRequired || why.value;
                        bool anyHidden = false;
                        for (const Explanation &why : got.hiddenBecause)
                            anyHidden = anyHidden || why.value;
                        QVERIFY2(anyRequired == got.required, where.constData());
                        QVERIFY2(anyHidden == got.hidden, where.constData());
                    }
                    ++comparisons;
                    requiredSeen += got.required ? 1 : 0;
                    hiddenSeen += got.hidden ? 1 : 0;
                    restrictedSeen += got.allowedOptions && !got.allOptionsAllowed ? 1 : 0;
                }
            }
        }
        // The generator must exercise every outcome, or the comparison proves little.
        QVERIFY(comparisons > 5000);
        QVERIFY(requiredSeen > comparisons / 10);
        QVERIFY(hiddenSeen > comparisons / 10);
        QVERIFY(restrictedSeen > 100);
        qInfo("%zu field outcomes compared (%zu required, %zu hidden, %zu with restricted options)",
              comparisons, requiredSeen, hiddenSeen, restrictedSeen);
    }
};

QTEST_GUILESS_MAIN(TestEvaluatorConsistency)
#include "test_evaluator_consistency.moc"
