// Rules and templates far beyond the service's limits, and names no one would type (issue #18):
// every message stays short and escaped, and a count over a hard limit is reported once, without
// the checks whose cost grows with the count.

#include "common/user_text.h"
#include "snapshot_fixture.h"
#include "validation/finding_codes.h"
#include "validation/lint.h"

#include <QElapsedTimer>
#include <QTest>
#include <algorithm>

using namespace cw;
using namespace cw::test;

namespace {

bool hasRawControlByte(const std::string &text)
{
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F;
    });
}

std::size_t totalText(const std::vector<Finding> &findings)
{
    std::size_t size = 0;
    for (const Finding &finding : findings)
        size += finding.toString().size();
    return size;
}

std::vector<Finding> withCode(const std::vector<Finding> &findings, std::string_view code)
{
    std::vector<Finding> found;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(found),
                 [&](const Finding &finding) { return finding.code == code; });
    return found;
}

std::vector<Finding> about(const std::vector<Finding> &findings, const std::string &pointerPrefix)
{
    std::vector<Finding> found;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(found),
                 [&](const Finding &finding) { return finding.where.pointer.rfind(pointerPrefix, 0) == 0; });
    return found;
}

// The snapshot's checks, with a watchdog far above the expected milliseconds: the point is that
// the cost is linear, not a tight timing bound.
std::vector<Finding> checkWithin(const DomainSnapshot &snapshot, qint64 &elapsed)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<Finding> findings = checkSnapshot(snapshot, "snapshot.json");
    elapsed = timer.elapsed();
    return findings;
}

Condition statusIs(const std::string &value, bool result)
{
    return Condition::equalTo("status", Value::string(value), result);
}

} // namespace

class TestHostileRules : public QObject {
    Q_OBJECT
private slots:
    void hugeNameIsQuotedElided()
    {
        DomainSnapshot s = realisticSnapshot();
        ruleById(s, "cr-resolution").name = std::string(5'000'000, 'N');
        templateById(s, "t-general").description = std::string(5'000'000, 'D');
        const std::vector<Finding> findings = checkSnapshot(s, "snapshot.json");
        const auto length = withCode(findings, codes::RuleNameLength);
        QCOMPARE(length.size(), std::size_t(1));
        QVERIFY2(length.front().message.find("\u2026(5,000,000 characters)") != std::string::npos,
                 length.front().message.c_str());
        QVERIFY(!withCode(findings, codes::TemplateDescriptionLength).empty());
        // Every finding that names the rule (its own, the templates' attachments) stays short.
        for (const Finding &finding : findings)
            QVERIFY2(finding.toString().size() < 2 * kMessageLimit, finding.code.c_str());
        QVERIFY(totalText(findings) < 64 * 1024);
    }

    void controlCharactersNeverReachTheText()
    {
        DomainSnapshot s = realisticSnapshot();
        ruleById(s, "cr-resolution").name = std::string("Notes \x1b[31mred\x1b[0m\0!", 20);
        conditionsOf(s, "cr-resolution")
            .push_back(Condition::equalTo("f-\x1b]0;title\x07", Value::string("\x1b[2J"), true));
        fieldById(s, "summary").description = "\u202eemus";
        const std::vector<Finding> findings = checkSnapshot(s, "snapshot.json");
        QVERIFY(!withCode(findings, codes::ReferenceFieldUnknown).empty());
        QCOMPARE(withCode(findings, codes::LintTextControlCharacter).size(), std::size_t(2));
        for (const Finding &finding : findings) {
            QVERIFY2(!hasRawControlByte(finding.message), finding.message.c_str());
            QVERIFY2(!hasRawControlByte(finding.toString()), finding.code.c_str());
            QVERIFY(finding.toString().find("\u202e") == std::string::npos);
        }
        const auto unknown = withCode(findings, codes::ReferenceFieldUnknown).front();
        QVERIFY2(unknown.message.find("f-\\x1b]0;title\\x07") != std::string::npos, unknown.message.c_str());
    }

