// casewright-cli pull-cases against the emulator filled with --generate-cases: the newest cases
// with exactly the fields the project reads, values exactly as SearchCases returns them, through
// the project's own connection; --template, --max, --since, --filter; SearchCases paging through
// injected faults giving the very same file; and every exit status, with no file left behind by
// a failure.
#include "cli_runner.h"
#include "emulator_client.h"
#include "emulator_process.h"
#include "pull_cases_support.h"
#include "sample_edits.h"

#include <QDate>
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <set>

using namespace cw;
using namespace cw::testing;
using cw::emu::testing::EmulatorClient;
using cw::emu::testing::EmulatorProcess;

namespace {

QStringList pulledFiles(const QString &project)
{
    return QDir(QDir(project).filePath(QStringLiteral("samples")))
        .entryList({QStringLiteral("pulled-*")}, QDir::Files | QDir::Hidden, QDir::Name);
}

// Every case of the domain, newest first, with `fields`, straight from SearchCases.
Json searchEverything(EmulatorClient &client, const Json &fields, const Json &filter = Json())
{
    Json all = Json::array();
    Json body = {{"maxResults", 100},
                 {"fields", fields},
                 {"sorts", {{{"fieldId", "created_datetime"}, {"sortOrder", "Desc"}}}}};
    if (!filter.is_null())
        body["filter"] = filter;
    for (int guard = 0; guard < 100; ++guard) {
        const Json page =
            client.call("POST", "/domains/" + kDomain.toStdString() + "/cases-search", body).json();
        for (const Json &item : page["cases"])
            all.push_back(item);
        if (!page.contains("nextToken"))
            break;
        body["nextToken"] = page["nextToken"];
    }
    return all;
}

// The field ids the project's samples file asks for, as SearchCases items would have them.
Json fieldIdentifiers(const Json &pulled)
{
    std::set<std::string> ids;
    for (const Json &item : pulled["cases"])
        for (const Json &field : item["fields"])
            ids.insert(field["id"].get<std::string>());
    Json list = Json::array();
    for (const std::string &id : ids)
        list.push_back({{"id", id}});
    return list;
}
} // namespace

class TestPullCasesCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<CliRunner> m_cli;
    QString m_project;

    // A fresh project pulled from `emulator` (its endpoint stored in casewright.json).
    QString pulledProject(const QString &name, EmulatorProcess &emulator)
    {
        return pullSampleDomain(CliRunner(emulator.url(), m_home.path()), m_work.filePath(name));
    }

    CliRun pullCases(const QString &project, const QStringList &options, const QStringList &environment = {})
    {
        return m_cli->run(QStringList{QStringLiteral("pull-cases"), project} + options, environment);
    }

