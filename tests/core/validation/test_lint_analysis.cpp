// What the condition lint can and cannot prove, on small rules checked against the realistic
// domain: which later conditions are shadowed, which are not, and how the value classes work.

#include "snapshot_fixture.h"
#include "validation/lint.h"

#include <QTest>

using namespace cw;
using namespace cw::test;

namespace {

using K = RuleDetails::Kind;

Condition is(const char *fieldId, Value value, bool result)
{
    return Condition::equalTo(fieldId, std::move(value), result);
}

Condition isNot(const char *fieldId, Value value, bool result)
{
    return Condition::notEqualTo(fieldId, std::move(value), result);
}

Value text(const char *value)
{
    return Value::string(value);
}

std::vector<Finding> lintConditions(std::vector<Condition> conditions, bool defaultValue = false,
                                    K kind = K::Required)
{
    static const DomainSnapshot context = realisticSnapshot();
    return lintRule(makeBooleanRule("cr-x", "Rule under test", kind, defaultValue, std::move(conditions)),
                    context);
}

// "code@pointer" for each finding, pointers relative to the rule.
std::vector<std::string> summary(const std::vector<Finding> &findings)
{
    std::vector<std::string> out;
    for (const Finding &finding : findings)
        out.push_back(finding.code + "@" + finding.where.pointer);
    return out;
}

const std::string kList = "/rule/required/conditions/";

} // namespace

class TestLintAnalysis : public QObject {
    Q_OBJECT
private slots:
    void equalToAfterNotEqualToOfTheSameValueDecides()
    {
        QVERIFY(lintConditions({isNot("status", text("closed"), true), is("status", text("closed"), true)})
                    .empty());
    }

    void equalToAfterNotEqualToOfAnotherValueIsShadowed()
    {
        const auto findings =
            lintConditions({isNot("status", text("open"), true), is("status", text("closed"), true)});
        QCOMPARE(summary(findings), std::vector<std::string>{"lint.condition.shadowed@" + kList + "1"});
        QVERIFY(findings[0].message.find("condition 1 is true as well") != std::string::npos);
    }

    void tautologyShadowsEverythingAfterIt()
    {
        const auto findings = lintConditions(
            {Condition::orAll({is("status", text("closed"), true), isNot("status", text("closed"), true)}),
             is("f-vip", Value::boolean_(true), false), is("f-priority", text("high"), false)});
        QCOMPARE(summary(findings), (std::vector<std::string>{"lint.condition.shadowed@" + kList + "1",
                                                              "lint.condition.shadowed@" + kList + "2"}));
    }

    void equalToAndNotEqualToTogetherShadowWhatFollows()
    {
        // Each of the two decides for some case, and together they decide every case.
        const auto findings =
            lintConditions({is("status", text("closed"), true), isNot("status", text("closed"), false),
                            is("f-vip", Value::boolean_(true), true)});
        QCOMPARE(summary(findings), std::vector<std::string>{"lint.condition.shadowed@" + kList + "2"});
        QVERIFY(findings[0].message.find("one of conditions 1 and 2 is true") != std::string::npos);
    }

    void booleanFieldHoldsOnlyTrueOrFalse()
    {
        // true, false and empty cover every case, so the fourth condition never decides.
        const auto findings = lintConditions(
            {is("f-vip", Value::boolean_(true), true), is("f-vip", Value::boolean_(false), true),
             is("f-vip", Value::empty(), true), is("status", text("closed"), true)});
        QCOMPARE(summary(findings), std::vector<std::string>{"lint.condition.shadowed@" + kList + "3"});
        QVERIFY(findings[0].message.find("one of conditions 1, 2 and 3") != std::string::npos);
    }

    void textFieldCanHoldOtherValues()
    {
        QVERIFY(lintConditions({is("f-resolution", text("a"), true), is("f-resolution", text("b"), true),
                                is("f-resolution", Value::empty(), true), is("status", text("closed"), true)})
                    .empty());
    }

    void singleSelectCanHoldAValueOutsideItsOptions()
    {
        // Options change; a case may keep a value that is no longer an option.
        QVERIFY(lintConditions({is("status", text("open"), true), is("status", text("pending"), true),
                                is("status", text("closed"), true), is("status", Value::empty(), true),
                                is("f-vip", Value::boolean_(true), true)})
                    .empty());
    }

    void textNeverEqualsANumber()
    {
        QVERIFY(lintConditions(
                    {is("f-refund-amount", Value::dbl(5), true), is("f-refund-amount", text("5"), true)})
                    .empty());
        const auto findings = lintConditions(
            {is("f-refund-amount", Value::dbl(5), true), is("f-refund-amount", Value::dbl(5.0), true)});
        QCOMPARE(summary(findings), std::vector<std::string>{"lint.condition.shadowed@" + kList + "1"});
    }

