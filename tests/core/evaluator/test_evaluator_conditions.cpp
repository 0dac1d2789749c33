// Comparisons, rule order, defaults and compound conditions (docs/evaluation.md sections 1-3).
#include "evaluator_test_support.h"

using namespace cw;
using namespace cw::fixture;

class TestEvaluatorConditions : public QObject {
    Q_OBJECT

private slots:
    void equalToString()
    {
        QVERIFY(requiredWhen(statusIs("Closed"), {{"status", Value::string("Closed")}}));
        QVERIFY(!requiredWhen(statusIs("Closed"), {{"status", Value::string("Open")}}));
        QVERIFY(!requiredWhen(statusIs("Closed"), {{"status", Value::string("closed")}})); // case matters
        QVERIFY(!requiredWhen(statusIs("Closed"), {}));
    }

    void notEqualToString()
    {
        const auto notClosed = Condition::notEqualTo("status", Value::string("Closed"), true);
        QVERIFY(requiredWhen(notClosed, {{"status", Value::string("Open")}}));
        QVERIFY(!requiredWhen(notClosed, {{"status", Value::string("Closed")}}));
        QVERIFY(requiredWhen(notClosed, {})); // an absent field differs from "Closed"
    }

    void doublesCompareAsNumbers()
    {
        Value five = Value::dbl(5);
        five.raw = 5; // read from JSON as the integer 5
        const auto isFive = Condition::equalTo("amount", five, true);
        QVERIFY(requiredWhen(isFive, {{"amount", Value::dbl(5.0)}}));
        QVERIFY(!requiredWhen(isFive, {{"amount", Value::dbl(5.5)}}));
        QVERIFY(!requiredWhen(isFive, {{"amount", Value::dbl(-5)}}));
        QVERIFY(requiredWhen(Condition::equalTo("amount", Value::dbl(-0.0), true),
                             {{"amount", Value::dbl(0.0)}}));
        QVERIFY(requiredWhen(Condition::equalTo("amount", Value::dbl(0.1 + 0.2 - 0.2), true),
                             {{"amount", Value::dbl(0.1 + 0.2 - 0.2)}}));
        QVERIFY(requiredWhen(Condition::notEqualTo("amount", five, true), {{"amount", Value::dbl(4.999)}}));
        QVERIFY(!requiredWhen(Condition::equalTo("amount", Value::dbl(std::nan("")), true),
                              {{"amount", Value::dbl(std::nan(""))}})); // NaN equals nothing
    }

    void booleans()
    {
        const auto isVip = Condition::equalTo("vip", Value::boolean_(true), true);
        QVERIFY(requiredWhen(isVip, {{"vip", Value::boolean_(true)}}));
        QVERIFY(!requiredWhen(isVip, {{"vip", Value::boolean_(false)}}));
        QVERIFY(requiredWhen(Condition::equalTo("vip", Value::boolean_(false), true),
                             {{"vip", Value::boolean_(false)}}));
        QVERIFY(!requiredWhen(isVip, {}));
    }

    void emptyValueMatchesAbsentAndEmpty()
    {
        const auto isEmpty = Condition::equalTo("reason", Value::empty(), true);
        QVERIFY(requiredWhen(isEmpty, {}));
        QVERIFY(requiredWhen(isEmpty, {{"reason", Value::empty()}}));
        QVERIFY(!requiredWhen(isEmpty, {{"reason", Value::string("late")}}));
        QVERIFY(!requiredWhen(isEmpty, {{"reason", Value::string("")}})); // "" is a value, not emptyValue
        QVERIFY(!requiredWhen(isEmpty, {{"reason", Value::boolean_(false)}}));

        const auto isNotEmpty = Condition::notEqualTo("reason", Value::empty(), true);
        QVERIFY(requiredWhen(isNotEmpty, {{"reason", Value::string("late")}}));
        QVERIFY(!requiredWhen(isNotEmpty, {{"reason", Value::empty()}}));
        QVERIFY(!requiredWhen(isNotEmpty, {}));
    }

