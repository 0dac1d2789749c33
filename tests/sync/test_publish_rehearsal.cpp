// casewright-cli publish --rehearse: the real publish path against a practice copy of the pulled
// state. The project's own service ("production" here: an emulator the project was pulled from)
// receives no request at all, the project folder is not changed, and a step the service would
// refuse makes the rehearsal fail with the service's reason.
#include "cli_runner.h"
#include "emulator_client.h"
#include "emulator_process.h"
#include "sample_edits.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

using namespace cw;
using namespace cw::testing;
using cw::emu::testing::answeredRequests;
using cw::emu::testing::EmulatorClient;
using cw::emu::testing::EmulatorProcess;

namespace {

// Every file below `folder`, hidden ones included, with a hash of its bytes.
std::map<QString, QByteArray> fingerprint(const QString &folder)
{
    std::map<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files[QDir(folder).relativeFilePath(path)] =
                QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }
    return files;
}
} // namespace

class TestPublishRehearsal : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    std::unique_ptr<EmulatorProcess> m_production;
    std::unique_ptr<CliRunner> m_cli;

    QString pulledProject(const QString &name) { return pullSampleDomain(*m_cli, m_work.filePath(name)); }

private slots:
    void initTestCase()
    {
        m_production = std::make_unique<EmulatorProcess>();
        QVERIFY2(m_production->start({QStringLiteral("--seed-sample")}),
                 qPrintable(m_production->errorText()));
        m_cli = std::make_unique<CliRunner>(m_production->url(), m_home.path());
    }

    void cleanupTestCase() { m_production.reset(); }

    void rehearsesThePublishWithoutTouchingTheProjectOrTheService()
    {
        const QString project = pulledProject(QStringLiteral("rehearsed"));
        QVERIFY(!project.isEmpty());
        QVERIFY(addNewRuleAndDeleteKnowledgeRule(project));
        Json resolution = readJson(QDir(project).filePath(kResolutionRuleFile));
        resolution["description"] = "Rehearsed before publishing.";
        writeJson(QDir(project).filePath(kResolutionRuleFile), resolution);
        const auto before = fingerprint(project);
        EmulatorClient production(m_production->url());
        const int productionBefore = answeredRequests(production);

        const CliRun run = m_cli->run({QStringLiteral("publish"), QStringLiteral("--rehearse"), project});
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(run.out.contains(QStringLiteral("rule \u201cNew rule\u201d: added")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral(": deleted")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral(": changed (description)")), qPrintable(run.out));
        QVERIFY2(run.out.contains(
                     QStringLiteral("field \u201cEscalation reason\u201d: + rule \u201cNew rule\u201d")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("Rehearsal succeeded: publish would carry out")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("request(s); at 20 requests/s")), qPrintable(run.out));

        // Nothing reached the project's own service, and the folder is byte for byte as it was.
        QCOMPARE(answeredRequests(production), productionBefore);
        QVERIFY(fingerprint(project) == before);
        // The real publish is still to do.
        const CliRun plan = m_cli->run({QStringLiteral("plan"), project});
        QVERIFY2(plan.out.contains(QStringLiteral("New rule")), qPrintable(plan.all()));
    }

    void aStepTheServiceRefusesFailsTheRehearsal()
    {
        const QString project = pulledProject(QStringLiteral("refused"));
        QVERIFY(!project.isEmpty());
        // A field that exists in the project's files but not in the domain (as if it were made up
        // by hand): validation accepts a rule on it, the service refuses it.
        Json fields = readJson(QDir(project).filePath(QStringLiteral("fields.json")));
        Json invented = fields["fields"][0];
        invented["fieldId"] = "invented-field";
        invented["name"] = "Invented";
        invented["fieldArn"] = "arn:aws:cases:us-east-1:123456789012:domain/x/field/invented-field";
        fields["fields"].push_back(invented);
        writeJson(QDir(project).filePath(QStringLiteral("fields.json")), fields);
        writeJson(QDir(project).filePath(QStringLiteral("rules/on-invented.json")),
                  {{"name", "On an invented field"},
                   {"rule",
                    {{"required",
                      {{"defaultValue", false},
                       {"conditions", Json::array({{{"equalTo",
                                                     {{"operandOne", {{"fieldId", "invented-field"}}},
                                                      {"operandTwo", {{"stringValue", "x"}}},
                                                      {"result", true}}}}})}}}}}});
        EmulatorClient production(m_production->url());
        const int productionBefore = answeredRequests(production);

        const CliRun run = m_cli->run({QStringLiteral("publish"), QStringLiteral("--rehearse"), project});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("refused:")) &&
                     run.out.contains(QStringLiteral("invented-field")),
                 qPrintable(run.all()));
        QVERIFY2(run.out.contains(QStringLiteral("Rehearsal failed")), qPrintable(run.out));
        QCOMPARE(answeredRequests(production), productionBefore);
    }

    void rehearseExcludesTheRealPublishsChoices()
    {
        const CliRun run = m_cli->run({QStringLiteral("publish"), QStringLiteral("--rehearse"),
                                       QStringLiteral("--dry-run"), m_work.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--rehearse excludes")), qPrintable(run.all()));
    }
};

QTEST_GUILESS_MAIN(TestPublishRehearsal)
#include "test_publish_rehearsal.moc"
