// The case operations of the emulator, in-process: CreateCase's checks and idempotency, GetCase,
// SearchCases' paging (tokens in the body, tied to their query), every filter shape, sorts, and
// --generate-cases (deterministic, and every generated case one CreateCase would accept).
#include "generated_cases.h"
#include "service_fixture.h"

#include <QtTest>
#include <set>

using namespace cw;
using namespace cw::emu;
using cw::emu::testing::ServiceFixture;

namespace {
const char kPriority[] = "10fd19fe-bb18-514b-978f-b601f0533303";
const char kCategory[] = "494a2506-681f-5d8b-9091-d436305b9d66";
const char kRefundAmount[] = "8c21b2a1-6901-5888-8ed9-a7bc245587fd";
const char kVip[] = "eb956ec4-562b-5f25-a901-b5602f529bb3";
const char kCustomer[] = "arn:aws:profile:us-east-1:123456789012:domains/shop/profiles/0123456789abcdef";

std::string templateIdNamed(const DomainSnapshot &snapshot, const std::string &name)
{
    for (const CaseTemplate &caseTemplate : snapshot.templates)
        if (caseTemplate.name == name)
            return caseTemplate.templateId;
    return {};
}

Json value(const Json &v)
{
    if (v.is_boolean())
        return {{"booleanValue", v}};
    if (v.is_number())
        return {{"doubleValue", v}};
    return {{"stringValue", v}};
}

// A valid CreateCase body of "Customer support" with the given extra field values.
Json supportCase(const DomainSnapshot &snapshot, const std::string &title, const std::string &priority,
                 Json extra = Json::array())
{
    Json fields = Json::array({{{"id", "customer_id"}, {"value", value(kCustomer)}},
                               {{"id", "title"}, {"value", value(title)}},
                               {{"id", kPriority}, {"value", value(priority)}},
                               {{"id", kCategory}, {"value", value("billing")}}});
    for (const Json &field : extra)
        fields.push_back(field);
    return {{"templateId", templateIdNamed(snapshot, "Customer support")}, {"fields", fields}};
}

std::vector<std::string> caseIds(const Json &answer)
{
    std::vector<std::string> ids;
    for (const Json &item : answer["cases"])
        ids.push_back(item["caseId"].get<std::string>());
    return ids;
}
} // namespace

class TestEmulatorCases : public QObject {
    Q_OBJECT

    // Creates "case 0" .. "case N-1" with priorities cycling low, medium, high, urgent; returns ids.
    static std::vector<std::string> createCases(ServiceFixture &fixture, int count)
    {
        static const char *priorities[] = {"low", "medium", "high", "urgent"};
        std::vector<std::string> ids;
        for (int i = 0; i < count; ++i) {
            Json extra = Json::array({{{"id", kRefundAmount}, {"value", value(10.0 * i)}}});
            const ApiResponse created = fixture.call(
                "POST", ServiceFixture::domainPath("/cases"),
                supportCase(fixture.snapshot(), "case " + std::to_string(i), priorities[i % 4], extra));
            if (created.status != 200)
                qWarning("%s", created.body.dump().c_str());
            ids.push_back(created.body.value("caseId", std::string()));
        }
        return ids;
    }

    static Json search(ServiceFixture &fixture, const Json &body)
    {
        const ApiResponse answer = fixture.call("POST", ServiceFixture::domainPath("/cases-search"), body);
        if (answer.status != 200)
            return Json{{"status", answer.status}, {"type", answer.errorType()}, {"body", answer.body}};
        return answer.body;
    }

private slots:
    void createThenGet()
    {
        ServiceFixture fixture;
        const ApiResponse created = fixture.call("POST", ServiceFixture::domainPath("/cases"),
                                                 supportCase(fixture.snapshot(), "Refund missing", "high"));
        QCOMPARE(created.status, 200);
        const std::string caseId = created.body["caseId"];
        QCOMPARE(created.body["caseArn"].get<std::string>(), "arn:aws:cases:us-east-1:123456789012:domain/" +
                                                                 std::string(testing::sampleDomainId()) +
                                                                 "/case/" + caseId);
        const ApiResponse got = fixture.call(
            "POST", ServiceFixture::domainPath("/cases/" + caseId),
            {{"fields",
              {{{"id", "title"}}, {{"id", kPriority}}, {{"id", kVip}}, {{"id", "created_datetime"}}}}});
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body["templateId"].get<std::string>(),
                 templateIdNamed(fixture.snapshot(), "Customer support"));
        // The fields asked for that the case has, in the order asked; VIP was never set.
        QCOMPARE(got.body["fields"].size(), std::size_t(3));
        QCOMPARE(got.body["fields"][0], (Json{{"id", "title"}, {"value", value("Refund missing")}}));
        QCOMPARE(got.body["fields"][1]["value"], value("high"));
        QCOMPARE(got.body["fields"][2]["id"].get<std::string>(), std::string("created_datetime"));
        QVERIFY(!got.body.contains("nextToken"));

