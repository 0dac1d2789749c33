// The read side of the emulator, in-process: domains, fields, field options and layouts, plus
// routing (trailing slash, unknown operations) and the restJson1 error shape.
#include "service_fixture.h"

#include <QtTest>

using namespace cw;
using namespace cw::emu;
using cw::emu::testing::ServiceFixture;

class TestEmulatorCatalogue : public QObject {
    Q_OBJECT

private slots:
    void domainsAreListedAndDescribed()
    {
        ServiceFixture fixture;
        const ApiResponse list = fixture.call("POST", "/domains-list");
        QCOMPARE(list.status, 200);
        QCOMPARE(list.body["domains"].size(), std::size_t(1));
        QCOMPARE(list.body["domains"][0]["name"], Json("Support Centre"));
        QCOMPARE(fixture.call("POST", "/domains-list", Json(), {{"maxResults", "11"}}).status, 400);

        const ApiResponse domain = fixture.call("POST", ServiceFixture::domainPath());
        QCOMPARE(domain.status, 200);
        QCOMPARE(domain.body["domainArn"], Json(fixture.snapshot().domainArn));
        QCOMPARE(domain.body["domainStatus"], Json("Active"));
        QVERIFY(domain.body["createdTime"].is_string());
    }

    void deletedFieldsLeaveTheListButStayReadable()
    {
        ServiceFixture fixture(4);
        fixture.snapshot().fields.at(1).deleted = true;
        const std::string deletedId = fixture.snapshot().fields.at(1).fieldId;
        std::vector<std::string> listed;
        std::string token;
        do {
            QueryParameters query;
            if (!token.empty())
                query.emplace_back("nextToken", token);
            const ApiResponse page =
                fixture.call("POST", ServiceFixture::domainPath("/fields-list"), Json(), query);
            QCOMPARE(page.status, 200);
            for (const Json &field : page.body["fields"])
                listed.push_back(field["fieldId"].get<std::string>());
            token = page.body.value("nextToken", std::string());
        } while (!token.empty());
        QCOMPARE(listed.size(), fixture.snapshot().fields.size() - 1);
        QVERIFY(std::find(listed.begin(), listed.end(), deletedId) == listed.end());

        const ApiResponse batch =
            fixture.call("POST", ServiceFixture::domainPath("/fields-batch"),
                         {{"fields", {{{"id", deletedId}}, {{"id", "status"}}, {{"id", "nope"}}}}});
        QCOMPARE(batch.status, 200);
        QCOMPARE(batch.body["fields"].size(), std::size_t(2));
        QCOMPARE(batch.body["fields"][0]["deleted"], Json(true));
        QCOMPARE(batch.body["fields"][1]["deleted"], Json(false));
        QCOMPARE(batch.body["fields"][1]["type"], Json("SingleSelect"));
        QCOMPARE(batch.body["errors"][0]["id"], Json("nope"));
    }

    void fieldOptionsPageAndFilter()
    {
        ServiceFixture fixture(2);
        const std::string path = ServiceFixture::domainPath("/fields/status/options-list");
        const ApiResponse first = fixture.call("POST", path);
        QCOMPARE(first.body["options"].size(), std::size_t(2));
        QVERIFY(first.body.contains("nextToken"));
        const ApiResponse second =
            fixture.call("POST", path, Json(), {{"nextToken", first.body["nextToken"].get<std::string>()}});
        QCOMPARE(second.body["options"][0]["value"],
                 Json(fixture.snapshot().fieldOptions["status"].at(2).value));
        QVERIFY(!second.body.contains("nextToken"));

        const ApiResponse filtered = fixture.call("POST", path, Json(), {{"values", "pending"}});
        QCOMPARE(filtered.body["options"],
                 Json::parse(R"([{"name":"Pending","value":"pending","active":true}])"));
        // A token is bound to its filter: reusing it under another filter is refused.
        const ApiResponse mixed =
            fixture.call("POST", path, Json(),
                         {{"values", "open"}, {"nextToken", first.body["nextToken"].get<std::string>()}});
        QCOMPARE(mixed.status, 400);
        QCOMPARE(fixture.call("POST", ServiceFixture::domainPath("/fields/nope/options-list")).status, 404);
    }

