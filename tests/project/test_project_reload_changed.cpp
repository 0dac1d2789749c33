// reloadChangedFiles: after files of a project changed on disk, only those are read again (with
// the unreadable files and any file added), and the project comes out as a full loadProject
// (KeepUnreadable) of the folder would give it -- also where a change to one file changes what
// another means: a template's "local:" rule removed and brought back, a broken file fixed.
// casewright.json, fields.json, layouts.json or .casewright/ changed reads everything.
#include "project/project_io.h"
#include "project_test_support.h"
#include "wire/wire_json.h"

#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace cw;
using namespace cw::project;
using namespace cw::projecttest;

namespace {
// The project's files as they are saved, and the unreadable ones with their errors.
std::map<std::string, std::string> savedForm(const Project &project)
{
    std::map<std::string, std::string> files;
    for (const RuleFile &file : project.rules)
        files["rules/" + file.slug] = ruleFileJson(file.rule).dump();
    for (const TemplateFile &file : project.templates)
        files["templates/" + file.slug] = templateFileJson(file.caseTemplate).dump();
    for (const SampleFile &file : project.samples)
        files["samples/" + file.name] = wire::writeSampleCaseSet(file.cases).dump();
    for (const UnreadableFile &file : project.unreadable)
        files["unreadable " + file.relative] = file.error.toString() + " ids " + Json(file.ids).dump();
    files["fields"] = std::to_string(project.fields.size());
    return files;
}
} // namespace

class TestProjectReloadChanged : public QObject {
    Q_OBJECT

    DomainSnapshot m_sample;
    QTemporaryDir m_dir;
    std::string m_project;
    LoadedProject m_previous;
    std::string m_rule; // a published rule's file
    int m_count = 0;

    std::string path(const std::string &relative) const { return filePath(m_project, relative); }

    // What changed since m_previous read again; the result is checked against a full read and
    // becomes m_previous. Returns the files read, sorted, joined with ", ".
    QString reloadAndCompare()
    {
        const std::vector<std::string> changed = filesChangedSince(m_project, m_previous.disk);
        std::vector<std::string> read;
        auto reloaded = reloadChangedFiles(m_previous.project, m_previous.disk, changed, &read);
        auto full = loadProject(m_project, LoadMode::KeepUnreadable);
        if (!reloaded || !full) {
            qWarning("cannot read the project again: %s",
                     reloaded ? "" : reloaded.error().toString().c_str());
            return QStringLiteral("(failed)");
        }
        if (savedForm(reloaded->project) != savedForm(full->project) ||
            reloaded->disk.contentHashes != full->disk.contentHashes) {
            qWarning("reading the changes differs from reading everything");
            return QStringLiteral("(differs)");
        }
        m_previous = std::move(reloaded).value();
        QStringList files;
        for (const std::string &relative : read)
            files << QString::fromStdString(relative);
        return files.join(QStringLiteral(", "));
    }

private slots:
    void initTestCase()
    {
        auto sample = loadSample();
        QVERIFY2(sample, describe(sample));
        m_sample = std::move(sample).value();
    }

    void init()
    {
        m_project = m_dir.filePath(QString::number(++m_count)).toStdString();
        Project project = sampleProject(m_sample, m_project);
        DiskState disk;
        QVERIFY2(saveProject(project, disk), "the sample saves");
        m_rule = "rules/" + ruleFileById(project, kRefundRequiredRule)->slug + ".json";
        auto loaded = loadProject(m_project, LoadMode::KeepUnreadable);
        QVERIFY2(loaded, describe(loaded));
        m_previous = std::move(loaded).value();
        QVERIFY(m_previous.project.unreadable.empty());
    }

    void aChangedRuleIsTheOnlyFileRead()
    {
        Json rule = Json::parse(readText(path(m_rule)));
        rule["name"] = "Refunds need an amount";
        QVERIFY(writeText(path(m_rule), rule.dump(2)));
        QCOMPARE(reloadAndCompare(), QString::fromStdString(m_rule));
        QCOMPARE(m_previous.project.findRuleById(kRefundRequiredRule)->rule.name,
                 std::string("Refunds need an amount"));
        // Nothing changed: nothing read.
        QCOMPARE(reloadAndCompare(), QString());
    }

