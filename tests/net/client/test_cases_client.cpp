// Typed operations over a fake Cases domain: pagination, batch chunking and merging, and
// pullDomain (completeness, overlap of listing and reading, first error, progress, cancel).
#include "client/cases_client.h"
#include "client/request_executor.h"
#include "client_test_support.h"
#include "fake_cases_domain.h"
#include "wire/wire_json.h"

#include <QTest>

using namespace cw;
using namespace cw::net;
using namespace cw::net::testing;

namespace {

DomainSnapshot sampleSnapshot()
{
    auto loaded =
        wire::loadSnapshotFile(CASEWRIGHT_SOURCE_DIR "/resources/sample/support-centre.snapshot.json");
    if (!loaded)
        qFatal("cannot load the sample: %s", loaded.error().toString().c_str());
    return loaded.value();
}

QByteArray fieldJson(const std::string &id)
{
    return QByteArray::fromStdString(Json{
        {"fieldId", id},
        {"fieldArn", "arn:" + id},
        {"name", "Field " + id},
        {"type", "Text"},
        {"namespace", "Custom"}}.dump());
}

std::vector<std::string> idsOf(const FakeRequest &request, const char *key)
{
    std::vector<std::string> ids;
    const Json body = Json::parse(request.body.toStdString()); // keep it alive for the loop
    for (const Json &item : body.at(key))
        ids.push_back(item.at("id").get<std::string>());
    return ids;
}

int countOperation(const FakeHttpServer &server, const QByteArray &operation)
{
    int count = 0;
    for (const FakeRequest &request : server.requests())
        count += FakeCasesDomain::operationOf(request) == operation ? 1 : 0;
    return count;
}

std::optional<ApiErrorKind> kindOf(const Error &error)
{
    return apiErrorKind(error);
}

} // namespace

