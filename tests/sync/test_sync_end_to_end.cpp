// Pull, edit, plan, publish and pull again through casewright-cli against the project's own
// Cases emulator: the whole offline-then-publish workflow, with remote edits in between,
// crashes in the middle of a publish, and a flaky service.
#include "cli_runner.h"
#include "emulator_client.h"
#include "emulator_process.h"
#include "sample_edits.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace cw;
using namespace cw::testing;
using cw::emu::testing::EmulatorClient;
using cw::emu::testing::EmulatorProcess;

namespace {
// Members the service owns or publish does not manage; left out when comparing two pulls.
Json withoutUnmanaged(Json json)
{
    if (json.is_object())
        json.erase("tags");
    return json;
}

// The edits of a typical design session: one rule changed, one field-options mapping narrowed,
// a new rule attached to an existing and to a new template, and a rule deleted (detached first).
void makeEdits(const QString &project)
{
    const QDir dir(project);
    Json resolution = readJson(dir.filePath(kResolutionRuleFile));
    resolution["rule"]["required"]["conditions"].push_back({{"equalTo",
                                                             {{"operandOne", {{"fieldId", "status"}}},
                                                              {"operandTwo", {{"stringValue", "pending"}}},
                                                              {"result", true}}}});
    writeJson(dir.filePath(kResolutionRuleFile), resolution);

    Json subcategories = readJson(dir.filePath(kSubcategoryRuleFile));
    subcategories["rule"]["fieldOptions"]["parentChildFieldOptionsMappings"][0]["childFieldOptionValues"] =
        Json::array({"refund", "invoice"});
    writeJson(dir.filePath(kSubcategoryRuleFile), subcategories);

    QVERIFY(addNewRuleAndDeleteKnowledgeRule(project));
    writeJson(dir.filePath(QStringLiteral("templates/escalations.json")),
              {{"name", "Escalations"},
               {"status", "Active"},
               {"requiredFields", Json::array({{{"fieldId", "title"}}})},
               {"rules", Json::array({{{"caseRuleId", "local:new-rule"}, {"fieldId", kEscalationReason}}})}});
}

// Names of the live rules and templates the emulator holds.
std::multiset<std::string> remoteNames(EmulatorClient &client, const char *list, const char *items)
{
    std::multiset<std::string> names;
    std::string token;
    do {
        QList<std::pair<QByteArray, QByteArray>> query;
        if (!token.empty())
            query.append({"nextToken", QByteArray::fromStdString(token)});
        const auto reply = client.call("POST", "/domains/" + kDomain.toStdString() + list, Json(), query);
        const Json body = reply.json();
        for (const Json &item : body.value(items, Json::array()))
            names.insert(item.value("name", std::string()));
        token = body.value("nextToken", std::string());
    } while (!token.empty());
    return names;
}

int writeRequests(EmulatorClient &client)
{
    const Json stats = client.send("GET", "/_emulator/stats", {}, {}, false).json();
    int writes = 0;
    for (const char *operation : {"CreateCaseRule", "UpdateCaseRule", "DeleteCaseRule", "CreateTemplate",
                                  "UpdateTemplate", "DeleteTemplate"})
        if (stats.contains("operations") && stats["operations"].contains(operation))
            writes += stats["operations"][operation].get<int>();
    return writes;
}
} // namespace

class TestSyncEndToEnd : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;

    bool startEmulator(EmulatorProcess &emulator, const QStringList &extra = {})
    {
        return emulator.start(QStringList{QStringLiteral("--seed-sample")} + extra);
    }