        const ApiResponse missing = fixture.call("POST", ServiceFixture::domainPath("/cases/nope"),
                                                 {{"fields", {{{"id", "title"}}}}});
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorType(), std::string("ResourceNotFoundException"));
        QCOMPARE(missing.body["resourceType"].get<std::string>(), std::string("Case"));
        const ApiResponse noFields =
            fixture.call("POST", ServiceFixture::domainPath("/cases/" + caseId), Json::object());
        QCOMPARE(noFields.status, 400);
    }

    void createRefusesWhatTheServiceRefuses_data()
    {
        QTest::addColumn<QByteArray>("change");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("messagePart");
        QTest::newRow("unknown template") << QByteArray("template:nope") << 404 << QByteArray("");
        QTest::newRow("inactive template")
            << QByteArray("template:Complaint (legacy)") << 400 << QByteArray("not Active");
        QTest::newRow("no title") << QByteArray("drop:title") << 400 << QByteArray("title");
        QTest::newRow("no customer") << QByteArray("drop:customer_id") << 400 << QByteArray("customer_id");
        QTest::newRow("customer not a profile ARN")
            << QByteArray("set:customer_id=jane@example.com") << 400 << QByteArray("profile ARN");
        QTest::newRow("template's required field")
            << QByteArray(QByteArray("drop:") + kCategory) << 400 << QByteArray("requires it");
        QTest::newRow("unknown field")
            << QByteArray("add:no-such-field=x") << 400 << QByteArray("not a field");
        QTest::newRow("set by the service")
            << QByteArray("add:created_datetime=2026-01-01") << 400 << QByteArray("set by the service");
        QTest::newRow("not an option") << QByteArray(QByteArray("set:") + kPriority + "=extreme") << 400
                                       << QByteArray("not an active option");
        QTest::newRow("wrong type") << QByteArray(QByteArray("add:") + kRefundAmount + "=twelve") << 400
                                    << QByteArray("doubleValue");
        QTest::newRow("two members") << QByteArray("union") << 400 << QByteArray("exactly one");
        QTest::newRow("twice") << QByteArray("add:title=again") << 400 << QByteArray("given twice");
    }

    void createRefusesWhatTheServiceRefuses()
    {
        QFETCH(QByteArray, change);
        QFETCH(int, status);
        QFETCH(QByteArray, messagePart);
        ServiceFixture fixture;
        Json body = supportCase(fixture.snapshot(), "A case", "low");
        Json &fields = body["fields"];
        const std::string what = change.mid(change.indexOf(':') + 1).toStdString();
        const auto drop = [&](const std::string &id) {
            for (auto it = fields.begin(); it != fields.end(); ++it)
                if ((*it)["id"] == id) {
                    fields.erase(it);
                    return;
                }
        };
        if (change.startsWith("template:"))
            body["templateId"] = what == "nope" ? what : templateIdNamed(fixture.snapshot(), what);
        else if (change.startsWith("drop:"))
            drop(what);
        else if (change.startsWith("set:")) {
            const std::string id = what.substr(0, what.find('='));
            drop(id);
            fields.push_back({{"id", id}, {"value", value(what.substr(what.find('=') + 1))}});
        } else if (change.startsWith("add:"))
            fields.push_back(
                {{"id", what.substr(0, what.find('='))}, {"value", value(what.substr(what.find('=') + 1))}});
        else
            fields[1]["value"]["doubleValue"] = 1.0;
        const ApiResponse answer = fixture.call("POST", ServiceFixture::domainPath("/cases"), body);
        QCOMPARE(answer.status, status);
        QVERIFY2(answer.body["message"].get<std::string>().find(messagePart.toStdString()) !=
                     std::string::npos,
                 answer.body.dump().c_str());
        QVERIFY(fixture.store->domains().front().cases.cases.empty());
    }

    void clientTokenMakesCreateIdempotent()
    {
        ServiceFixture fixture;
        Json body = supportCase(fixture.snapshot(), "Once", "low");
        body["clientToken"] = "token-1";
        const ApiResponse first = fixture.call("POST", ServiceFixture::domainPath("/cases"), body);
        const ApiResponse again = fixture.call("POST", ServiceFixture::domainPath("/cases"), body);
        QCOMPARE(first.status, 200);
        QCOMPARE(again.body, first.body);
        QCOMPARE(fixture.store->domains().front().cases.cases.size(), std::size_t(1));
        body["clientToken"] = "token-2";
        QVERIFY(fixture.call("POST", ServiceFixture::domainPath("/cases"), body).body != first.body);
    }

    void searchPagesWithTokensInTheBody()
    {
        ServiceFixture fixture;
        const auto created = createCases(fixture, 7);
        std::vector<std::string> seen;
        Json body = {{"maxResults", 3}, {"fields", {{{"id", "title"}}}}};
        std::vector<std::size_t> pageSizes;
        for (int guard = 0; guard < 10; ++guard) {
            const Json page = search(fixture, body);
            QVERIFY2(page.contains("cases"), page.dump().c_str());
            QCOMPARE(page["totalCount"].get<int>(), 7);
            pageSizes.push_back(page["cases"].size());
            for (const std::string &id : caseIds(page))
                seen.push_back(id);
            if (!page.contains("nextToken"))
                break;
            body["nextToken"] = page["nextToken"];
        }
        QCOMPARE(pageSizes, (std::vector<std::size_t>{3, 3, 1}));
        // Newest first: the reverse of creation.
        QCOMPARE(seen, std::vector<std::string>(created.rbegin(), created.rend()));
        // Default page: 25; above 100 or below 1 is refused.
        QCOMPARE(search(fixture, Json::object())["cases"].size(), std::size_t(7));
        QCOMPARE(search(fixture, {{"maxResults", 101}})["status"].get<int>(), 400);
        QCOMPARE(search(fixture, {{"maxResults", 0}})["status"].get<int>(), 400);
        // Only the fields asked for; none when none are asked for; at most 25.
        QCOMPARE(search(fixture, Json::object())["cases"][0]["fields"], Json::array());
        Json many = Json::array();
        for (int i = 0; i < 26; ++i)
            many.push_back({{"id", "f" + std::to_string(i)}});
        QCOMPARE(search(fixture, {{"fields", many}})["status"].get<int>(), 400);
    }

    void aTokenBelongsToItsQuery()
    {
        ServiceFixture fixture;
        createCases(fixture, 5);
        const Json first = search(fixture, {{"maxResults", 2}});
        QVERIFY(first.contains("nextToken"));
        const Json filtered = search(
            fixture, {{"maxResults", 2},
                      {"nextToken", first["nextToken"]},
                      {"filter", {{"field", {{"equalTo", {{"id", kPriority}, {"value", value("low")}}}}}}}});
        QCOMPARE(filtered["status"].get<int>(), 400);
        QCOMPARE(filtered["type"].get<std::string>(), std::string("ValidationException"));
        QCOMPARE(search(fixture, {{"nextToken", "garbage"}})["status"].get<int>(), 400);
    }

    void filters_data()
    {
        QTest::addColumn<QByteArray>("filter");
        QTest::addColumn<QString>("expectedTitles"); // in answer order (newest first)
        QTest::newRow("equalTo option")
            << QByteArray(R"({"field":{"equalTo":{"id":")" + QByteArray(kPriority) +
                          R"(","value":{"stringValue":"high"}}}})")
            << "case 6,case 2";
        QTest::newRow("not") << QByteArray(R"({"not":{"field":{"equalTo":{"id":")" + QByteArray(kPriority) +
                                           R"(","value":{"stringValue":"low"}}}}})")
                             << "case 7,case 6,case 5,case 3,case 2,case 1";
        QTest::newRow("orAll")
            << QByteArray(
                   R"({"orAll":[{"field":{"equalTo":{"id":"title","value":{"stringValue":"case 1"}}}},)"
                   R"({"field":{"equalTo":{"id":"title","value":{"stringValue":"case 3"}}}}]})")
            << "case 3,case 1";
        QTest::newRow("andAll with numbers")
            << QByteArray(R"({"andAll":[{"field":{"greaterThan":{"id":")" + QByteArray(kRefundAmount) +
                          R"(","value":{"doubleValue":20}}}},)"
                          R"({"field":{"lessThanOrEqualTo":{"id":")" +
                          QByteArray(kRefundAmount) + R"(","value":{"doubleValue":50}}}}]})")
            << "case 5,case 4,case 3";
        QTest::newRow("contains ignores case")
            << QByteArray(R"({"field":{"contains":{"id":"title","value":{"stringValue":"CASE 7"}}}})")
            << "case 7";
        QTest::newRow("empty value") << QByteArray(R"({"field":{"equalTo":{"id":")" + QByteArray(kVip) +
                                                   R"(","value":{"emptyValue":{}}}}})")
                                     << "case 7,case 6,case 5,case 4,case 3,case 2,case 1,case 0";
        QTest::newRow("created since")
            << QByteArray(
                   R"({"field":{"greaterThanOrEqualTo":{"id":"created_datetime","value":{"stringValue":"2026-06-01T00:00:00.007Z"}}}})")
            << "case 7,case 6";
        QTest::newRow("tag") << QByteArray(R"({"tag":{"equalTo":{"key":"team","value":"blue"}}})")
                             << "case 0";
    }

    void filters()
    {
        QFETCH(QByteArray, filter);
        QFETCH(QString, expectedTitles);
        ServiceFixture fixture;
        createCases(fixture, 8);
        fixture.store->domains().front().cases.cases.front().tags = {{"team", "blue"}};
        const Json answer =
            search(fixture, {{"filter", Json::parse(filter.toStdString())}, {"fields", {{{"id", "title"}}}}});
        QVERIFY2(answer.contains("cases"), answer.dump().c_str());
        QStringList titles;
        for (const Json &item : answer["cases"])
            titles << QString::fromStdString(item["fields"][0]["value"]["stringValue"].get<std::string>());
        QCOMPARE(titles.join(QLatin1Char(',')), expectedTitles);
        QCOMPARE(answer["totalCount"].get<qsizetype>(), titles.size());
    }

    void badFiltersAreValidationErrors_data()
    {
        QTest::addColumn<QByteArray>("filter");
        QTest::newRow("two members") << QByteArray(
            R"({"not":{"tag":{"equalTo":{"key":"a","value":"b"}}},"tag":{"equalTo":{"key":"a","value":"b"}}})");
        QTest::newRow("unknown member") << QByteArray(R"({"everything":{}})");
        QTest::newRow("unknown comparison")
            << QByteArray(R"({"field":{"like":{"id":"title","value":{"stringValue":"x"}}}})");
        QTest::newRow("no value") << QByteArray(R"({"field":{"equalTo":{"id":"title"}}})");
        QTest::newRow("value with two members") << QByteArray(
            R"({"field":{"equalTo":{"id":"title","value":{"stringValue":"x","doubleValue":1}}}})");
        QTest::newRow("contains a number")
            << QByteArray(R"({"field":{"contains":{"id":"title","value":{"doubleValue":1}}}})");
        QTest::newRow("greater than a boolean")
            << QByteArray(R"({"field":{"greaterThan":{"id":"title","value":{"booleanValue":true}}}})");
        QTest::newRow("eleven in andAll") << QByteArray(
            R"({"andAll":[{"not":{"tag":{"equalTo":{"key":"a","value":"b"}}}},{"not":{"tag":{"equalTo":{"key":"a","value":"b"}}}},{"not":{"tag":{"equalTo":{"key":"a","value":"b"}}}},{"not":{"tag":{"equalTo":{"key":"a","value":"b"}}}},{"not":{"tag":{"equalTo":{"key":"a","value":"b"}}}},{"not":{"tag":{"equalTo":{"key":"a","value":"b"}}}},{"not":{"tag":{"equalTo":{"key":"a","value":"b"}}}},{"not":{"tag":{"equalTo":{"key":"a","value":"b"}}}},{"not":{"tag":{"equalTo":{"key":"a","value":"b"}}}},{"not":{"tag":{"equalTo":{"key":"a","value":"b"}}}},{"not":{"tag":{"equalTo":{"key":"a","value":"b"}}}}]})");
    }

    void badFiltersAreValidationErrors()
    {
        QFETCH(QByteArray, filter);
        ServiceFixture fixture;
        const Json answer = search(fixture, {{"filter", Json::parse(filter.toStdString())}});
        QCOMPARE(answer.value("status", 0), 400);
        QCOMPARE(answer["type"].get<std::string>(), std::string("ValidationException"));
    }

    void sortsAndSearchTerm()
    {
        ServiceFixture fixture;
        createCases(fixture, 6);
        const Json byPriority = search(fixture, {{"sorts",
                                                  {{{"fieldId", kPriority}, {"sortOrder", "Asc"}},
                                                   {{"fieldId", kRefundAmount}, {"sortOrder", "Desc"}}}},
                                                 {"fields", {{{"id", "title"}}}}});
        QStringList titles;
        for (const Json &item : byPriority["cases"])
            titles << QString::fromStdString(item["fields"][0]["value"]["stringValue"].get<std::string>());
        // high (2), low (4, 0), medium (5, 1), urgent (3): text order, then the amount descending.
        QCOMPARE(titles.join(QLatin1Char(',')), QStringLiteral("case 2,case 4,case 0,case 5,case 1,case 3"));
        QCOMPARE(search(fixture, {{"sorts", {{{"fieldId", kPriority}, {"sortOrder", "Up"}}}}})["status"]
                     .get<int>(),
                 400);
        QCOMPARE(search(fixture, {{"searchTerm", "CASE 4"}})["totalCount"].get<int>(), 1);
    }

    void generatedCasesAreDeterministicAndValid()
    {
        ServiceFixture first;
        ServiceFixture second;
        ServiceFixture other;
        QVERIFY(generateCases(first.store->domains().front(), *first.store, 60, 7));
        QVERIFY(generateCases(second.store->domains().front(), *second.store, 60, 7));
        QVERIFY(generateCases(other.store->domains().front(), *other.store, 60, 8));
        // A copy: re-creating the cases below adds to the store's list.
        const std::vector<StoredCase> cases = first.store->domains().front().cases.cases;
        QCOMPARE(cases.size(), std::size_t(60));
        std::set<std::string> templates;
        std::string previousCreated;
        for (std::size_t i = 0; i < cases.size(); ++i) {
            const StoredCase &generated = cases[i];
            QCOMPARE(generated.caseId, second.store->domains().front().cases.cases[i].caseId);
            QCOMPARE(generated.fields, second.store->domains().front().cases.cases[i].fields);
            templates.insert(generated.templateId);
            const std::string created = generated.value("created_datetime")->at("stringValue");
            QVERIFY(created >= previousCreated); // created in order, oldest first
            previousCreated = created;
            // Every generated case is one CreateCase accepts: re-create it without the service's fields.
            Json fields = Json::array();
            for (const Json &field : generated.fields)
                if (field["id"] != "case_id" && field["id"] != "reference_number" &&
                    field["id"] != "created_datetime" && field["id"] != "last_updated_datetime")
                    fields.push_back(field);
            const ApiResponse again = first.call("POST", ServiceFixture::domainPath("/cases"),
                                                 {{"templateId", generated.templateId}, {"fields", fields}});
            QVERIFY2(again.status == 200, again.body.dump().c_str());
        }
        // Only active templates, and both of them.
        QCOMPARE(templates.size(), std::size_t(2));
        QVERIFY(!templates.count(templateIdNamed(first.snapshot(), "Complaint (legacy)")));
        QVERIFY(other.store->domains().front().cases.cases.front().caseId != cases.front().caseId);
        // The newest is searchable through the API like any other case.
        const Json newest =
            search(first, {{"maxResults", 1},
                           {"sorts", {{{"fieldId", "created_datetime"}, {"sortOrder", "Desc"}}}}});
        QCOMPARE(newest["totalCount"].get<std::size_t>(), std::size_t(120));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorCases)
#include "test_emulator_cases.moc"
