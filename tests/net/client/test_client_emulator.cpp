// CasesClient against the real cases-emulator (started on a free port): pullDomain of the sample
// domain equals the emulator's own state file, writes round-trip, signatures verify, and with
// seeded faults on every call ends in success or in the typed error of its last attempt.
#include "client/cases_client.h"
#include "client/request_executor.h"
#include "client_test_support.h"
#include "wire/wire_json.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using namespace cw::net;
using namespace cw::net::testing;

namespace {

const char kSampleDomainId[] = "09360fd9-e272-549f-9122-b5c47c94cb3b";

QString emulatorPath()
{
    for (const char *relative :
         {"/bin/cases-emulator", "/tests/emulator/server/cases-emulator", "/tests/emulator/cases-emulator"}) {
        const QString path = QStringLiteral(CASEWRIGHT_BINARY_DIR) + QLatin1String(relative);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return {};
}

// One emulator process for one test; stopped (only this process) when it goes out of scope.
class Emulator {
public:
    ~Emulator()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    bool start(const QStringList &arguments)
    {
        m_process.setProgram(emulatorPath());
        m_process.setArguments(
            QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--access-key"),
                        QString::fromLatin1(kTestAccessKey), QStringLiteral("--secret-key"),
                        QString::fromLatin1(kTestSecretKey)} +
            arguments);
        m_process.start();
        const QByteArray marker = "cases-emulator listening on ";
        QByteArray output;
        const bool ready = QTest::qWaitFor(
            [&] {
                output += m_process.readAllStandardOutput();
                return (output.contains(marker) && output.indexOf('\n', output.indexOf(marker)) > 0) ||
                       m_process.state() == QProcess::NotRunning;
            },
            15000);
        const qsizetype at = output.indexOf(marker);
        if (!ready || at < 0) {
            m_error = QString::fromUtf8(output + m_process.readAllStandardError());
            return false;
        }
        const qsizetype end = output.indexOf('\n', at);
        m_url = QUrl(QString::fromUtf8(output.mid(at + marker.size(), end - at - marker.size()).trimmed()));
        return m_url.isValid();
    }

    QUrl url() const { return m_url; }
    QString error() const { return m_error; }

    // GET /_emulator/stats
    Json stats()
    {
        QNetworkAccessManager network;
        QNetworkReply *reply =
            network.get(QNetworkRequest(m_url.resolved(QUrl(QStringLiteral("/_emulator/stats")))));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return Json();
        const Json json = Json::parse(reply->readAll().toStdString(), nullptr, false);
        reply->deleteLater();
        return json;
    }

private:
    QProcess m_process;
    QUrl m_url;
    QString m_error;
};

// The emulator checks X-Amz-Date against its own clock, so these clients sign with the real time.
CasesClientConfig emulatorConfig(const QUrl &url, const DelayRecorder &recorder = DelayRecorder())
{
    CasesClientConfig config = testConfig(url, recorder);
    config.clock = nullptr;
    return config;
}

template <typename T> const char *errorText(const cw::Result<T> &result)
{
    return result.ok() ? "" : result.error().message.c_str();
}

std::optional<ApiErrorKind> kindOf(const Error &error)
{
    return apiErrorKind(error);
}

CaseRule newRule()
{
    auto rule = wire::readCaseRule(
        Json::parse(R"({"caseRuleId": "", "caseRuleArn": "", "name": "Casewright test rule",
        "description": "made by test_client_emulator",
        "rule": {"hidden": {"defaultValue": true, "conditions": [
          {"equalTo": {"operandOne": {"fieldId": "status"}, "operandTwo": {"stringValue": "closed"}, "result": false}}]}}})"));
    return rule.value();
}

} // namespace

