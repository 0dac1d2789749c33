// A rule or template file that cannot be read is not an offline edit: the designer opens such a
// project leniently (LoadMode::KeepUnreadable), and the plan it counts -- computeEdits, the status
// bar's "N offline edits" -- must not take the rule in the broken file for deleted. The file tells
// which rule it holds by the id its text still names, or else by its name; a rule file that was
// really removed is still a deletion.
#include "project/plan.h"
#include "project/project_io.h"
#include "project/unreadable_file_ids.h"
#include "project_test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using namespace cw::project;
using namespace cw::projecttest;

namespace {
// A truncated file whose text no longer names its id (it lost its first lines).
const std::string kNamelessText = "{\n  \"name\": \"Resolution notes\",\n  \"rule\": {\n";

std::string actionsText(const Plan &plan)
{
    std::string text;
    for (const PlanStep &step : plan.steps)
        text += std::string(actionCode(step.action)) + "(" + step.id + step.slug + ") ";
    return text;
}

std::string notesText(const Plan &plan)
{
    std::string text;
    for (const std::string &note : plan.notes)
        text += note + "\n";
    return text;
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}
} // namespace

class TestPlanUnreadable : public QObject {
    Q_OBJECT

    DomainSnapshot m_sample;
    QTemporaryDir m_dir;
    std::string m_project;
    std::string m_brokenRule; // "rules/<slug>.json" of the resolution-notes rule
    std::string m_otherRule;  // "rules/<slug>.json" of the refund-required rule
    std::string m_brokenName;
    int m_count = 0;

    std::string path(const std::string &relative) const { return filePath(m_project, relative); }

    Plan editsOfLenientLoad()
    {
        const auto loaded = loadProject(m_project, LoadMode::KeepUnreadable);
        if (!loaded) {
            qWarning("%s", loaded.error().toString().c_str());
            return {};
        }
        auto edits = computeEdits(loaded->project);
        if (!edits) {
            qWarning("%s", edits.error().toString().c_str());
            return {};
        }
        return std::move(edits).value();
    }

private slots:
    void initTestCase()
    {
        auto sample = loadSample();
        QVERIFY2(sample, describe(sample));
        m_sample = std::move(sample).value();
        m_brokenName = m_sample.findRule(kResolutionNotesRule)->name;
    }

    void init()
    {
        m_project = m_dir.filePath(QString::number(++m_count)).toStdString();
        Project project = sampleProject(m_sample, m_project);
        DiskState disk;
        QVERIFY2(saveProject(project, disk), "the sample saves");
        m_brokenRule = "rules/" + ruleFileById(project, kResolutionNotesRule)->slug + ".json";
        m_otherRule = "rules/" + ruleFileById(project, kRefundRequiredRule)->slug + ".json";
        // As pulled, nothing is an edit.
        QVERIFY(editsOfLenientLoad().empty());
    }

    void aRuleFileCutShortIsNoDeletion()
    {
        // Its text still names its id: "caseRuleId" is the first member of the files written.
        const std::string text = readText(path(m_brokenRule));
        QVERIFY(writeText(path(m_brokenRule), text.substr(0, text.find("\"name\""))));
        const auto loaded = loadProject(m_project, LoadMode::KeepUnreadable);
        QVERIFY2(loaded, describe(loaded));
        QCOMPARE(loaded->project.unreadable.size(), std::size_t(1));
        QCOMPARE(loaded->project.unreadable.front().ids, std::vector<std::string>{kResolutionNotesRule});
        QVERIFY(loaded->project.findRuleById(kResolutionNotesRule) == nullptr);

        const auto edits = computeEdits(loaded->project);
        QVERIFY2(edits, describe(edits));
        QVERIFY2(edits->empty(), actionsText(*edits).c_str());
        // The plan says why the rule is left out, naming the file and the rule.
        const std::string notes = notesText(*edits);
        QVERIFY2(contains(notes, m_brokenRule) && contains(notes, m_brokenName) &&
                     contains(notes, "cannot be read"),
                 notes.c_str());
        QVERIFY2(contains(planToText(*edits), notes.substr(0, notes.find('\n'))), planToText(*edits).c_str());
        // Publish's own plan (the publish dialog's) agrees: nothing to delete.
        const auto plan = computePlan(loaded->project);
        QVERIFY2(plan, describe(plan));
        QVERIFY2(plan->empty(), actionsText(*plan).c_str());
    }

    void aFileWhoseTextNamesNoIdIsKnownByItsName()
    {
        // The pull named the file after the rule, so its name tells which rule it holds.
        QVERIFY(writeText(path(m_brokenRule), kNamelessText));
        const Plan edits = editsOfLenientLoad();
        QVERIFY2(edits.empty(), actionsText(edits).c_str());
        QVERIFY2(contains(notesText(edits), m_brokenName), notesText(edits).c_str());
    }

