// The two front ends publish through one project::PublishSession: the same edits, with the same
// remote change in between (a conflict settled as mine), published by casewright-cli
// (publish --dry-run, then publish --take-mine) and the way the designer's Publish dialog does it
// (a session opened on the project as the document holds it: check, mine for the conflict,
// publish) send the same requests, in the same order, to the emulator.
#include "cli_runner.h"
#include "client/connection.h"
#include "emulator_client.h"
#include "emulator_process.h"
#include "project/project_io.h"
#include "project/publish_session.h"
#include "sample_edits.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace cw;
using namespace cw::testing;
using cw::emu::testing::EmulatorClient;
using cw::emu::testing::EmulatorProcess;

namespace {
// Every request the emulator logged so far (--log-requests), as "METHOD PATH -> STATUS OPERATION".
QStringList loggedRequests(EmulatorProcess &emulator)
{
    // Let the log lines of the last requests arrive.
    int lines = -1;
    QStringList requests;
    for (int quiet = 0; quiet < 3;) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
        QTest::qWait(100);
        requests.clear();
        static const QRegularExpression line(QStringLiteral("^cases-emulator: (\\S+ \\S+ -> .*)$"),
                                             QRegularExpression::MultilineOption);
        auto it = line.globalMatch(QString::fromUtf8(emulator.standardError()));
        while (it.hasNext())
            requests << it.next().captured(1).trimmed();
        quiet = int(requests.size()) == lines ? quiet + 1 : 0;
        lines = int(requests.size());
    }
    return requests;
}

// Reads sent at the same time (the conflict check reads every template it will update at once)
// reach the service in any order: within a run of reads, the order is not the publish's.
QStringList normalised(QStringList requests)
{
    const auto isRead = [](const QString &request) {
        const QString operation = request.section(QLatin1Char(' '), -1);
        return operation.startsWith(QLatin1String("Get")) ||
               operation.startsWith(QLatin1String("BatchGet")) || operation.startsWith(QLatin1String("List"));
    };
    for (qsizetype i = 0; i < requests.size();) {
        qsizetype end = i;
        while (end < requests.size() && isRead(requests[end]))
            ++end;
        std::sort(requests.begin() + i, requests.begin() + end);
        i = end == i ? i + 1 : end;
    }
    return requests;
}

// One rule changed, one changed here and remotely, a new rule attached to an existing template,
// and a rule deleted (detached first).
void makeEdits(const QString &project)
{
    const QDir dir(project);
    Json resolution = readJson(dir.filePath(kResolutionRuleFile));
    resolution["description"] = "Notes when the case is closed.";
    writeJson(dir.filePath(kResolutionRuleFile), resolution);
    Json subcategories = readJson(dir.filePath(kSubcategoryRuleFile));
    subcategories["description"] = "Mine: subcategories.";
    writeJson(dir.filePath(kSubcategoryRuleFile), subcategories);
    QVERIFY(addNewRuleAndDeleteKnowledgeRule(project));
}

// Someone edits the subcategory rule in the admin website meanwhile.
bool editRemotely(const QUrl &endpoint, const QString &project)
{
    EmulatorClient client(endpoint);
    const std::string id = readJson(QDir(project).filePath(kSubcategoryRuleFile))["caseRuleId"];
    return client
               .call("PUT", "/domains/" + kDomain.toStdString() + "/case-rules/" + id,
                     {{"description", "Theirs: subcategories."}})
               .status == 200;
}

template <typename T> bool waitFor(const std::optional<T> &outcome)
{
    QDeadlineTimer deadline(30000);
    while (!outcome && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return outcome.has_value();
}
} // namespace