    void typesNeverCoerce()
    {
        // A Number field never equals a stringValue, so notEqualTo across types is true.
        QVERIFY(!requiredWhen(Condition::equalTo("amount", Value::string("5"), true),
                              {{"amount", Value::dbl(5)}}));
        QVERIFY(requiredWhen(Condition::notEqualTo("amount", Value::string("5"), true),
                             {{"amount", Value::dbl(5)}}));
        QVERIFY(!requiredWhen(Condition::equalTo("status", Value::dbl(5), true),
                              {{"status", Value::string("5")}}));
        QVERIFY(!requiredWhen(Condition::equalTo("vip", Value::string("true"), true),
                              {{"vip", Value::boolean_(true)}}));
        QVERIFY(
            !requiredWhen(Condition::equalTo("vip", Value::dbl(1), true), {{"vip", Value::boolean_(true)}}));
        QVERIFY(!requiredWhen(Condition::equalTo("amount", Value::boolean_(false), true),
                              {{"amount", Value::dbl(0)}}));
        // A case value of a kind this version does not know equals no operand.
        QVERIFY(!requiredWhen(Condition::equalTo("status", Value::string("x"), true),
                              {{"status", unknownValue("x")}}));
        QVERIFY(requiredWhen(Condition::notEqualTo("status", Value::string("x"), true),
                             {{"status", unknownValue("x")}}));
    }

    void userArnEqualsStringWithSameText()
    {
        const std::string arn = "arn:aws:connect:us-east-1:111122223333:instance/i-1/agent/a-1";
        QVERIFY(requiredWhen(Condition::equalTo("owner", Value::string(arn), true),
                             {{"owner", Value::userArn(arn)}}));
        QVERIFY(!requiredWhen(Condition::equalTo("owner", Value::string(arn + "2"), true),
                              {{"owner", Value::userArn(arn)}}));
    }

    void unknownConditionsAreNeverTrue()
    {
        QVERIFY(!requiredWhen(unknownCondition("greaterThan"), {{"status", Value::string("Closed")}}));
        QVERIFY(!requiredWhen(Condition::andAll({unknownCondition("x"), statusIs("Closed")}),
                              {{"status", Value::string("Closed")}}));
        QVERIFY(requiredWhen(Condition::orAll({unknownCondition("x"), statusIs("Closed")}),
                             {{"status", Value::string("Closed")}}));
        // An operand of unknown type: neither equalTo nor notEqualTo is true.
        QVERIFY(!requiredWhen(Condition::equalTo("status", unknownValue("listValue"), true),
                              {{"status", Value::string("Closed")}}));
        QVERIFY(!requiredWhen(Condition::notEqualTo("status", unknownValue("listValue"), true),
                              {{"status", Value::string("Closed")}}));
        // The default still applies after an unknown condition.
        QVERIFY(notesWith({unknownCondition("x")}, true, {}).required);
    }

    void firstTrueConditionWins()
    {
        const std::vector<Condition> conditions{statusIs("Closed", false), priorityIs("High", true)};
        QVERIFY(!notesWith(conditions, false,
                           {{"status", Value::string("Closed")}, {"priority", Value::string("High")}})
                     .required);
        QVERIFY(notesWith(conditions, false,
                          {{"status", Value::string("Open")}, {"priority", Value::string("High")}})
                    .required);
        // Reversed order, reversed outcome.
        const std::vector<Condition> reversed{priorityIs("High", true), statusIs("Closed", false)};
        QVERIFY(notesWith(reversed, false,
                          {{"status", Value::string("Closed")}, {"priority", Value::string("High")}})
                    .required);
    }

    void manyConditionsKeepTheirOrder()
    {
        // Far beyond the service's limit of 5, but a hand-edited file may hold it: the first
        // true condition still decides, however far down the list it is.
        std::vector<Condition> conditions;
        for (int i = 0; i < 130; ++i)
            conditions.push_back(Condition::equalTo("amount", Value::dbl(i), i % 2 == 0));
        const auto at = [&](double amount) {
            return notesWith(conditions, true, {{"amount", Value::dbl(amount)}}).required;
        };
        QVERIFY(at(0));
        QVERIFY(!at(1));
        QVERIFY(!at(63));
        QVERIFY(at(64));
        QVERIFY(!at(65));
        QVERIFY(at(128));
        QVERIFY(!at(129));
        QVERIFY(at(500));                                                         // none true: the default
        conditions.push_back(Condition::equalTo("amount", Value::dbl(65), true)); // a later duplicate loses
        QVERIFY(!at(65));
        const FieldOutcome far = notesWith(conditions, true, {{"amount", Value::dbl(100)}});
        QCOMPARE(qs(far.requiredBecause.at(0).conditionPath), QStringLiteral("conditions[100]"));
    }

    void defaultValueWhenNoConditionIsTrue()
    {
        QVERIFY(notesWith({statusIs("Closed", false)}, true, {{"status", Value::string("Open")}}).required);
        QVERIFY(!notesWith({statusIs("Closed", true)}, false, {{"status", Value::string("Open")}}).required);
        QVERIFY(notesWith({}, true, {}).required);
        QVERIFY(!notesWith({}, false, {}).required);
    }