class TestCasesClient : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        server = std::make_unique<FakeHttpServer>();
        QVERIFY(server->listen());
        domain = std::make_unique<FakeCasesDomain>(sampleSnapshot(), 3);
        server->setHandler([this](const FakeRequest &request) { return domain->respond(request); });
    }
    void cleanup()
    {
        server.reset();
        domain.reset();
    }

    void listAllFollowsEveryPageWithEncodedTokens()
    {
        CasesClient client(testConfig(server->url()));
        Outcome<std::vector<FieldSummary>> outcome;
        client.listAllFields(domain->snapshot().domainId, outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY(outcome.result().ok());
        const auto &fields = *outcome.result();
        QCOMPARE(fields.size(), domain->snapshot().fields.size()); // 16 fields, pages of 3
        for (std::size_t i = 0; i < fields.size(); ++i)
            QCOMPARE(fields[i].fieldId, domain->snapshot().fields[i].fieldId);
        QCOMPARE(server->requests().size(), std::size_t(6));
        QVERIFY(server->requests()[0].query.isEmpty());
        QCOMPARE(server->requests()[1].query, QByteArray("nextToken=page%2B%2F%3D3"));
    }

    void pageByPageWithAPageSize()
    {
        CasesClient client(testConfig(server->url()));
        std::vector<std::size_t> sizes;
        Outcome<Ok> outcome;
        forEachPage<CaseRuleSummary>(
            client.caseRulePages(domain->snapshot().domainId), PageRequest{2, std::nullopt},
            [&sizes](const Page<CaseRuleSummary> &page) { sizes.push_back(page.items.size()); },
            outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY(outcome.result().ok());
        QCOMPARE(sizes, (std::vector<std::size_t>{2, 2, 2, 2, 2})); // 10 rules
        for (const FakeRequest &request : server->requests())
            QCOMPARE(request.queryValues("maxResults"), QList<QByteArray>{"2"});
    }

    void aRepeatedTokenStopsThePaginator()
    {
        server->setHandler([](const FakeRequest &) {
            return FakeResponse::json(R"({"layouts": [], "nextToken": "same"})");
        });
        CasesClient client(testConfig(server->url()));
        Outcome<std::vector<LayoutSummary>> outcome;
        client.listAllLayouts("d", outcome.callback());
        QVERIFY(outcome.wait());
        QCOMPARE(outcome.result().error().code, std::string("api.pagination-loop"));
        QCOMPARE(server->requests().size(), std::size_t(2));
    }

    void batchGetSplitsIntoChunksAndMergesInOrder()
    {
        server->setHandler([](const FakeRequest &request) {
            std::vector<std::string> ids = idsOf(request, "fields");
            Json body = {{"fields", Json::array()}, {"errors", Json::array()}};
            for (auto it = ids.rbegin(); it != ids.rend(); ++it) { // answer in reverse order
                if (*it == "f077")
                    body["errors"].push_back({{"id", *it}, {"errorCode", "NotFound"}, {"message", "gone"}});
                else
                    body["fields"].push_back(Json::parse(fieldJson(*it).toStdString()));
            }
            return FakeResponse::json(QByteArray::fromStdString(body.dump()));
        });
        CasesClient client(testConfig(server->url()));
        std::vector<std::string> ids;
        for (int i = 0; i < 120; ++i)
            ids.push_back(QStringLiteral("f%1").arg(i, 3, 10, QLatin1Char('0')).toStdString());
        std::vector<std::string> asked = ids;
        asked.push_back("f005"); // a duplicate is asked once
        Outcome<BatchResult<Field>> outcome;
        client.batchGetField("d", asked, outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY(outcome.result().ok());

        QCOMPARE(server->requests().size(), std::size_t(3));
        std::vector<std::size_t> chunkSizes;
        for (const FakeRequest &request : server->requests())
            chunkSizes.push_back(idsOf(request, "fields").size());
        std::sort(chunkSizes.begin(), chunkSizes.end());
        QCOMPARE(chunkSizes, (std::vector<std::size_t>{20, 50, 50}));

        const BatchResult<Field> &batch = *outcome.result();
        QCOMPARE(batch.items.size(), std::size_t(119));
        std::vector<std::string> expected = ids;
        expected.erase(std::find(expected.begin(), expected.end(), "f077"));
        for (std::size_t i = 0; i < expected.size(); ++i)
            QCOMPARE(batch.items[i].fieldId, expected[i]);
        QCOMPARE(batch.errors, (std::vector<ItemError>{{"f077", "NotFound", "gone"}}));
    }

    void batchChunksGoOutTogether()
    {
        server->setHandler([](const FakeRequest &) { return FakeResponse::hold(); });
        CasesClient client(testConfig(server->url()));
        std::vector<std::string> ids;
        for (int i = 0; i < 120; ++i)
            ids.push_back("r" + std::to_string(i));
        Outcome<BatchResult<CaseRule>> outcome;
        client.batchGetCaseRule("d", ids, outcome.callback());
        QVERIFY(QTest::qWaitFor([&] { return server->openRequests() == 3; })); // all three at once
        server->releaseHeld(
            [](const FakeRequest &) { return FakeResponse::json(R"({"caseRules": [], "errors": []})"); });
        QVERIFY(outcome.wait());
        QVERIFY(outcome.result().ok());
    }

    void aFailingChunkFailsTheBatchAndCancelsTheRest()
    {
        server->setHandler([](const FakeRequest &request) {
            if (idsOf(request, "fields").front() == "f50")
                return FakeResponse::error(400, "ValidationException", "bad id");
            return FakeResponse::hold();
        });
        CasesClient client(testConfig(server->url()));
        std::vector<std::string> ids;
        for (int i = 0; i < 120; ++i)
            ids.push_back("f" + std::to_string(i));
        Outcome<BatchResult<Field>> outcome;
        client.batchGetField("d", ids, outcome.callback());
        QVERIFY(outcome.wait());
        QCOMPARE(kindOf(outcome.result().error()), std::optional(ApiErrorKind::Validation));
        QVERIFY(QTest::qWaitFor([&] { return client.executor().pendingCount() == 0; }));
        QVERIFY(QTest::qWaitFor([&] { return server->openRequests() == 0; }));
        QCOMPARE(*outcome.calls, 1);
    }

    void unprocessedRulesAreAskedAgain()
    {
        const DomainSnapshot &snapshot = domain->snapshot();
        int batches = 0;
        server->setHandler([this, &batches](const FakeRequest &request) {
            if (++batches > 1)
                return domain->respond(request);
            const std::vector<std::string> ids = idsOf(request, "caseRules");
            Json body = {{"caseRules", Json::array()},
                         {"errors", Json::array()},
                         {"unprocessedCaseRules", Json::array()}};
            for (std::size_t i = 0; i < ids.size(); ++i) {
                if (i < 2)
                    body["unprocessedCaseRules"].push_back(ids[i]);
                else
                    body["caseRules"].push_back(wire::writeCaseRule(*domain->snapshot().findRule(ids[i])));
            }
            return FakeResponse::json(QByteArray::fromStdString(body.dump()));
        });
        CasesClient client(testConfig(server->url()));
        std::vector<std::string> ids;
        for (const CaseRule &rule : snapshot.caseRules)
            ids.push_back(rule.caseRuleId);
        Outcome<BatchResult<CaseRule>> outcome;
        client.batchGetCaseRule(snapshot.domainId, ids, outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY(outcome.result().ok());
        QCOMPARE(batches, 2);
        QCOMPARE(idsOf(server->requests()[1], "caseRules"), (std::vector<std::string>{ids[0], ids[1]}));
        QCOMPARE(outcome.result()->items.size(), ids.size());
        for (std::size_t i = 0; i < ids.size(); ++i)
            QCOMPARE(outcome.result()->items[i].caseRuleId, ids[i]);
        QVERIFY(outcome.result()->unprocessed.empty());
    }

    void emptyBatchNeedsNoRequest()
    {
        CasesClient client(testConfig(server->url()));
        Outcome<BatchResult<Field>> outcome;
        client.batchGetField("d", {}, outcome.callback());
        QVERIFY(!outcome.arrived());
        QVERIFY(outcome.wait());
        QVERIFY(outcome.result().ok());
        QVERIFY(outcome.result()->items.empty());
        QVERIFY(server->requests().empty());
    }

    void getCaseRuleReportsAMissingRuleAsNotFound()
    {
        CasesClient client(testConfig(server->url()));
        Outcome<CaseRule> missing;
        client.getCaseRule(domain->snapshot().domainId, "no-such-rule", missing.callback());
        QVERIFY(missing.wait());
        QCOMPARE(kindOf(missing.result().error()), std::optional(ApiErrorKind::NotFound));
        QCOMPARE(missing.result().error().where.entity, std::string("no-such-rule"));

        Outcome<CaseRule> found;
        const CaseRule &expected = domain->snapshot().caseRules.front();
        client.getCaseRule(domain->snapshot().domainId, expected.caseRuleId, found.callback());
        QVERIFY(found.wait());
        QVERIFY(found.result().ok());
        COMPARE_JSON(wire::writeCaseRule(*found.result()), wire::writeCaseRule(expected));
    }

    void pullDomainReadsEverything()
    {
        CasesClient client(testConfig(server->url()));
        PullProgress last;
        int reports = 0;
        Outcome<DomainSnapshot> outcome;
        client.pullDomain(
            domain->snapshot().domainId,
            [&](const PullProgress &progress) {
                last = progress;
                ++reports;
            },
            outcome.callback());
        QVERIFY(outcome.wait());
        QVERIFY2(outcome.result().ok(),
                 outcome.result().ok() ? "" : outcome.result().error().message.c_str());
        const Json pulled = wire::writeSnapshot(*outcome.result());
        const Json expected = wire::writeSnapshot(domain->snapshot());
        QVERIFY2(pulled == expected, Json::diff(expected, pulled).dump().c_str());

        const DomainSnapshot &snapshot = domain->snapshot();
        QVERIFY(reports > 0);
        QVERIFY(last.domainRead);
        QVERIFY(last.listingDone);
        QCOMPARE(last.fieldsListed, int(snapshot.fields.size()));
        QCOMPARE(last.fieldsRead, int(snapshot.fields.size()));
        QCOMPARE(last.optionListsTotal, int(snapshot.fieldOptions.size()));
        QCOMPARE(last.optionListsRead, int(snapshot.fieldOptions.size()));
        QCOMPARE(last.layoutsRead, int(snapshot.layouts.size()));
        QCOMPARE(last.templatesRead, int(snapshot.templates.size()));
        QCOMPARE(last.rulesListed, int(snapshot.caseRules.size()));
        QCOMPARE(last.rulesRead, int(snapshot.caseRules.size()));
        QCOMPARE(countOperation(*server, "GetLayout"), int(snapshot.layouts.size()));
        QCOMPARE(countOperation(*server, "GetTemplate"), int(snapshot.templates.size()));
        QCOMPARE(countOperation(*server, "BatchGetField"), 6);    // one per ListFields page
        QCOMPARE(countOperation(*server, "BatchGetCaseRule"), 4); // one per ListCaseRules page
    }

    // BatchGetField for page 1 goes out while ListFields page 2 is still unanswered, and the
    // same for rules.
    void pullReadsEachPageWhileListingTheNext()
    {
        server->setHandler([this](const FakeRequest &request) {
            const QByteArray operation = FakeCasesDomain::operationOf(request);
            if ((operation == "ListFields" || operation == "ListCaseRules") && !request.query.isEmpty())
                return FakeResponse::hold(); // every page but the first waits
            return domain->respond(request);
        });
        CasesClient client(testConfig(server->url()));
        Outcome<DomainSnapshot> outcome;
        client.pullDomain(domain->snapshot().domainId, {}, outcome.callback());
        QVERIFY(QTest::qWaitFor([&] {
            return countOperation(*server, "BatchGetField") == 1 &&
                   countOperation(*server, "BatchGetCaseRule") == 1 && server->openRequests() == 2;
        }));
        QVERIFY(!outcome.arrived());
        server->setHandler([this](const FakeRequest &request) { return domain->respond(request); });
        server->releaseHeld([this](const FakeRequest &request) { return domain->respond(request); });
        QVERIFY(outcome.wait());
        QVERIFY(outcome.result().ok());
        QCOMPARE(outcome.result()->fields.size(), domain->snapshot().fields.size());
    }

    void pullFailsWithTheFirstErrorAndStopsTheRest()
    {
        server->setHandler([this](const FakeRequest &request) {
            const QByteArray operation = FakeCasesDomain::operationOf(request);
            if (operation == "GetTemplate")
                return FakeResponse::error(403, "AccessDeniedException", "not allowed");
            if (operation == "ListFieldOptions")
                return FakeResponse::hold();
            return domain->respond(request);
        });
        CasesClient client(testConfig(server->url()));
        Outcome<DomainSnapshot> outcome;
        client.pullDomain(domain->snapshot().domainId, {}, outcome.callback());
        QVERIFY(outcome.wait());
        QCOMPARE(kindOf(outcome.result().error()), std::optional(ApiErrorKind::AccessDenied));
        QVERIFY(QString::fromStdString(outcome.result().error().message)
                    .startsWith(QStringLiteral("GetTemplate failed")));
        QVERIFY(QTest::qWaitFor([&] { return client.executor().pendingCount() == 0; }));
        QCOMPARE(*outcome.calls, 1);
    }

    void pullReportsAFieldTheBatchCouldNotRead()
    {
        server->setHandler([this](const FakeRequest &request) {
            if (FakeCasesDomain::operationOf(request) == "BatchGetField")
                return FakeResponse::json(QByteArray::fromStdString(
                    Json{{"fields", Json::array()},
                         {"errors", {{{"id", idsOf(request, "fields").front()}, {"errorCode", "NotFound"}}}}}
                        .dump()));
            return domain->respond(request);
        });
        CasesClient client(testConfig(server->url()));
        Outcome<DomainSnapshot> outcome;
        client.pullDomain(domain->snapshot().domainId, {}, outcome.callback());
        QVERIFY(outcome.wait());
        QCOMPARE(kindOf(outcome.result().error()), std::optional(ApiErrorKind::NotFound));
    }

    void pullCanBeCancelled()
    {
        server->setHandler([](const FakeRequest &) { return FakeResponse::hold(); });
        CasesClient client(testConfig(server->url()));
        CallOptions options;
        Outcome<DomainSnapshot> outcome;
        client.pullDomain(domain->snapshot().domainId, {}, outcome.callback(), options);
        QVERIFY(QTest::qWaitFor([&] { return server->openRequests() == 5; })); // domain + four lists
        options.cancel.cancel();
        QVERIFY(outcome.wait());
        QCOMPARE(kindOf(outcome.result().error()), std::optional(ApiErrorKind::Cancelled));
        QCOMPARE(client.executor().pendingCount(), 0);
    }

private:
    std::unique_ptr<FakeHttpServer> server;
    std::unique_ptr<FakeCasesDomain> domain;
};

QTEST_GUILESS_MAIN(TestCasesClient)
#include "test_cases_client.moc"