class TestPublishPaths : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        // The in-process (designer) path signs as the CLI does: credentials from the environment.
        for (const char *name :
             {"AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE",
              "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_CONNECTCASES", "AWS_DEFAULT_REGION", "AWS_SESSION_TOKEN",
              "AWS_MAX_ATTEMPTS"})
            qunsetenv(name);
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("AWS_ACCESS_KEY_ID", "CASEWRIGHTEMULATOR");
        qputenv("AWS_SECRET_ACCESS_KEY", "casewright-emulator-secret-key");
        qputenv("AWS_REGION", "us-east-1");
    }

    void cliAndDesignerSendTheSameRequests()
    {
        QTemporaryDir work;
        const QStringList emulatorArguments{QStringLiteral("--seed-sample"),
                                            QStringLiteral("--log-requests")};

        // casewright-cli.
        EmulatorProcess cliEmulator;
        QVERIFY2(cliEmulator.start(emulatorArguments), qPrintable(cliEmulator.errorText()));
        CliRunner cli(cliEmulator.url(), m_home.path());
        const QString cliProject = work.filePath(QStringLiteral("cli"));
        CliRun run = cli.run({QStringLiteral("pull"), QStringLiteral("--domain"), kDomain, cliProject});
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        makeEdits(cliProject);
        QVERIFY(editRemotely(cliEmulator.url(), cliProject));
        const qsizetype cliStart = loggedRequests(cliEmulator).size();
        run = cli.run({QStringLiteral("publish"), QStringLiteral("--dry-run"), cliProject});
        QVERIFY2(run.exitCode == 1 && run.out.contains(QStringLiteral("1 conflict(s)")),
                 qPrintable(run.all()));
        (void)loggedRequests(cliEmulator); // keeps the log pipe drained
        run = cli.run({QStringLiteral("publish"), QStringLiteral("--take-mine"), cliProject});
        QVERIFY2(run.exitCode == 0 && run.out.contains(QStringLiteral("Published")), qPrintable(run.all()));
        const QStringList cliRequests = loggedRequests(cliEmulator).mid(cliStart);
        const qsizetype cliSteps = run.out.count(QStringLiteral("  done: "));

        // The designer's way: a session on the project in memory, the check, a choice, publish.
        EmulatorProcess designerEmulator;
        QVERIFY2(designerEmulator.start(emulatorArguments), qPrintable(designerEmulator.errorText()));
        const QString designerProject = work.filePath(QStringLiteral("designer"));
        run = CliRunner(designerEmulator.url(), m_home.path())
                  .run({QStringLiteral("pull"), QStringLiteral("--domain"), kDomain, designerProject});
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        makeEdits(designerProject);
        QVERIFY(editRemotely(designerEmulator.url(), designerProject));
        const qsizetype designerStart = loggedRequests(designerEmulator).size();
        auto loaded = project::loadProject(designerProject.toStdString());
        QVERIFY2(loaded, loaded ? "" : loaded.error().toString().c_str());
        auto resolved = net::resolveConnection(
            {QString(), QStringLiteral("us-east-1"), designerEmulator.url().toString()});
        QVERIFY2(resolved, resolved ? "" : resolved.error().toString().c_str());
        net::CasesClient client(std::move(resolved->config));
        project::PublishSession session(std::move(loaded).value());

        std::optional<Result<project::PublishReport>> checked;
        session.check(client, [&](Result<project::PublishReport> result) { checked = std::move(result); });
        QVERIFY(waitFor(checked));
        QVERIFY2(*checked, checked->ok() ? "" : checked->error().toString().c_str());
        QCOMPARE(session.conflicts().size(), std::size_t(1));
        session.choose(0, project::Resolution::TakeMine);

        std::optional<Result<project::PublishReport>> published;
        session.publish(client, {},
                        [&](Result<project::PublishReport> result) { published = std::move(result); });
        QVERIFY(waitFor(published));
        QVERIFY2(*published, published->ok() ? "" : published->error().toString().c_str());
        QVERIFY((*published)->conflicts.empty());
        QCOMPARE(qsizetype((*published)->completed.size()), cliSteps);
        const QStringList designerRequests = loggedRequests(designerEmulator).mid(designerStart);

        QVERIFY2(cliRequests.size() > 10, qPrintable(cliRequests.join(QLatin1Char('\n'))));
        QCOMPARE(normalised(designerRequests), normalised(cliRequests));
    }
};

QTEST_GUILESS_MAIN(TestPublishPaths)
#include "test_publish_paths.moc"