    void aFileKnownByItsIdAlsoUnderAnotherName()
    {
        // A merge that left git's markers, in a file someone renamed: the id still tells.
        const std::string text = readText(path(m_brokenRule));
        const std::string id = "\"caseRuleId\": \"" + kResolutionNotesRule + "\",\n";
        const std::string conflicted = "{\n<<<<<<< HEAD\n  " + id + "  \"name\": \"Mine\",\n=======\n  " +
                                       id + "  \"name\": \"Theirs\",\n>>>>>>> other\n" +
                                       text.substr(text.find("  \"rule\""));
        QVERIFY(QFile::remove(QString::fromStdString(path(m_brokenRule))));
        QVERIFY(writeText(path("rules/renamed-by-hand.json"), conflicted));
        const Plan edits = editsOfLenientLoad();
        QVERIFY2(edits.empty(), actionsText(edits).c_str());
        QVERIFY2(contains(notesText(edits), "rules/renamed-by-hand.json"), notesText(edits).c_str());
    }

    void aRemovedRuleFileIsStillADeletion()
    {
        QVERIFY(writeText(path(m_brokenRule), kNamelessText));
        QVERIFY(QFile::remove(QString::fromStdString(path(m_otherRule))));
        const Plan edits = editsOfLenientLoad();
        QCOMPARE(edits.steps.size(), std::size_t(1));
        QVERIFY(edits.steps.front().action == PlanStep::Action::DeleteRule);
        QCOMPARE(edits.steps.front().id, kRefundRequiredRule);
    }

    void aFileThatCannotTellWhatItHoldsHidesNoDeletion()
    {
        // Neither an id nor a rule's name: the removed rule is not taken to be in it.
        QVERIFY(writeText(path("rules/notes.json"), "not json"));
        QVERIFY(QFile::remove(QString::fromStdString(path(m_otherRule))));
        const Plan edits = editsOfLenientLoad();
        QVERIFY2(actionsText(edits) == "deleteRule(" + kRefundRequiredRule + ") ",
                 actionsText(edits).c_str());
        QVERIFY2(contains(notesText(edits), "rules/notes.json cannot be read; what it holds"),
                 notesText(edits).c_str());
        // Nor does a file whose text names an id the rule removed does not have.
        QVERIFY(writeText(path("rules/notes.json"), "{\"caseRuleId\": \"" + kResolutionNotesRule + "\""));
        QVERIFY(QFile::remove(QString::fromStdString(path(m_brokenRule))));
        const Plan again = editsOfLenientLoad();
        QVERIFY2(actionsText(again) == "deleteRule(" + kRefundRequiredRule + ") ",
                 actionsText(again).c_str());
    }

    void aRealEditBesideAnUnreadableFileIsCounted()
    {
        QVERIFY(writeText(path(m_brokenRule), kNamelessText));
        Json other = Json::parse(readText(path(m_otherRule)));
        other["description"] = "Edited offline";
        QVERIFY(writeText(path(m_otherRule), other.dump(2)));
        const Plan edits = editsOfLenientLoad();
        QCOMPARE(edits.steps.size(), std::size_t(1));
        QVERIFY(edits.steps.front().action == PlanStep::Action::UpdateRule);
        QCOMPARE(edits.steps.front().id, kRefundRequiredRule);
    }

    void anUnreadableTemplateFileIsNotMissing()
    {
        Project project = loadProject(m_project)->project;
        const std::string templateFile =
            "templates/" + templateFileById(project, kBillingDisputeTemplate)->slug + ".json";
        QVERIFY(writeText(path(templateFile),
                          "{\"templateId\": \"" + kBillingDisputeTemplate + "\", \"name\": 42}"));
        const Plan edits = editsOfLenientLoad();
        QVERIFY2(edits.empty(), actionsText(edits).c_str());
        const std::string notes = notesText(edits);
        QCOMPARE(edits.notes.size(), std::size_t(1));
        QVERIFY2(contains(notes, templateFile + " cannot be read") &&
                     !contains(notes, "has no file any more"),
                 notes.c_str());
    }

    void idsAreFoundInTheFilesOwnObjectOnly()
    {
        QCOMPARE(idsNamedInText("{\"caseRuleId\": \"a\", \"name\": ", "caseRuleId"),
                 std::vector<std::string>{"a"});
        // Twice (both sides of a merge), escaped, of the wrong type, or cut short.
        QCOMPARE(
            idsNamedInText("{\n\"caseRuleId\":\"a\",\n\"caseRuleId\" : \"a\",\n\"caseRuleId\": \"b\\u0031\"",
                           "caseRuleId"),
            (std::vector<std::string>{"a", "b1"}));
        QVERIFY(idsNamedInText("{\"caseRuleId\": 7, \"caseRuleId\": \"\"}", "caseRuleId").empty());
        QVERIFY(idsNamedInText("{\"caseRuleId\": \"cut sh", "caseRuleId").empty());
        // A template's attached rules are not its id; a description that mentions one is no member.
        QVERIFY(
            idsNamedInText("{\"rules\": [{\"caseRuleId\": \"r\"}], \"templateId\"", "caseRuleId").empty());
        QVERIFY(idsNamedInText("{\"description\": \"\\\"caseRuleId\\\": \\\"x\\\"\"}", "caseRuleId").empty());
        // A line that breaks a string does not stop the scan.
        QCOMPARE(idsNamedInText("{\n\"name\": \"unterminated\n\"templateId\": \"t\"\n", "templateId"),
                 std::vector<std::string>{"t"});
    }
};

QTEST_GUILESS_MAIN(TestPlanUnreadable)
#include "test_plan_unreadable.moc"
