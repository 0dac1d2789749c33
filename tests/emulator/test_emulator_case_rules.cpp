// The case-rule operations of the emulator, driven in-process: listing with pagination, batch
// reads, creation with validation, updates, soft deletes and the in-use conflict.
#include "service_fixture.h"

#include <QtTest>

using namespace cw;
using namespace cw::emu;
using cw::emu::testing::ServiceFixture;

namespace {
Json requiredRule(const std::string &fieldId, const Json &operandTwo)
{
    return {{"required",
             {{"defaultValue", false},
              {"conditions", Json::array({{{"equalTo",
                                            {{"operandOne", {{"fieldId", fieldId}}},
                                             {"operandTwo", operandTwo},
                                             {"result", true}}}}})}}}};
}

Json comparison(const std::string &fieldId)
{
    return {{"equalTo",
             {{"operandOne", {{"fieldId", fieldId}}},
              {"operandTwo", {{"stringValue", "open"}}},
              {"result", true}}}};
}

Json compound(const char *kind, Json children)
{
    return {{kind, {{"conditions", std::move(children)}}}};
}

Json hiddenWithAll(Json conditions)
{
    return {{"hidden", {{"defaultValue", true}, {"conditions", std::move(conditions)}}}};
}

Json hiddenWith(Json condition)
{
    return hiddenWithAll(Json::array({std::move(condition)}));
}

// The sample's Category (parent) and Subcategory (child) fields, both single-select.
const char kCategory[] = "494a2506-681f-5d8b-9091-d436305b9d66";
const char kSubcategory[] = "ee84b1cd-0952-5c83-b7e1-64c2886bf74a";

Json optionsRule(const char *parent, Json mappings)
{
    return {{"fieldOptions",
             {{"parentFieldId", parent},
              {"childFieldId", kSubcategory},
              {"parentChildFieldOptionsMappings", std::move(mappings)}}}};
}

std::vector<std::string> idsOf(const Json &items, const char *member)
{
    std::vector<std::string> ids;
    for (const Json &item : items)
        ids.push_back(item[member].get<std::string>());
    return ids;
}

std::vector<std::string> liveRuleIds(const DomainSnapshot &snapshot)
{
    std::vector<std::string> ids;
    for (const CaseRule &rule : snapshot.caseRules)
        if (!rule.isDeleted())
            ids.push_back(rule.caseRuleId);
    return ids;
}
} // namespace

class TestEmulatorCaseRules : public QObject {
    Q_OBJECT

private slots:
    void listWalksEveryPageWithTokens()
    {
        ServiceFixture fixture(3);
        std::vector<std::string> seen;
        std::string token;
        int pages = 0;
        do {
            QueryParameters query = {{"maxResults", "50"}};
            if (!token.empty())
                query.emplace_back("nextToken", token);
            const ApiResponse page =
                fixture.call("POST", ServiceFixture::domainPath("/rules-list/"), Json(), query);
            QCOMPARE(page.status, 200);
            QVERIFY(page.body["caseRules"].size() <= 3);
            for (const std::string &id : idsOf(page.body["caseRules"], "caseRuleId"))
                seen.push_back(id);
            token = page.body.value("nextToken", std::string());
            ++pages;
        } while (!token.empty() && pages < 20);
        QVERIFY(pages >= 3);
        QCOMPARE(seen, liveRuleIds(fixture.snapshot()));
    }

    void summariesCarryTheRuleType()
    {
        ServiceFixture fixture;
        const ApiResponse list = fixture.call("POST", ServiceFixture::domainPath("/rules-list/"));
        const Json &first = list.body["caseRules"][0];
        const CaseRule &rule = fixture.snapshot().caseRules.front();
        QCOMPARE(first["caseRuleArn"].get<std::string>(), rule.caseRuleArn);
        const std::string expected = rule.rule.kind == RuleDetails::Kind::Required ? "Required"
                                     : rule.rule.kind == RuleDetails::Kind::Hidden ? "Hidden"
                                                                                   : "FieldOptions";
        QCOMPARE(first["ruleType"].get<std::string>(), expected);
    }

    void maxResultsOutOfRangeIsAValidationError_data()
    {
        QTest::addColumn<QString>("maxResults");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("101") << QStringLiteral("101");
        QTest::newRow("word") << QStringLiteral("ten");
        QTest::newRow("negative") << QStringLiteral("-1");
    }

    void maxResultsOutOfRangeIsAValidationError()
    {
        QFETCH(QString, maxResults);
        ServiceFixture fixture;
        const ApiResponse response = fixture.call("POST", ServiceFixture::domainPath("/rules-list/"), Json(),
                                                  {{"maxResults", maxResults.toStdString()}});
        QCOMPARE(response.status, 400);
        QCOMPARE(response.errorType(), std::string("ValidationException"));
        QVERIFY(response.body["message"].get<std::string>().find("maxResults") != std::string::npos);
    }

