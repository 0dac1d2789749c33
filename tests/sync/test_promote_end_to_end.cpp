// Promote end to end: one emulator serving two domains whose ids all differ (staging: the sample;
// production: the same names under other ids, one field renamed), both pulled with
// casewright-cli, rules promoted from staging into production, production published and pulled
// again: the plan is empty, and the rules arrived with production's ids. Then a rule whose name
// holds a comma (--rule, --rules with quotes) and compares a User field with a staging user's ARN:
// refused until the map names the production user.
#include "../project/promote_test_support.h"
#include "cli_runner.h"
#include "emulator_process.h"
#include "sample_edits.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using namespace cw::testing;
using cw::emu::testing::EmulatorProcess;
using cw::promotetest::otherId;
using cw::promotetest::withOtherIds;

namespace {
const std::string kEscalatedTo = "9c58283d-2717-542c-b01b-b9eab6dc99cb"; // "Escalated to", a User field

// Relative path -> (content, modification time) of every file in a project folder.
std::map<QString, std::pair<QByteArray, QDateTime>> snapshotOf(const QString &folder)
{
    std::map<QString, std::pair<QByteArray, QDateTime>> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        files[QDir(folder).relativeFilePath(path)] = {file.readAll(), QFileInfo(path).lastModified()};
    }
    return files;
}

Json parsed(const QString &text)
{
    auto json = parseJsonText(text.toStdString());
    return json ? *json : Json();
}
} // namespace

