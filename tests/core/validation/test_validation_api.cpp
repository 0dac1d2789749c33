// The public API's conventions: a clean snapshot is clean, findings carry file/pointer/entity,
// document order with errors first, the single-entity variants and their pointer prefixes.

#include "code_cases.h"
#include "snapshot_fixture.h"
#include "validation/finding_codes.h"
#include "validation/lint.h"
#include "wire/wire_json.h"

#include <QTest>

using namespace cw;
using namespace cw::test;

namespace {

std::vector<std::string> codesOf(const std::vector<Finding> &findings)
{
    std::vector<std::string> codes;
    for (const Finding &finding : findings)
        codes.push_back(finding.code);
    return codes;
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

// Five problems spread over the document, listed here out of document order.
DomainSnapshot snapshotWithProblemsEverywhere()
{
    DomainSnapshot s = realisticSnapshot();
    templateById(s, "t-general").rules->push_back(attach("cr-resolution", "f-escalation")); // lint
    conditionsOf(s, "cr-resolution")[0].operand = Value::string("Closed");                  // rule error
    templateById(s, "t-billing").status = "Draft";                                          // template error
    s.fields[2].name = "Summary ";                                                          // field error
    templateById(s, "t-general")
        .rules->erase(templateById(s, "t-general").rules->begin() + 3); // lint: unused
    return s;
}

} // namespace

class TestValidationApi : public QObject {
    Q_OBJECT
private slots:
    void findingsUnderAnEntryAreRelativeToIt()
    {
        const auto at = [](const char *pointer) {
            Finding finding;
            finding.code = pointer;
            finding.where.pointer = pointer;
            return finding;
        };
        const std::vector<Finding> all = {at("/caseRules/2"), at("/caseRules/2/rule/required"),
                                          at("/caseRules/20/name"), at("/templates/2/name"), at("")};
        const std::vector<Finding> under = findingsUnder(all, "/caseRules/2");
        QCOMPARE(under.size(), std::size_t(2));
        QCOMPARE(under[0].where.pointer, std::string(""));
        QCOMPARE(under[1].where.pointer, std::string("/rule/required"));
        QCOMPARE(under[1].code, std::string("/caseRules/2/rule/required")); // the rest is kept
        QCOMPARE(findingsUnder(all, "/caseRules/3").size(), std::size_t(0));
    }

    void realisticSnapshotIsClean()
    {
        const std::vector<Finding> findings = checkSnapshot(realisticSnapshot(), "customer-care.json");
        QVERIFY2(findings.empty(), qPrintable(describeFindings(findings)));
    }

    void realisticSnapshotSurvivesTheWire()
    {
        // The fixture is a document the readers accept, and checking what they read gives the same.
        const auto text = toJsonText(wire::writeSnapshot(realisticSnapshot()));
        const auto json = parseJsonText(text, "customer-care.json");
        QVERIFY(json.ok());
        const auto read = wire::readSnapshot(*json);
        QVERIFY2(read.ok(), read.ok() ? "" : read.error().toString().c_str());
        const std::vector<Finding> findings = checkSnapshot(*read, "customer-care.json");
        QVERIFY2(findings.empty(), qPrintable(describeFindings(findings)));
    }

    void findingsCarryFileEntityAndPointer()
    {
        DomainSnapshot s = realisticSnapshot();
        conditionsOf(s, "cr-resolution")[0].operand = Value::string("Closed");
        const std::vector<Finding> findings = validateSnapshot(s, "domains/care.json");
        QCOMPARE(findings.size(), std::size_t(1));
        const Finding &finding = findings.front();
        QCOMPARE(finding.code, std::string(codes::RuleOperandOptionUnknown));
        QVERIFY(finding.severity == Finding::Severity::Error);
        QCOMPARE(finding.where.file, std::string("domains/care.json"));
        QCOMPARE(finding.where.pointer,
                 std::string("/caseRules/0/rule/required/conditions/0/equalTo/operandTwo/stringValue"));
        QCOMPARE(finding.where.entity, std::string("Resolution notes required when closed (cr-resolution)"));
        // The message names the rule and the field, shows the options and says what to do.
        QVERIFY(contains(finding.message, "Rule 'Resolution notes required when closed'"));
        QVERIFY(contains(finding.message, "'Status'"));
        QVERIFY(contains(finding.message, "\"open\", \"pending\", \"closed\""));
        QVERIFY(contains(finding.message, "pick one of the options"));
        QCOMPARE(finding.toString(),
                 "domains/care.json: /caseRules/0/rule/required/conditions/0/equalTo/operandTwo/stringValue "
                 "(Resolution notes required when closed (cr-resolution)): error: " +
                     finding.message + " [rule.operand.option-unknown]");
    }

    void documentOrderWithErrorsFirst()
    {
        const DomainSnapshot s = snapshotWithProblemsEverywhere();
        const std::vector<Finding> findings = checkSnapshot(s);
        const std::vector<std::string> expected{"field.name.pattern", "template.status.invalid",
                                                "rule.operand.option-unknown",
                                                "lint.template.required-and-hidden", "lint.rule.unused"};
        QCOMPARE(codesOf(findings), expected);
        QCOMPARE(findings[3].where.pointer, std::string("/templates/0/rules/1"));
        QCOMPARE(findings[4].where.pointer, std::string("/caseRules/5"));
    }

    void orderIsStableAcrossRuns()
    {
        const DomainSnapshot s = snapshotWithProblemsEverywhere();
        const std::vector<Finding> first = checkSnapshot(s, "a.json");
        for (int run = 0; run < 3; ++run) {
            const std::vector<Finding> again = checkSnapshot(s, "a.json");
            QCOMPARE(again.size(), first.size());
            for (std::size_t i = 0; i < first.size(); ++i)
                QCOMPARE(again[i].toString(), first[i].toString());
        }
    }