    void createFieldAndPutOptions()
    {
        ServiceFixture fixture;
        const ApiResponse created =
            fixture.call("POST", ServiceFixture::domainPath("/fields"),
                         {{"name", "Region"}, {"type", "SingleSelect"}, {"description", "Where"}});
        QCOMPARE(created.status, 200);
        const std::string fieldId = created.body["fieldId"].get<std::string>();
        QCOMPARE(fixture.snapshot().findField(fieldId)->nameSpace, std::string("Custom"));
        QCOMPARE(
            fixture
                .call("POST", ServiceFixture::domainPath("/fields"), {{"name", "Region"}, {"type", "Text"}})
                .status,
            409);
        QCOMPARE(
            fixture
                .call("POST", ServiceFixture::domainPath("/fields"), {{"name", "Other"}, {"type", "Colour"}})
                .status,
            400);

        const std::string optionsPath = ServiceFixture::domainPath("/fields/" + fieldId + "/options");
        const Json options = Json::parse(R"({"options":[{"name":"North","value":"north","active":true},
                                                        {"name":"South","value":"south","active":true}]})");
        QCOMPARE(fixture.call("PUT", optionsPath, options).status, 200);
        const Json update = Json::parse(R"({"options":[{"name":"South","value":"south","active":false}]})");
        QCOMPARE(fixture.call("PUT", optionsPath, update).status, 200);
        const auto *stored = fixture.snapshot().optionsOf(fieldId);
        QCOMPARE(stored->size(), std::size_t(2));
        QCOMPARE(stored->at(1).active, false);
        QCOMPARE(fixture.call("PUT", ServiceFixture::domainPath("/fields/title/options"), options).status,
                 400);
    }

    void layoutsAreListedAndRead()
    {
        ServiceFixture fixture;
        const ApiResponse list = fixture.call("POST", ServiceFixture::domainPath("/layouts-list"));
        QCOMPARE(list.body["layouts"].size(), fixture.snapshot().layouts.size());
        const Layout &layout = fixture.snapshot().layouts.front();
        const ApiResponse got =
            fixture.call("POST", ServiceFixture::domainPath("/layouts/" + layout.layoutId));
        QCOMPARE(got.status, 200);
        QCOMPARE(got.body["content"], layout.content);
        QCOMPARE(fixture.call("POST", ServiceFixture::domainPath("/layouts/nope")).body["resourceType"],
                 Json("Layout"));
    }

    void unknownOperationsAre404()
    {
        ServiceFixture fixture;
        for (const auto &[method, path] :
             {std::pair<std::string, std::string>{"POST", ServiceFixture::domainPath("/rules-list")},
              {"GET", ServiceFixture::domainPath("/rules-list/")},
              {"POST", "/nothing"},
              {"POST", "/domains//templates"}}) {
            const ApiResponse response = fixture.call(method, path);
            QCOMPARE(response.status, 404);
            QCOMPARE(response.errorType(), std::string("UnknownOperationException"));
            QVERIFY(response.body["message"].is_string());
        }
    }

    void malformedBodiesAreValidationErrors()
    {
        ServiceFixture fixture;
        ApiRequest request;
        request.method = "POST";
        request.rawPath = ServiceFixture::domainPath("/case-rules");
        request.body = "{\"name\": ";
        const ApiResponse response = fixture.service->handle(request).response;
        QCOMPARE(response.status, 400);
        QCOMPARE(response.errorType(), std::string("ValidationException"));
        request.body = "[]";
        QCOMPARE(fixture.service->handle(request).response.status, 400);
        request.body = R"({"name":"a","name":"b"})";
        QCOMPARE(fixture.service->handle(request).response.status, 400);
    }

    void labelsArePercentDecoded()
    {
        ServiceFixture fixture;
        std::string path = ServiceFixture::domainPath("/layouts/");
        // "%2D" is '-': the label is decoded before the lookup.
        const std::string layoutId = fixture.snapshot().layouts.front().layoutId;
        std::string encoded = layoutId;
        encoded.replace(encoded.find('-'), 1, "%2D");
        QCOMPARE(fixture.call("POST", path + encoded).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorCatalogue)
#include "test_emulator_catalogue.moc"
