// A project with files that cannot be read (issue #15, item 3). Read strictly (the CLI) the first
// bad file is the load's error, with file and line or pointer; read with LoadMode::KeepUnreadable
// (the designer) every bad rules/, templates/ or samples/ file is listed with that same error and
// the rest opens. Saving never writes over or removes such a file, publish refuses while there is
// one, a folder watcher's question "what changed since?" is answered, and Save As copies the
// folder with the edits.
#include "project/file_renames.h"
#include "project/project_io.h"
#include "project/publish_readiness.h"
#include "project_test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using namespace cw::project;
using namespace cw::projecttest;

namespace {
const std::string kBrokenText = "{\n  \"name\": \"Resolution notes\",\n  \"rule\": {\n";

const UnreadableFile *unreadableAt(const Project &project, const std::string &relative)
{
    for (const UnreadableFile &file : project.unreadable)
        if (file.relative == relative)
            return &file;
    return nullptr;
}
} // namespace

class TestProjectLoadUnreadable : public QObject {
    Q_OBJECT

    DomainSnapshot m_sample;
    QTemporaryDir m_dir;
    std::string m_project;
    std::string m_brokenRule; // "rules/<slug>.json" of the resolution-notes rule, broken by init()
    std::string m_brokenSlug;
    std::string m_otherRule; // a rule file that reads
    int m_count = 0;

