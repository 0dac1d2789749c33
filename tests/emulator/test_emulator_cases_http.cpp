// CreateCase / GetCase / SearchCases over real HTTP against the cases-emulator process: paging a
// --generate-cases domain through every page (page size capped by --page-size), the same cases
// for the same --seed in two processes, and the real AWS CLI (`aws connectcases create-case`,
// `get-case`, `search-cases` with its own paginator) where `aws` is installed.
#include "emulator_client.h"
#include "emulator_process.h"
#include "process_run.h"

#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <set>

using namespace cw;
using namespace cw::emu::testing;

namespace {
const char kDomainId[] = "09360fd9-e272-549f-9122-b5c47c94cb3b";

std::string domainPath(const std::string &suffix)
{
    return std::string("/domains/") + kDomainId + suffix;
}

QStringList withSample(QStringList extra)
{
    return QStringList{QStringLiteral("--seed-sample"), QStringLiteral("--sample"), sampleSnapshotPath()} +
           extra;
}

// Every case id of a search, page by page; `pageSizes` gets each page's size.
std::vector<std::string> searchAll(EmulatorClient &client, Json body, std::vector<std::size_t> &pageSizes)
{
    std::vector<std::string> ids;
    for (int guard = 0; guard < 100; ++guard) {
        const HttpReply reply = client.call("POST", domainPath("/cases-search"), body);
        if (reply.status != 200)
            return {};
        const Json page = reply.json();
        pageSizes.push_back(page["cases"].size());
        for (const Json &item : page["cases"])
            ids.push_back(item["caseId"]);
        if (!page.contains("nextToken"))
            break;
        body["nextToken"] = page["nextToken"];
    }
    return ids;
}

std::string supportTemplateId(EmulatorClient &client)
{
    const Json templates = client.call("POST", domainPath("/templates-list")).json();
    for (const Json &item : templates["templates"])
        if (item["name"] == "Customer support")
            return item["templateId"];
    return {};
}

ProcessRun runAws(const QString &aws, const QStringList &arguments, const QUrl &endpoint, const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Nothing of the machine's own AWS setup: the emulator's key pair, its endpoint, no pager.
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), home + QStringLiteral("/credentials"));
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("CASEWRIGHTEMULATOR"));
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                       QStringLiteral("casewright-emulator-secret-key"));
    environment.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    environment.insert(QStringLiteral("AWS_PAGER"), QString());
    environment.remove(QStringLiteral("AWS_PROFILE"));
    environment.remove(QStringLiteral("AWS_SESSION_TOKEN"));
    return runToEnd(aws,
                    QStringList{QStringLiteral("connectcases")} + arguments +
                        QStringList{QStringLiteral("--endpoint-url"), endpoint.toString(),
                                    QStringLiteral("--output"), QStringLiteral("json")},
                    environment);
}
} // namespace

