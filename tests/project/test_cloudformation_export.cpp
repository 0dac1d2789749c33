// CloudFormation export: AWS::Cases::CaseRule for what CloudFormation can express (required/hidden
// rules with equalTo/notEqualTo), a warning for everything left out, templates that attach the
// exported rules through Fn::GetAtt, and the domain id as a parameter.
#include "project/cloudformation_export.h"
#include "project_test_support.h"

#include <QTest>

using namespace cw;
using namespace cw::project;
using namespace cw::projecttest;

namespace {
std::vector<std::string> resourcesOfType(const Json &document, const std::string &type)
{
    std::vector<std::string> ids;
    for (auto it = document["Resources"].begin(); it != document["Resources"].end(); ++it)
        if (it.value()["Type"] == type)
            ids.push_back(it.key());
    return ids;
}

std::size_t countContaining(const std::vector<std::string> &warnings, const std::string &part)
{
    return std::size_t(std::count_if(warnings.begin(), warnings.end(), [&](const std::string &w) {
        return w.find(part) != std::string::npos;
    }));
}

std::string joined(const std::vector<std::string> &items)
{
    std::string text;
    for (const std::string &item : items)
        text += item + "\n";
    return text;
}
} // namespace

class TestCloudFormationExport : public QObject {
    Q_OBJECT

    DomainSnapshot m_sample;
    CloudFormationExport m_export;

private slots:
    void initTestCase()
    {
        auto sample = loadSample();
        QVERIFY2(sample, describe(sample));
        m_sample = std::move(sample).value();
        m_export = exportCloudFormation(m_sample);
    }

    void documentSkeleton()
    {
        const Json &document = m_export.document;
        COMPARE_STR(document["AWSTemplateFormatVersion"].get<std::string>(), std::string("2010-09-09"));
        QVERIFY(document["Description"].get<std::string>().find("Support Centre") != std::string::npos);
        const Json &parameter = document["Parameters"]["DomainId"];
        COMPARE_STR(parameter["Type"].get<std::string>(), std::string("String"));
        COMPARE_STR(parameter["Default"].get<std::string>(), kDomainId);
        // Every resource refers to the parameter, never to a literal domain id.
        for (auto it = document["Resources"].begin(); it != document["Resources"].end(); ++it)
            COMPARE_JSON(it.value()["Properties"]["DomainId"], (Json{{"Ref", "DomainId"}}));
        QVERIFY(toJsonText(document).find("\"" + kDomainId + "\"") ==
                toJsonText(document).rfind("\"" + kDomainId + "\""));
    }

    void exportsOnlyExpressibleRules()
    {
        const auto rules = resourcesOfType(m_export.document, "AWS::Cases::CaseRule");
        // 5 of the 10 sample rules: the two fieldOptions rules and the three with andAll/orAll are out.
        QCOMPARE(rules.size(), std::size_t(5));
        const std::set<std::string> ids(rules.begin(), rules.end());
        for (const char *id :
             {"RuleResolutionNotesRequiredWhenClosed", "RuleRefundAmountShownForBillingOnly",
              "RuleFollowUpDateHiddenWhenNothingIsDue", "RuleEscalatedToRequiredForAssignedVIPCases",
              "RuleOrderNumberRequiredWhenAChannelIsSet"})
            QVERIFY2(ids.count(id) == 1, id);
    }

    void requiredRuleShape()
    {
        const Json &resource = m_export.document["Resources"]["RuleResolutionNotesRequiredWhenClosed"];
        const Json &properties = resource["Properties"];
        COMPARE_STR(properties["Name"].get<std::string>(),
                    std::string("Resolution notes required when closed"));
        COMPARE_STR(properties["Description"].get<std::string>(),
                    *m_sample.findRule(kResolutionNotesRule)->description);
        const Json expectedRule = {
            {"Required",
             {{"DefaultValue", false},
              {"Conditions", Json::array({{{"EqualTo",
                                            {{"OperandOne", {{"FieldId", "status"}}},
                                             {"OperandTwo", {{"StringValue", "closed"}}},
                                             {"Result", true}}}}})}}}};
        COMPARE_JSON(properties["Rule"], expectedRule);
        COMPARE_JSON(properties["Tags"], Json::array({{{"Key", "owner"}, {"Value", "support-ops"}}}));
        // No service metadata and no camelCase member leaks into CloudFormation.
        const std::string text = properties.dump();
        for (const char *key :
             {"caseRuleId", "caseRuleArn", "equalTo", "operandOne", "defaultValue", "createdTime"})
            QVERIFY2(text.find(key) == std::string::npos, key);
    }

