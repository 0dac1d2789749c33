// fieldOptions rules: mapping, the parent empty or unmapped, order, several rules (docs/evaluation.md section
// 4).
#include "evaluator_test_support.h"

using namespace cw;
using namespace cw::fixture;

class TestEvaluatorOptions : public QObject {
    Q_OBJECT

private slots:
    void fieldOptionsMapped()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {optionsRule(
            "o1", "Subcategory by category", "category", "subcategory",
            {mapping("billing", {"a_refund", "z_overcharge", "o_old", "no_such_value", "a_refund"}),
             mapping("tech", {"b_crash"}), mapping("billing", {"m_late"})})};
        const CaseTemplate t = caseTemplate("t1", {}, {attach("o1", "subcategory")});
        const auto billing = run(snapshot, t, sample("c", {{"category", Value::string("billing")}}));
        const FieldOutcome *sub = billing.find("subcategory");
        QVERIFY(sub && sub->allowedOptions);
        // By name: "overcharge" < "Refund" ignoring case. Inactive and unknown values are not
        // offered, duplicates once, and the repeated "billing" mapping is ignored.
        QCOMPARE(qsList(*sub->allowedOptions),
                 (QStringList{QStringLiteral("z_overcharge"), QStringLiteral("a_refund")}));
        QVERIFY(!sub->allOptionsAllowed);
        QCOMPARE(sub->optionsBecause.size(), std::size_t{1});
        QCOMPARE(
            qs(sub->optionsBecause[0].text),
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
        const QStringList allActive{QStringLiteral("y_apple"), QStringLiteral("b_crash"),
                                    QStringLiteral("m_late"), QStringLiteral("z_overcharge"),
                                    QStringLiteral("a_refund")};
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
        QVERIFY(empty.find("subcategory")->optionsBecause[0].text.find("Category is empty") !=
                std::string::npos);
        const auto unmapped = run(snapshot, t, sample("c", {{"category", Value::string("other")}}));
        QVERIFY(unmapped.find("subcategory")->optionsBecause[0].text.find("which no mapping lists") !=
                std::string::npos);
    }

    void fieldOptionsParentMatching()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {optionsRule("o1", "Sub", "owner", "subcategory",
                                          {mapping("", {"b_crash"}), mapping("arn:agent/1", {"a_refund"})})};
        const CaseTemplate t = caseTemplate("t1", {}, {attach("o1", "subcategory")});
        const auto offered = [&](Value parent) {
            const auto outcome = run(snapshot, t, sample("c", {{"owner", std::move(parent)}}));
            return qsList(*outcome.find("subcategory")->allowedOptions);
        };
        QCOMPARE(offered(Value::string("")), QStringList{QStringLiteral("b_crash")}); // "" is a value
        QCOMPARE(offered(Value::empty()).size(), 5);                                  // emptyValue is not ""
        QCOMPARE(offered(Value::userArn("arn:agent/1")), QStringList{QStringLiteral("a_refund")});
        QCOMPARE(offered(Value::boolean_(true)).size(), 5);
    }

    void fieldOptionsWithoutOptionListOrderByValue()
    {
        DomainSnapshot snapshot = helpDesk(); // "reason" has no option list in the snapshot
        snapshot.caseRules = {
            optionsRule("o1", "Reasons", "category", "reason", {mapping("billing", {"b", "a", "A", "b"})})};
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
        snapshot.caseRules = {optionsRule("o1", "By category", "category", "subcategory",
                                          {mapping("billing", {"a_refund", "z_overcharge", "m_late"})}),
                              optionsRule("o2", "By priority", "priority", "subcategory",
                                          {mapping("High", {"m_late", "a_refund", "b_crash"})})};
        const CaseTemplate t =
            caseTemplate("t1", {}, {attach("o1", "subcategory"), attach("o2", "subcategory")});
        const auto both =
            run(snapshot, t,
                sample("c", {{"category", Value::string("billing")}, {"priority", Value::string("High")}}));
        QCOMPARE(qsList(*both.find("subcategory")->allowedOptions),
                 (QStringList{QStringLiteral("m_late"), QStringLiteral("a_refund")}));
        QCOMPARE(both.find("subcategory")->optionsBecause.size(), std::size_t{2});
        // The priority rule does not restrict ("Low" is unmapped): the category rule alone decides.
        const auto one =
            run(snapshot, t,
                sample("c", {{"category", Value::string("billing")}, {"priority", Value::string("Low")}}));
        QCOMPARE(qsList(*one.find("subcategory")->allowedOptions),
                 (QStringList{QStringLiteral("m_late"), QStringLiteral("z_overcharge"),
                              QStringLiteral("a_refund")}));
        QVERIFY(!one.find("subcategory")->allOptionsAllowed);
    }

    void fieldsWithoutOptionsRuleHaveNoOptionList()
    {
        DomainSnapshot snapshot = helpDesk();
        snapshot.caseRules = {requiredRule("r1", "R", {statusIs("Closed")})};
        const auto outcome =
            run(snapshot, caseTemplate("t1", {}, {attach("r1", "subcategory")}), sample("c", {}));
        QVERIFY(!outcome.find("subcategory")->allowedOptions);
    }
};

QTEST_GUILESS_MAIN(TestEvaluatorOptions)
#include "test_evaluator_options.moc"
