// The condition builder's logic without widgets (editing/): paths, moves, limits, operator edits
// and the plain-language summary. (Where a finding belongs is tests/ui/test_ui_condition_logic.cpp.)

#include "../core/sample_domain.h"
#include "editing/condition_edits.h"
#include "editing/condition_limits.h"
#include "editing/condition_tree.h"
#include "editing/rule_summary.h"
#include "validation/validator.h"

#include <QtTest>

using namespace cw;
using namespace cw::editing;

namespace {
Condition eq(const std::string &field, const std::string &value, bool result = true)
{
    return Condition::equalTo(field, Value::string(value), result);
}

// [A, all of (B, C), D] with results true, except D false.
ConditionList sampleList()
{
    return {eq("a", "1"), Condition::andAll({eq("b", "2"), eq("c", "3")}), eq("d", "4", false)};
}

std::vector<std::string> fieldsOf(const ConditionList &list)
{
    std::vector<std::string> ids;
    for (const Condition &condition : list)
        ids.push_back(condition.isCompound() ? std::string(toString(condition.kind)) : condition.fieldId);
    return ids;
}
} // namespace

class TestConditionLogic : public QObject {
    Q_OBJECT
private:
    const DomainSnapshot m_sample = coretest::sampleDomain();

private slots:
    void pathsNameAndFindConditions()
    {
        ConditionList list = sampleList();
        QCOMPARE(conditionNumber({1, 0}), QStringLiteral("2.1"));
        QCOMPARE(conditionAt(list, {1, 1})->fieldId, std::string("c"));
        QVERIFY(conditionAt(list, {0, 0}) == nullptr); // a comparison has no children
        QVERIFY(conditionAt(list, {7}) == nullptr);
        QCOMPARE(listAt(list, {})->size(), std::size_t(3));
        QCOMPARE(listAt(list, {1})->size(), std::size_t(2));
        QVERIFY(listAt(list, {0}) == nullptr);
    }

    void moveUpAndDownStopAtTheEnds()
    {
        ConditionList list = sampleList();
        QVERIFY(!moveWithinList(list, {0}, -1));
        QVERIFY(!moveWithinList(list, {2}, +1));
        QVERIFY(moveWithinList(list, {2}, -1));
        QCOMPARE(fieldsOf(list), (std::vector<std::string>{"a", "d", "andAll"}));
        QVERIFY(moveWithinList(list, {2, 1}, -1));
        QCOMPARE(conditionAt(list, {2, 0})->fieldId, std::string("c"));
    }

    void movingIntoAGroupAdoptsItsResult()
    {
        ConditionList list = sampleList();
        // D (false) into the group (true) at its start.
        const auto landed = moveCondition(list, {2}, {1}, 0);
        QVERIFY(landed);
        QCOMPARE(*landed, (ConditionPath{1, 0}));
        QCOMPARE(conditionAt(list, {1, 0})->fieldId, std::string("d"));
        QCOMPARE(conditionAt(list, {1, 0})->result, true);
        QCOMPARE(list.size(), std::size_t(2));
    }

    void movingWithinAListCountsPositionsBeforeTheMove()
    {
        ConditionList list = sampleList();
        auto landed = moveCondition(list, {0}, {}, 3); // A to the end
        QVERIFY(landed);
        QCOMPARE(*landed, (ConditionPath{2}));
        QCOMPARE(fieldsOf(list), (std::vector<std::string>{"andAll", "d", "a"}));
        landed = moveCondition(list, {2}, {}, 2); // dropped where it is
        QCOMPARE(*landed, (ConditionPath{2}));
        QCOMPARE(fieldsOf(list), (std::vector<std::string>{"andAll", "d", "a"}));
    }

    void movingTheLastConditionOutRemovesTheEmptiedGroup()
    {
        ConditionList list{eq("a", "1"), Condition::orAll({eq("b", "2")}), eq("d", "4")};
        const auto landed = moveCondition(list, {1, 0}, {}, 3);
        QVERIFY(landed);
        QCOMPARE(fieldsOf(list), (std::vector<std::string>{"a", "d", "b"}));
        QCOMPARE(*landed, (ConditionPath{2}));
    }