    std::string path(const std::string &relative) const { return filePath(m_project, relative); }

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
        m_brokenSlug = ruleFileById(project, kResolutionNotesRule)->slug;
        m_brokenRule = "rules/" + m_brokenSlug + ".json";
        m_otherRule = "rules/" + ruleFileById(project, kRefundRequiredRule)->slug + ".json";
        QVERIFY(writeText(path(m_brokenRule), kBrokenText));
    }

    void strictLoadRefusesWithWhereTheFileIsBroken()
    {
        const auto loaded = loadProject(m_project);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().where.file, path(m_brokenRule));
        QVERIFY2(loaded.error().where.line > 0, loaded.error().toString().c_str());
    }

    void lenientLoadListsTheFileWithTheSameErrorAndOpensTheRest()
    {
        const Error strict = loadProject(m_project).error();
        const auto loaded = loadProject(m_project, LoadMode::KeepUnreadable);
        QVERIFY2(loaded, describe(loaded));
        const Project &project = loaded->project;
        QCOMPARE(project.unreadable.size(), std::size_t(1));
        QCOMPARE(project.unreadable.front().relative, m_brokenRule);
        QCOMPARE(project.unreadable.front().error.toString(), strict.toString());
        QVERIFY(project.findRuleById(kResolutionNotesRule) == nullptr);
        QVERIFY(project.findRuleById(kRefundRequiredRule) != nullptr);
        QCOMPARE(project.rules.size(), m_sample.caseRules.size() - 1);
        QCOMPARE(project.templates.size(), m_sample.templates.size());
        for (const CaseRule &rule : project.workingSnapshot().caseRules)
            QVERIFY(rule.caseRuleId != kResolutionNotesRule);
        // Its bytes are known, so a change to them (the fix) is noticed.
        QVERIFY(loaded->disk.contentHashes.count(m_brokenRule) == 1);
        QCOMPARE(project.unreadableSlugs("rules"), std::set<std::string>{m_brokenSlug});
        QVERIFY(project.unreadableSlugs("templates").empty());
    }

    void everyKindOfUnreadableFileIsKept()
    {
        // A member of the wrong type (found after parsing: a pointer, no line), a samples file,
        // an entry that is not a file, a copy of a rule with the same id.
        Project project = loadProject(m_project, LoadMode::KeepUnreadable)->project;
        const std::string templateFile = "templates/" + project.templates.front().slug + ".json";
        Json wrongType = Json::parse(readText(path(templateFile)));
        wrongType["name"] = 42;
        QVERIFY(writeText(path(templateFile), wrongType.dump(2)));
        QVERIFY(writeText(path("samples/broken.json"), "{\"cases\": [}"));
        QVERIFY(QDir().mkpath(QString::fromStdString(path("rules/a-folder.json"))));
        QVERIFY(writeText(path("rules/zz-copy.json"), readText(path(m_otherRule))));

        const auto loaded = loadProject(m_project, LoadMode::KeepUnreadable);
        QVERIFY2(loaded, describe(loaded));
        const Project &kept = loaded->project;
        QCOMPARE(kept.unreadable.size(), std::size_t(5));
        const UnreadableFile *wrong = unreadableAt(kept, templateFile);
        QVERIFY(wrong);
        QCOMPARE(wrong->error.where.pointer, std::string("/name"));
        QCOMPARE(wrong->error.where.file, path(templateFile));
        QVERIFY(unreadableAt(kept, "samples/broken.json"));
        QVERIFY(unreadableAt(kept, "rules/a-folder.json"));
        const UnreadableFile *copy = unreadableAt(kept, "rules/zz-copy.json");
        QVERIFY(copy);
        QCOMPARE(copy->error.code, std::string("project.duplicate-id"));
        QCOMPARE(kept.templates.size(), m_sample.templates.size() - 1);
        QVERIFY(kept.findRuleById(kRefundRequiredRule) != nullptr); // the first of the two reads
        QVERIFY(kept.samples.empty());
        // Strictly, the first of them in the load's order is the error.
        QCOMPARE(loadProject(m_project).error().where.file, path("rules/a-folder.json"));
    }

    void theProjectFilesStayStrict()
    {
        QVERIFY(writeText(path("fields.json"), "{"));
        const auto loaded = loadProject(m_project, LoadMode::KeepUnreadable);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().where.file, path("fields.json"));
    }

    void aLocalReferenceToAnUnreadableRuleIsNotDangling()
    {
        Project project = loadProject(m_project, LoadMode::KeepUnreadable)->project;
        DiskState disk = loadProject(m_project, LoadMode::KeepUnreadable)->disk;
        project.rules.push_back(RuleFile{"new-rule", requiredRule("New rule", kStatusField, "Closed")});
        project.templates.push_back(
            TemplateFile{"new-template", simpleTemplate("New template", {"local:new-rule"}, kStatusField)});
        QVERIFY2(saveProject(project, disk), "saved");
        QVERIFY(writeText(path("rules/new-rule.json"), "not json"));
        const auto loaded = loadProject(m_project, LoadMode::KeepUnreadable);
        QVERIFY2(loaded, describe(loaded));
        QVERIFY(loaded->project.findTemplateBySlug("new-template") != nullptr);
        QVERIFY(unreadableAt(loaded->project, "rules/new-rule.json"));
    }

    void savingNeverWritesOverOrRemovesAnUnreadableFile()
    {
        auto loaded = loadProject(m_project, LoadMode::KeepUnreadable);
        QVERIFY2(loaded, describe(loaded));
        Project project = loaded->project;
        ruleFileById(project, kRefundRequiredRule)->rule.name = "Refund amount (edited)";
        QVERIFY2(saveProject(project, loaded->disk), "saved");
        QCOMPARE(readText(path(m_brokenRule)), kBrokenText);
        QVERIFY(readText(path(m_otherRule)).find("(edited)") != std::string::npos);

        // A new rule that would take its name is refused, and nothing is written.
        const auto before = fingerprint(m_project);
        project.rules.push_back(RuleFile{m_brokenSlug, requiredRule("Taken", kStatusField, "Closed")});
        const Status refused = saveProject(project, loaded->disk);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, std::string("project.unreadable-file"));
        QCOMPARE(refused.error().where.file, path(m_brokenRule));
        QVERIFY(fingerprint(m_project) == before);
    }

    void aRenameOnSaveAvoidsAnUnreadableFilesName()
    {
        Project project = loadProject(m_project, LoadMode::KeepUnreadable)->project;
        // A new rule whose name slugs to the unreadable file's: it gets the next free name.
        std::string brokenName;
        for (const CaseRule &rule : m_sample.caseRules)
            if (rule.caseRuleId == kResolutionNotesRule)
                brokenName = rule.name;
        project.rules.push_back(RuleFile{"draft", requiredRule(brokenName, kStatusField, "x")});
        const FileRenames renames = filesToRename(project, false);
        QCOMPARE(renames.rules.count("draft"), std::size_t(1));
        QCOMPARE(renames.rules.at("draft"), m_brokenSlug + "-2");
    }

    void publishIsBlockedUntilTheFileIsFixed()
    {
        const auto loaded = loadProject(m_project, LoadMode::KeepUnreadable);
        const auto blocker = publishBlocker(loaded->project);
        QVERIFY(blocker);
        QCOMPARE(blocker->code, std::string("publish.unreadable-file"));
        QVERIFY2(blocker->message.find(m_brokenRule) != std::string::npos, blocker->message.c_str());
        QCOMPARE(blocker->where.file, path(m_brokenRule));
    }

    void filesChangedSinceNamesWhatGitOrAnEditorTouched()
    {
        const auto loaded = loadProject(m_project, LoadMode::KeepUnreadable);
        QVERIFY(filesChangedSince(m_project, loaded->disk).empty());
        QVERIFY(writeText(path(m_otherRule), readText(path(m_otherRule)) + " "));
        QVERIFY(writeText(path("rules/added.json"), "{}"));
        QVERIFY(QFile::remove(QString::fromStdString(path(m_brokenRule))));
        const std::vector<std::string> changed = filesChangedSince(m_project, loaded->disk);
        QCOMPARE(changed, (std::vector<std::string>{"rules/added.json", m_otherRule, m_brokenRule}));
        // The recovery copy is not a project file.
        QVERIFY(writeText(path(".casewright/recovery.json"), "{}"));
        QCOMPARE(filesChangedSince(m_project, loaded->disk).size(), std::size_t(3));
    }

    void saveAsCopiesTheFolderWithTheEdits()
    {
        auto loaded = loadProject(m_project, LoadMode::KeepUnreadable);
        QVERIFY2(loaded, describe(loaded));
        ruleFileById(loaded->project, kRefundRequiredRule)->rule.name = "Refund amount (copy)";
        QVERIFY(writeText(path(".casewright/recovery.json"), "{}"));
        QVERIFY(writeText(path("README.md"), "notes\n"));
        const auto before = fingerprint(m_project);
        const std::string target = m_dir.filePath(QStringLiteral("copy-%1").arg(m_count)).toStdString();
        const auto copy = saveProjectAs(*loaded, target);
        QVERIFY2(copy, describe(copy));
        QCOMPARE(copy->project.directory, target);
        QVERIFY(fingerprint(m_project) == before); // the original is as it was
        QVERIFY(readText(filePath(target, m_otherRule)).find("(copy)") != std::string::npos);
        QCOMPARE(readText(filePath(target, m_brokenRule)), kBrokenText);
        QCOMPARE(readText(filePath(target, "README.md")), std::string("notes\n"));
        QVERIFY(!fileExists(target, ".casewright/recovery.json"));
        QVERIFY(fileExists(target, ".casewright/base.json"));
        // The copy reads back as the document was, and its record of the files is current.
        const auto reread = loadProject(target, LoadMode::KeepUnreadable);
        QVERIFY2(reread, describe(reread));
        QCOMPARE(reread->project.findRuleById(kRefundRequiredRule)->rule.name,
                 std::string("Refund amount (copy)"));
        QVERIFY(filesChangedSince(target, copy->disk).empty());

        // A folder that is not empty is refused, and nothing is written there.
        const auto again = saveProjectAs(*loaded, m_project);
        QVERIFY(!again);
        QCOMPARE(again.error().code, std::string("project.save-as-target"));
        QVERIFY(fingerprint(m_project) == before);
        const auto inside = saveProjectAs(*loaded, filePath(m_project, "copy"));
        QVERIFY(!inside);
        QCOMPARE(inside.error().code, std::string("project.save-as-target"));
        QVERIFY(fingerprint(m_project) == before);
    }
};

QTEST_GUILESS_MAIN(TestProjectLoadUnreadable)
#include "test_project_load_unreadable.moc"