    void duplicateWithResultOfDefaultReportsBoth()
    {
        // Removing both keeps the rule's behaviour, so both warnings are safe to follow.
        const auto findings =
            lintConditions({is("status", text("closed"), true), is("status", text("closed"), true)}, true);
        QCOMPARE(summary(findings),
                 (std::vector<std::string>{"lint.condition.shadowed@" + kList + "1",
                                           "lint.condition.same-as-default@" + kList + "0"}));
    }

    void duplicateReportsOnlyTheShadowedCopy()
    {
        // Condition 1 alone is not redundant: removing both copies would change the rule.
        const auto findings =
            lintConditions({is("status", text("closed"), true), is("status", text("closed"), true)});
        QCOMPARE(summary(findings), std::vector<std::string>{"lint.condition.shadowed@" + kList + "1"});
    }

    void conditionBeforeAShadowedOneIsNotCalledUseless()
    {
        // Without condition 1, condition 2 would decide "required": removing condition 1 alone
        // changes the rule, so only the shadowed condition 2 is reported.
        const auto findings =
            lintConditions({is("status", text("closed"), false), is("status", text("closed"), true)});
        QCOMPARE(summary(findings), std::vector<std::string>{"lint.condition.shadowed@" + kList + "1"});
    }

    void emptyValueMatchesAbsentFields()
    {
        const auto findings =
            lintConditions({is("f-owner", Value::empty(), true), isNot("f-owner", Value::empty(), false)});
        QCOMPARE(summary(findings),
                 std::vector<std::string>{"lint.condition.same-as-default@" + kList + "1"});
        QVERIFY(findings[0].message.find("not required") != std::string::npos);
    }

    void hiddenRulesSpeakOfShownAndHidden()
    {
        const auto findings = lintConditions({is("f-priority", text("low"), true)}, true, K::Hidden);
        QCOMPARE(findings.size(), std::size_t(1));
        QVERIFY(findings[0].message.find("makes the field hidden, which is the rule's default") !=
                std::string::npos);
    }

    void contradictionNamesTheConflictingConditions()
    {
        const auto findings = lintConditions(
            {Condition::andAll({is("status", text("closed"), true), is("f-vip", Value::boolean_(true), true),
                                isNot("status", text("closed"), true)})});
        QCOMPARE(summary(findings), std::vector<std::string>{"lint.condition.contradictory@" + kList + "0"});
        QVERIFY(findings[0].message.find("'Status' is \"closed\" and 'Status' is not \"closed\"") !=
                std::string::npos);
    }

    void nestedContradictionIsFound()
    {
        const auto findings = lintConditions({Condition::orAll(
            {Condition::andAll({is("status", text("open"), true), is("status", text("closed"), true)}),
             is("status", text("pending"), true)})});
        QCOMPARE(summary(findings),
                 std::vector<std::string>{"lint.condition.contradictory@" + kList + "0/orAll/conditions/0"});
    }

    void rulesWithErrorsAreLeftToValidation()
    {
        QVERIFY(lintConditions(
                    {Condition::orAll({is("status", text("open"), true), is("status", text("open"), false)}),
                     is("status", text("open"), true)})
                    .empty());
    }

    void hugeRulesAreSkippedNotEnumerated()
    {
        std::vector<Condition> conditions;
        for (int i = 0; i < 60; ++i)
            conditions.push_back(is(("f-" + std::to_string(i)).c_str(), text("x"), true));
        conditions.push_back(is("f-0", text("x"), true)); // would be shadowed, but the table is too big
        QVERIFY(lintConditions(conditions).empty());
    }

    void requiredAndHiddenGivesAnExampleCase()
    {
        DomainSnapshot s = realisticSnapshot();
        templateById(s, "t-general").rules->push_back(attach("cr-resolution", "f-escalation"));
        const auto findings = lintTemplate(templateById(s, "t-general"), s, "/templates/0");
        QCOMPARE(summary(findings),
                 std::vector<std::string>{"lint.template.required-and-hidden@/templates/0/rules/1"});
        const std::string &message = findings[0].message;
        QVERIFY(
            message.find("field 'Escalation reason' can be required (rule 'Resolution notes required when "
                         "closed') and hidden (rule 'Escalation reason shown for urgent or VIP cases')") !=
            std::string::npos);
        QVERIFY(message.find("for example when 'Priority' is empty, 'VIP customer' is empty and 'Status' is "
                             "\"closed\"") != std::string::npos);
    }

    void hiddenRuleThatCannotHideIsNoConflict()
    {
        DomainSnapshot s = realisticSnapshot();
        // Hidden only when the priority is both high and low: never.
        s.caseRules.push_back(makeBooleanRule("cr-never", "Never hidden", K::Hidden, false,
                                              {Condition::andAll({is("f-priority", text("high"), true),
                                                                  is("f-priority", text("low"), true)})}));
        templateById(s, "t-general").rules->push_back(attach("cr-never", "title"));
        const auto findings = lintTemplate(templateById(s, "t-general"), s);
        QVERIFY(findings.empty());
    }
};

QTEST_APPLESS_MAIN(TestLintAnalysis)
#include "test_lint_analysis.moc"
