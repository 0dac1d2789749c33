// The committed sample project (resources/sample-project) is exactly what the project layer makes
// of resources/sample: a pull of the sample snapshot plus its sample cases. Run with
// CASEWRIGHT_REGENERATE_SAMPLE_PROJECT=1 to rewrite the folder after changing the sample.

#include "project/plan.h"
#include "project/project_io.h"
#include "project/pull_merge.h"
#include "sample_project_support.h"
#include "wire/wire_json.h"

#include <QtTest>

using namespace cw;

namespace {
const char *const kPulledAt = "2026-05-02T08:00:00Z";

project::Project generatedSampleProject(const std::string &directory)
{
    auto snapshot =
        wire::loadSnapshotFile(CASEWRIGHT_SOURCE_DIR "/resources/sample/support-centre.snapshot.json");
    auto cases =
        wire::loadSampleCasesFile(CASEWRIGHT_SOURCE_DIR "/resources/sample/support-centre.cases.json");
    if (!snapshot || !cases)
        qFatal("the sample domain cannot be read");
    project::ProjectConfig config;
    config.domainId = snapshot->domainId;
    config.domainArn = snapshot->domainArn;
    config.domainName = snapshot->name;
    config.region = "us-east-1";
    project::Project project = project::projectFromSnapshot(*snapshot, config, directory, kPulledAt);
    project.samples.push_back(project::SampleFile{"support-centre.json", std::move(cases).value()});
    return project;
}

QMap<QString, QByteArray> filesUnder(const QString &directory)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(directory).relativeFilePath(path), file.readAll());
    }
    return files;
}
} // namespace

class TestSampleProject : public QObject {
    Q_OBJECT
private slots:
    void committedFolderMatchesTheSample()
    {
        const bool regenerate = qEnvironmentVariableIntValue("CASEWRIGHT_REGENERATE_SAMPLE_PROJECT") == 1;
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString target = regenerate ? cw::ui::test::sampleProjectDir() : scratch.path();
        if (regenerate)
            QDir(target).removeRecursively();
        project::Project project = generatedSampleProject(target.toStdString());
        project::DiskState disk;
        const Status saved = project::saveProject(project, disk);
        QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().toString().c_str());
        if (regenerate)
            QSKIP("resources/sample-project regenerated");

        const auto expected = filesUnder(scratch.path());
        const auto committed = filesUnder(cw::ui::test::sampleProjectDir());
        QCOMPARE(committed.keys(), expected.keys());
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(committed.value(it.key()) == it.value(),
                     qPrintable(it.key() + QStringLiteral(" differs; regenerate the sample project")));
    }

    void sampleProjectOpensWithNothingToPublish()
    {
        auto loaded = project::loadProject(cw::ui::test::sampleProjectDir().toStdString());
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().toString().c_str());
        QCOMPARE(loaded->project.rules.size(), std::size_t(10));
        QCOMPARE(loaded->project.templates.size(), std::size_t(3));
        QCOMPARE(loaded->project.fields.size(), std::size_t(16));
        QCOMPARE(loaded->project.samples.size(), std::size_t(1));
        QCOMPARE(loaded->project.samples.front().cases.cases.size(), std::size_t(17));
        auto plan = project::computePlan(loaded->project);
        QVERIFY(plan.ok());
        QVERIFY(plan->empty());
    }
};

QTEST_GUILESS_MAIN(TestSampleProject)
#include "test_ui_sample_project.moc"