    void aTemplatesLocalRuleRemovedAndBroughtBack()
    {
        Json rule = Json::parse(readText(path(m_rule)));
        rule.erase("caseRuleId");
        rule["name"] = "A new rule";
        QVERIFY(writeText(path("rules/a-new-rule.json"), rule.dump(2)));
        const std::string complaint =
            "templates/" + m_previous.project.findTemplateById(kComplaintTemplate)->slug + ".json";
        Json caseTemplate = Json::parse(readText(path(complaint)));
        caseTemplate.erase("templateId");
        caseTemplate["name"] = "Uses the new rule";
        caseTemplate["rules"] =
            Json::array({{{"caseRuleId", "local:a-new-rule"}, {"fieldId", kResolutionNotesField}}});
        QVERIFY(writeText(path("templates/uses-new-rule.json"), caseTemplate.dump(2)));
        QCOMPARE(reloadAndCompare(), QStringLiteral("rules/a-new-rule.json, templates/uses-new-rule.json"));
        QVERIFY(m_previous.project.findTemplateBySlug("uses-new-rule"));

        // The rule goes: the template, unchanged, names no rule file now and cannot be read.
        QVERIFY(QFile::remove(QString::fromStdString(path("rules/a-new-rule.json"))));
        QCOMPARE(reloadAndCompare(), QString());
        QVERIFY(!m_previous.project.findTemplateBySlug("uses-new-rule"));
        QCOMPARE(m_previous.project.unreadable.size(), std::size_t(1));
        QCOMPARE(m_previous.project.unreadable.front().error.code, std::string("project.dangling-local-ref"));

        // It comes back: the template is read again with it, and reads.
        QVERIFY(writeText(path("rules/a-new-rule.json"), rule.dump(2)));
        QCOMPARE(reloadAndCompare(), QStringLiteral("rules/a-new-rule.json, templates/uses-new-rule.json"));
        QVERIFY(m_previous.project.findTemplateBySlug("uses-new-rule"));
        QVERIFY(m_previous.project.unreadable.empty());
    }

    void aBrokenFileIsKeptAsideAndReadAgainWhenFixed()
    {
        const std::string text = readText(path(m_rule));
        QVERIFY(writeText(path(m_rule), "{\n  \"name\": \"Broken\",\n"));
        QCOMPARE(reloadAndCompare(), QString::fromStdString(m_rule));
        QCOMPARE(m_previous.project.unreadable.size(), std::size_t(1));
        QVERIFY(!m_previous.project.findRuleById(kRefundRequiredRule));
        // Another file changed: the unreadable one is read again too (its trouble may lie elsewhere).
        const std::string samples = "samples/extra.json";
        QVERIFY(writeText(path(samples), wire::writeSampleCaseSet(SampleCaseSet{}).dump(2)));
        QCOMPARE(reloadAndCompare(), QString::fromStdString(m_rule + ", " + samples));
        QVERIFY(writeText(path(m_rule), text));
        QCOMPARE(reloadAndCompare(), QString::fromStdString(m_rule));
        QVERIFY(m_previous.project.unreadable.empty());
        QVERIFY(m_previous.project.findRuleById(kRefundRequiredRule));
    }

    void theProjectsOwnFilesReadEverything()
    {
        const std::size_t files = m_previous.disk.contentHashes.size();
        QVERIFY(writeText(path("fields.json"), readText(path("fields.json")) + "\n"));
        const QStringList read = reloadAndCompare().split(QStringLiteral(", "));
        QCOMPARE(std::size_t(read.size()), files);
        QVERIFY(read.contains(QString::fromStdString(m_rule)));
        QVERIFY(read.contains(QStringLiteral(".casewright/base.json")));
    }
};

QTEST_GUILESS_MAIN(TestProjectReloadChanged)
#include "test_project_reload_changed.moc"
