// The evaluator's semantics, one behaviour per test, on the help-desk fixture.
#include "evaluator_fixture.h"

#include <QtTest>

using namespace cw;
using namespace cw::fixture;

namespace {
QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

QStringList qsList(const std::vector<std::string> &values)
{
    QStringList list;
    for (const std::string &value : values)
        list << qs(value);
    return list;
}

// Compiles template `t1` of `snapshot` (after adding `caseTemplate`) and evaluates one case.
CaseOutcome run(DomainSnapshot snapshot, CaseTemplate caseTemplate, const SampleCase &sampleCase,
                Explain explain = Explain::Yes)
{
    snapshot.templates.push_back(std::move(caseTemplate));
    const auto compiled = CompiledTemplate::compile(snapshot, snapshot.templates.back().templateId);
    if (!compiled) {
        QTest::qFail(compiled.error().toString().c_str(), __FILE__, __LINE__);
        return {};
    }
    return compiled->evaluate(sampleCase, explain);
}

// One required rule attached to "notes": the outcome for "notes".
FieldOutcome notesWith(std::vector<Condition> conditions, bool defaultValue,
                       std::vector<std::pair<std::string, Value>> values)
{
    DomainSnapshot snapshot = helpDesk();
    snapshot.caseRules = {requiredRule("r1", "Rule one", std::move(conditions), defaultValue)};
    const CaseOutcome outcome =
        run(snapshot, caseTemplate("t1", {}, {attach("r1", "notes")}), sample("c1", std::move(values)));
    const FieldOutcome *notes = outcome.find("notes");
    if (!notes) {
        QTest::qFail("notes is not in the outcome", __FILE__, __LINE__);
        return {};
    }
    return *notes;
}

bool requiredWhen(Condition condition, std::vector<std::pair<std::string, Value>> values)
{
    return notesWith({std::move(condition)}, false, std::move(values)).required;
}

Condition unknownCondition(std::string key)
{
    Condition condition;
    condition.kind = Condition::Kind::Unknown;
    condition.unknownKey = std::move(key);
    condition.unknownValue = Json::object();
    return condition;
}

Value unknownValue(std::string key)
{
    Value value;
    value.kind = Value::Kind::Unknown;
    value.text = std::move(key);
    value.raw = 1;
    return value;
}

Condition statusIs(const char *status, bool result = true)
{
    return Condition::equalTo("status", Value::string(status), result);
}

Condition priorityIs(const char *priority, bool result = true)
{
    return Condition::equalTo("priority", Value::string(priority), result);
}
} // namespace