private slots:
    void pullEditPlanPublishPullGivesTheSameFiles()
    {
        EmulatorProcess emulator;
        QVERIFY2(startEmulator(emulator), qPrintable(emulator.errorText()));
        CliRunner cli(emulator.url(), m_home.path());
        QTemporaryDir work;
        const QString mine = work.filePath(QStringLiteral("mine"));

        CliRun pull = cli.run({QStringLiteral("pull"), QStringLiteral("--domain"), kDomain, mine});
        QVERIFY2(pull.exitCode == 0, qPrintable(pull.all()));
        QVERIFY(QFile::exists(mine + QStringLiteral("/casewright.json")));
        QVERIFY(QFile::exists(mine + QLatin1Char('/') + kResolutionRuleFile));
        CliRun clean = cli.run({QStringLiteral("plan"), mine});
        QVERIFY2(clean.out.contains(QStringLiteral("No changes")), qPrintable(clean.all()));

        makeEdits(mine);
        CliRun plan = cli.run({QStringLiteral("plan"), QStringLiteral("--json"), mine});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.all()));
        const Json steps = parseJsonText(plan.out.toStdString())->at("steps");
        std::vector<std::string> actions;
        for (const Json &step : steps)
            actions.push_back(step["action"].get<std::string>());
        const std::vector<std::string> expected{"createRule", "updateTemplate", "createTemplate",
                                                "updateRule", "updateRule",     "deleteRule"};
        QCOMPARE(actions, expected);

        CliRun validate = cli.run({QStringLiteral("validate"), mine});
        QVERIFY2(validate.exitCode == 0, qPrintable(validate.all()));

        EmulatorClient client(emulator.url());
        CliRun publish = cli.run({QStringLiteral("publish"), mine});
        QVERIFY2(publish.exitCode == 0, qPrintable(publish.all()));
        QVERIFY(publish.out.contains(QStringLiteral("Published 6 change(s)")));
        // The new rule got its id, and the templates refer to it by that id now.
        const Json created = readJson(mine + QStringLiteral("/rules/new-rule.json"));
        QVERIFY(created.contains("caseRuleId"));
        const Json escalations = readJson(mine + QStringLiteral("/templates/escalations.json"));
        QVERIFY(escalations["rules"][0]["caseRuleId"] == created["caseRuleId"]);
        QVERIFY(!QFile::exists(mine + QStringLiteral("/.casewright/journal.json")));

        // Publishing a clean project sends no write request at all.
        const int writesBefore = writeRequests(client);
        CliRun again = cli.run({QStringLiteral("publish"), mine});
        QVERIFY2(again.exitCode == 0, qPrintable(again.all()));
        QVERIFY(again.out.contains(QStringLiteral("Nothing to publish")));
        QCOMPARE(writeRequests(client), writesBefore);

        // A fresh pull of the domain gives the same rule and template files.
        const QString theirs = work.filePath(QStringLiteral("theirs"));
        CliRun fresh = cli.run({QStringLiteral("pull"), QStringLiteral("--domain"), kDomain, theirs});
        QVERIFY2(fresh.exitCode == 0, qPrintable(fresh.all()));
        const auto mineTree = readTree(mine);
        const auto theirTree = readTree(theirs);
        for (const auto &[path, json] : theirTree) {
            if (!path.startsWith(QLatin1String("rules/")) && !path.startsWith(QLatin1String("templates/")))
                continue;
            QVERIFY2(mineTree.count(path) == 1, qPrintable(QStringLiteral("missing locally: ") + path));
            QVERIFY2(withoutUnmanaged(mineTree.at(path)) == withoutUnmanaged(json),
                     qPrintable(path + QStringLiteral("\nmine:   ") +
                                QString::fromStdString(mineTree.at(path).dump()) +
                                QStringLiteral("\ntheirs: ") + QString::fromStdString(json.dump())));
        }
        QVERIFY(!mineTree.count(kKnowledgeRuleFile));
        QVERIFY(!theirTree.count(kKnowledgeRuleFile));

        // And pulling into the published project changes nothing.
        CliRun refresh = cli.run({QStringLiteral("pull"), mine});
        QVERIFY2(refresh.exitCode == 0, qPrintable(refresh.all()));
        CliRun after = cli.run({QStringLiteral("plan"), mine});
        QVERIFY2(after.out.contains(QStringLiteral("No changes")), qPrintable(after.all()));
    }

    void remoteEditBeforePublishIsNotOverwritten()
    {
        EmulatorProcess emulator;
        QVERIFY2(startEmulator(emulator), qPrintable(emulator.errorText()));
        CliRunner cli(emulator.url(), m_home.path());
        EmulatorClient client(emulator.url());
        QTemporaryDir work;
        const QString mine = work.filePath(QStringLiteral("p"));
        QCOMPARE(cli.run({QStringLiteral("pull"), QStringLiteral("--domain"), kDomain, mine}).exitCode, 0);

        Json local = readJson(mine + QLatin1Char('/') + kResolutionRuleFile);
        const std::string id = local["caseRuleId"];
        local["rule"]["required"]["defaultValue"] = true;
        writeJson(mine + QLatin1Char('/') + kResolutionRuleFile, local);
        // Someone renames the rule in the admin website meanwhile.
        const auto update = client.call("PUT", "/domains/" + kDomain.toStdString() + "/case-rules/" + id,
                                        {{"name", "Renamed in the admin website"}});
        QCOMPARE(update.status, 200);

        CliRun stopped = cli.run({QStringLiteral("publish"), mine});
        QCOMPARE(stopped.exitCode, 1);
        QVERIFY2(stopped.out.contains(QStringLiteral("conflict")), qPrintable(stopped.all()));
        QVERIFY(stopped.out.contains(QStringLiteral("Renamed in the admin website")));
        QCOMPARE(remoteNames(client, "/rules-list/", "caseRules").count("Renamed in the admin website"),
                 std::size_t(1));
        QVERIFY(readJson(mine + QLatin1Char('/') + kResolutionRuleFile) == local); // mine is kept

        CliRun dry = cli.run(
            {QStringLiteral("publish"), QStringLiteral("--dry-run"), QStringLiteral("--take-mine"), mine});
        QCOMPARE(dry.exitCode, 0);
        QCOMPARE(remoteNames(client, "/rules-list/", "caseRules").count("Renamed in the admin website"),
                 std::size_t(1));

        CliRun theirs = cli.run({QStringLiteral("publish"), QStringLiteral("--take-theirs"), mine});
        QVERIFY2(theirs.exitCode == 0, qPrintable(theirs.all()));
        const Json adopted = readJson(mine + QLatin1Char('/') + kResolutionRuleFile);
        QCOMPARE(adopted["name"].get<std::string>(), std::string("Renamed in the admin website"));
        QCOMPARE(adopted["rule"]["required"]["defaultValue"].get<bool>(), false);

        // The other way round: mine wins.
        Json again = readJson(mine + QLatin1Char('/') + kSubcategoryRuleFile);
        const std::string subcategoryId = again["caseRuleId"];
        again["description"] = "Local description";
        writeJson(mine + QLatin1Char('/') + kSubcategoryRuleFile, again);
        QCOMPARE(client
                     .call("PUT", "/domains/" + kDomain.toStdString() + "/case-rules/" + subcategoryId,
                           {{"description", "Remote description"}})
                     .status,
                 200);
        CliRun takeMine = cli.run({QStringLiteral("publish"), QStringLiteral("--take-mine"), mine});
        QVERIFY2(takeMine.exitCode == 0, qPrintable(takeMine.all()));
        const auto read = client.call("POST", "/domains/" + kDomain.toStdString() + "/rules-batch",
                                      {{"caseRules", Json::array({{{"id", subcategoryId}}})}});
        QCOMPARE(read.json()["caseRules"][0]["description"].get<std::string>(),
                 std::string("Local description"));
    }

    void pullMergesRemoteChangesAndReportsConflicts()
    {
        EmulatorProcess emulator;
        QVERIFY2(startEmulator(emulator), qPrintable(emulator.errorText()));
        CliRunner cli(emulator.url(), m_home.path());
        EmulatorClient client(emulator.url());
        QTemporaryDir work;
        const QString mine = work.filePath(QStringLiteral("p"));
        QCOMPARE(cli.run({QStringLiteral("pull"), QStringLiteral("--domain"), kDomain, mine}).exitCode, 0);

        // Remote edits to one rule I did not touch and to one I edited.
        const std::string untouched = readJson(mine + QLatin1Char('/') + kSubcategoryRuleFile)["caseRuleId"];
        Json edited = readJson(mine + QLatin1Char('/') + kResolutionRuleFile);
        const std::string editedId = edited["caseRuleId"];
        edited["description"] = "Mine";
        writeJson(mine + QLatin1Char('/') + kResolutionRuleFile, edited);
        client.call("PUT", "/domains/" + kDomain.toStdString() + "/case-rules/" + untouched,
                    {{"description", "Theirs A"}});
        client.call("PUT", "/domains/" + kDomain.toStdString() + "/case-rules/" + editedId,
                    {{"description", "Theirs B"}});

        CliRun pull = cli.run({QStringLiteral("pull"), mine});
        QCOMPARE(pull.exitCode, 1); // a conflict is worth a non-zero exit
        QVERIFY2(pull.out.contains(QStringLiteral("conflict: rule resolution-notes-required-when-closed")),
                 qPrintable(pull.all()));
        QCOMPARE(readJson(mine + QLatin1Char('/') + kSubcategoryRuleFile)["description"].get<std::string>(),
                 std::string("Theirs A"));
        QCOMPARE(readJson(mine + QLatin1Char('/') + kResolutionRuleFile)["description"].get<std::string>(),
                 std::string("Mine"));
        CliRun status = cli.run({QStringLiteral("status"), mine});
        QVERIFY2(status.out.contains(QStringLiteral("conflict: rule resolution-notes-required-when-closed")),
                 qPrintable(status.all()));
        CliRun plan = cli.run({QStringLiteral("plan"), mine});
        QCOMPARE(plan.exitCode, 1);

        CliRun resolved = cli.run({QStringLiteral("publish"), QStringLiteral("--take-mine"), mine});
        QVERIFY2(resolved.exitCode == 0, qPrintable(resolved.all()));
        const auto read = client.call("POST", "/domains/" + kDomain.toStdString() + "/rules-batch",
                                      {{"caseRules", Json::array({{{"id", editedId}}})}});
        QCOMPARE(read.json()["caseRules"][0]["description"].get<std::string>(), std::string("Mine"));
    }

    void interruptedPublishResumesWithoutDuplicates_data()
    {
        QTest::addColumn<QString>("crashPoint");
        for (int step = 1; step <= 6; ++step)
            for (const char *point : {"after-request", "after-journal"})
                QTest::addRow("%s:%d", point, step)
                    << QStringLiteral("%1:%2").arg(QLatin1String(point)).arg(step);
    }

    void interruptedPublishResumesWithoutDuplicates()
    {
        QFETCH(QString, crashPoint);
        EmulatorProcess emulator;
        QVERIFY2(startEmulator(emulator), qPrintable(emulator.errorText()));
        CliRunner cli(emulator.url(), m_home.path());
        EmulatorClient client(emulator.url());
        QTemporaryDir work;
        const QString mine = work.filePath(QStringLiteral("p"));
        QCOMPARE(cli.run({QStringLiteral("pull"), QStringLiteral("--domain"), kDomain, mine}).exitCode, 0);
        makeEdits(mine);
        const Json editedResolution = readJson(mine + QLatin1Char('/') + kResolutionRuleFile);

        CliRun crashed = cli.run({QStringLiteral("publish"), mine},
                                 {QStringLiteral("CASEWRIGHT_TEST_CRASH_POINT=") + crashPoint});
        QVERIFY2(crashed.exitCode == 137, qPrintable(crashed.all()));

        CliRun status = cli.run({QStringLiteral("status"), mine});
        QVERIFY2(status.out.contains(QStringLiteral("interrupted publish")), qPrintable(status.all()));

        CliRun resumed = cli.run({QStringLiteral("publish"), mine});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.all()));
        QVERIFY(!QFile::exists(mine + QStringLiteral("/.casewright/journal.json")));

        const auto rules = remoteNames(client, "/rules-list/", "caseRules");
        QCOMPARE(rules.count("New rule"), std::size_t(1));
        QCOMPARE(rules.count("Knowledge article required for technical fixes"), std::size_t(0));
        const auto templates = remoteNames(client, "/templates-list", "templates");
        QCOMPARE(templates.count("Escalations"), std::size_t(1));
        // No local edit was lost, and nothing is left to do.
        Json resolution = readJson(mine + QLatin1Char('/') + kResolutionRuleFile);
        QVERIFY(resolution["rule"] == editedResolution["rule"]);
        CliRun plan = cli.run({QStringLiteral("plan"), mine});
        QVERIFY2(plan.out.contains(QStringLiteral("No changes")), qPrintable(plan.all()));
        const std::string ruleId = resolution["caseRuleId"];
        const auto read = client.call("POST", "/domains/" + kDomain.toStdString() + "/rules-batch",
                                      {{"caseRules", Json::array({{{"id", ruleId}}})}});
        QVERIFY(read.json()["caseRules"][0]["rule"] == editedResolution["rule"]);
    }

    void pullAndPublishSurviveAFlakyService()
    {
        EmulatorProcess emulator;
        QVERIFY2(startEmulator(emulator, {QStringLiteral("--throttle-rate"), QStringLiteral("0.3"),
                                          QStringLiteral("--error-rate"), QStringLiteral("0.1"),
                                          QStringLiteral("--latency-ms"), QStringLiteral("5"),
                                          QStringLiteral("--page-size"), QStringLiteral("4"),
                                          QStringLiteral("--seed"), QStringLiteral("20261129")}),
                 qPrintable(emulator.errorText()));
        CliRunner cli(emulator.url(), m_home.path());
        QTemporaryDir work;
        const QString mine = work.filePath(QStringLiteral("p"));
        // 40% of attempts fail: a retry budget of 10 attempts (AWS_MAX_ATTEMPTS, as for the AWS
        // SDKs) gets every call through; the standard mode's 3 would not.
        const QStringList patient{QStringLiteral("AWS_MAX_ATTEMPTS=10")};
        CliRun pull = cli.run({QStringLiteral("pull"), QStringLiteral("--domain"), kDomain, mine}, patient);
        QVERIFY2(pull.exitCode == 0, qPrintable(pull.all()));
        QCOMPARE(QDir(mine + QStringLiteral("/rules")).entryList({QStringLiteral("*.json")}).size(), 10);
        makeEdits(mine);
        CliRun publish = cli.run({QStringLiteral("publish"), mine}, patient);
        QVERIFY2(publish.exitCode == 0, qPrintable(publish.all()));
        CliRun refresh = cli.run({QStringLiteral("pull"), mine}, patient);
        QVERIFY2(refresh.exitCode == 0, qPrintable(refresh.all()));
        CliRun plan = cli.run({QStringLiteral("plan"), mine});
        QVERIFY2(plan.out.contains(QStringLiteral("No changes")), qPrintable(plan.all()));
    }

    // CreateCaseRule and CreateTemplate carry no client token. When the service creates and the
    // answer is lost (a 500 after the write), resending would create a second rule (rule names
    // are not unique) or fail on the template's name. Publish instead looks in the domain, adopts
    // what was created, and goes on: one request per creation, nothing twice.
    void lostAnswersNeverCreateAnythingTwice()
    {
        EmulatorProcess emulator;
        QVERIFY2(startEmulator(emulator, {QStringLiteral("--lost-answer-rate"), QStringLiteral("1"),
                                          QStringLiteral("--fault-operations"),
                                          QStringLiteral("CreateCaseRule,CreateTemplate")}),
                 qPrintable(emulator.errorText()));
        CliRunner cli(emulator.url(), m_home.path());
        EmulatorClient client(emulator.url());
        QTemporaryDir work;
        const QString mine = work.filePath(QStringLiteral("p"));
        QCOMPARE(cli.run({QStringLiteral("pull"), QStringLiteral("--domain"), kDomain, mine}).exitCode, 0);
        makeEdits(mine);

        CliRun publish = cli.run({QStringLiteral("publish"), mine});
        QVERIFY2(publish.exitCode == 0, qPrintable(publish.all()));
        QVERIFY2(publish.all().contains(QStringLiteral("adopted id")), qPrintable(publish.all()));
        const Json stats = client.send("GET", "/_emulator/stats", {}, {}, false).json();
        QCOMPARE(stats["operations"]["CreateCaseRule"].get<int>(), 1);
        QCOMPARE(stats["operations"]["CreateTemplate"].get<int>(), 1);
        QCOMPARE(stats["faults"]["lostAnswers"].get<int>(), 2);
        QCOMPARE(remoteNames(client, "/rules-list/", "caseRules").count("New rule"), std::size_t(1));
        QCOMPARE(remoteNames(client, "/templates-list", "templates").count("Escalations"), std::size_t(1));
        // The adopted ids are in the files: nothing is left to publish.
        CliRun plan = cli.run({QStringLiteral("plan"), mine});
        QVERIFY2(plan.out.contains(QStringLiteral("No changes")), qPrintable(plan.all()));
        QVERIFY(!readJson(mine + QStringLiteral("/rules/new-rule.json"))
                     .value("caseRuleId", std::string())
                     .empty());
    }

    void serviceRefusalStopsPublishWithAPreciseReport()
    {
        EmulatorProcess emulator;
        QVERIFY2(startEmulator(emulator), qPrintable(emulator.errorText()));
        CliRunner cli(emulator.url(), m_home.path());
        EmulatorClient client(emulator.url());
        QTemporaryDir work;
        const QString mine = work.filePath(QStringLiteral("p"));
        QCOMPARE(cli.run({QStringLiteral("pull"), QStringLiteral("--domain"), kDomain, mine}).exitCode, 0);
        makeEdits(mine);
        // Someone creates a template of the same name in the admin website: names are unique, so
        // the service refuses ours with a ConflictException that no retry can fix.
        const auto created = client.call("POST", "/domains/" + kDomain.toStdString() + "/templates",
                                         {{"name", "Escalations"}, {"status", "Active"}});
        QCOMPARE(created.status, 200);

        CliRun publish = cli.run({QStringLiteral("publish"), mine});
        QCOMPARE(publish.exitCode, 1);
        QVERIFY2(publish.err.contains(QStringLiteral("step 3 of 6 (create template \"Escalations\" "
                                                     "(templates/escalations.json)) failed")),
                 qPrintable(publish.all()));
        QVERIFY2(publish.err.contains(QStringLiteral("ConflictException")), qPrintable(publish.all()));
        // What succeeded before the refusal stays recorded: the new rule has its id.
        QVERIFY(readJson(mine + QStringLiteral("/rules/new-rule.json")).contains("caseRuleId"));
        CliRun plan = cli.run({QStringLiteral("plan"), QStringLiteral("--json"), mine});
        const Json steps = parseJsonText(plan.out.toStdString())->at("steps");
        QVERIFY(!steps.empty());
        QCOMPARE(steps[0]["action"].get<std::string>(), std::string("createTemplate"));

        // After renaming the template, publishing again finishes the job.
        Json escalations = readJson(mine + QStringLiteral("/templates/escalations.json"));
        escalations["name"] = "Escalations (VIP)";
        writeJson(mine + QStringLiteral("/templates/escalations.json"), escalations);
        CliRun again = cli.run({QStringLiteral("publish"), mine});
        QVERIFY2(again.exitCode == 0, qPrintable(again.all()));
        QCOMPARE(remoteNames(client, "/rules-list/", "caseRules").count("New rule"), std::size_t(1));
    }

    void invalidProjectIsNotPublished()
    {
        EmulatorProcess emulator;
        QVERIFY2(startEmulator(emulator), qPrintable(emulator.errorText()));
        CliRunner cli(emulator.url(), m_home.path());
        EmulatorClient client(emulator.url());
        QTemporaryDir work;
        const QString mine = work.filePath(QStringLiteral("p"));
        QCOMPARE(cli.run({QStringLiteral("pull"), QStringLiteral("--domain"), kDomain, mine}).exitCode, 0);
        Json rule = readJson(mine + QLatin1Char('/') + kResolutionRuleFile);
        rule["name"] = "Ends in a space ";
        writeJson(mine + QLatin1Char('/') + kResolutionRuleFile, rule);
        const int writesBefore = writeRequests(client);
        CliRun publish = cli.run({QStringLiteral("publish"), mine});
        QCOMPARE(publish.exitCode, 1);
        QVERIFY2(publish.err.contains(kResolutionRuleFile + QStringLiteral(": /name")),
                 qPrintable(publish.all()));
        QCOMPARE(writeRequests(client), writesBefore);
    }

    void brokenProjectFilesAreReportedAndNeverOverwritten()
    {
        EmulatorProcess emulator;
        QVERIFY2(startEmulator(emulator), qPrintable(emulator.errorText()));
        CliRunner cli(emulator.url(), m_home.path());
        QTemporaryDir work;
        const QString mine = work.filePath(QStringLiteral("p"));
        QCOMPARE(cli.run({QStringLiteral("pull"), QStringLiteral("--domain"), kDomain, mine}).exitCode, 0);
        const QString path = mine + QLatin1Char('/') + kResolutionRuleFile;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\n  \"name\": \"Broken\",\n  \"rule\": {\n}\n,,\n");
        file.close();
        for (const QString &command : {QStringLiteral("plan"), QStringLiteral("publish"),
                                       QStringLiteral("pull"), QStringLiteral("validate")}) {
            CliRun run = cli.run({command, mine});
            QVERIFY2(run.exitCode == 1, qPrintable(command + QStringLiteral(": ") + run.all()));
            QVERIFY2(run.all().contains(kResolutionRuleFile + QStringLiteral(":5:")), qPrintable(run.all()));
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\n  \"name\": \"Broken\",\n  \"rule\": {\n}\n,,\n"));
    }
};

QTEST_GUILESS_MAIN(TestSyncEndToEnd)
#include "test_sync_end_to_end.moc"