    void hiddenRuleWithNotEqualTo()
    {
        const Json &rule =
            m_export.document["Resources"]["RuleRefundAmountShownForBillingOnly"]["Properties"]["Rule"];
        QVERIFY(rule.contains("Hidden") && !rule.contains("Required"));
        const Json &condition = rule["Hidden"]["Conditions"][0];
        QVERIFY(condition.contains("NotEqualTo"));
        COMPARE_STR(condition["NotEqualTo"]["OperandOne"]["FieldId"].get<std::string>(), kCategoryField);
        COMPARE_JSON(condition["NotEqualTo"]["OperandTwo"], (Json{{"StringValue", "billing"}}));
        COMPARE_JSON(rule["Hidden"]["DefaultValue"], Json(false));
    }

    void operandKinds()
    {
        const Json &followUp = m_export.document["Resources"]["RuleFollowUpDateHiddenWhenNothingIsDue"]
                                                ["Properties"]["Rule"]["Hidden"];
        QCOMPARE(followUp["Conditions"].size(), std::size_t(2));
        const Json &doubleOperand = followUp["Conditions"][1]["EqualTo"]["OperandTwo"];
        QVERIFY(doubleOperand.contains("DoubleValue"));
        QCOMPARE(doubleOperand["DoubleValue"].get<double>(), 0.0);
        const Json &vip = m_export.document["Resources"]["RuleEscalatedToRequiredForAssignedVIPCases"]
                                           ["Properties"]["Rule"]["Required"];
        COMPARE_JSON(vip["Conditions"][0]["EqualTo"]["OperandTwo"], (Json{{"EmptyValue", Json::object()}}));
        COMPARE_JSON(vip["Conditions"][0]["EqualTo"]["Result"], Json(false));
        COMPARE_JSON(vip["Conditions"][1]["EqualTo"]["OperandTwo"], (Json{{"BooleanValue", true}}));
    }

    void warningsForWhatIsLeftOut()
    {
        const auto &warnings = m_export.warnings;
        QCOMPARE(countContaining(warnings, "field-options rule"), std::size_t(2));
        QVERIFY2(countContaining(warnings, "\"Subcategories by category\"") >= 1, joined(warnings).c_str());
        QCOMPARE(countContaining(warnings, "andAll/orAll"), std::size_t(3));
        QVERIFY2(countContaining(warnings,
                                 "\"Knowledge article required for technical fixes\" uses andAll/orAll") == 1,
                 joined(warnings).c_str());
        // Attachments of skipped rules: Customer support loses 4, Billing dispute 3, Complaint none.
        QCOMPARE(countContaining(warnings, "template \"Customer support\" loses"), std::size_t(4));
        QCOMPARE(countContaining(warnings, "template \"Billing dispute\" loses"), std::size_t(3));
        QCOMPARE(countContaining(warnings, "template \"Complaint (legacy)\""), std::size_t(0));
        QCOMPARE(warnings.size(), std::size_t(12));
    }

    void templatesAttachRulesThroughGetAtt()
    {
        const auto templates = resourcesOfType(m_export.document, "AWS::Cases::Template");
        QCOMPARE(templates.size(), std::size_t(3));
        const Json &support = m_export.document["Resources"]["TemplateCustomerSupport"]["Properties"];
        COMPARE_STR(support["Name"].get<std::string>(), std::string("Customer support"));
        COMPARE_STR(support["Status"].get<std::string>(), std::string("Active"));
        QVERIFY(support["LayoutConfiguration"].contains("DefaultLayout"));
        QCOMPARE(support["RequiredFields"].size(), std::size_t(3));
        QVERIFY(support["RequiredFields"][0].contains("FieldId"));
        // 8 attachments in the sample, 4 of rules that are not exported.
        QCOMPARE(support["Rules"].size(), std::size_t(4));
        COMPARE_JSON(
            support["Rules"][0],
            (Json{{"CaseRuleId", {{"Fn::GetAtt", {"RuleResolutionNotesRequiredWhenClosed", "CaseRuleId"}}}},
                  {"FieldId", kResolutionNotesField}}));
        // Every GetAtt names a CaseRule resource of this document.
        const auto rules = resourcesOfType(m_export.document, "AWS::Cases::CaseRule");
        for (const std::string &name : templates)
            for (const Json &attachment : m_export.document["Resources"][name]["Properties"]["Rules"]) {
                const Json &getAtt = attachment["CaseRuleId"]["Fn::GetAtt"];
                QVERIFY(getAtt.is_array() && getAtt.size() == 2 && getAtt[1] == "CaseRuleId");
                QVERIFY2(std::count(rules.begin(), rules.end(), getAtt[0].get<std::string>()) == 1,
                         getAtt.dump().c_str());
            }
        const Json &complaint = m_export.document["Resources"]["TemplateComplaintLegacy"]["Properties"];
        COMPARE_STR(complaint["Status"].get<std::string>(), std::string("Inactive"));
        QCOMPARE(complaint["Rules"].size(), std::size_t(1));
    }