    void batchGetReturnsRulesAndErrors()
    {
        ServiceFixture fixture;
        const CaseRule &known = fixture.snapshot().caseRules.at(1);
        const ApiResponse response =
            fixture.call("POST", ServiceFixture::domainPath("/rules-batch"),
                         {{"caseRules", {{{"id", known.caseRuleId}}, {{"id", "missing"}}}}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body["caseRules"].size(), std::size_t(1));
        QCOMPARE(response.body["caseRules"][0]["name"].get<std::string>(), known.name);
        QCOMPARE(response.body["caseRules"][0]["rule"], wire::writeRuleDetails(known.rule));
        QCOMPARE(response.body["errors"].size(), std::size_t(1));
        QCOMPARE(response.body["errors"][0]["id"].get<std::string>(), std::string("missing"));
        QCOMPARE(response.body["errors"][0]["errorCode"].get<std::string>(),
                 std::string("ResourceNotFoundException"));
        QVERIFY(response.body["unprocessedCaseRules"].empty());
    }

    void batchGetNeedsOneToFiftyIds()
    {
        ServiceFixture fixture;
        QCOMPARE(
            fixture.call("POST", ServiceFixture::domainPath("/rules-batch"), {{"caseRules", Json::array()}})
                .status,
            400);
        Json many = Json::array();
        for (int i = 0; i < 51; ++i)
            many.push_back({{"id", "r" + std::to_string(i)}});
        QCOMPARE(
            fixture.call("POST", ServiceFixture::domainPath("/rules-batch"), {{"caseRules", many}}).status,
            400);
    }

    void createAssignsIdArnAndTimes()
    {
        ServiceFixture fixture;
        const ApiResponse created =
            fixture.call("POST", ServiceFixture::domainPath("/case-rules"),
                         {{"name", "New rule"}, {"rule", requiredRule("status", {{"stringValue", "open"}})}});
        QCOMPARE(created.status, 200);
        const std::string id = created.body["caseRuleId"].get<std::string>();
        QCOMPARE(id, std::string("id-1"));
        QCOMPARE(created.body["caseRuleArn"].get<std::string>(),
                 "arn:aws:cases:us-east-1:123456789012:domain/" +
                     std::string(cw::emu::testing::sampleDomainId()) + "/case-rule/id-1");
        const CaseRule *stored = fixture.snapshot().findRule(id);
        QVERIFY(stored != nullptr);
        QCOMPARE(stored->createdTime.value_or(""), std::string("2026-06-01T00:00:00.001Z"));
        QCOMPARE(stored->lastModifiedTime, stored->createdTime);
        QCOMPARE(stored->deleted, std::optional<bool>(false));
    }

    void invalidRulesAreRejected_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("messagePart");
        const auto row = [](const char *name, const Json &body, const char *part) {
            QTest::newRow(name) << QString::fromStdString(body.dump()) << QString::fromLatin1(part);
        };
        const Json good = requiredRule("status", {{"stringValue", "open"}});
        row("no name", {{"rule", good}}, "name");
        row("empty name", {{"name", ""}, {"rule", good}}, "name");
        row("trailing space", {{"name", "Rule "}, {"rule", good}}, "white space");
        row("101 characters", {{"name", std::string(101, 'r')}, {"rule", good}}, "100");
        row("long description", {{"name", "R"}, {"description", std::string(256, 'd')}, {"rule", good}},
            "255");
        row("no rule", {{"name", "R"}}, "rule");
        row("two rule types",
            {{"name", "R"}, {"rule", {{"required", good["required"]}, {"hidden", good["required"]}}}}, "");
        row("unknown type", {{"name", "R"}, {"rule", {{"mandatory", Json::object()}}}}, "mandatory");
        row("no conditions", {{"name", "R"}, {"rule", {{"required", {{"defaultValue", true}}}}}},
            "conditions");
        row("unknown field", {{"name", "R"}, {"rule", requiredRule("nope", {{"stringValue", "x"}})}}, "nope");
        row("empty string operand", {{"name", "R"}, {"rule", requiredRule("status", {{"stringValue", ""}})}},
            "stringValue");
        // The project validator's reading: the rule's conditions are level 1, a group's level 2.
        row("group in a group",
            {{"name", "R"},
             {"rule", hiddenWith(compound(
                          "andAll", {compound("orAll", {compound("andAll", {comparison("status")})})}))}},
            "levels");
        row("six comparisons",
            {{"name", "R"},
             {"rule", hiddenWith(compound("orAll", {comparison("status"), comparison("status"),
                                                    comparison("status"), comparison("status"),
                                                    comparison("status"), comparison("title")}))}},
            "at most 5");
        row("no mappings", {{"name", "R"}, {"rule", optionsRule(kCategory, Json::array())}}, "mapping");
        Json mappings = Json::array();
        for (int i = 0; i < 201; ++i)
            mappings.push_back(
                {{"parentFieldOptionValue", "billing"}, {"childFieldOptionValues", Json::array({"refund"})}});
        row("201 mappings", {{"name", "R"}, {"rule", optionsRule(kCategory, mappings)}}, "200");
        row("unknown parent field",
            {{"name", "R"}, {"rule", optionsRule("nope", Json::array({mappings[0]}))}}, "nope");
        row("unknown child value",
            {{"name", "R"},
             {"rule",
              optionsRule(
                  kCategory,
                  Json::parse(
                      R"([{"parentFieldOptionValue":"billing","childFieldOptionValues":["nope"]}])"))}},
            "nope");
    }