    void aGroupCannotMoveIntoItself()
    {
        ConditionList list = sampleList();
        QVERIFY(!moveCondition(list, {1}, {1}, 0));
        QVERIFY(!canMoveInto(list, {1}, {1}).allowed);
        QCOMPARE(fieldsOf(list), fieldsOf(sampleList()));
    }

    void limitsAreEnforcedWithReasons()
    {
        ConditionList list = sampleList(); // 4 comparisons
        QVERIFY(canAddComparison(list).allowed);
        QVERIFY(canAddGroup(list, {}).allowed);
        QVERIFY(canAddGroup(list, {1}).allowed); // a group inside a group
        list.push_back(eq("e", "5"));
        QCOMPARE(comparisonCount(list), std::size_t(5));
        const Permission full = canAddComparison(list);
        QVERIFY(!full.allowed);
        QVERIFY(full.reason.contains(QStringLiteral("at most 5")));
        QVERIFY(!canAddGroup(list, {}).allowed);

        ConditionList nested{Condition::orAll({Condition::andAll({eq("a", "1")})})};
        const Permission third = canAddGroup(nested, {0, 0});
        QVERIFY(!third.allowed);
        QVERIFY(third.reason.contains(QStringLiteral("nested")));
        QVERIFY(canAddGroup(nested, {0}).allowed);
        // A group holding a group cannot go inside another group.
        ConditionList two{Condition::orAll({Condition::andAll({eq("a", "1")})}),
                          Condition::andAll({eq("b", "2")})};
        QVERIFY(!canMoveInto(two, {0}, {1}).allowed);
        QVERIFY(canMoveInto(two, {1}, {0}).allowed);
    }

    void limitsAgreeWithTheValidator()
    {
        const auto tooDeep = [&](const ConditionList &conditions) {
            CaseRule rule;
            rule.name = "Nesting";
            rule.rule.boolean.conditions = conditions;
            for (const Finding &finding : validateRule(rule, m_sample))
                if (finding.code == "rule.conditions.too-deep")
                    return true;
            return false;
        };
        ConditionList twoLevels{Condition::orAll({Condition::andAll({eq("status", "closed")})})};
        QVERIFY(canAddGroup({Condition::orAll({eq("status", "closed")})}, {0}).allowed);
        QVERIFY(!tooDeep(twoLevels));
        QVERIFY(!canAddGroup(twoLevels, {0, 0}).allowed);
        ConditionList threeLevels{
            Condition::orAll({Condition::andAll({Condition::orAll({eq("status", "closed")})})})};
        QVERIFY(tooDeep(threeLevels));
    }

    void operatorsMapToTheWireSpelling()
    {
        Condition comparison = Condition::equalTo("status", Value::string("closed"), true);
        QCOMPARE(operatorOf(comparison), ConditionOperator::Equals);
        chooseOperator(comparison, ConditionOperator::IsNotEmpty, m_sample);
        QCOMPARE(comparison.kind, Condition::Kind::NotEqualTo);
        QCOMPARE(comparison.operand.kind, Value::Kind::Empty);
        QCOMPARE(operatorOf(comparison), ConditionOperator::IsNotEmpty);
        chooseOperator(comparison, ConditionOperator::IsEmpty, m_sample);
        QCOMPARE(comparison.kind, Condition::Kind::EqualTo);
        QCOMPARE(operatorOf(comparison), ConditionOperator::IsEmpty);
        // A value comes back, of the field's type: Status's first active option.
        chooseOperator(comparison, ConditionOperator::NotEquals, m_sample);
        QCOMPARE(comparison.kind, Condition::Kind::NotEqualTo);
        QCOMPARE(comparison.operand.kind, Value::Kind::String);
        QCOMPARE(comparison.operand.text, std::string("open"));
        QCOMPARE(comparison.result, true);
    }