private slots:
    void initTestCase()
    {
        m_emulator = std::make_unique<EmulatorProcess>();
        QVERIFY2(
            m_emulator->start({QStringLiteral("--seed-sample"), QStringLiteral("--generate-cases"),
                               QStringLiteral("150"), QStringLiteral("--page-size"), QStringLiteral("30")}),
            qPrintable(m_emulator->errorText()));
        m_cli = std::make_unique<CliRunner>(m_emulator->url(), m_home.path());
        m_project = pulledProject(QStringLiteral("shop"), *m_emulator);
        QVERIFY(!m_project.isEmpty());
    }

    void cleanupTestCase() { m_emulator.reset(); }

    void cleanup()
    {
        for (const QString &name : pulledFiles(m_project))
            QFile::remove(QDir(m_project).filePath(QStringLiteral("samples/") + name));
    }

    void writesTheNewestCasesAsTheServiceReturnsThem()
    {
        EmulatorClient client(m_emulator->url());
        const int searchesBefore =
            client.call("GET", "/_emulator/stats").json()["operations"].value("SearchCases", 0);
        // No --endpoint: the project's own connection, as for publish.
        const CliRun run = pullCases(m_project, {QStringLiteral("--max"), QStringLiteral("50")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(run.out.contains(QStringLiteral("Wrote 50 case(s)")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("50/50 cases")), qPrintable(run.err)); // progress
        const Json pulled = readJson(todaysPulledFile(m_project));
        QCOMPARE(pulled["cases"].size(), std::size_t(50));
        // maxResults 50, but the server's pages hold 30: two pages.
        QCOMPARE(client.call("GET", "/_emulator/stats").json()["operations"].value("SearchCases", 0) -
                     searchesBefore,
                 2);

        // The same 50 cases and values as a direct SearchCases for the same fields returns.
        const Json direct = searchEverything(client, fieldIdentifiers(pulled));
        for (std::size_t i = 0; i < 50; ++i) {
            QCOMPARE(pulled["cases"][i]["id"], direct[i]["caseId"]);
            QCOMPARE(pulled["cases"][i]["templateId"], direct[i]["templateId"]);
            QCOMPARE(valuesById(pulled["cases"][i]["fields"]), valuesById(direct[i]["fields"]));
        }
        // Only the fields the templates show and their rules read: never the service's own
        // bookkeeping or the customer's profile.
        for (const Json &id : fieldIdentifiers(pulled))
            for (const char *notAsked : {"customer_id", "case_id", "created_datetime", "reference_number"})
                QVERIFY(id["id"] != notAsked);
        // The file is a samples file: evaluate runs the rules on it.
        const CliRun evaluated = m_cli->run(
            {QStringLiteral("evaluate"), m_project, QStringLiteral("--cases"), todaysPulledFile(m_project)});
        QVERIFY2(evaluated.exitCode == 0, qPrintable(evaluated.all()));

        // Again: a second file; the first one is never overwritten.
        const QByteArray first = [&] {
            QFile file(todaysPulledFile(m_project));
            file.open(QIODevice::ReadOnly);
            return file.readAll();
        }();
        QCOMPARE(pullCases(m_project, {QStringLiteral("--max"), QStringLiteral("3")}).exitCode, 0);
        QCOMPARE(readJson(todaysPulledFile(m_project, QStringLiteral("-2")))["cases"].size(), std::size_t(3));
        QFile file(todaysPulledFile(m_project));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), first);
    }

    void templateKeepsOneTemplatesCases()
    {
        EmulatorClient client(m_emulator->url());
        const Json everything = searchEverything(client, Json::array());
        std::size_t billing = 0;
        std::string billingId;
        const Json templates =
            client.call("POST", "/domains/" + kDomain.toStdString() + "/templates-list").json();
        for (const Json &item : templates["templates"])
            if (item["name"] == "Billing dispute")
                billingId = item["templateId"];
        for (const Json &item : everything)
            billing += item["templateId"] == billingId ? 1 : 0;
        QVERIFY(billing > 0 && billing < everything.size());

        const CliRun byName =
            pullCases(m_project, {QStringLiteral("--template"), QStringLiteral("Billing dispute")});
        QVERIFY2(byName.exitCode == 0, qPrintable(byName.all()));
        const Json pulled = readJson(todaysPulledFile(m_project));
        QCOMPARE(pulled["cases"].size(), billing);
        for (const Json &item : pulled["cases"])
            QCOMPARE(item["templateId"].get<std::string>(), billingId);
        QVERIFY2(byName.out.contains(QStringLiteral("of other templates left out")), qPrintable(byName.out));
        // By id, and with --max: the newest of them.
        const CliRun byId =
            pullCases(m_project, {QStringLiteral("--template"), QString::fromStdString(billingId),
                                  QStringLiteral("--max"), QStringLiteral("4")});
        QVERIFY2(byId.exitCode == 0, qPrintable(byId.all()));
        const Json four = readJson(todaysPulledFile(m_project, QStringLiteral("-2")));
        QCOMPARE(four["cases"].size(), std::size_t(4));
        for (std::size_t i = 0; i < 4; ++i)
            QCOMPARE(four["cases"][i]["id"], pulled["cases"][i]["id"]);
    }

    void sinceKeepsTheCasesCreatedFromThatDay()
    {
        EmulatorClient client(m_emulator->url());
        const Json everything = searchEverything(client, Json::array({{{"id", "created_datetime"}}}));
        // A day in the middle of the generated 90 days.
        const std::string middle = everything[everything.size() / 2]["fields"][0]["value"]["stringValue"];
        const std::string day = middle.substr(0, 10);
        std::size_t expected = 0;
        for (const Json &item : everything)
            expected += item["fields"][0]["value"]["stringValue"].get<std::string>() >= day + "T00:00:00.000Z"
                            ? 1
                            : 0;
        const CliRun run = pullCases(m_project, {QStringLiteral("--since"), QString::fromStdString(day)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QCOMPARE(readJson(todaysPulledFile(m_project))["cases"].size(), expected);
    }

    void filterFileIsSentAsTheCaseFilter()
    {
        const Json filter = {
            {"field", {{"equalTo", {{"id", kPriority}, {"value", {{"stringValue", "urgent"}}}}}}}};
        const QString filterFile = m_work.filePath(QStringLiteral("urgent.json"));
        writeJson(filterFile, filter);
        EmulatorClient client(m_emulator->url());
        const std::size_t expected = searchEverything(client, Json::array(), filter).size();
        QVERIFY(expected > 0);
        const CliRun run = pullCases(m_project, {QStringLiteral("--filter"), filterFile});
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        const Json pulled = readJson(todaysPulledFile(m_project));
        QCOMPARE(pulled["cases"].size(), expected);
        for (const Json &item : pulled["cases"]) {
            bool urgent = false;
            for (const Json &field : item["fields"])
                urgent = urgent || (field["id"] == kPriority && field["value"]["stringValue"] == "urgent");
            QVERIFY(urgent);
        }
    }

    void failuresWriteNothing_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("messagePart");
        QTest::newRow("unknown template")
            << QStringList{QStringLiteral("--template"), QStringLiteral("Returns")} << 1
            << QByteArray("\"Customer support\"");
        QTest::newRow("filter not JSON") << QStringList{QStringLiteral("--filter"), QStringLiteral("@broken")}
                                         << 1 << QByteArray("broken.json:1:");
        QTest::newRow("filter of the wrong shape")
            << QStringList{QStringLiteral("--filter"), QStringLiteral("@shape")} << 1
            << QByteArray("shape.json: /field:");
        QTest::newRow("filter missing")
            << QStringList{QStringLiteral("--filter"), QStringLiteral("/nonexistent/f.json")} << 1
            << QByteArray("f.json");
        QTest::newRow("service refuses")
            << QStringList{QStringLiteral("--filter"), QStringLiteral("@refused")} << 1
            << QByteArray("ValidationException");
        QTest::newRow("unreachable") << QStringList{QStringLiteral("--endpoint"),
                                                    QStringLiteral("http://127.0.0.1:1")}
                                     << 1 << QByteArray("");
        QTest::newRow("max zero") << QStringList{QStringLiteral("--max"), QStringLiteral("0")} << 2
                                  << QByteArray("--max");
        QTest::newRow("max not a number")
            << QStringList{QStringLiteral("--max"), QStringLiteral("many")} << 2 << QByteArray("--max");
        QTest::newRow("since not a date")
            << QStringList{QStringLiteral("--since"), QStringLiteral("yesterday")} << 2
            << QByteArray("--since");
        QTest::newRow("since without zone")
            << QStringList{QStringLiteral("--since"), QStringLiteral("2026-05-01T08:00:00")} << 2
            << QByteArray("--since");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--everything")} << 2 << QByteArray("everything");
        QTest::newRow("two folders") << QStringList{QStringLiteral("elsewhere")} << 2
                                     << QByteArray("exactly one");
    }

    void failuresWriteNothing()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, messagePart);
        QFile broken(m_work.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("{\"field\": ");
        broken.close();
        writeJson(m_work.filePath(QStringLiteral("shape.json")),
                  {{"field", {{"like", {{"id", "title"}, {"value", {{"stringValue", "x"}}}}}}}});
        // Well-formed for the client, refused by the service: contains needs text.
        writeJson(m_work.filePath(QStringLiteral("refused.json")),
                  {{"field", {{"contains", {{"id", "title"}, {"value", {{"doubleValue", 1}}}}}}}});
        for (QString &option : options)
            if (option.startsWith(QLatin1Char('@')))
                option = m_work.filePath(option.mid(1) + QStringLiteral(".json"));
        const CliRun run = pullCases(m_project, options, {QStringLiteral("AWS_MAX_ATTEMPTS=1")});
        QVERIFY2(run.exitCode == exitCode, qPrintable(QString::number(run.exitCode) + run.all()));
        QVERIFY2(run.err.contains(QString::fromUtf8(messagePart)), qPrintable(run.err));
        QVERIFY2(pulledFiles(m_project).isEmpty(), qPrintable(pulledFiles(m_project).join(QLatin1Char(' '))));
    }

    void aProjectWithoutADomainIsRefused()
    {
        const QString bare = m_work.filePath(QStringLiteral("bare"));
        QVERIFY(QDir().mkpath(bare));
        writeJson(bare + QStringLiteral("/casewright.json"), {{"formatVersion", 1}});
        const CliRun run = pullCases(bare, {});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("pull")), qPrintable(run.err));
        QVERIFY(!QDir(bare + QStringLiteral("/samples")).exists());
    }

    void helpNamesEveryOption()
    {
        const CliRun run = m_cli->run({QStringLiteral("pull-cases"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option :
             {"--template", "--max", "--since", "--filter", "--profile", "--region", "--endpoint"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
    }

    // SearchCases throttled, failing with 500s and dropping connections: the standard retries
    // carry the pull through every page, and the file is byte for byte the fault-free one.
    void pagingThroughFaultsGivesTheSameFile()
    {
        const QStringList generated = {QStringLiteral("--seed-sample"),
                                       QStringLiteral("--generate-cases"),
                                       QStringLiteral("90"),
                                       QStringLiteral("--page-size"),
                                       QStringLiteral("10"),
                                       QStringLiteral("--seed"),
                                       QStringLiteral("5")};
        EmulatorProcess clean;
        QVERIFY2(clean.start(generated), qPrintable(clean.errorText()));
        EmulatorProcess faulty;
        QVERIFY2(
            faulty.start(generated + QStringList{QStringLiteral("--throttle-rate"), QStringLiteral("0.2"),
                                                 QStringLiteral("--error-rate"), QStringLiteral("0.15"),
                                                 QStringLiteral("--drop-rate"), QStringLiteral("0.1"),
                                                 QStringLiteral("--fault-operations"),
                                                 QStringLiteral("SearchCases")}),
            qPrintable(faulty.errorText()));
        const QString cleanProject = pulledProject(QStringLiteral("clean"), clean);
        const QString faultyProject = pulledProject(QStringLiteral("faulty"), faulty);
        QVERIFY(!cleanProject.isEmpty() && !faultyProject.isEmpty());
        // Enough attempts that a page failing several times in a row still gets through.
        const QStringList patient = {QStringLiteral("AWS_MAX_ATTEMPTS=8"),
                                     QStringLiteral("AWS_RETRY_MODE=standard")};
        const CliRun viaClean = pullCases(cleanProject, {}, patient);
        const CliRun viaFaulty = pullCases(faultyProject, {}, patient);
        QVERIFY2(viaClean.exitCode == 0, qPrintable(viaClean.all()));
        QVERIFY2(viaFaulty.exitCode == 0, qPrintable(viaFaulty.all()));
        const Json cleanCases = readJson(todaysPulledFile(cleanProject));
        QCOMPARE(cleanCases["cases"].size(), std::size_t(90));
        QCOMPARE(readJson(todaysPulledFile(faultyProject)), cleanCases);
        const Json stats = EmulatorClient(faulty.url()).call("GET", "/_emulator/stats").json();
        const Json &faults = stats["faults"];
        QVERIFY2(faults["throttled"].get<int>() + faults["internalErrors"].get<int>() +
                         faults["dropped"].get<int>() >
                     0,
                 stats.dump().c_str());
    }
};

QTEST_GUILESS_MAIN(TestPullCasesCli)
#include "test_pull_cases_cli.moc"