    void invalidRulesAreRejected()
    {
        QFETCH(QString, body);
        QFETCH(QString, messagePart);
        ServiceFixture fixture;
        const std::size_t before = fixture.snapshot().caseRules.size();
        const ApiResponse response =
            fixture.call("POST", ServiceFixture::domainPath("/case-rules"), Json::parse(body.toStdString()));
        QCOMPARE(response.status, 400);
        QCOMPARE(response.errorType(), std::string("ValidationException"));
        const std::string message = response.body["message"].get<std::string>();
        QVERIFY2(message.find(messagePart.toStdString()) != std::string::npos, message.c_str());
        QCOMPARE(fixture.snapshot().caseRules.size(), before);
    }

    void fiveConditionsOverTwoLevelsAreAccepted()
    {
        ServiceFixture fixture;
        const Json rule = hiddenWithAll(
            {compound("orAll", {comparison("status"), comparison("status"), comparison("title")}),
             comparison("status"), comparison("status")});
        const ApiResponse created =
            fixture.call("POST", ServiceFixture::domainPath("/case-rules"), {{"name", "R"}, {"rule", rule}});
        QVERIFY2(created.status == 200, created.body.dump().c_str());
        const ApiResponse options =
            fixture.call("POST", ServiceFixture::domainPath("/case-rules"),
                         {{"name", "Options"},
                          {"rule", optionsRule(kCategory, Json::parse(R"([{"parentFieldOptionValue":"billing",
                                                        "childFieldOptionValues":["refund","invoice"]}])"))}});
        QVERIFY2(options.status == 200, options.body.dump().c_str());
    }

    void updateChangesOnlyWhatIsSentAndBumpsTheTime()
    {
        ServiceFixture fixture;
        const CaseRule before = fixture.snapshot().caseRules.front();
        const std::string path = ServiceFixture::domainPath("/case-rules/" + before.caseRuleId);
        const ApiResponse updated =
            fixture.call("PUT", path, {{"name", "Renamed"}, {"description", nullptr}});
        QCOMPARE(updated.status, 200);
        const CaseRule *after = fixture.snapshot().findRule(before.caseRuleId);
        QCOMPARE(after->name, std::string("Renamed"));
        QCOMPARE(after->description, before.description);
        QCOMPARE(wire::writeRuleDetails(after->rule), wire::writeRuleDetails(before.rule));
        QCOMPARE(after->createdTime, before.createdTime);
        QCOMPARE(after->lastModifiedTime.value_or(""), std::string("2026-06-01T00:00:00.001Z"));
        QCOMPARE(fixture.call("PUT", path, Json::object()).status, 400);
        QCOMPARE(
            fixture.call("PUT", ServiceFixture::domainPath("/case-rules/missing"), {{"name", "X"}}).status,
            404);
    }

    void deleteIsSoftAndRefusedWhileATemplateUsesTheRule()
    {
        ServiceFixture fixture;
        // The sample's first template attaches its first rule.
        const std::string ruleId = fixture.snapshot().templates.front().rules->front().caseRuleId;
        const std::string path = ServiceFixture::domainPath("/case-rules/" + ruleId);
        const ApiResponse inUse = fixture.call("DELETE", path);
        QCOMPARE(inUse.status, 409);
        QCOMPARE(inUse.errorType(), std::string("ConflictException"));

        for (CaseTemplate &caseTemplate : fixture.snapshot().templates)
            caseTemplate.rules.reset();
        QCOMPARE(fixture.call("DELETE", path).status, 200);
        const ApiResponse list = fixture.call("POST", ServiceFixture::domainPath("/rules-list/"));
        const auto listed = idsOf(list.body["caseRules"], "caseRuleId");
        QVERIFY(std::find(listed.begin(), listed.end(), ruleId) == listed.end());
        const ApiResponse read = fixture.call("POST", ServiceFixture::domainPath("/rules-batch"),
                                              {{"caseRules", {{{"id", ruleId}}}}});
        QCOMPARE(read.body["caseRules"][0]["deleted"], Json(true));
        QCOMPARE(fixture.call("DELETE", path).status, 200);                  // idempotent
        QCOMPARE(fixture.call("PUT", path, {{"name", "Back"}}).status, 400); // a deleted rule stays deleted
    }

    void unknownDomainOrRuleIsResourceNotFound()
    {
        ServiceFixture fixture;
        const ApiResponse domain = fixture.call("POST", "/domains/nope/rules-list/");
        QCOMPARE(domain.status, 404);
        QCOMPARE(domain.errorType(), std::string("ResourceNotFoundException"));
        QCOMPARE(domain.body["resourceId"], Json("nope"));
        QCOMPARE(domain.body["resourceType"], Json("Domain"));
        const ApiResponse rule = fixture.call("DELETE", ServiceFixture::domainPath("/case-rules/nope"));
        QCOMPARE(rule.body["resourceType"], Json("CaseRule"));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorCaseRules)
#include "test_emulator_case_rules.moc"