    void choosingAFieldKeepsAFittingValue()
    {
        const std::string priority = "10fd19fe-bb18-514b-978f-b601f0533303";
        const std::string refund = "8c21b2a1-6901-5888-8ed9-a7bc245587fd";
        const std::string vip = "eb956ec4-562b-5f25-a901-b5602f529bb3";
        const std::string subcategory = "ee84b1cd-0952-5c83-b7e1-64c2886bf74a";
        Condition comparison = Condition::equalTo("status", Value::string("closed"), false);
        chooseField(comparison, priority, m_sample); // "closed" is no priority
        QCOMPARE(comparison.operand.text, std::string("low"));
        chooseField(comparison, refund, m_sample);
        QCOMPARE(comparison.operand.kind, Value::Kind::Double);
        QCOMPARE(comparison.operand.number, 0.0);
        chooseField(comparison, vip, m_sample);
        QCOMPARE(comparison.operand.kind, Value::Kind::Boolean);
        QCOMPARE(comparison.result, false);
        Condition empty = Condition::equalTo("status", Value::empty(), true);
        chooseField(empty, refund, m_sample); // "is empty" fits every field
        QCOMPARE(empty.operand.kind, Value::Kind::Empty);
        // The first *active* option: gift_voucher is inactive but not first anyway; check it is skipped
        // when it would be.
        std::vector<FieldOption> options{{"Gift voucher", "gift_voucher", false, Json::object()},
                                         {"Refund", "refund", true, Json::object()}};
        QCOMPARE(defaultOperand(m_sample.findField(subcategory), &options).text, std::string("refund"));
    }

    void newComparisonsAreValidForEveryField()
    {
        const Condition comparison = newComparison(m_sample, true);
        QCOMPARE(comparison.kind, Condition::Kind::NotEqualTo);
        QCOMPARE(comparison.operand.kind, Value::Kind::Empty);
        QCOMPARE(comparison.fieldId, std::string("assigned_user")); // "Assigned user" sorts first
    }

    void summariesReadAsSentences()
    {
        const auto rule = [&](const char *id) { return *m_sample.findRule(id); };
        QCOMPARE(summarizeRule(rule("f6e5c101-ac35-5737-849f-9d43f00e9135"), m_sample),
                 QStringLiteral("Required when Status equals \"Closed\"; otherwise not required."));
        QCOMPARE(summarizeRule(rule("ee031235-eebe-5513-b83f-70a2654ae6b6"), m_sample),
                 QStringLiteral(
                     "Shown when Priority equals \"High\" or Priority equals \"Urgent\"; otherwise hidden."));
        QCOMPARE(
            summarizeRule(rule("0933287c-0f92-58f0-867a-0c7f5dbde3f9"), m_sample),
            QStringLiteral("Not required when Assigned user is empty; else required when VIP customer equals "
                           "true; otherwise not required."));
        QCOMPARE(
            summarizeRule(rule("a7922b84-f7ea-5bdc-b2f7-886425e6f77b"), m_sample),
            QStringLiteral("Required when (Category equals \"Technical\" and Status equals \"Closed\") or "
                           "Subcategory equals \"Outage\"; otherwise not required."));
        CaseRule empty;
        empty.rule.kind = RuleDetails::Kind::Hidden;
        QCOMPARE(summarizeRule(empty, m_sample), QStringLiteral("Always shown: the rule has no conditions."));
        QVERIFY(summarizeRule(rule("ba54fac0-be48-5e6b-b60a-a7f28f2edbc8"), m_sample)
                    .startsWith(QStringLiteral(
                        "Subcategory offers only the options mapped to the value of Category")));
    }

    void shapeChangesOnlyWithStructure()
    {
        ConditionList list = sampleList();
        const QString before = shapeOf(list);
        list[0].fieldId = "z";
        list[1].kind = Condition::Kind::OrAll;
        QCOMPARE(shapeOf(list), before);
        moveWithinList(list, {1}, -1);
        QVERIFY(shapeOf(list) != before);
    }
};

QTEST_GUILESS_MAIN(TestConditionLogic)
#include "test_condition_logic.moc"