    void newLocalRulesAreReferencedToo()
    {
        // The working snapshot of a project: a new rule and a new template with "local:" ids.
        DomainSnapshot working = m_sample;
        CaseRule rule = requiredRule("Title required when open", kStatusField, "open");
        rule.caseRuleId = "local:title-required-when-open";
        working.caseRules.push_back(rule);
        CaseTemplate caseTemplate = simpleTemplate("Returns", {rule.caseRuleId}, kTitleField);
        caseTemplate.templateId = "local:returns";
        working.templates.push_back(caseTemplate);
        const CloudFormationExport exported = exportCloudFormation(working);
        const Json &returns = exported.document["Resources"]["TemplateReturns"]["Properties"];
        COMPARE_JSON(returns["Rules"][0]["CaseRuleId"],
                     (Json{{"Fn::GetAtt", {"RuleTitleRequiredWhenOpen", "CaseRuleId"}}}));
        QVERIFY(exported.document.dump().find("local:") == std::string::npos);
    }

    void deletedEntitiesAndUnknownRuleKinds()
    {
        DomainSnapshot snapshot = m_sample;
        for (CaseRule &rule : snapshot.caseRules)
            if (rule.caseRuleId == kResolutionNotesRule)
                rule.deleted = true;
        for (CaseTemplate &caseTemplate : snapshot.templates)
            if (caseTemplate.templateId == kComplaintTemplate)
                caseTemplate.deleted = true;
        CaseRule unknown = requiredRule("From the future", kStatusField, "open");
        unknown.caseRuleId = "eeeeeeee-0000-0000-0000-000000000001";
        unknown.rule.kind = RuleDetails::Kind::Unknown;
        unknown.rule.unknownKey = "mandatoryIf";
        snapshot.caseRules.push_back(unknown);
        const CloudFormationExport exported = exportCloudFormation(snapshot);
        const Json &resources = exported.document["Resources"];
        QVERIFY(!resources.contains("RuleResolutionNotesRequiredWhenClosed"));
        QVERIFY(!resources.contains("TemplateComplaintLegacy"));
        QVERIFY(!resources.contains("RuleFromTheFuture"));
        QCOMPARE(countContaining(exported.warnings, "\"From the future\" has a kind"), std::size_t(1));
        // The deleted rule's attachments are now reported as lost.
        QVERIFY2(countContaining(exported.warnings,
                                 "loses its attachment of rule \"Resolution notes required when closed\"") ==
                     2,
                 joined(exported.warnings).c_str());
    }

    void equalLogicalIdsAreNumbered()
    {
        DomainSnapshot snapshot;
        snapshot.domainId = kDomainId;
        for (int i = 0; i < 3; ++i) {
            CaseRule rule = requiredRule(i == 2 ? "title-required" : "Title required", kStatusField, "open");
            rule.caseRuleId = "id-" + std::to_string(i);
            snapshot.caseRules.push_back(rule);
        }
        CaseTemplate caseTemplate = simpleTemplate("T", {"id-0", "id-1", "id-2"}, kTitleField);
        caseTemplate.templateId = "t";
        snapshot.templates.push_back(caseTemplate);
        const CloudFormationExport exported = exportCloudFormation(snapshot);
        const auto rules = resourcesOfType(exported.document, "AWS::Cases::CaseRule");
        const std::set<std::string> ids(rules.begin(), rules.end());
        QVERIFY(
            (ids == std::set<std::string>{"RuleTitleRequired", "RuleTitleRequired2", "RuleTitleRequired3"}));
        // Each attachment points at its own rule.
        std::set<std::string> targets;
        for (const Json &attachment : exported.document["Resources"]["TemplateT"]["Properties"]["Rules"])
            targets.insert(attachment["CaseRuleId"]["Fn::GetAtt"][0].get<std::string>());
        QVERIFY(targets == ids);
        QVERIFY(exported.warnings.empty());
    }

    void logicalIdBehaviour()
    {
        COMPARE_STR(logicalId("Rule", "Resolution notes required when closed"),
                    std::string("RuleResolutionNotesRequiredWhenClosed"));
        COMPARE_STR(logicalId("Template", "Complaint (legacy)"), std::string("TemplateComplaintLegacy"));
        COMPARE_STR(logicalId("Rule", "VIP customer"), std::string("RuleVIPCustomer")); // capitals kept
        COMPARE_STR(logicalId("Rule", "response 24h target"), std::string("RuleResponse24hTarget"));
        COMPARE_STR(logicalId("Rule", "snake_case-and.dots"), std::string("RuleSnakeCaseAndDots"));
        COMPARE_STR(logicalId("Rule", ""), std::string("Rule"));
        COMPARE_STR(logicalId("Rule", "\u00e9t\u00e9 !"), std::string("RuleT"));
        const std::string id = logicalId("Rule", std::string(400, 'x'));
        QCOMPARE(id.size(), std::size_t(255));
        for (const char c : logicalId("Rule", "A-b c/d:e\u00fcf 9"))
            QVERIFY((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }
};

QTEST_GUILESS_MAIN(TestCloudFormationExport)
#include "test_cloudformation_export.moc"