    void checkIsValidateThenLint()
    {
        const DomainSnapshot s = snapshotWithProblemsEverywhere();
        const std::vector<Finding> errors = validateSnapshot(s);
        const std::vector<Finding> warnings = lintSnapshot(s);
        QCOMPARE(errors.size(), std::size_t(3));
        QCOMPARE(warnings.size(), std::size_t(2));
        QVERIFY(hasErrors(errors));
        QVERIFY(!hasErrors(warnings));
        QCOMPARE(checkSnapshot(s).size(), errors.size() + warnings.size());
    }

    void validateRuleUsesThePointerPrefix()
    {
        const DomainSnapshot context = realisticSnapshot();
        CaseRule edited = context.caseRules[1];
        edited.rule.boolean.conditions[0].children[1].fieldId = "f-gone";
        const std::string inner = "/rule/hidden/conditions/0/orAll/conditions/1/equalTo/operandOne/fieldId";

        std::vector<Finding> findings = validateRule(edited, context);
        QCOMPARE(findings.size(), std::size_t(1));
        QCOMPARE(findings[0].code, std::string(codes::ReferenceFieldUnknown));
        QCOMPARE(findings[0].where.pointer, inner);
        QVERIFY(findings[0].where.file.empty());
        QVERIFY(contains(findings[0].message, "condition 1.2"));

        findings = validateRule(edited, context, "/caseRules/1");
        QCOMPARE(findings[0].where.pointer, "/caseRules/1" + inner);
    }

    void validateTemplateUsesThePointerPrefix()
    {
        const DomainSnapshot context = realisticSnapshot();
        CaseTemplate edited = context.templates[1];
        (*edited.rules)[2].caseRuleId = "cr-gone";
        edited.requiredFields->push_back(RequiredField{"f-old-region", Json::object()});

        const std::vector<Finding> findings = validateTemplate(edited, context, "/templates/1");
        QCOMPARE(codesOf(findings),
                 (std::vector<std::string>{"reference.field.deleted", "reference.rule.unknown"}));
        QCOMPARE(findings[0].where.pointer, std::string("/templates/1/requiredFields/2/fieldId"));
        QCOMPARE(findings[1].where.pointer, std::string("/templates/1/rules/2/caseRuleId"));
        QCOMPARE(findings[1].where.entity, std::string("Billing dispute (t-billing)"));
    }

    void unpublishedRuleWithoutIdIsFine()
    {
        const DomainSnapshot context = realisticSnapshot();
        CaseRule draft = context.caseRules[0];
        draft.caseRuleId.clear();
        draft.caseRuleArn.clear();
        QVERIFY(validateRule(draft, context).empty());
        draft.name.clear();
        const std::vector<Finding> findings = validateRule(draft, context);
        QCOMPARE(codesOf(findings), std::vector<std::string>{"rule.name.length"});
        QVERIFY(contains(findings[0].message, "The new rule"));
    }

    void deletedRulesAndTemplatesAreNotChecked()
    {
        DomainSnapshot s = realisticSnapshot();
        ruleById(s, "cr-retired").name = "Old returns rule ";
        conditionsOf(s, "cr-retired")[0].fieldId = "f-gone";
        templateById(s, "t-deleted").status = "Gone";
        templateById(s, "t-deleted").rules->push_back(attach("cr-gone", "f-gone"));
        const std::vector<Finding> findings = checkSnapshot(s);
        QVERIFY2(findings.empty(), qPrintable(describeFindings(findings)));
    }

    void singleEntityLint()
    {
        const DomainSnapshot context = realisticSnapshot();
        CaseRule edited = context.caseRules[0];
        edited.rule.boolean.conditions.push_back(edited.rule.boolean.conditions[0]);
        std::vector<Finding> findings = lintRule(edited, context, "/caseRules/0");
        QCOMPARE(codesOf(findings), std::vector<std::string>{"lint.condition.shadowed"});
        QCOMPARE(findings[0].where.pointer, std::string("/caseRules/0/rule/required/conditions/1"));
        QVERIFY(findings[0].severity == Finding::Severity::Warning);

        CaseTemplate general = context.templates[0];
        general.rules->push_back(TemplateRule{"cr-refund", std::nullopt, Json::object()});
        findings = lintTemplate(general, context);
        QCOMPARE(codesOf(findings), std::vector<std::string>{"lint.template.rule-without-field"});
        QCOMPARE(findings[0].where.pointer, std::string("/rules/5"));
    }

    void unknownKindsSayCasewrightCannotCheckThem()
    {
        DomainSnapshot s = realisticSnapshot();
        Condition newer;
        newer.kind = Condition::Kind::Unknown;
        newer.unknownKey = "greaterThan";
        conditionsOf(s, "cr-approval").push_back(newer);
        const std::vector<Finding> findings = validateSnapshot(s);
        QCOMPARE(findings.size(), std::size_t(1));
        QVERIFY(contains(findings[0].message, "cannot check or evaluate"));
        QVERIFY(contains(findings[0].message, "'greaterThan'"));
    }

    void hasErrorsLooksOnlyAtSeverity()
    {
        std::vector<Finding> findings;
        QVERIFY(!hasErrors(findings));
        findings.push_back(Finding{Finding::Severity::Warning, "lint.rule.unused", "m", {}});
        QVERIFY(!hasErrors(findings));
        findings.push_back(Finding{Finding::Severity::Error, "rule.name.length", "m", {}});
        QVERIFY(hasErrors(findings));
    }
};

QTEST_APPLESS_MAIN(TestValidationApi)
#include "test_validation_api.moc"
