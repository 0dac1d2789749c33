#pragma once
// The sync dialogs' tests run against the project's Cases emulator (seeded with the sample
// domain), signing with its key pair from the environment -- the AWS chain, as for a user --
// and with HOME in a temporary folder, so the machine's own ~/.aws is never read.

#include "../ui_test_support.h"
#include "client/connection.h"
#include "dialogs/message_box.h"
#include "emulator_client.h"
#include "emulator_process.h"
#include "project/pull_project.h"
#include "sync/connection_form.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <memory>

namespace cw::ui::test {

const QString kDomainId = QStringLiteral("09360fd9-e272-549f-9122-b5c47c94cb3b");
const QString kResolutionRuleFile = QStringLiteral("rules/resolution-notes-required-when-closed.json");
const QString kSubcategoryRuleFile = QStringLiteral("rules/subcategories-by-category.json");

// Call first (initTestCase): the credentials and region the emulator accepts, and no trace of
// the machine's own AWS configuration. STS (the publish dialog's identity check) goes to a closed
// loopback port until startEmulator() points it at the emulator: never to AWS.
inline void useEmulatorEnvironment(const QString &home)
{
    for (const char *name :
         {"AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE",
          "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_CONNECTCASES", "AWS_DEFAULT_REGION", "AWS_SESSION_TOKEN",
          "AWS_MAX_ATTEMPTS"})
        qunsetenv(name);
    qputenv("HOME", home.toUtf8());
    qputenv("AWS_ACCESS_KEY_ID", "CASEWRIGHTEMULATOR");
    qputenv("AWS_SECRET_ACCESS_KEY", "casewright-emulator-secret-key");
    qputenv("AWS_REGION", "us-east-1");
    qputenv("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:9");
}

// Call first (initTestCase) in a test that drives the designer's window against the emulator:
// useEmulatorEnvironment, QStandardPaths' test folders, settings of the test's own (under
// `application`) emptied so that no earlier run's settings leak in, and every message box scripted.
inline void useWindowTestEnvironment(const QString &home, const QString &application)
{
    useEmulatorEnvironment(home);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("casewright-tests"));
    QCoreApplication::setApplicationName(application);
    QSettings().clear();
    MessageBox::setScripted(true);
}

// What a test of the designer's window against the emulator works in: HOME in a temporary folder,
// its emulator, and the folder the sample domain is pulled into (the test starts the emulator with
// the arguments it needs, pulls, and resets `emulator` in cleanupTestCase).
struct EmulatorProjectFixture {
    QTemporaryDir home;
    QTemporaryDir work;
    std::unique_ptr<emu::testing::EmulatorProcess> emulator;
    QString project;

    // Call first (initTestCase): useWindowTestEnvironment under `application`, an emulator not
    // started yet, and the project's folder (work/project, not there yet).
    void prepare(const QString &application)
    {
        useWindowTestEnvironment(home.path(), application);
        emulator = std::make_unique<emu::testing::EmulatorProcess>();
        project = work.filePath(QStringLiteral("project"));
    }
};

inline ConnectionChoice emulatorChoice(const QUrl &endpoint)
{
    return ConnectionChoice{QString(), QStringLiteral("us-east-1"), endpoint.toString(), kDomainId,
                            QString()};
}

// Also points STS at it: the emulator answers GetCallerIdentity for its key.
inline bool startEmulator(emu::testing::EmulatorProcess &emulator)
{
    if (!emulator.start({QStringLiteral("--seed-sample")}))
        return false;
    qputenv("AWS_ENDPOINT_URL_STS", emulator.url().toString().toUtf8());
    return true;
}

// Pulls the sample domain into `folder` the way the pull dialog does, waiting for the end.
inline Result<project::PullResult> pullSample(const QUrl &endpoint, const QString &folder)
{
    auto resolved = net::resolveConnection(emulatorChoice(endpoint).settings());
    if (!resolved)
        return resolved.error();
    net::CasesClient client(std::move(resolved->config));
    project::ProjectConfig config;
    config.domainId = kDomainId.toStdString();
    config.region = "us-east-1";
    config.endpoint = endpoint.toString().toStdString();
    std::optional<Result<project::PullResult>> outcome;
    project::pullIntoProject(client, folder.toStdString(), config, {},
                             [&](Result<project::PullResult> result) { outcome = std::move(result); });
    QDeadlineTimer deadline(15000);
    while (!outcome && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (!outcome)
        return makeError("test.timeout", "the pull did not finish within 15 s");
    return *outcome;
}

// Starts `emulator` on the sample domain and pulls it into `folder`: the project "pulled from the
// service" that a test then works on. Empty when both worked, else what failed.
inline QString startAndPullSample(emu::testing::EmulatorProcess &emulator, const QString &folder)
{
    if (!startEmulator(emulator))
        return emulator.errorText();
    auto pulled = pullSample(emulator.url(), folder);
    return pulled ? QString() : QString::fromStdString(pulled.error().toString());
}

inline Json readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Json();
    auto parsed = parseJsonText(file.readAll().toStdString());
    return parsed ? *parsed : Json();
}

inline bool writeJson(const QString &path, const Json &json)
{
    QFile file(path);
    const QByteArray bytes = QByteArray::fromStdString(toJsonText(json));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The rule as the emulator holds it now.
inline Json remoteRule(emu::testing::EmulatorClient &client, const std::string &caseRuleId)
{
    const auto reply = client.call("POST", "/domains/" + kDomainId.toStdString() + "/rules-batch",
                                   {{"caseRules", Json::array({{{"id", caseRuleId}}})}});
    const Json body = reply.json();
    return body.contains("caseRules") && !body["caseRules"].empty() ? body["caseRules"][0] : Json();
}

} // namespace cw::ui::test