class TestEmulatorCasesHttp : public QObject {
    Q_OBJECT

private slots:
    void generatedCasesPageThroughEveryPage()
    {
        EmulatorProcess emulator;
        QVERIFY2(emulator.start(withSample({QStringLiteral("--generate-cases"), QStringLiteral("230"),
                                            QStringLiteral("--page-size"), QStringLiteral("40")})),
                 qPrintable(emulator.errorText()));
        EmulatorClient client(emulator.url());
        std::vector<std::size_t> pageSizes;
        const auto ids = searchAll(client, {{"maxResults", 100}, {"fields", {{{"id", "title"}}}}}, pageSizes);
        QCOMPARE(ids.size(), std::size_t(230));
        QCOMPARE(std::set<std::string>(ids.begin(), ids.end()).size(), std::size_t(230));
        QCOMPARE(pageSizes.front(), std::size_t(40)); // the server's page is the smaller
        QCOMPARE(pageSizes.size(), std::size_t(6));

        // GetCase reads a searched case; an unknown one is a 404 with the restJson1 error shape.
        const HttpReply got =
            client.call("POST", domainPath("/cases/" + ids.front()), {{"fields", {{{"id", "title"}}}}});
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json()["fields"][0]["id"].get<std::string>(), std::string("title"));
        const HttpReply missing =
            client.call("POST", domainPath("/cases/no-such-case"), {{"fields", {{{"id", "title"}}}}});
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorType(), QByteArray("ResourceNotFoundException"));
    }

    void theSameSeedGivesTheSameCases()
    {
        const auto firstPage = [](const QStringList &arguments) {
            EmulatorProcess emulator;
            if (!emulator.start(withSample(arguments)))
                return Json();
            EmulatorClient client(emulator.url());
            return client
                .call("POST", domainPath("/cases-search"),
                      {{"maxResults", 20}, {"fields", {{{"id", "title"}}, {{"id", "status"}}}}})
                .json();
        };
        const QStringList seven = {QStringLiteral("--generate-cases"), QStringLiteral("50"),
                                   QStringLiteral("--seed"), QStringLiteral("7")};
        const Json a = firstPage(seven);
        QVERIFY(a.contains("cases"));
        QCOMPARE(firstPage(seven), a);
        QVERIFY(firstPage({QStringLiteral("--generate-cases"), QStringLiteral("50"), QStringLiteral("--seed"),
                           QStringLiteral("8")}) != a);
    }

    void theAwsCliCreatesAndSearchesCases()
    {
        const QString aws = QStandardPaths::findExecutable(QStringLiteral("aws"));
        if (aws.isEmpty())
            QSKIP("the AWS CLI (aws) is not installed here; this test drives the emulator with it");
        EmulatorProcess emulator;
        QVERIFY2(emulator.start(withSample({QStringLiteral("--generate-cases"), QStringLiteral("25")})),
                 qPrintable(emulator.errorText()));
        EmulatorClient client(emulator.url());
        const std::string templateId = supportTemplateId(client);
        QTemporaryDir home;

        const Json fields = Json::array(
            {{{"id", "customer_id"},
              {"value",
               {{"stringValue", "arn:aws:profile:us-east-1:123456789012:domains/shop/profiles/42"}}}},
             {{"id", "title"}, {"value", {{"stringValue", "Created by the AWS CLI"}}}},
             {{"id", "10fd19fe-bb18-514b-978f-b601f0533303"}, {"value", {{"stringValue", "urgent"}}}},
             {{"id", "494a2506-681f-5d8b-9091-d436305b9d66"}, {"value", {{"stringValue", "shipping"}}}},
             {{"id", "8c21b2a1-6901-5888-8ed9-a7bc245587fd"}, {"value", {{"doubleValue", 12.5}}}}});
        const ProcessRun created = runAws(aws,
                                          {QStringLiteral("create-case"), QStringLiteral("--domain-id"),
                                           QString::fromLatin1(kDomainId), QStringLiteral("--template-id"),
                                           QString::fromStdString(templateId), QStringLiteral("--fields"),
                                           QString::fromStdString(fields.dump())},
                                          emulator.url(), home.path());
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const Json createdJson = Json::parse(created.out.toStdString());
        const std::string caseId = createdJson["caseId"];
        QVERIFY(createdJson["caseArn"].get<std::string>().ends_with("/case/" + caseId));

        const ProcessRun got =
            runAws(aws,
                   {QStringLiteral("get-case"), QStringLiteral("--domain-id"), QString::fromLatin1(kDomainId),
                    QStringLiteral("--case-id"), QString::fromStdString(caseId), QStringLiteral("--fields"),
                    QStringLiteral(R"([{"id":"title"},{"id":"8c21b2a1-6901-5888-8ed9-a7bc245587fd"}])")},
                   emulator.url(), home.path());
        QVERIFY2(got.exitCode == 0, got.err.constData());
        const Json gotJson = Json::parse(got.out.toStdString());
        QCOMPARE(gotJson["fields"][1]["value"]["doubleValue"].get<double>(), 12.5);

        // search-cases pages on its own (--page-size 7 over 26 cases: 4 requests).
        const ProcessRun all =
            runAws(aws,
                   {QStringLiteral("search-cases"), QStringLiteral("--domain-id"),
                    QString::fromLatin1(kDomainId), QStringLiteral("--page-size"), QStringLiteral("7"),
                    QStringLiteral("--fields"), QStringLiteral(R"([{"id":"title"}])")},
                   emulator.url(), home.path());
        QVERIFY2(all.exitCode == 0, all.err.constData());
        QCOMPARE(Json::parse(all.out.toStdString())["cases"].size(), std::size_t(26));

        const ProcessRun filtered = runAws(
            aws,
            {QStringLiteral("search-cases"), QStringLiteral("--domain-id"), QString::fromLatin1(kDomainId),
             QStringLiteral("--filter"),
             QStringLiteral(R"({"field":{"contains":{"id":"title","value":{"stringValue":"aws cli"}}}})"),
             QStringLiteral("--fields"), QStringLiteral(R"([{"id":"title"}])")},
            emulator.url(), home.path());
        QVERIFY2(filtered.exitCode == 0, filtered.err.constData());
        const Json found = Json::parse(filtered.out.toStdString());
        QCOMPARE(found["cases"].size(), std::size_t(1));
        QCOMPARE(found["cases"][0]["caseId"].get<std::string>(), caseId);

        // A modelled error reaches the CLI as its own exception name.
        const ProcessRun refused = runAws(aws,
                                          {QStringLiteral("create-case"), QStringLiteral("--domain-id"),
                                           QString::fromLatin1(kDomainId), QStringLiteral("--template-id"),
                                           QStringLiteral("no-such-template"), QStringLiteral("--fields"),
                                           QString::fromStdString(fields.dump())},
                                          emulator.url(), home.path());
        QVERIFY(refused.exitCode != 0);
        QVERIFY2(refused.err.contains("ResourceNotFoundException"), refused.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorCasesHttp)
#include "test_emulator_cases_http.moc"
