// Request building for every operation: method, path (labels percent-encoded), query, body.
// The expected values are what the AWS SDK for JavaScript v3 (client-connectcases 3.1138.0)
// sends for the same input.
#include "client/api_requests.h"
#include "client_test_support.h"
#include "wire/wire_json.h"

#include <QTest>

using namespace cw;
using namespace cw::net;

namespace {

// A domain id with a space, a slash and a non-ASCII letter: every kind of byte a label encodes.
const std::string kOddId = "d 1/\xC3\xA9";
const QByteArray kOddIdEncoded = "d%201%2F%C3%A9";

std::vector<QueryParameter> query(std::initializer_list<std::pair<const char *, const char *>> pairs)
{
    std::vector<QueryParameter> out;
    for (const auto &[name, value] : pairs)
        out.push_back({name, value});
    return out;
}

CaseRule ruleFrom(const char *json)
{
    auto parsed = wire::readCaseRule(Json::parse(json));
    if (!parsed)
        qFatal("bad test rule: %s", parsed.error().toString().c_str());
    return parsed.value();
}

CaseTemplate templateFrom(const char *json)
{
    auto parsed = wire::readTemplate(Json::parse(json));
    if (!parsed)
        qFatal("bad test template: %s", parsed.error().toString().c_str());
    return parsed.value();
}

void verifyBodiless(const ApiRequest &request)
{
    QVERIFY(!request.body.has_value());
    QVERIFY(request.bodyBytes().isEmpty());
    QVERIFY(request.contentType().isEmpty());
}

} // namespace

class TestApiRequests : public QObject {
    Q_OBJECT
private slots:
    void percentEncodingKeepsOnlyUnreserved()
    {
        QCOMPARE(percentEncode("AZaz09-._~"), QByteArray("AZaz09-._~"));
        QCOMPARE(percentEncode("a b/c+d=e&f?g#h%i"), QByteArray("a%20b%2Fc%2Bd%3De%26f%3Fg%23h%25i"));
        QCOMPARE(percentEncode("!'()*"), QByteArray("%21%27%28%29%2A"));
        QCOMPARE(percentEncode("\xE2\x82\xAC"), QByteArray("%E2%82%AC")); // euro sign, uppercase hex
        QCOMPARE(percentEncode(kOddId), kOddIdEncoded);
    }

    void listDomains()
    {
        const ApiRequest request = listDomainsRequest({5, "a b/c+"});
        QCOMPARE(request.operation, std::string("ListDomains"));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/domains-list"));
        QCOMPARE(request.query, query({{"maxResults", "5"}, {"nextToken", "a b/c+"}}));
        QCOMPARE(request.encodedQuery(), QByteArray("maxResults=5&nextToken=a%20b%2Fc%2B"));
        QCOMPARE(request.target(), QByteArray("/domains-list?maxResults=5&nextToken=a%20b%2Fc%2B"));
        verifyBodiless(request);
    }

    void listWithoutPagingHasNoQuery()
    {
        const ApiRequest request = listDomainsRequest();
        QVERIFY(request.query.empty());
        QCOMPARE(request.target(), QByteArray("/domains-list"));
    }