class TestPromoteEndToEnd : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void promotePublishPullGivesAnEmptyPlan()
    {
        auto sample = wire::loadSnapshotFile(cw::emu::testing::sampleSnapshotPath().toStdString());
        QVERIFY(sample.ok());
        DomainSnapshot production = withOtherIds(*sample);
        for (Field &field : production.fields)
            if (field.name == "Priority")
                field.name = "Urgency";
        QVERIFY(production.domainId != sample->domainId);
        const QString productionDomain = QString::fromStdString(production.domainId);

        QTemporaryDir work;
        const QString stagingState = work.filePath(QStringLiteral("staging.snapshot.json"));
        const QString productionState = work.filePath(QStringLiteral("production.snapshot.json"));
        writeJson(stagingState, wire::writeSnapshot(*sample));
        writeJson(productionState, wire::writeSnapshot(production));
        EmulatorProcess emulator;
        QVERIFY2(emulator.start(
                     {QStringLiteral("--state"), stagingState, QStringLiteral("--state"), productionState}),
                 qPrintable(emulator.errorText()));
        CliRunner cli(emulator.url(), m_home.path());

        const QString staging = work.filePath(QStringLiteral("staging"));
        const QString prod = work.filePath(QStringLiteral("production"));
        for (const auto &[domain, folder] :
             {std::pair{kDomain, staging}, std::pair{productionDomain, prod}}) {
            const CliRun pull = cli.run({QStringLiteral("pull"), QStringLiteral("--domain"), domain, folder});
            QVERIFY2(pull.exitCode == 0, qPrintable(pull.all()));
        }

        // In staging: a changed rule, and a new rule attached to the customer-support template.
        Json resolution = readJson(staging + QLatin1Char('/') + kResolutionRuleFile);
        resolution["rule"]["required"]["conditions"].push_back({{"equalTo",
                                                                 {{"operandOne", {{"fieldId", kPriority}}},
                                                                  {"operandTwo", {{"stringValue", "urgent"}}},
                                                                  {"result", true}}}});
        writeJson(staging + QLatin1Char('/') + kResolutionRuleFile, resolution);
        writeJson(staging + QStringLiteral("/rules/new-rule.json"),
                  {{"name", "New rule"},
                   {"rule",
                    {{"required",
                      {{"defaultValue", false},
                       {"conditions", Json::array({{{"equalTo",
                                                     {{"operandOne", {{"fieldId", kPriority}}},
                                                      {"operandTwo", {{"stringValue", "high"}}},
                                                      {"result", true}}}}})}}}}}});
        const QString supportFile = staging + QStringLiteral("/templates/customer-support.json");
        Json support = readJson(supportFile);
        support["rules"].push_back({{"caseRuleId", "local:new-rule"}, {"fieldId", kEscalationReason}});
        writeJson(supportFile, support);

        // Priority is called Urgency in production: nothing maps it, so nothing is written.
        const auto untouched = snapshotOf(prod);
        const CliRun refused = cli.run({QStringLiteral("promote"), staging, prod, QStringLiteral("--all")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("promote.missing-field")), qPrintable(refused.all()));
        QVERIFY2(
            refused.err.contains(QStringLiteral("rules/new-rule.json: /rule/required/conditions/0/equalTo/"
                                                "operandOne/fieldId")),
            qPrintable(refused.all()));
        const CliRun refusedJson = cli.run(
            {QStringLiteral("promote"), staging, prod, QStringLiteral("--all"), QStringLiteral("--json")});
        QCOMPARE(refusedJson.exitCode, 1);
        QVERIFY(!parsed(refusedJson.out)["errors"].empty());
        QVERIFY(snapshotOf(prod) == untouched);

        const QString map = work.filePath(QStringLiteral("map.json"));
        writeJson(map, {{"fields", {{"Priority", "Urgency"}}}});
        const CliRun dryRun = cli.run({QStringLiteral("promote"), staging, prod, QStringLiteral("--all"),
                                       QStringLiteral("--map"), map, QStringLiteral("--dry-run")});
        QVERIFY2(dryRun.exitCode == 0, qPrintable(dryRun.all()));
        QVERIFY2(dryRun.out.contains(QStringLiteral("+ add rule \"New rule\"")), qPrintable(dryRun.all()));
        QVERIFY(snapshotOf(prod) == untouched);

        const CliRun promoted = cli.run({QStringLiteral("promote"), staging, prod, QStringLiteral("--all"),
                                         QStringLiteral("--map"), map, QStringLiteral("--json")});
        QVERIFY2(promoted.exitCode == 0, qPrintable(promoted.all()));
        const Json report = parsed(promoted.out);
        QVERIFY(report["written"].get<bool>());
        QVERIFY(report["errors"].empty());

        // The local edits production's plan shows, with production's ids.
        const CliRun plan = cli.run({QStringLiteral("plan"), QStringLiteral("--json"), prod});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.all()));
        std::vector<std::string> actions;
        const Json planJson = parsed(plan.out);
        for (const Json &step : planJson["steps"])
            actions.push_back(step["action"].get<std::string>());
        QCOMPARE(actions, (std::vector<std::string>{"createRule", "updateTemplate", "updateRule"}));
        const Json newRule = readJson(prod + QStringLiteral("/rules/new-rule.json"));
        QCOMPARE(newRule["rule"]["required"]["conditions"][0]["equalTo"]["operandOne"]["fieldId"]
                     .get<std::string>(),
                 otherId(kPriority));

        // Promoting again changes nothing and rewrites no file.
        const auto afterPromote = snapshotOf(prod);
        const CliRun again = cli.run({QStringLiteral("promote"), staging, prod, QStringLiteral("--all"),
                                      QStringLiteral("--map"), map});
        QVERIFY2(again.exitCode == 0, qPrintable(again.all()));
        QVERIFY2(again.out.contains(QStringLiteral("Nothing to change")), qPrintable(again.all()));
        QVERIFY(snapshotOf(prod) == afterPromote);

        const CliRun publish = cli.run({QStringLiteral("publish"), prod});
        QVERIFY2(publish.exitCode == 0, qPrintable(publish.all()));
        const CliRun pullAgain =
            cli.run({QStringLiteral("pull"), QStringLiteral("--domain"), productionDomain, prod});
        QVERIFY2(pullAgain.exitCode == 0, qPrintable(pullAgain.all()));
        const CliRun clean = cli.run({QStringLiteral("plan"), prod});
        QVERIFY2(clean.out.contains(QStringLiteral("No changes")), qPrintable(clean.all()));

        // What production holds now: the new rule, published under an id of its own, attached with
        // production's field id; staging is not touched by any of it.
        const Json published = readJson(prod + QStringLiteral("/rules/new-rule.json"));
        QVERIFY(published.contains("caseRuleId"));
        const Json prodSupport = readJson(prod + QStringLiteral("/templates/customer-support.json"));
        bool attached = false;
        for (const Json &attachment : prodSupport["rules"])
            attached = attached || (attachment["caseRuleId"] == published["caseRuleId"] &&
                                    attachment["fieldId"] == otherId(kEscalationReason));
        QVERIFY(attached);
        const CliRun stagingPlan = cli.run({QStringLiteral("plan"), QStringLiteral("--json"), staging});
        QCOMPARE(parsed(stagingPlan.out)["steps"].size(), std::size_t(3));

        // Deleting what is not promoted needs every rule promoted.
        const CliRun usage = cli.run({QStringLiteral("promote"), staging, prod, QStringLiteral("--rules"),
                                      QStringLiteral("New rule"), QStringLiteral("--delete-missing")});
        QCOMPARE(usage.exitCode, 2);

        // A rule whose name holds a comma: --rule takes it whole, --rules in CSV quotes.
        const QString commaName = QStringLiteral("Escalated, to the team lead");
        const std::string stagingUser = "arn:aws:connect:us-east-1:123456789012:instance/"
                                        "27205ca8-312d-51b5-b491-fc040b3ede2d/agent/0da49ac1-bc90-5747-ae1e-82f72adc6c21";
        const std::string productionUser = "arn:aws:connect:us-east-1:123456789012:instance/"
                                           "5b0e6f0c-9a1e-4a57-8d1c-3f6f3c2b9e71/agent/e1f1c5b2-3a44-4c0e-9a0b-6a5d1f2b7c88";
        writeJson(staging + QStringLiteral("/rules/team-lead.json"),
                  {{"name", commaName.toStdString()},
                   {"rule",
                    {{"required",
                      {{"defaultValue", false},
                       {"conditions", Json::array({{{"equalTo",
                                                     {{"operandOne", {{"fieldId", kEscalatedTo}}},
                                                      {"operandTwo", {{"stringValue", stagingUser}}},
                                                      {"result", true}}}}})}}}}}});
        const auto beforeUsers = snapshotOf(prod);
        // The user ARN is staging's instance's: unmapped, it is refused with where it is.
        for (const QStringList &select :
             {QStringList{QStringLiteral("--rule"), commaName},
              QStringList{QStringLiteral("--rules"), QLatin1Char('"') + commaName + QStringLiteral("\",New rule")}}) {
            const CliRun unmapped = cli.run(QStringList{QStringLiteral("promote"), staging, prod} + select +
                                            QStringList{QStringLiteral("--map"), map});
            QCOMPARE(unmapped.exitCode, 1);
            QVERIFY2(unmapped.err.contains(QStringLiteral("promote.unmapped-user")), qPrintable(unmapped.all()));
            QVERIFY2(unmapped.err.contains(QStringLiteral(
                         "rules/team-lead.json: /rule/required/conditions/0/equalTo/operandTwo/stringValue")),
                     qPrintable(unmapped.all()));
            QVERIFY(snapshotOf(prod) == beforeUsers);
        }
        const QString userMap = work.filePath(QStringLiteral("user-map.json"));
        writeJson(userMap, {{"fields", {{"Priority", "Urgency"}}}, {"users", {{stagingUser, productionUser}}}});
        const CliRun mapped = cli.run({QStringLiteral("promote"), staging, prod, QStringLiteral("--rule"), commaName,
                                       QStringLiteral("--map"), userMap});
        QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.all()));
        QVERIFY2(mapped.out.contains(QStringLiteral("+ add rule \"Escalated, to the team lead\"")),
                 qPrintable(mapped.all()));
        const Json teamLead = readJson(prod + QStringLiteral("/rules/escalated-to-the-team-lead.json"));
        QCOMPARE(teamLead["rule"]["required"]["conditions"][0]["equalTo"]["operandTwo"]["stringValue"]
                     .get<std::string>(),
                 productionUser);
        // An unclosed quote in --rules is a usage error.
        const CliRun unclosed = cli.run({QStringLiteral("promote"), staging, prod, QStringLiteral("--rules"),
                                         QStringLiteral("\"Escalated, to")});
        QCOMPARE(unclosed.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestPromoteEndToEnd)
#include "test_promote_end_to_end.moc"