class TestClientEmulator : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (emulatorPath().isEmpty())
            QSKIP("cases-emulator is not built in this tree");
    }

    void pullDomainEqualsTheEmulatorState()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString statePath = dir.filePath(QStringLiteral("domain.json"));
        Emulator emulator;
        QVERIFY2(emulator.start({QStringLiteral("--seed-sample"), QStringLiteral("--state"), statePath,
                                 QStringLiteral("--page-size"), QStringLiteral("4")}),
                 qPrintable(emulator.error()));
        auto state = wire::loadSnapshotFile(statePath.toStdString());
        QVERIFY2(state.ok(), state.ok() ? "" : state.error().toString().c_str());

        CasesClient client(emulatorConfig(emulator.url()));
        Outcome<DomainSnapshot> outcome;
        client.pullDomain(kSampleDomainId, {}, outcome.callback());
        QVERIFY(outcome.wait(20000));
        QVERIFY2(outcome.result().ok(),
                 outcome.result().ok() ? "" : outcome.result().error().toString().c_str());
        const Json pulled = wire::writeSnapshot(*outcome.result());
        const Json expected = wire::writeSnapshot(*state);
        QVERIFY2(pulled == expected, Json::diff(expected, pulled).dump(1).c_str());
        QCOMPARE(emulator.stats().value("authFailures", -1), 0);
    }

    void writesRoundTrip()
    {
        Emulator emulator;
        QVERIFY2(emulator.start({QStringLiteral("--seed-sample")}), qPrintable(emulator.error()));
        CasesClient client(emulatorConfig(emulator.url()));

        Outcome<CreatedResource> created;
        client.createCaseRule(kSampleDomainId, newRule(), created.callback());
        QVERIFY(created.wait());
        QVERIFY2(created.result().ok(),
                 created.result().ok() ? "" : created.result().error().toString().c_str());
        const std::string ruleId = created.result()->id;

        CaseRule changed = newRule();
        changed.caseRuleId = ruleId;
        changed.name = "Casewright test rule, renamed";
        Outcome<Ok> updated;
        client.updateCaseRule(kSampleDomainId, changed, updated.callback());
        QVERIFY(updated.wait());
        QVERIFY2(updated.result().ok(),
                 updated.result().ok() ? "" : updated.result().error().toString().c_str());

        Outcome<CaseRule> read;
        client.getCaseRule(kSampleDomainId, ruleId, read.callback());
        QVERIFY(read.wait());
        QVERIFY(read.result().ok());
        QCOMPARE(read.result()->name, changed.name);
        COMPARE_JSON(wire::writeRuleDetails(read.result()->rule), wire::writeRuleDetails(changed.rule));

        Outcome<Ok> deleted;
        client.deleteCaseRule(kSampleDomainId, ruleId, deleted.callback());
        QVERIFY(deleted.wait());
        QVERIFY(deleted.result().ok());
        Outcome<std::vector<CaseRuleSummary>> listed;
        client.listAllCaseRules(kSampleDomainId, listed.callback());
        QVERIFY(listed.wait());
        QVERIFY(listed.result().ok());
        for (const CaseRuleSummary &summary : *listed.result())
            QVERIFY(summary.caseRuleId != ruleId);

        CaseTemplate caseTemplate;
        caseTemplate.name = "Casewright test template";
        caseTemplate.status = "Inactive";
        caseTemplate.rules = std::vector<TemplateRule>{};
        Outcome<CreatedResource> templateCreated;
        client.createTemplate(kSampleDomainId, caseTemplate, templateCreated.callback());
        QVERIFY(templateCreated.wait());
        QVERIFY2(templateCreated.result().ok(),
                 templateCreated.result().ok() ? "" : templateCreated.result().error().toString().c_str());
        CaseTemplate update;
        update.templateId = templateCreated.result()->id;
        update.description = "described";
        Outcome<Ok> templateUpdated;
        client.updateTemplate(kSampleDomainId, update, templateUpdated.callback());
        QVERIFY(templateUpdated.wait());
        QVERIFY(templateUpdated.result().ok());
        Outcome<CaseTemplate> templateRead;
        client.getTemplate(kSampleDomainId, update.templateId, templateRead.callback());
        QVERIFY(templateRead.wait());
        QVERIFY(templateRead.result().ok());
        QCOMPARE(templateRead.result()->name, caseTemplate.name); // kept: not sent in the update
        QCOMPARE(templateRead.result()->description, std::optional<std::string>("described"));
        QCOMPARE(emulator.stats().value("authFailures", -1), 0);
    }

    void typedErrorsFromTheEmulator()
    {
        Emulator emulator;
        QVERIFY2(emulator.start({QStringLiteral("--seed-sample")}), qPrintable(emulator.error()));
        CasesClient client(emulatorConfig(emulator.url()));
        Outcome<DomainInfo> missing;
        client.getDomain("no-such-domain", missing.callback());
        QVERIFY(missing.wait());
        QCOMPARE(kindOf(missing.result().error()), std::optional(ApiErrorKind::NotFound));

        CasesClientConfig badKey = emulatorConfig(emulator.url());
        badKey.credentials = [] {
            Credentials credentials = testCredentials();
            credentials.secretAccessKey = QStringLiteral("wrong-secret");
            return cw::Result<Credentials>(credentials);
        };
        CasesClient wrong(badKey);
        Outcome<DomainInfo> refused;
        wrong.getDomain(kSampleDomainId, refused.callback());
        QVERIFY(refused.wait());
        QCOMPARE(kindOf(refused.result().error()), std::optional(ApiErrorKind::Auth));
        QVERIFY(refused.result().error().message.find("wrong-secret") == std::string::npos);
    }

    void faultsEndInSuccessOrTypedErrors()
    {
        Emulator emulator;
        QVERIFY2(
            emulator.start({QStringLiteral("--seed-sample"), QStringLiteral("--throttle-rate"),
                            QStringLiteral("0.3"), QStringLiteral("--error-rate"), QStringLiteral("0.1"),
                            QStringLiteral("--drop-rate"), QStringLiteral("0.03"),
                            QStringLiteral("--latency-ms"), QStringLiteral("5"), QStringLiteral("--seed"),
                            QStringLiteral("20260601"), QStringLiteral("--page-size"), QStringLiteral("3")}),
            qPrintable(emulator.error()));
        DelayRecorder recorder;
        CasesClient client(emulatorConfig(emulator.url(), recorder));
        int attempts = 0;
        connect(&client.executor(), &RequestExecutor::attemptStarted, this, [&attempts] { ++attempts; });

        // The standard budget: each call succeeds or fails with the kind of its last fault.
        std::vector<Outcome<Page<FieldSummary>>> lists(20);
        std::vector<Outcome<CaseRule>> rules(20);
        for (std::size_t i = 0; i < lists.size(); ++i) {
            client.listFields(kSampleDomainId, {}, lists[i].callback());
            client.getCaseRule(kSampleDomainId, "f6e5c101-ac35-5737-849f-9d43f00e9135", rules[i].callback());
        }
        int failures = 0;
        const auto check = [&failures](const Error *error) {
            if (!error)
                return true;
            ++failures;
            const auto kind = apiErrorKind(*error);
            return kind == ApiErrorKind::Throttled || kind == ApiErrorKind::Server ||
                   kind == ApiErrorKind::Network;
        };
        for (std::size_t i = 0; i < lists.size(); ++i) {
            QVERIFY(lists[i].wait(20000));
            QVERIFY(rules[i].wait(20000));
            QVERIFY2(check(lists[i].result().ok() ? nullptr : &lists[i].result().error()),
                     errorText(lists[i].result()));
            QVERIFY2(check(rules[i].result().ok() ? nullptr : &rules[i].result().error()),
                     errorText(rules[i].result()));
        }
        QVERIFY(failures < 10);

        // A larger budget carries a whole pull through the storm.
        CasesClientConfig patient = emulatorConfig(emulator.url(), recorder);
        patient.retry.maxAttempts = 12;
        CasesClient patientClient(patient);
        connect(&patientClient.executor(), &RequestExecutor::attemptStarted, this,
                [&attempts] { ++attempts; });
        Outcome<DomainSnapshot> pulled;
        patientClient.pullDomain(kSampleDomainId, {}, pulled.callback());
        QVERIFY(pulled.wait(30000));
        QVERIFY2(pulled.result().ok(),
                 pulled.result().ok() ? "" : pulled.result().error().toString().c_str());
        QCOMPARE(pulled.result()->caseRules.size(), std::size_t(10));

        const Json stats = emulator.stats();
        const Json faults = stats.value("faults", Json::object());
        QVERIFY(faults.value("throttled", 0) > 0);
        QVERIFY(faults.value("internalErrors", 0) > 0);
        // Every attempt reached the emulator; Qt itself sends a request again when the connection
        // closes before any answer (up to twice), so a dropped one may arrive more than once.
        const int requests = stats.value("requests", -1);
        QVERIFY2(requests >= attempts && requests <= attempts + faults.value("dropped", 0),
                 qPrintable(QStringLiteral("%1 requests for %2 attempts").arg(requests).arg(attempts)));
        QCOMPARE(stats.value("authFailures", -1), 0);
    }

    // The service throttles by request rate. A burst of calls far beyond the emulator's limit
    // exhausts the standard mode's 3 attempts for some calls; the adaptive mode slows the client
    // down to the limit and every call succeeds with the same 3 attempts.
    void adaptiveModeLivesWithinTheRateLimit()
    {
        Emulator emulator;
        QVERIFY2(emulator.start({QStringLiteral("--seed-sample"), QStringLiteral("--rate-limit"),
                                 QStringLiteral("10"), QStringLiteral("--latency-ms"), QStringLiteral("5")}),
                 qPrintable(emulator.error()));
        const auto burst = [&](RetryMode mode, int calls, int &failures, int &throttled) {
            CasesClientConfig config = emulatorConfig(emulator.url());
            config.delay = nullptr; // real waits: the limit is a rate in real time
            config.random = nullptr;
            config.retry = retryOptionsFor(mode);
            CasesClient client(config);
            std::vector<Outcome<Page<FieldSummary>>> lists(
                static_cast<std::size_t>(calls)); // each with its own slot
            for (auto &list : lists)
                client.listFields(kSampleDomainId, {}, list.callback());
            failures = 0;
            for (auto &list : lists) {
                if (!list.wait(60000))
                    return false;
                if (!list.result().ok()) {
                    if (apiErrorKind(list.result().error()) != ApiErrorKind::Throttled)
                        return false;
                    ++failures;
                }
            }
            throttled = client.executor().throttledAnswers();
            return true;
        };
        int failures = 0;
        int throttled = 0;
        QVERIFY(burst(RetryMode::Standard, 60, failures, throttled));
        QVERIFY2(failures > 0,
                 qPrintable(QStringLiteral("standard mode: %1 throttled answers").arg(throttled)));

        QTest::qWait(1100); // the emulator's bucket fills up again
        QVERIFY(burst(RetryMode::Adaptive, 60, failures, throttled));
        QCOMPARE(failures, 0);
        QVERIFY2(throttled < 30,
                 qPrintable(QStringLiteral("adaptive mode: %1 throttled answers").arg(throttled)));
        QVERIFY(emulator.stats().value("rateLimited", 0) > 0);
    }
};

QTEST_GUILESS_MAIN(TestClientEmulator)
#include "test_client_emulator.moc"
