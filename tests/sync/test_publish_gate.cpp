// Publish runs the project's tests (the samples' "expect") first: when one fails it refuses and
// the service receives no request at all (the emulator's own count), from casewright-cli and from
// a PublishSession as the designer's dialog drives it; --skip-tests publishes anyway, loudly.
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
#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using namespace cw::testing;
using cw::emu::testing::answeredRequests;
using cw::emu::testing::EmulatorClient;
using cw::emu::testing::EmulatorProcess;

namespace {
template <typename T> bool waitFor(const std::optional<T> &outcome)
{
    QDeadlineTimer deadline(30000);
    while (!outcome && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return outcome.has_value();
}

// The bundled sample project's samples (with their "expect") into the pulled project, and the
// resolution-notes rule changed so that closed cases no longer need notes: the expectations
// that they do now fail.
bool breakAnExpectation(const QString &project)
{
    const QDir dir(project);
    dir.mkpath(QStringLiteral("samples"));
    const QString samples = dir.filePath(QStringLiteral("samples/support-centre.json"));
    if (!QFile::copy(
            QStringLiteral(CASEWRIGHT_SOURCE_DIR "/resources/sample-project/samples/support-centre.json"),
            samples))
        return false;
    QFile::setPermissions(samples, QFile::ReadOwner | QFile::WriteOwner);
    Json resolution = readJson(dir.filePath(kResolutionRuleFile));
    resolution["rule"]["required"]["conditions"][0]["equalTo"]["operandTwo"]["stringValue"] = "pending";
    writeJson(dir.filePath(kResolutionRuleFile), resolution);
    return true;
}
} // namespace

class TestPublishGate : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    std::unique_ptr<EmulatorProcess> m_emulator;
    std::unique_ptr<CliRunner> m_cli;

    QString pulledProject(const QString &name) { return pullSampleDomain(*m_cli, m_work.filePath(name)); }

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
        m_emulator = std::make_unique<EmulatorProcess>();
        QVERIFY2(m_emulator->start({QStringLiteral("--seed-sample")}), qPrintable(m_emulator->errorText()));
        m_cli = std::make_unique<CliRunner>(m_emulator->url(), m_home.path());
    }

    void cleanupTestCase() { m_emulator.reset(); }

    void cliRefusesAndSendsNothingUntilSkipTests()
    {
        const QString project = pulledProject(QStringLiteral("cli"));
        QVERIFY(!project.isEmpty());
        QVERIFY(breakAnExpectation(project));
        const QByteArray ruleBefore = readJson(QDir(project).filePath(kResolutionRuleFile)).dump().c_str();

        // plan says so beforehand.
        const CliRun plan = m_cli->run({QStringLiteral("plan"), project});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.all()));
        QVERIFY2(plan.out.contains(QStringLiteral("tests: ")) &&
                     plan.out.contains(QStringLiteral(" fail (in ")),
                 qPrintable(plan.out));

        EmulatorClient client(m_emulator->url());
        const int before = answeredRequests(client);
        const CliRun refused = m_cli->run({QStringLiteral("publish"), project});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("publish refused, nothing was sent")),
                 qPrintable(refused.all()));
        QVERIFY2(refused.err.contains(QStringLiteral("[publish.tests-failed]")), qPrintable(refused.all()));
        QVERIFY2(refused.out.contains(QStringLiteral("FAIL case ")) &&
                     refused.out.contains(
                         QStringLiteral("Resolution notes: required expected true, the rules give false")),
                 qPrintable(refused.all()));
        QVERIFY2(refused.err.contains(QStringLiteral("--skip-tests")), qPrintable(refused.all()));
        QCOMPARE(answeredRequests(client), before);
        QCOMPARE(QByteArray(readJson(QDir(project).filePath(kResolutionRuleFile)).dump().c_str()),
                 ruleBefore);

        const CliRun skipped =
            m_cli->run({QStringLiteral("publish"), QStringLiteral("--skip-tests"), project});
        QVERIFY2(skipped.exitCode == 0, qPrintable(skipped.all()));
        QVERIFY2(skipped.err.contains(QStringLiteral("WARNING: --skip-tests")), qPrintable(skipped.all()));
        QVERIFY2(skipped.out.contains(QStringLiteral("Published 1 change(s)")), qPrintable(skipped.all()));
        QVERIFY(answeredRequests(client) > before);
    }

    void passingTestsLetPublishGoOn()
    {
        const QString project = pulledProject(QStringLiteral("passing"));
        QVERIFY(!project.isEmpty());
        QVERIFY(breakAnExpectation(project));
        // Put the rule back: the expectations hold again and publish says so.
        Json resolution = readJson(QDir(project).filePath(kResolutionRuleFile));
        resolution["rule"]["required"]["conditions"][0]["equalTo"]["operandTwo"]["stringValue"] = "closed";
        resolution["description"] = "Notes when the case is closed.";
        writeJson(QDir(project).filePath(kResolutionRuleFile), resolution);
        const CliRun run = m_cli->run({QStringLiteral("publish"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(run.err.contains(QStringLiteral("Tests: ")) && run.err.contains(QStringLiteral("all hold")),
                 qPrintable(run.all()));
        QVERIFY2(run.out.contains(QStringLiteral("Published 1 change(s)")), qPrintable(run.all()));
    }

    void theDesignersSessionRefusesToo()
    {
        const QString project = pulledProject(QStringLiteral("designer"));
        QVERIFY(!project.isEmpty());
        QVERIFY(breakAnExpectation(project));
        auto loaded = project::loadProject(project.toStdString());
        QVERIFY2(loaded, loaded ? "" : loaded.error().toString().c_str());
        auto resolved =
            net::resolveConnection({QString(), QStringLiteral("us-east-1"), m_emulator->url().toString()});
        QVERIFY2(resolved, resolved ? "" : resolved.error().toString().c_str());
        net::CasesClient cases(std::move(resolved->config));
        project::PublishSession session(std::move(loaded).value());
        const auto tests = session.tests();
        QVERIFY(tests && !tests->passed());

        EmulatorClient client(m_emulator->url());
        const int before = answeredRequests(client);
        std::optional<Result<project::PublishReport>> published;
        session.publish(cases, {},
                        [&](Result<project::PublishReport> result) { published = std::move(result); });
        QVERIFY(waitFor(published));
        QVERIFY(!*published);
        QCOMPARE(QString::fromStdString(published->error().code), QStringLiteral("publish.tests-failed"));
        QVERIFY(session.lastTests() && *session.lastTests() && !(*session.lastTests())->passed());
        QVERIFY(!session.wroteFiles());
        QCOMPARE(answeredRequests(client), before);

        project::PublishOptions skip;
        skip.skipTests = true;
        published.reset();
        session.publish(cases, skip,
                        [&](Result<project::PublishReport> result) { published = std::move(result); });
        QVERIFY(waitFor(published));
        QVERIFY2(*published, published->ok() ? "" : published->error().toString().c_str());
        QCOMPARE((*published)->completed.size(), std::size_t(1));
        QVERIFY(answeredRequests(client) > before);
    }
};

QTEST_GUILESS_MAIN(TestPublishGate)
#include "test_publish_gate.moc"
