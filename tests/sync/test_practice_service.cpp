// The practice service: the shipped emulator as a child process, serving the sample domain or a copy
// of a project's pulled state, reached only through the environment it hands out -- never the
// user's own AWS set-up.
#include "client/cases_client.h"
#include "client/connection.h"
#include "project/practice_service.h"
#include "wire/wire_json.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace cw;

namespace {
constexpr auto kSampleDomainId = "09360fd9-e272-549f-9122-b5c47c94cb3b";

// Pulls the practice service's domain with a client configured only from its environment.
Result<DomainSnapshot> pullThrough(const project::PracticeService &service)
{
    auto resolved = net::resolveConnection(net::ConnectionSettings{}, service.environment());
    if (!resolved)
        return resolved.error();
    net::CasesClient client(resolved->config);
    std::optional<Result<DomainSnapshot>> pulled;
    client.pullDomain(
        service.domainId().toStdString(), [](const net::PullProgress &) {},
        [&](Result<DomainSnapshot> result) { pulled = std::move(result); });
    QDeadlineTimer deadline(30000);
    while (!pulled && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!pulled)
        return makeError("test.timeout", "the pull did not finish in 30 s");
    return std::move(*pulled);
}

bool waitListening(project::PracticeService &service)
{
    QSignalSpy listening(&service, &project::PracticeService::listening);
    return service.isListening() || listening.wait(15000);
}
} // namespace

class TestPracticeService : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The test runs from its own folder, not beside the programs: name the emulator.
        qputenv("CASEWRIGHT_EMULATOR", CASES_EMULATOR_PATH);
        // Whatever the user's AWS set-up says must not matter while practising.
        qputenv("AWS_PROFILE", "someone-elses-production");
        qputenv("AWS_ENDPOINT_URL", "http://127.0.0.1:9");
    }

    void servesTheSampleDomainAndKeepsItsStateBetweenRuns()
    {
        QTemporaryDir state;
        project::PracticeService service;
        QVERIFY2(service.startOnSample(state.path()).ok(), "startOnSample");
        QVERIFY(waitListening(service));
        QCOMPARE(service.domainId(), QString::fromLatin1(kSampleDomainId));
        QVERIFY(service.endpoint().startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(service.stateFile().startsWith(state.path()));

        auto pulled = pullThrough(service);
        QVERIFY2(pulled, pulled ? "" : pulled.error().toString().c_str());
        QVERIFY(!pulled->caseRules.empty());

        QSignalSpy stopped(&service, &project::PracticeService::stopped);
        service.stop();
        QVERIFY(stopped.count() == 1 || stopped.wait(5000));
        QVERIFY(!service.isRunning());
        QVERIFY(QFileInfo::exists(service.stateFile()));
    }

    void servesACopyOfAProjectsPulledState()
    {
        auto sample =
            wire::loadSnapshotFile(CASEWRIGHT_SOURCE_DIR "/resources/sample/support-centre.snapshot.json");
        QVERIFY(sample);
        DomainSnapshot base = *sample;
        base.domainId = "practice-copy-domain";
        base.name = "Staging copy";
        base.caseRules.resize(2);

        QTemporaryDir state;
        project::PracticeService service;
        QVERIFY(service.startOnSnapshot(base, state.path()).ok());
        QVERIFY(waitListening(service));
        QCOMPARE(service.domainId(), QStringLiteral("practice-copy-domain"));
        auto pulled = pullThrough(service);
        QVERIFY2(pulled, pulled ? "" : pulled.error().toString().c_str());
        QCOMPARE(pulled->name, std::string("Staging copy"));
        QCOMPARE(pulled->caseRules.size(), std::size_t(2));
    }

    void eachStartHasItsOwnKeys()
    {
        QTemporaryDir state;
        project::PracticeService first;
        QVERIFY(first.startOnSample(state.path()).ok());
        QVERIFY(waitListening(first));
        const net::AwsEnvironment firstKeys = first.environment();
        first.stop();
        project::PracticeService second;
        QVERIFY(second.startOnSample(state.path()).ok());
        QVERIFY(waitListening(second));
        QVERIFY(second.environment().get(QStringLiteral("AWS_SECRET_ACCESS_KEY")) !=
                firstKeys.get(QStringLiteral("AWS_SECRET_ACCESS_KEY")));
        // The first run's keys no longer sign for the service.
        auto resolved = net::resolveConnection(net::ConnectionSettings{}, firstKeys);
        QVERIFY(resolved);
        resolved->config.endpoint = QUrl(second.endpoint());
        resolved->config.retry.maxAttempts = 1;
        net::CasesClient client(resolved->config);
        std::optional<Result<DomainSnapshot>> pulled;
        client.pullDomain(
            second.domainId().toStdString(), [](const net::PullProgress &) {},
            [&](Result<DomainSnapshot> result) { pulled = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(pulled.has_value(), 30000);
        QVERIFY(!*pulled);
    }

    void aMissingProgramIsAClearError()
    {
        qputenv("CASEWRIGHT_EMULATOR", "/nonexistent/casewright-emulator");
        QTemporaryDir state;
        project::PracticeService service;
        const Status started = service.startOnSample(state.path());
        qputenv("CASEWRIGHT_EMULATOR", CASES_EMULATOR_PATH);
        QVERIFY(!started);
        QVERIFY2(started.error().message.find("/nonexistent/casewright-emulator") != std::string::npos,
                 started.error().message.c_str());
        QVERIFY(!service.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestPracticeService)
#include "test_practice_service.moc"
