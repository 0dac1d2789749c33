// Rule and template files follow their names when saved (issue 15, item 5): a new rule renamed is
// moved to the file its new name gives, the "local:<slug>" references follow it, a published one
// moves only when asked, a taken name gets a suffix, and a refused save moves nothing.

#include "../ui/sample_project_support.h"
#include "project/file_renames.h"
#include "project/project_io.h"
#include "project/slug.h"
#include "project_test_support.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace cw;
using namespace cw::project;

namespace {
const std::string kClosedNotes = "resolution-notes-required-when-closed";

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

RuleFile *ruleBySlug(Project &project, const std::string &slug)
{
    for (RuleFile &file : project.rules)
        if (file.slug == slug)
            return &file;
    return nullptr;
}
} // namespace

class TestFileRenames : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_folder;
    LoadedProject m_loaded;

    QString pathOf(const std::string &relative) const
    {
        return m_folder + QLatin1Char('/') + QString::fromStdString(relative);
    }

    // A new rule "New required rule", attached in customer-support, saved.
    void addNewRule()
    {
        CaseRule rule;
        rule.name = "New required rule";
        rule.rule.kind = RuleDetails::Kind::Required;
        m_loaded.project.rules.push_back(RuleFile{"new-required-rule", rule});
        TemplateFile &support = m_loaded.project.templates.at(std::size_t(
            m_loaded.project.findTemplateBySlug("customer-support") - m_loaded.project.templates.data()));
        support.caseTemplate.rules->push_back(
            TemplateRule{localRuleRef("new-required-rule"), std::string("status"), Json::object()});
        const Status saved = saveProject(m_loaded.project, m_loaded.disk);
        QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().toString().c_str());
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(ui::test::copySampleProject(m_folder));
        auto loaded = loadProject(m_folder.toStdString());
        QVERIFY2(loaded.ok(), projecttest::describe(loaded));
        m_loaded = std::move(*loaded);
    }

    void namesThatFollowAreLeftAlone()
    {
        QVERIFY(filesToRename(m_loaded.project, true).empty());
        QVERIFY(slugFollowsName("new-required-rule-2", "New required rule", "rule"));
        QVERIFY(slugFollowsName("rule", "???", "rule"));
        QVERIFY(!slugFollowsName("new-required-rule-x", "New required rule", "rule"));
        QVERIFY(!slugFollowsName("new-required", "New required rule", "rule"));
    }

    void aNewRuleMovesWithItsNameAndItsReferencesFollow()
    {
        addNewRule();
        const QByteArray before = bytesOf(pathOf("rules/new-required-rule.json"));
        QVERIFY(!before.isEmpty());
        ruleBySlug(m_loaded.project, "new-required-rule")->rule.name = "Refund reason required";

        const FileRenames renames = filesToRename(m_loaded.project, false);
        QCOMPARE(renames.rules,
                 (std::map<std::string, std::string>{{"new-required-rule", "refund-reason-required"}}));
        QVERIFY(renames.templates.empty());
        applyFileRenames(m_loaded.project, renames);
        const Status saved = saveProject(m_loaded.project, m_loaded.disk);
        QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().toString().c_str());

        QVERIFY(!QFileInfo::exists(pathOf("rules/new-required-rule.json")));
        const QByteArray after = bytesOf(pathOf("rules/refund-reason-required.json"));
        // The same content, moved: only the name in it changed, so git sees a rename.
        QByteArray expected = before;
        expected.replace("New required rule", "Refund reason required");
        QCOMPARE(after, expected);
        const QByteArray support = bytesOf(pathOf("templates/customer-support.json"));
        QVERIFY(support.contains("\"local:refund-reason-required\""));
        QVERIFY(!support.contains("local:new-required-rule"));

        auto reopened = loadProject(m_folder.toStdString());
        QVERIFY2(reopened.ok(), projecttest::describe(reopened));
        QVERIFY(reopened->project.findRuleBySlug("refund-reason-required"));
        QVERIFY(filesToRename(reopened->project, true).empty());
    }

    void aPublishedRuleMovesOnlyWhenAsked()
    {
        ruleBySlug(m_loaded.project, kClosedNotes)->rule.name = "Closing needs notes";
        QVERIFY(filesToRename(m_loaded.project, false).empty());
        const FileRenames offered = publishedFilesToRename(m_loaded.project);
        QCOMPARE(offered.rules, (std::map<std::string, std::string>{{kClosedNotes, "closing-needs-notes"}}));
        QCOMPARE(filesToRename(m_loaded.project, true).rules, offered.rules);

        const QByteArray before = bytesOf(pathOf("rules/" + kClosedNotes + ".json"));
        applyFileRenames(m_loaded.project, offered);
        QVERIFY(saveProject(m_loaded.project, m_loaded.disk).ok());
        QVERIFY(!QFileInfo::exists(pathOf("rules/" + kClosedNotes + ".json")));
        QByteArray expected = before;
        expected.replace("Resolution notes required when closed", "Closing needs notes");
        QCOMPARE(bytesOf(pathOf("rules/closing-needs-notes.json")), expected);
        // Templates name published rules by id: nothing else changed.
        QVERIFY(bytesOf(pathOf("templates/customer-support.json"))
                    .contains(projecttest::kResolutionNotesRule.c_str()));
    }

    void aTakenNameGetsASuffix()
    {
        addNewRule();
        ruleBySlug(m_loaded.project, "new-required-rule")->rule.name =
            "Resolution notes required when closed";
        const FileRenames renames = filesToRename(m_loaded.project, false);
        QCOMPARE(renames.rules.at("new-required-rule"), kClosedNotes + "-2");
        applyFileRenames(m_loaded.project, renames);
        QVERIFY(saveProject(m_loaded.project, m_loaded.disk).ok());
        QVERIFY(QFileInfo::exists(pathOf("rules/" + kClosedNotes + ".json")));
        QVERIFY(QFileInfo::exists(pathOf("rules/" + kClosedNotes + "-2.json")));
    }

    void aNewTemplateMovesAndItsSampleCasesFollow()
    {
        CaseTemplate caseTemplate;
        caseTemplate.name = "New template";
        caseTemplate.status = "Active";
        m_loaded.project.templates.push_back(TemplateFile{"new-template", caseTemplate});
        SampleCase sampleCase = m_loaded.project.samples.at(0).cases.cases.at(0);
        sampleCase.id = "on-the-new-template";
        sampleCase.templateId = localRuleRef("new-template");
        m_loaded.project.samples.at(0).cases.cases.push_back(sampleCase);
        m_loaded.project.templates.back().caseTemplate.name = "Warranty claims";

        const FileRenames renames = filesToRename(m_loaded.project, false);
        QCOMPARE(renames.templates,
                 (std::map<std::string, std::string>{{"new-template", "warranty-claims"}}));
        applyFileRenames(m_loaded.project, renames);
        QCOMPARE(m_loaded.project.samples.at(0).cases.cases.back().templateId,
                 std::string("local:warranty-claims"));
        const Status saved = saveProject(m_loaded.project, m_loaded.disk);
        QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().toString().c_str());
        QVERIFY(QFileInfo::exists(pathOf("templates/warranty-claims.json")));
        QVERIFY(!QFileInfo::exists(pathOf("templates/new-template.json")));
    }

    // A file changed on disk refuses the save before anything moves: nothing is lost.
    void aRefusedSaveMovesNothing()
    {
        addNewRule();
        const QString old = pathOf("rules/new-required-rule.json");
        QFile file(old);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n");
        file.close();
        const QByteArray handEdited = bytesOf(old);
        ruleBySlug(m_loaded.project, "new-required-rule")->rule.name = "Refund reason required";
        applyFileRenames(m_loaded.project, filesToRename(m_loaded.project, false));
        QVERIFY(!saveProject(m_loaded.project, m_loaded.disk).ok());
        QCOMPARE(bytesOf(old), handEdited);
        QVERIFY(!QFileInfo::exists(pathOf("rules/refund-reason-required.json")));
    }
};

QTEST_MAIN(TestFileRenames)
#include "test_file_renames.moc"