    void andAllAndOrAll()
    {
        const auto both = Condition::andAll({statusIs("Closed"), priorityIs("High")});
        QVERIFY(
            requiredWhen(both, {{"status", Value::string("Closed")}, {"priority", Value::string("High")}}));
        QVERIFY(
            !requiredWhen(both, {{"status", Value::string("Closed")}, {"priority", Value::string("Low")}}));
        QVERIFY(!requiredWhen(both, {{"priority", Value::string("High")}}));

        const auto either = Condition::orAll({statusIs("Closed"), priorityIs("High")});
        QVERIFY(requiredWhen(either, {{"status", Value::string("Closed")}}));
        QVERIFY(requiredWhen(either, {{"priority", Value::string("High")}}));
        QVERIFY(
            !requiredWhen(either, {{"status", Value::string("Open")}, {"priority", Value::string("Low")}}));
    }

    void emptyCompoundsAreFalse()
    {
        QVERIFY(!requiredWhen(Condition::andAll({}), {}));
        QVERIFY(!requiredWhen(Condition::orAll({}), {}));
        QVERIFY(notesWith({Condition::andAll({}), Condition::orAll({})}, true, {}).required);
    }

    void nestedTwoLevels()
    {
        // (Closed and VIP) or (Urgent and (amount 100 or amount 200))
        const auto rule = Condition::orAll(
            {Condition::andAll({statusIs("Closed"), Condition::equalTo("vip", Value::boolean_(true), true)}),
             Condition::andAll({priorityIs("Urgent"),
                                Condition::orAll({Condition::equalTo("amount", Value::dbl(100), true),
                                                  Condition::equalTo("amount", Value::dbl(200), true)})})});
        QVERIFY(requiredWhen(rule, {{"status", Value::string("Closed")}, {"vip", Value::boolean_(true)}}));
        QVERIFY(!requiredWhen(rule, {{"status", Value::string("Closed")}, {"vip", Value::boolean_(false)}}));
        QVERIFY(requiredWhen(rule, {{"priority", Value::string("Urgent")}, {"amount", Value::dbl(200)}}));
        QVERIFY(!requiredWhen(rule, {{"priority", Value::string("Urgent")}, {"amount", Value::dbl(300)}}));
        QVERIFY(!requiredWhen(rule, {{"priority", Value::string("High")}, {"amount", Value::dbl(100)}}));
    }

    void leavesAndCompoundsMixed()
    {
        const std::vector<Condition> conditions{
            statusIs("Open", false),
            Condition::andAll({priorityIs("High"), Condition::notEqualTo("reason", Value::empty(), true)}),
            Condition::equalTo("vip", Value::boolean_(true), true)};
        QVERIFY(!notesWith(conditions, true,
                           {{"status", Value::string("Open")}, {"priority", Value::string("High")}})
                     .required);
        QVERIFY(notesWith(conditions, false,
                          {{"priority", Value::string("High")}, {"reason", Value::string("late")}})
                    .required);
        QVERIFY(notesWith(conditions, false,
                          {{"priority", Value::string("High")}, {"vip", Value::boolean_(true)}})
                    .required);
        QVERIFY(!notesWith(conditions, false, {{"priority", Value::string("High")}}).required);
    }

    void disagreeingLeavesUseTheFirstLeaf()
    {
        // The compound's first leaf says false; the second condition would have said true.
        const std::vector<Condition> conditions{
            Condition::andAll(
                {statusIs("Closed", false), Condition::equalTo("vip", Value::boolean_(true), true)}),
            statusIs("Closed", true)};
        const FieldOutcome notes = notesWith(
            conditions, false, {{"status", Value::string("Closed")}, {"vip", Value::boolean_(true)}});
        QVERIFY(!notes.required);
        QCOMPARE(notes.requiredBecause.size(), std::size_t{1});
        QVERIFY(notes.requiredBecause[0].text.find("disagree") != std::string::npos);
        QCOMPARE(qs(notes.requiredBecause[0].conditionPath), QStringLiteral("conditions[0]"));

        // Tree order: the nested leaf comes first.
        const auto nestedFirst =
            Condition::orAll({Condition::andAll({priorityIs("High", true)}), statusIs("Closed", false)});
        QVERIFY(requiredWhen(nestedFirst, {{"status", Value::string("Closed")}}));
        // Leaves that agree give no remark.
        const FieldOutcome agreeing =
            notesWith({Condition::andAll({statusIs("Closed"), priorityIs("High")})}, false,
                      {{"status", Value::string("Closed")}, {"priority", Value::string("High")}});
        QVERIFY(agreeing.required);
        QVERIFY(agreeing.requiredBecause[0].text.find("disagree") == std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestEvaluatorConditions)
#include "test_evaluator_conditions.moc"