    void hundredThousandConditionsAreOneFinding()
    {
        DomainSnapshot s = realisticSnapshot();
        std::vector<Condition> &conditions = conditionsOf(s, "cr-resolution");
        for (int i = 0; i < 100'000; ++i) // each also names an unknown field: not reported one by one
            conditions.push_back(
                Condition::equalTo("f-unknown-" + std::to_string(i), Value::string("x"), i % 2));
        qint64 elapsed = 0;
        const std::vector<Finding> findings = checkWithin(s, elapsed);
        qInfo("100,000 conditions: %lld ms", elapsed);
        QVERIFY2(elapsed < 10'000, "watchdog");
        const auto rule = about(findings, "/caseRules/0/");
        QCOMPARE(rule.size(), std::size_t(1));
        QCOMPARE(rule.front().code, std::string(codes::RuleConditionsTooMany));
        QVERIFY(rule.front().message.find("100001 conditions") != std::string::npos);
        QVERIFY(totalText(findings) < 64 * 1024);
    }

    void groupsOverTheLimitAreNotAnalysed()
    {
        DomainSnapshot s = realisticSnapshot();
        Condition group;
        group.kind = Condition::Kind::OrAll;
        for (int i = 0; i < 50'000; ++i)
            group.children.push_back(statusIs("v" + std::to_string(i), true));
        conditionsOf(s, "cr-resolution") = {group, group};
        qint64 elapsed = 0;
        const std::vector<Finding> findings = checkWithin(s, elapsed);
        qInfo("two groups of 50,000: %lld ms", elapsed);
        QVERIFY2(elapsed < 10'000, "watchdog");
        const auto rule = about(findings, "/caseRules/0/");
        QCOMPARE(rule.size(), std::size_t(1));
        QCOMPARE(rule.front().code, std::string(codes::RuleConditionsTooMany));
    }

    void countsOverOtherLimitsAreOneFindingEach()
    {
        DomainSnapshot s = realisticSnapshot();
        FieldOptionsRule &options = optionsRuleOf(s, "cr-subcategory");
        for (int i = 0; i < 200'000; ++i)
            options.mappings.push_back(OptionsMapping{"unknown-" + std::to_string(i), {"x", "x"}});
        CaseTemplate &general = templateById(s, "t-general");
        for (int i = 0; i < 100'000; ++i) {
            general.rules->push_back(attach("cr-missing-" + std::to_string(i), "f-missing"));
            general.requiredFields->push_back(
                RequiredField{"f-missing-" + std::to_string(i), Json::object()});
        }
        qint64 elapsed = 0;
        const std::vector<Finding> findings = checkWithin(s, elapsed);
        qInfo("200,000 mappings, 100,000 attachments and required fields: %lld ms", elapsed);
        QVERIFY2(elapsed < 10'000, "watchdog");
        const auto rule = about(findings, "/caseRules/4/");
        QCOMPARE(rule.size(), std::size_t(1));
        QCOMPARE(rule.front().code, std::string(codes::RuleOptionsMappingsTooMany));
        const auto general0 = about(findings, "/templates/0/");
        QCOMPARE(general0.size(), std::size_t(2));
        QVERIFY(!withCode(general0, codes::TemplateRulesTooMany).empty());
        QVERIFY(!withCode(general0, codes::TemplateRequiredFieldsTooMany).empty());
        QVERIFY(totalText(findings) < 64 * 1024);
    }

    void childValuesOverTheLimitSkipOnlyThatMapping()
    {
        DomainSnapshot s = realisticSnapshot();
        FieldOptionsRule &options = optionsRuleOf(s, "cr-subcategory");
        options.mappings[0].childValues.assign(300'000, "not-an-option");
        options.mappings[1].childValues.push_back("not-an-option-either");
        const std::vector<Finding> findings = checkSnapshot(s, "snapshot.json");
        const auto rule = about(findings, "/caseRules/4/");
        QCOMPARE(withCode(rule, codes::RuleOptionsChildValuesTooMany).size(), std::size_t(1));
        QCOMPARE(withCode(rule, codes::RuleOptionsChildValueUnknown).size(), std::size_t(1)); // mapping 1's
        QVERIFY(totalText(findings) < 64 * 1024);
    }
};

QTEST_APPLESS_MAIN(TestHostileRules)
#include "test_hostile_rules.moc"