    void getDomainEncodesTheLabel()
    {
        const ApiRequest request = getDomainRequest(kOddId);
        QCOMPARE(request.operation, std::string("GetDomain"));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, "/domains/" + kOddIdEncoded);
        QVERIFY(request.query.empty());
        verifyBodiless(request);
    }

    void listFieldsIsABodilessPost()
    {
        const ApiRequest request = listFieldsRequest("d", {100, std::nullopt});
        QCOMPARE(request.operation, std::string("ListFields"));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/domains/d/fields-list"));
        QCOMPARE(request.encodedQuery(), QByteArray("maxResults=100"));
        verifyBodiless(request);
    }

    void batchGetField()
    {
        const ApiRequest request = batchGetFieldRequest(kOddId, {"f1", "f 2"});
        QCOMPARE(request.operation, std::string("BatchGetField"));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, "/domains/" + kOddIdEncoded + "/fields-batch");
        QVERIFY(request.query.empty());
        QCOMPARE(request.bodyBytes(), QByteArray(R"({"fields":[{"id":"f1"},{"id":"f 2"}]})"));
        QCOMPARE(request.contentType(), QByteArray("application/json"));
    }

    void listFieldOptionsEncodesBothLabelsAndTheValuesList()
    {
        const ApiRequest request = listFieldOptionsRequest("d", "f/x", {std::nullopt, "t"}, {"v 1"});
        QCOMPARE(request.operation, std::string("ListFieldOptions"));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/domains/d/fields/f%2Fx/options-list"));
        QCOMPARE(request.query, query({{"nextToken", "t"}, {"values", "v 1"}}));
        QCOMPARE(request.encodedQuery(), QByteArray("nextToken=t&values=v%201"));
        verifyBodiless(request);
    }

    void layouts()
    {
        const ApiRequest list = listLayoutsRequest("d");
        QCOMPARE(list.operation, std::string("ListLayouts"));
        QCOMPARE(list.method, QByteArray("POST"));
        QCOMPARE(list.path, QByteArray("/domains/d/layouts-list"));
        verifyBodiless(list);

        const ApiRequest get = getLayoutRequest("d", "l \xE2\x9C\x93");
        QCOMPARE(get.operation, std::string("GetLayout"));
        QCOMPARE(get.method, QByteArray("POST"));
        QCOMPARE(get.path, QByteArray("/domains/d/layouts/l%20%E2%9C%93"));
        verifyBodiless(get);
    }

    void listTemplatesRepeatsStatus()
    {
        const ApiRequest request = listTemplatesRequest("d", {10, "n"}, {"Active", "Inactive"});
        QCOMPARE(request.operation, std::string("ListTemplates"));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/domains/d/templates-list"));
        QCOMPARE(request.encodedQuery(),
                 QByteArray("maxResults=10&nextToken=n&status=Active&status=Inactive"));
        verifyBodiless(request);
    }

    void getTemplate()
    {
        const ApiRequest request = getTemplateRequest("d", "t/1");
        QCOMPARE(request.operation, std::string("GetTemplate"));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/domains/d/templates/t%2F1"));
        verifyBodiless(request);
    }

    void createTemplateSendsBodyMembersOnly()
    {
        const CaseTemplate caseTemplate = templateFrom(R"({
            "templateId": "t1", "templateArn": "arn:t1", "name": "Support", "status": "Active",
            "createdTime": "2026-01-01T00:00:00Z", "deleted": false, "tags": {"k": "v"},
            "layoutConfiguration": {"defaultLayout": "l1", "futureMember": 7},
            "requiredFields": [{"fieldId": "f1"}],
            "rules": [{"caseRuleId": "r1", "fieldId": "f1"}, {"caseRuleId": "r2"}]})");
        const ApiRequest request = createTemplateRequest("d", caseTemplate);
        QCOMPARE(request.operation, std::string("CreateTemplate"));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/domains/d/templates"));
        QVERIFY(request.query.empty());
        QCOMPARE(request.contentType(), QByteArray("application/json"));
        const Json expected = Json::parse(R"({
            "name": "Support", "status": "Active",
            "layoutConfiguration": {"defaultLayout": "l1", "futureMember": 7},
            "requiredFields": [{"fieldId": "f1"}],
            "rules": [{"caseRuleId": "r1", "fieldId": "f1"}, {"caseRuleId": "r2"}]})");
        COMPARE_JSON(*request.body, expected);
    }

    void createTemplateLikeTheSdk()
    {
        // The SDK probe: CreateTemplate({name: "n", rules: [{caseRuleId: "r"}]}).
        CaseTemplate caseTemplate;
        caseTemplate.name = "n";
        caseTemplate.rules = std::vector<TemplateRule>{TemplateRule{"r", std::nullopt, Json::object()}};
        QCOMPARE(createTemplateRequest("d", caseTemplate).bodyBytes(),
                 QByteArray(R"({"name":"n","rules":[{"caseRuleId":"r"}]})"));
    }

    void updateTemplateUsesThePutAndTheTemplateIdLabel()
    {
        CaseTemplate caseTemplate;
        caseTemplate.templateId = "t 1";
        const ApiRequest request = updateTemplateRequest("d", caseTemplate);
        QCOMPARE(request.operation, std::string("UpdateTemplate"));
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.path, QByteArray("/domains/d/templates/t%201"));
        // Nothing to change still sends an empty object, as the SDK does; an empty name or status
        // means "unchanged", not "".
        QCOMPARE(request.bodyBytes(), QByteArray("{}"));
        QCOMPARE(request.contentType(), QByteArray("application/json"));

        caseTemplate.status = "Inactive";
        caseTemplate.description = "";
        COMPARE_JSON(*updateTemplateRequest("d", caseTemplate).body,
                     Json::parse(R"({"status":"Inactive","description":""})"));
    }

    void listCaseRulesKeepsTheTrailingSlash()
    {
        const ApiRequest request = listCaseRulesRequest(kOddId, {10, std::nullopt});
        QCOMPARE(request.operation, std::string("ListCaseRules"));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, "/domains/" + kOddIdEncoded + "/rules-list/");
        QCOMPARE(request.target(), "/domains/" + kOddIdEncoded + "/rules-list/?maxResults=10");
        verifyBodiless(request);
    }

    void batchGetCaseRule()
    {
        const ApiRequest request = batchGetCaseRuleRequest("d", {"r"});
        QCOMPARE(request.operation, std::string("BatchGetCaseRule"));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/domains/d/rules-batch"));
        QCOMPARE(request.bodyBytes(), QByteArray(R"({"caseRules":[{"id":"r"}]})"));
    }

    void createCaseRuleLikeTheSdk()
    {
        const CaseRule rule = ruleFrom(R"({"caseRuleId": "ignored", "caseRuleArn": "arn:x", "name": "n",
            "createdTime": "2026-01-01T00:00:00Z", "rule": {"required": {"defaultValue": false, "conditions": []}}})");
        const ApiRequest request = createCaseRuleRequest("d", rule);
        QCOMPARE(request.operation, std::string("CreateCaseRule"));
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/domains/d/case-rules"));
        COMPARE_JSON(
            *request.body,
            Json::parse(R"({"name":"n","rule":{"required":{"defaultValue":false,"conditions":[]}}})"));
        QCOMPARE(request.contentType(), QByteArray("application/json"));
    }

    void updateCaseRuleSendsDescriptionAndConditions()
    {
        const CaseRule rule =
            ruleFrom(R"({"caseRuleId": "r/1", "caseRuleArn": "arn:x", "name": "Notes required",
            "description": "when closed", "rule": {"required": {"defaultValue": false, "conditions": [
              {"equalTo": {"operandOne": {"fieldId": "status"}, "operandTwo": {"stringValue": "Closed"},
                           "result": true}}]}}})");
        const ApiRequest request = updateCaseRuleRequest("d", rule);
        QCOMPARE(request.operation, std::string("UpdateCaseRule"));
        QCOMPARE(request.method, QByteArray("PUT"));
        QCOMPARE(request.path, QByteArray("/domains/d/case-rules/r%2F1"));
        COMPARE_JSON(request.body->at("description"), Json("when closed"));
        COMPARE_JSON(request.body->at("rule"), wire::writeRuleDetails(rule.rule));
        QCOMPARE(request.body->size(), std::size_t(3));
    }

    void deleteCaseRule()
    {
        const ApiRequest request = deleteCaseRuleRequest(kOddId, "r 1");
        QCOMPARE(request.operation, std::string("DeleteCaseRule"));
        QCOMPARE(request.method, QByteArray("DELETE"));
        QCOMPARE(request.path, "/domains/" + kOddIdEncoded + "/case-rules/r%201");
        verifyBodiless(request);
    }

    void aLabelThatLooksLikeAnotherLabelIsNotExpandedTwice()
    {
        QCOMPARE(getLayoutRequest("{layoutId}", "x").path, QByteArray("/domains/%7BlayoutId%7D/layouts/x"));
    }

    void bodyTextIsUtf8AndNeverThrows()
    {
        CaseTemplate caseTemplate;
        caseTemplate.name = "Caf\xC3\xA9";
        QCOMPARE(createTemplateRequest("d", caseTemplate).bodyBytes(),
                 QByteArray("{\"name\":\"Caf\xC3\xA9\"}"));
        caseTemplate.name = "bad \xFF byte"; // invalid UTF-8 is replaced, not thrown
        QVERIFY(!createTemplateRequest("d", caseTemplate).bodyBytes().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiRequests)
#include "test_api_requests.moc"