class TestEvaluator : public QObject {
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
        QVERIFY(requiredWhen(Condition::equalTo("amount", Value::dbl(-0.0), true), {{"amount", Value::dbl(0.0)}}));
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
        QVERIFY(requiredWhen(Condition::equalTo("vip", Value::boolean_(false), true), {{"vip", Value::boolean_(false)}}));
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
        QVERIFY(!requiredWhen(Condition::equalTo("amount", Value::string("5"), true), {{"amount", Value::dbl(5)}}));
        QVERIFY(requiredWhen(Condition::notEqualTo("amount", Value::string("5"), true), {{"amount", Value::dbl(5)}}));
        QVERIFY(!requiredWhen(Condition::equalTo("status", Value::dbl(5), true), {{"status", Value::string("5")}}));
        QVERIFY(!requiredWhen(Condition::equalTo("vip", Value::string("true"), true), {{"vip", Value::boolean_(true)}}));
        QVERIFY(!requiredWhen(Condition::equalTo("vip", Value::dbl(1), true), {{"vip", Value::boolean_(true)}}));
        QVERIFY(!requiredWhen(Condition::equalTo("amount", Value::boolean_(false), true), {{"amount", Value::dbl(0)}}));
        // A case value of a kind this version does not know equals no operand.
        QVERIFY(!requiredWhen(Condition::equalTo("status", Value::string("x"), true), {{"status", unknownValue("x")}}));
        QVERIFY(requiredWhen(Condition::notEqualTo("status", Value::string("x"), true), {{"status", unknownValue("x")}}));
    }

    void userArnEqualsStringWithSameText()
    {
        const std::string arn = "arn:aws:connect:us-east-1:111122223333:instance/i-1/agent/a-1";
        QVERIFY(requiredWhen(Condition::equalTo("owner", Value::string(arn), true), {{"owner", Value::userArn(arn)}}));
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
        QVERIFY(!notesWith(conditions, false, {{"status", Value::string("Closed")}, {"priority", Value::string("High")}})
                     .required);
        QVERIFY(notesWith(conditions, false, {{"status", Value::string("Open")}, {"priority", Value::string("High")}})
                    .required);
        // Reversed order, reversed outcome.
        const std::vector<Condition> reversed{priorityIs("High", true), statusIs("Closed", false)};
        QVERIFY(notesWith(reversed, false, {{"status", Value::string("Closed")}, {"priority", Value::string("High")}})
                    .required);
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
        QVERIFY(requiredWhen(both, {{"status", Value::string("Closed")}, {"priority", Value::string("High")}}));
        QVERIFY(!requiredWhen(both, {{"status", Value::string("Closed")}, {"priority", Value::string("Low")}}));
        QVERIFY(!requiredWhen(both, {{"priority", Value::string("High")}}));

        const auto either = Condition::orAll({statusIs("Closed"), priorityIs("High")});
        QVERIFY(requiredWhen(either, {{"status", Value::string("Closed")}}));
        QVERIFY(requiredWhen(either, {{"priority", Value::string("High")}}));
        QVERIFY(!requiredWhen(either, {{"status", Value::string("Open")}, {"priority", Value::string("Low")}}));
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
        QVERIFY(notesWith(conditions, false, {{"priority", Value::string("High")}, {"vip", Value::boolean_(true)}})
                    .required);
        QVERIFY(!notesWith(conditions, false, {{"priority", Value::string("High")}}).required);
    }

    void disagreeingLeavesUseTheFirstLeaf()
    {
        // The compound's first leaf says false; the second condition would have said true.
        const std::vector<Condition> conditions{
            Condition::andAll({statusIs("Closed", false), Condition::equalTo("vip", Value::boolean_(true), true)}),
            statusIs("Closed", true)};
        const FieldOutcome notes =
            notesWith(conditions, false, {{"status", Value::string("Closed")}, {"vip", Value::boolean_(true)}});
        QVERIFY(!notes.required);
        QCOMPARE(notes.requiredBecause.size(), std::size_t{1});
        QVERIFY(notes.requiredBecause[0].text.find("disagree") != std::string::npos);
        QCOMPARE(qs(notes.requiredBecause[0].conditionPath), QStringLiteral("conditions[0]"));

        // Tree order: the nested leaf comes first.
        const auto nestedFirst =
            Condition::orAll({Condition::andAll({priorityIs("High", true)}), statusIs("Closed", false)});
        QVERIFY(requiredWhen(nestedFirst, {{"status", Value::string("Closed")}}));
        // Leaves that agree give no remark.
        const FieldOutcome agreeing = notesWith({Condition::andAll({statusIs("Closed"), priorityIs("High")})}, false,
                                                {{"status", Value::string("Closed")}, {"priority", Value::string("High")}});
        QVERIFY(agreeing.required);
        QVERIFY(agreeing.requiredBecause[0].text.find("disagree") == std::string::npos);
    }

    void fieldOptionsMapped()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {optionsRule("o1", "Subcategory by category", "category", "subcategory",
                                          {mapping("billing", {"a_refund", "z_overcharge", "o_old", "no_such_value",
                                                               "a_refund"}),
                                           mapping("tech", {"b_crash"}), mapping("billing", {"m_late"})})};
        const CaseTemplate t = caseTemplate("t1", {}, {attach("o1", "subcategory")});
        const auto billing = run(snapshot, t, sample("c", {{"category", Value::string("billing")}}));
        const FieldOutcome *sub = billing.find("subcategory");
        QVERIFY(sub && sub->allowedOptions);
        // By name: "overcharge" < "Refund" ignoring case. Inactive and unknown values are not
        // offered, duplicates once, and the repeated "billing" mapping is ignored.
        QCOMPARE(qsList(*sub->allowedOptions), (QStringList{QStringLiteral("z_overcharge"), QStringLiteral("a_refund")}));
        QVERIFY(!sub->allOptionsAllowed);
        QCOMPARE(sub->optionsBecause.size(), std::size_t{1});
        QCOMPARE(qs(sub->optionsBecause[0].text),
                 QStringLiteral("rule \"Subcategory by category\": Category is \"billing\" → 2 options offered "
                                "(the mapping for \"billing\")"));

        const auto tech = run(snapshot, t, sample("c", {{"category", Value::string("tech")}}));
        QCOMPARE(qsList(*tech.find("subcategory")->allowedOptions), QStringList{QStringLiteral("b_crash")});
        // The parent itself is not governed by the rule.
        QVERIFY(!tech.find("category"));
    }

    void fieldOptionsUnmappedOrEmptyParentOffersAllActive()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {
            optionsRule("o1", "Sub", "category", "subcategory", {mapping("billing", {"a_refund"})})};
        const CaseTemplate t = caseTemplate("t1", {}, {attach("o1", "subcategory")});
        const QStringList allActive{QStringLiteral("y_apple"), QStringLiteral("b_crash"), QStringLiteral("m_late"),
                                    QStringLiteral("z_overcharge"), QStringLiteral("a_refund")};
        const std::vector<std::pair<const char *, SampleCase>> parents{
            {"unmapped", sample("c", {{"category", Value::string("other")}})},
            {"unknown text", sample("c", {{"category", Value::string("never mentioned anywhere")}})},
            {"a number", sample("c", {{"category", Value::dbl(1)}})},
            {"absent", sample("c", {})},
            {"emptyValue", sample("c", {{"category", Value::empty()}})}};
        for (const auto &[label, sampleCase] : parents) {
            const auto outcome = run(snapshot, t, sampleCase);
            const FieldOutcome *sub = outcome.find("subcategory");
            QVERIFY2(sub && sub->allowedOptions, label);
            QCOMPARE(qsList(*sub->allowedOptions), allActive);
            QVERIFY2(sub->allOptionsAllowed, label);
        }
        const auto empty = run(snapshot, t, sample("c", {}));
        QVERIFY(empty.find("subcategory")->optionsBecause[0].text.find("Category is empty") != std::string::npos);
        const auto unmapped = run(snapshot, t, sample("c", {{"category", Value::string("other")}}));
        QVERIFY(unmapped.find("subcategory")->optionsBecause[0].text.find("which no mapping lists") !=
                std::string::npos);
    }

    void fieldOptionsWithoutOptionListOrderByValue()
    {
        DomainSnapshot snapshot = helpDesk(); // "reason" has no option list in the snapshot
        snapshot.caseRules = {optionsRule("o1", "Reasons", "category", "reason",
                                          {mapping("billing", {"b", "a", "A", "b"})})};
        const CaseTemplate t = caseTemplate("t1", {}, {attach("o1", "reason")});
        const auto mapped = run(snapshot, t, sample("c", {{"category", Value::string("billing")}}));
        QCOMPARE(qsList(*mapped.find("reason")->allowedOptions),
                 (QStringList{QStringLiteral("A"), QStringLiteral("a"), QStringLiteral("b")}));
        const auto unmapped = run(snapshot, t, sample("c", {{"category", Value::string("tech")}}));
        QVERIFY(unmapped.find("reason")->allowedOptions->empty());
        QVERIFY(unmapped.find("reason")->allOptionsAllowed);
    }

    void fieldOptionsChildDefaultsToAttachedField()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {optionsRule("o1", "Sub", "category", std::nullopt,
                                          {mapping("tech", {"b_crash", "o_old", "a_refund"})})};
        const auto outcome = run(snapshot, caseTemplate("t1", {}, {attach("o1", "subcategory")}),
                                 sample("c", {{"category", Value::string("tech")}}));
        QCOMPARE(qsList(*outcome.find("subcategory")->allowedOptions),
                 (QStringList{QStringLiteral("b_crash"), QStringLiteral("a_refund")}));
    }

    void fieldOptionsSeveralRulesIntersect()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {
            optionsRule("o1", "By category", "category", "subcategory",
                        {mapping("billing", {"a_refund", "z_overcharge", "m_late"})}),
            optionsRule("o2", "By priority", "priority", "subcategory",
                        {mapping("High", {"m_late", "a_refund", "b_crash"})})};
        const CaseTemplate t = caseTemplate("t1", {}, {attach("o1", "subcategory"), attach("o2", "subcategory")});
        const auto both = run(snapshot, t,
                              sample("c", {{"category", Value::string("billing")}, {"priority", Value::string("High")}}));
        QCOMPARE(qsList(*both.find("subcategory")->allowedOptions),
                 (QStringList{QStringLiteral("m_late"), QStringLiteral("a_refund")}));
        QCOMPARE(both.find("subcategory")->optionsBecause.size(), std::size_t{2});
        // The priority rule does not restrict ("Low" is unmapped): the category rule alone decides.
        const auto one = run(snapshot, t,
                             sample("c", {{"category", Value::string("billing")}, {"priority", Value::string("Low")}}));
        QCOMPARE(qsList(*one.find("subcategory")->allowedOptions),
                 (QStringList{QStringLiteral("m_late"), QStringLiteral("z_overcharge"), QStringLiteral("a_refund")}));
        QVERIFY(!one.find("subcategory")->allOptionsAllowed);
    }

    void fieldsWithoutOptionsRuleHaveNoOptionList()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {requiredRule("r1", "R", {statusIs("Closed")})};
        const auto outcome = run(snapshot, caseTemplate("t1", {}, {attach("r1", "subcategory")}), sample("c", {}));
        QVERIFY(!outcome.find("subcategory")->allowedOptions);
    }

    void requiredFieldsOfTheTemplate()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {requiredRule("r1", "Closed needs resolution", {statusIs("Closed")})};
        const auto outcome = run(snapshot, caseTemplate("t1", {"notes", "status"}, {attach("r1", "notes")}),
                                 sample("c", {{"status", Value::string("Open")}}));
        const FieldOutcome *notes = outcome.find("notes");
        QVERIFY(notes->required);
        QCOMPARE(notes->requiredBecause.size(), std::size_t{2});
        QCOMPARE(notes->requiredBecause[0].source, Explanation::Source::Template);
        QCOMPARE(qs(notes->requiredBecause[0].text), QStringLiteral("required by the template"));
        QCOMPARE(notes->requiredBecause[1].source, Explanation::Source::DefaultValue);
        QVERIFY(!notes->requiredBecause[1].value);
        QVERIFY(outcome.find("status")->required);
        QVERIFY(!outcome.find("status")->hidden);
    }

    void oneRuleOnSeveralFields()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {requiredRule("r1", "Closed needs details", {statusIs("Closed")})};
        snapshot.templates = {caseTemplate("t1", {}, {attach("r1", "notes"), attach("r1", "reason")})};
        const auto compiled = CompiledTemplate::compile(snapshot, "t1");
        QVERIFY(compiled);
        QCOMPARE(compiled->booleanRuleCount(), std::size_t{1}); // compiled and evaluated once
        const auto closed = compiled->evaluate(sample("c", {{"status", Value::string("Closed")}}));
        QVERIFY(closed.find("notes")->required);
        QVERIFY(closed.find("reason")->required);
        const auto open = compiled->evaluate(sample("c", {{"status", Value::string("Open")}}));
        QVERIFY(!open.find("notes")->required);
        QVERIFY(!open.find("reason")->required);
    }

    void severalRulesOnOneFieldAnyWins()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {requiredRule("r1", "When closed", {statusIs("Closed")}),
                              requiredRule("r2", "When high", {priorityIs("High")}),
                              hiddenRule("h1", "Hide unless urgent", {priorityIs("Urgent", false)}, true),
                              hiddenRule("h2", "Hide for VIP", {Condition::equalTo("vip", Value::boolean_(true), true)})};
        const CaseTemplate t = caseTemplate(
            "t1", {}, {attach("r1", "notes"), attach("r2", "notes"), attach("h1", "notes"), attach("h2", "notes")});
        const auto high = run(snapshot, t, sample("c", {{"priority", Value::string("Urgent")}}));
        QVERIFY(!high.find("notes")->required);
        QVERIFY(!high.find("notes")->hidden);
        const auto closed = run(snapshot, t,
                                sample("c", {{"status", Value::string("Closed")}, {"priority", Value::string("Urgent")}}));
        QVERIFY(closed.find("notes")->required);
        QVERIFY(!closed.find("notes")->hidden);
        const auto vip = run(snapshot, t,
                             sample("c", {{"priority", Value::string("Urgent")}, {"vip", Value::boolean_(true)}}));
        QVERIFY(vip.find("notes")->hidden);
        QCOMPARE(vip.find("notes")->hiddenBecause.size(), std::size_t{2});
        QVERIFY(!vip.find("notes")->hiddenBecause[0].value);
        QVERIFY(vip.find("notes")->hiddenBecause[1].value);
    }

    void requiredAndHiddenBothReported()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {requiredRule("r1", "Closed needs resolution", {statusIs("Closed")}),
                              hiddenRule("h1", "Hide when closed", {statusIs("Closed")})};
        const auto outcome = run(snapshot, caseTemplate("t1", {}, {attach("r1", "notes"), attach("h1", "notes")}),
                                 sample("c", {{"status", Value::string("Closed")}}));
        QVERIFY(outcome.find("notes")->required);
        QVERIFY(outcome.find("notes")->hidden);
    }

    void explanationTexts()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {
            requiredRule("r1", "Closed needs resolution", {statusIs("Closed")}),
            hiddenRule("h1", "Reason only when escalated",
                       {statusIs("Closed", true), Condition::orAll({priorityIs("High", false), priorityIs("Urgent", false)})},
                       true)};
        const CaseTemplate t = caseTemplate("t1", {}, {attach("r1", "notes"), attach("h1", "reason")});

        const auto closed = run(snapshot, t, sample("c", {{"status", Value::string("Closed")}}));
        const Explanation &required = closed.find("notes")->requiredBecause.at(0);
        QCOMPARE(required.source, Explanation::Source::Condition);
        QCOMPARE(qs(required.caseRuleId), QStringLiteral("r1"));
        QCOMPARE(qs(required.ruleName), QStringLiteral("Closed needs resolution"));
        QCOMPARE(qs(required.conditionPath), QStringLiteral("conditions[0]"));
        QCOMPARE(qs(required.text),
                 QStringLiteral("rule \"Closed needs resolution\": condition 1 (Status equals \"Closed\") is true → "
                                "required"));

        const auto urgent = run(snapshot, t, sample("c", {{"priority", Value::string("Urgent")}}));
        const Explanation &notRequired = urgent.find("notes")->requiredBecause.at(0);
        QCOMPARE(notRequired.source, Explanation::Source::DefaultValue);
        QVERIFY(notRequired.conditionPath.empty());
        QCOMPARE(qs(notRequired.text), QStringLiteral("rule \"Closed needs resolution\": no condition is true → "
                                                      "default value applied: not required"));
        const Explanation &shown = urgent.find("reason")->hiddenBecause.at(0);
        QCOMPARE(qs(shown.conditionPath), QStringLiteral("conditions[1].orAll.conditions[1]"));
        QCOMPARE(qs(shown.text),
                 QStringLiteral("rule \"Reason only when escalated\": condition 2 (any of (Priority equals \"High\", "
                                "Priority equals \"Urgent\")) is true (Priority equals \"Urgent\" holds) → shown"));
        QVERIFY(!urgent.find("reason")->hidden);

        const auto low = run(snapshot, t, sample("c", {{"priority", Value::string("Low")}}));
        QVERIFY(low.find("reason")->hidden);
        QCOMPARE(qs(low.find("reason")->hiddenBecause.at(0).text),
                 QStringLiteral("rule \"Reason only when escalated\": no condition is true → default value applied: "
                                "hidden"));

        // Nested: the path descends through orAll and stops at the andAll that holds.
        snapshot.caseRules[0] = requiredRule(
            "r1", "Nested",
            {Condition::orAll({statusIs("Open"), Condition::andAll({statusIs("Closed"), Condition::notEqualTo(
                                                                                             "amount", Value::empty(),
                                                                                             true)})})});
        const auto nested = run(snapshot, t, sample("c", {{"status", Value::string("Closed")}, {"amount", Value::dbl(3)}}));
        const Explanation &why = nested.find("notes")->requiredBecause.at(0);
        QCOMPARE(qs(why.conditionPath), QStringLiteral("conditions[0].orAll.conditions[1]"));
        QCOMPARE(qs(why.text), QStringLiteral("rule \"Nested\": condition 1 (any of (Status equals \"Open\", all of "
                                              "(Status equals \"Closed\", Amount is not empty))) is true (all of "
                                              "(Status equals \"Closed\", Amount is not empty) holds) → required"));
    }

    void explanationsOnlyOnDemand()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {requiredRule("r1", "R", {statusIs("Closed")}),
                              optionsRule("o1", "O", "category", "subcategory", {})};
        const auto outcome = run(snapshot, caseTemplate("t1", {"notes"}, {attach("r1", "notes"), attach("o1", "subcategory")}),
                                 sample("c", {{"status", Value::string("Closed")}}), Explain::No);
        for (const FieldOutcome &field : outcome.fields) {
            QVERIFY(field.requiredBecause.empty());
            QVERIFY(field.hiddenBecause.empty());
            QVERIFY(field.optionsBecause.empty());
        }
        QVERIFY(outcome.find("notes")->required);
    }

    void bindCaseIgnoresUnknownFieldsAndKeepsTheFirstDuplicate()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {requiredRule("r1", "R", {statusIs("Closed")})};
        const CaseTemplate t = caseTemplate("t1", {}, {attach("r1", "notes")});
        QVERIFY(run(snapshot, t,
                    sample("c", {{"ghost", Value::string("Closed")}, {"status", Value::string("Closed")},
                                 {"another ghost", Value::dbl(1)}}))
                    .find("notes")
                    ->required);
        QVERIFY(!run(snapshot, t, sample("c", {{"ghost", Value::string("Closed")}})).find("notes")->required);
        QVERIFY(run(snapshot, t, sample("c", {{"status", Value::string("Closed")}, {"status", Value::string("Open")}}))
                    .find("notes")
                    ->required);
        QVERIFY(!run(snapshot, t, sample("c", {{"status", Value::string("Open")}, {"status", Value::string("Closed")}}))
                     .find("notes")
                     ->required);
    }

    void governedFieldsAndSkippedRules()
    {
        DomainSnapshot snapshot = helpDesk();
        CaseRule deleted = requiredRule("gone", "Deleted", {}, true);
        deleted.deleted = true;
        CaseRule future = requiredRule("future", "From a newer service", {}, true);
        future.rule.kind = RuleDetails::Kind::Unknown;
        future.rule.unknownKey = "readOnly";
        snapshot.caseRules = {requiredRule("r1", "R", {}, true), deleted, future};
        snapshot.templates = {caseTemplate("t1", {"notes", "status"},
                                           {attach("r1", "reason"), attach("r1", "notes"), attach("missing", "priority"),
                                            attach("r1", std::nullopt), attach("gone", "vip"),
                                            attach("future", "amount")})};
        const auto compiled = CompiledTemplate::compile(snapshot, "t1");
        QVERIFY(compiled);
        QStringList fields;
        for (std::size_t i = 0; i < compiled->fieldCount(); ++i)
            fields << qs(compiled->fieldId(i));
        QCOMPARE(fields, (QStringList{QStringLiteral("notes"), QStringLiteral("status"), QStringLiteral("reason"),
                                      QStringLiteral("priority"), QStringLiteral("vip"), QStringLiteral("amount")}));
        QCOMPARE(compiled->indexOf("reason"), std::optional<std::size_t>{2});
        QVERIFY(!compiled->indexOf("ghost"));

        const auto &skipped = compiled->skipped();
        QCOMPARE(skipped.size(), std::size_t{4});
        QCOMPARE(qs(skipped[0].caseRuleId), QStringLiteral("missing"));
        QCOMPARE(skipped[0].ruleIndex, std::size_t{2});
        QVERIFY(skipped[0].reason.find("no case rule with this id") != std::string::npos);
        QVERIFY(!skipped[1].fieldId);
        QVERIFY(skipped[1].reason.find("applies to nothing") != std::string::npos);
        QVERIFY(skipped[2].reason.find("deleted") != std::string::npos);
        QVERIFY(skipped[3].reason.find("readOnly") != std::string::npos);

        const auto outcome = compiled->evaluate(sample("c", {}));
        QCOMPARE(outcome.fields.size(), std::size_t{6});
        QVERIFY(outcome.find("reason")->required);
        QVERIFY(!outcome.find("priority")->required);
        QVERIFY(!outcome.find("vip")->required);    // the deleted rule does not apply
        QVERIFY(!outcome.find("amount")->required); // nor the unknown kind
    }

    void unknownTemplateIsAnError()
    {
        const auto compiled = CompiledTemplate::compile(helpDesk(), "nope");
        QVERIFY(!compiled);
        QCOMPARE(qs(compiled.error().code), QStringLiteral("evaluator.unknown-template"));
        QCOMPARE(qs(compiled.error().where.entity), QStringLiteral("nope"));
    }

    void fastPathMatchesTheReport()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {requiredRule("r1", "R", {statusIs("Closed")}),
                              hiddenRule("h1", "H", {priorityIs("Low")}),
                              optionsRule("o1", "O", "category", "subcategory", {mapping("tech", {"b_crash"})})};
        snapshot.templates = {caseTemplate("t1", {"status"},
                                           {attach("r1", "notes"), attach("h1", "notes"), attach("o1", "subcategory")})};
        const auto compiled = CompiledTemplate::compile(snapshot, "t1");
        QVERIFY(compiled);
        OutcomeBuffer buffer = compiled->makeBuffer();
        BoundCase bound;
        const std::vector<SampleCase> cases{
            sample("a", {{"status", Value::string("Closed")}, {"category", Value::string("tech")}}),
            sample("b", {{"priority", Value::string("Low")}}), sample("c", {})};
        const auto reports = evaluateAll(*compiled, cases);
        QCOMPARE(reports.size(), cases.size());
        for (std::size_t i = 0; i < cases.size(); ++i) {
            compiled->bindCase(cases[i], bound);
            compiled->evaluate(bound, buffer);
            QCOMPARE(qs(bound.caseId()), qs(cases[i].id));
            QCOMPARE(qs(reports[i].caseId), qs(cases[i].id));
            QCOMPARE(buffer.fieldCount(), reports[i].fields.size());
            for (std::size_t field = 0; field < buffer.fieldCount(); ++field) {
                QCOMPARE(buffer.required(field), reports[i].fields[field].required);
                QCOMPARE(buffer.hidden(field), reports[i].fields[field].hidden);
                QCOMPARE(compiled->allowedOptions(buffer, field), reports[i].fields[field].allowedOptions);
            }
        }
        QVERIFY(reports[0].find("notes")->required);
        QVERIFY(reports[1].find("notes")->hidden);
        QCOMPARE(qsList(*reports[0].find("subcategory")->allowedOptions), QStringList{QStringLiteral("b_crash")});

        // A case bound by another template evaluates as if it had no values, without crashing.
        DomainSnapshot other = helpDesk();
        other.templates = {caseTemplate("t2", {}, {})};
        const auto otherCompiled = CompiledTemplate::compile(other, "t2");
        QVERIFY(otherCompiled);
        compiled->evaluate(otherCompiled->bindCase(cases[0]), buffer);
        QVERIFY(buffer.required(*compiled->indexOf("status")));
        QVERIFY(!buffer.required(*compiled->indexOf("notes")));
    }
};

QTEST_GUILESS_MAIN(TestEvaluator)
#include "test_evaluator.moc"
