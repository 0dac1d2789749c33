// The publish dialog against the emulator: the plan of an edited project, a publish with its
// result, conflicts with remote edits made in between shown side by side and settled one by one
// (mine for one, theirs for another), a pull conflict settled the same way, and a screenshot
// (<build>/screenshots/publish-dialog.png).

#include "sync/publish_dialog.h"
#include "sync/side_by_side_view.h"
#include "sync_test_support.h"

#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using namespace cw::ui::test;
using cw::emu::testing::EmulatorClient;
using cw::emu::testing::EmulatorProcess;

namespace {
QStringList topLevelTexts(const QTreeWidget *tree)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts << tree->topLevelItem(i)->text(0);
    return texts;
}

void editFile(const QString &path, const char *member, const std::string &value)
{
    Json json = readJson(path);
    json[member] = value;
    QVERIFY(writeJson(path, json));
}

// The signal may come before the call returns (nothing to send) or later.
bool arrived(QSignalSpy &spy)
{
    return spy.count() > 0 || spy.wait(15000);
}

bool putRule(EmulatorClient &client, const std::string &id, const Json &body)
{
    return client.call("PUT", "/domains/" + kDomainId.toStdString() + "/case-rules/" + id, body).status ==
           200;
}
} // namespace

class TestPublishDialog : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    int m_test = 0;
    std::unique_ptr<EmulatorProcess> m_emulator;
    QString m_project;

    QString file(const QString &relative) const { return QDir(m_project).filePath(relative); }
    std::string ruleId(const QString &relative) const { return readJson(file(relative))["caseRuleId"]; }

private slots:
    void initTestCase() { useEmulatorEnvironment(m_home.path()); }

    void init()
    {
        // Each test gets a fresh domain and a freshly pulled project.
        m_emulator = std::make_unique<EmulatorProcess>();
        QVERIFY2(startEmulator(*m_emulator), qPrintable(m_emulator->errorText()));
        m_project = m_work.filePath(QString::number(++m_test));
        auto pulled = pullSample(m_emulator->url(), m_project);
        QVERIFY2(pulled, pulled ? "" : pulled.error().toString().c_str());
    }

    void cleanup() { m_emulator.reset(); }

    void showsThePlanAndPublishes()
    {
        editFile(file(kResolutionRuleFile), "description", "Say how the case was resolved.");
        PublishDialog dialog;
        dialog.open();
        QVERIFY(dialog.openProject(m_project));
        QVERIFY(dialog.plan());
        QCOMPARE(dialog.plan()->steps.size(), std::size_t(1));
        const QStringList steps = topLevelTexts(dialog.planTree());
        QVERIFY2(steps.front().startsWith(
                     QStringLiteral("~ update rule \u201cResolution notes required when closed\u201d")),
                 qPrintable(steps.join(QLatin1Char('\n'))));
        // What changed, old and new (sync/plan_details.h), not only which member.
        QCOMPARE(dialog.planTree()->topLevelItem(0)->child(0)->text(0),
                 QStringLiteral("description: \u201cAgents must say how a case was resolved before closing it.\u201d "
                                "\u2192 \u201cSay how the case was resolved.\u201d"));
        QCOMPARE(dialog.connectionForm()->choice().endpoint, m_emulator->url().toString());
        QVERIFY(!dialog.conflictsBox()->isVisibleTo(&dialog));

        QSignalSpy checked(&dialog, &PublishDialog::conflictsChecked);
        QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
        QVERIFY(arrived(checked));
        QCOMPARE(checked.front().front().toInt(), 0);

        QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
        QSignalSpy filesChanged(&dialog, &PublishDialog::projectWritten);
        QTest::mouseClick(dialog.publishButton(), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(arrived(finished));
        QVERIFY2(finished.front().front().toBool(),
                 qPrintable(dialog.statusLabel()->text() + dialog.resultView()->toPlainText()));
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Published 1 change")));
        QVERIFY(dialog.resultView()->toPlainText().contains(QStringLiteral("done: update rule")));
        QVERIFY(filesChanged.count() >= 1);
        QCOMPARE(dialog.progressBar()->value(), dialog.progressBar()->maximum());
        EmulatorClient client(m_emulator->url());
        QCOMPARE(remoteRule(client, ruleId(kResolutionRuleFile))["description"].get<std::string>(),
                 std::string("Say how the case was resolved."));
        // Nothing left to do.
        QVERIFY(dialog.plan() && dialog.plan()->empty());
        QVERIFY(topLevelTexts(dialog.planTree()).front().startsWith(QStringLiteral("No changes")));
    }

    void conflictsAreShownSideBySideAndSettledOneByOne()
    {
        EmulatorClient client(m_emulator->url());
        const std::string resolutionId = ruleId(kResolutionRuleFile);
        const std::string subcategoryId = ruleId(kSubcategoryRuleFile);
        editFile(file(kResolutionRuleFile), "description", "Mine: notes when closed.");
        editFile(file(kSubcategoryRuleFile), "description", "Mine: subcategories.");
        // Someone edits both in the admin website meanwhile.
        QVERIFY(putRule(client, resolutionId, {{"name", "Renamed in the admin website"}}));
        QVERIFY(putRule(client, subcategoryId, {{"description", "Theirs: subcategories."}}));

        PublishDialog dialog;
        dialog.open();
        QVERIFY(dialog.openProject(m_project));
        QCOMPARE(dialog.plan()->steps.size(), std::size_t(2));
        QSignalSpy checked(&dialog, &PublishDialog::conflictsChecked);
        dialog.checkConflicts();
        QVERIFY(arrived(checked));
        QCOMPARE(checked.front().front().toInt(), 2);
        QVERIFY(dialog.conflictsBox()->isVisibleTo(&dialog));
        QCOMPARE(dialog.conflictTable()->rowCount(), 2);
        QVERIFY(!dialog.publishButton()->isEnabled()); // nothing chosen yet
        // The dry run changed nothing, remotely or locally.
        QCOMPARE(remoteRule(client, resolutionId)["name"].get<std::string>(),
                 std::string("Renamed in the admin website"));
        QCOMPARE(readJson(file(kResolutionRuleFile))["description"].get<std::string>(),
                 std::string("Mine: notes when closed."));

        int resolution = -1, subcategory = -1;
        for (int row = 0; row < 2; ++row)
            (dialog.conflicts()[std::size_t(row)].id == resolutionId ? resolution : subcategory) = row;
        QVERIFY(resolution >= 0 && subcategory >= 0);
        dialog.showConflict(resolution);
        SideBySideView *view = dialog.sideBySide();
        QVERIFY(view->text(SideBySideView::Mine).contains(QStringLiteral("Mine: notes when closed.")));
        QVERIFY(view->text(SideBySideView::Theirs).contains(QStringLiteral("Renamed in the admin website")));
        QVERIFY(view->text(SideBySideView::Base)
                    .contains(QStringLiteral("Resolution notes required when closed")));
        // The description and the name differ: both lines are marked on both sides, nothing else.
        QCOMPARE(view->highlightedLines(SideBySideView::Mine).size(), 2);
        QCOMPARE(view->highlightedLines(SideBySideView::Theirs).size(), 2);
        QCOMPARE(view->highlightedLines(SideBySideView::Base).size(), 2);
        const QString markedMine = view->text(SideBySideView::Mine)
                                       .split(QLatin1Char('\n'))
                                       .at(view->highlightedLines(SideBySideView::Mine).front());
        QVERIFY2(markedMine.contains(QStringLiteral("description")), qPrintable(markedMine));

        dialog.conflictTable()->selectRow(resolution);
        dialog.resize(1000, 900);
        settleLayouts();
        QVERIFY(dialog.grab().save(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/publish-dialog.png")));

        // Mine for the resolution rule, theirs for the subcategory rule: clicked per row.
        auto *mine = qobject_cast<QRadioButton *>(dialog.conflictTable()->cellWidget(resolution, 2));
        auto *theirs = qobject_cast<QRadioButton *>(dialog.conflictTable()->cellWidget(subcategory, 3));
        QVERIFY(mine && theirs);
        QTest::mouseClick(mine, Qt::LeftButton);
        QVERIFY(!dialog.publishButton()->isEnabled());
        QTest::mouseClick(theirs, Qt::LeftButton);
        QVERIFY(dialog.allConflictsChosen());
        QVERIFY(dialog.publishButton()->isEnabled());

        QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
        dialog.publish();
        QVERIFY(arrived(finished));
        QVERIFY2(finished.front().front().toBool(),
                 qPrintable(dialog.statusLabel()->text() + dialog.resultView()->toPlainText()));
        // Mine overwrote theirs (the remote rename is gone with it)...
        const Json remoteResolution = remoteRule(client, resolutionId);
        QCOMPARE(remoteResolution["description"].get<std::string>(), std::string("Mine: notes when closed."));
        QCOMPARE(remoteResolution["name"].get<std::string>(),
                 std::string("Resolution notes required when closed"));
        // ...and theirs replaced my file, untouched remotely.
        QCOMPARE(remoteRule(client, subcategoryId)["description"].get<std::string>(),
                 std::string("Theirs: subcategories."));
        QCOMPARE(readJson(file(kSubcategoryRuleFile))["description"].get<std::string>(),
                 std::string("Theirs: subcategories."));
        QVERIFY(dialog.conflicts().empty());
        QVERIFY(dialog.plan() && dialog.plan()->empty());
    }

    void aRemoteEditAfterTheCheckIsNotOverwritten()
    {
        EmulatorClient client(m_emulator->url());
        const std::string resolutionId = ruleId(kResolutionRuleFile);
        editFile(file(kResolutionRuleFile), "description", "Mine.");
        QVERIFY(putRule(client, resolutionId, {{"description", "Theirs, first."}}));
        PublishDialog dialog;
        QVERIFY(dialog.openProject(m_project));
        QSignalSpy checked(&dialog, &PublishDialog::conflictsChecked);
        dialog.checkConflicts();
        QVERIFY(arrived(checked));
        dialog.chooseResolution(0, project::Resolution::TakeMine);
        // Changed once more after it was shown: publish stops, checks again, and asks again.
        QVERIFY(putRule(client, resolutionId, {{"description", "Theirs, second."}}));
        checked.clear();
        QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
        dialog.publish();
        QVERIFY(arrived(finished));
        QCOMPARE(finished.front().front().toBool(), false);
        QVERIFY(arrived(checked));
        QCOMPARE(dialog.conflicts().size(), std::size_t(1));
        QVERIFY(!dialog.conflicts().front().choice);
        QCOMPARE(dialog.conflicts().front().theirs["description"].get<std::string>(),
                 std::string("Theirs, second."));
        QCOMPARE(remoteRule(client, resolutionId)["description"].get<std::string>(),
                 std::string("Theirs, second."));
        QCOMPARE(readJson(file(kResolutionRuleFile))["description"].get<std::string>(), std::string("Mine."));
    }

    void aPullConflictIsSettledHere()
    {
        EmulatorClient client(m_emulator->url());
        const std::string resolutionId = ruleId(kResolutionRuleFile);
        editFile(file(kResolutionRuleFile), "description", "Mine.");
        QVERIFY(putRule(client, resolutionId, {{"description", "Theirs."}}));
        auto pulled = pullSample(m_emulator->url(), m_project); // both changed: a pull conflict
        QVERIFY(pulled);
        QCOMPARE(pulled->merge.newConflicts.size(), std::size_t(1));

        PublishDialog dialog;
        QVERIFY(dialog.openProject(m_project));
        QCOMPARE(dialog.conflicts().size(), std::size_t(1));
        QCOMPARE(dialog.conflicts().front().origin, project::ConflictEntry::Origin::Pull);
        QVERIFY(dialog.sideBySide()->text(SideBySideView::Theirs).contains(QStringLiteral("Theirs.")));
        QVERIFY(!dialog.sideBySide()->pane(SideBySideView::Base)->isVisibleTo(&dialog));
        // Planned as mine until chosen; choosing theirs plans nothing.
        QCOMPARE(dialog.plan()->steps.size(), std::size_t(1));
        dialog.chooseResolution(0, project::Resolution::TakeTheirs);
        QVERIFY(dialog.plan()->empty());
        QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
        dialog.publish();
        QVERIFY(arrived(finished));
        QVERIFY2(finished.front().front().toBool(), qPrintable(dialog.statusLabel()->text()));
        QCOMPARE(readJson(file(kResolutionRuleFile))["description"].get<std::string>(),
                 std::string("Theirs."));
        QVERIFY(dialog.conflicts().empty());
    }

    void mineOverARemoteDeletionIsPublishedAsNew()
    {
        EmulatorClient client(m_emulator->url());
        const QString targetsFile = QStringLiteral("rules/response-targets-by-priority.json");
        const std::string targetsId = ruleId(targetsFile);
        const std::string domainPath = "/domains/" + kDomainId.toStdString();
        const std::string supportId =
            readJson(file(QStringLiteral("templates/customer-support.json")))["templateId"];
        // Remotely: detached from its template, then deleted.
        Json support = client.call("POST", domainPath + "/templates/" + supportId).json();
        Json kept = Json::array();
        for (const Json &attachment : support["rules"])
            if (attachment["caseRuleId"] != targetsId)
                kept.push_back(attachment);
        QCOMPARE(client.call("PUT", domainPath + "/templates/" + supportId, {{"rules", kept}}).status, 200);
        QCOMPARE(client.call("DELETE", domainPath + "/case-rules/" + targetsId).status, 200);
        editFile(file(targetsFile), "description", "Mine: targets.");

        PublishDialog dialog;
        QVERIFY(dialog.openProject(m_project));
        QSignalSpy checked(&dialog, &PublishDialog::conflictsChecked);
        dialog.checkConflicts();
        QVERIFY(arrived(checked));
        QCOMPARE(dialog.conflicts().size(), std::size_t(1));
        QVERIFY(dialog.conflicts().front().theirs.is_null());
        QVERIFY(dialog.sideBySide()->text(SideBySideView::Theirs).contains(QStringLiteral("(deleted)")));
        QVERIFY(dialog.conflictTable()->item(0, 1)->text().contains(QStringLiteral("deleted remotely")));
        dialog.chooseResolution(0, project::Resolution::TakeMine);

        // Published again as new, it must be attached again: the template, changed remotely too,
        // is the next conflict -- shown, not overwritten.
        QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
        dialog.publish();
        QVERIFY(arrived(finished));
        QCOMPARE(finished.front().front().toBool(), false);
        QCOMPARE(dialog.conflicts().size(), std::size_t(1));
        QCOMPARE(dialog.conflicts().front().kind, std::string("template"));
        QCOMPARE(client.call("POST", domainPath + "/templates/" + supportId).json()["rules"], kept);

        dialog.chooseResolution(0, project::Resolution::TakeMine);
        finished.clear();
        dialog.publish();
        QVERIFY(arrived(finished));
        QVERIFY2(finished.front().front().toBool(),
                 qPrintable(dialog.statusLabel()->text() + dialog.resultView()->toPlainText()));
        const std::string newId = ruleId(targetsFile);
        QVERIFY(!newId.empty() && newId != targetsId);
        QCOMPARE(remoteRule(client, newId)["description"].get<std::string>(), std::string("Mine: targets."));
        const Json remoteSupport = client.call("POST", domainPath + "/templates/" + supportId).json();
        bool attached = false;
        for (const Json &attachment : remoteSupport["rules"])
            attached = attached || attachment["caseRuleId"] == newId;
        QVERIFY2(attached, remoteSupport.dump().c_str());
    }

    void failingTestsRefuseAndSayNothingWasSent()
    {
        // The sample project's cases, with one expectation the rules do not meet: the session's
        // gate refuses before a request is sent, and the dialog says so (nothing to finish later).
        Json samples = readJson(QStringLiteral(CASEWRIGHT_SOURCE_DIR "/resources/sample-project/samples/"
                                                                     "support-centre.json"));
        Json *broken = nullptr;
        for (Json &sampleCase : samples["cases"])
            if (sampleCase.contains("expect"))
                for (auto &[key, expectation] : sampleCase["expect"].items())
                    if (!broken && expectation.contains("required")) {
                        expectation["required"] = !expectation["required"].get<bool>();
                        broken = &sampleCase;
                    }
        QVERIFY(broken);
        QVERIFY(QDir(m_project).mkpath(QStringLiteral("samples")));
        QVERIFY(writeJson(file(QStringLiteral("samples/support-centre.json")), samples));
        editFile(file(kResolutionRuleFile), "description", "Say how the case was resolved.");
        PublishDialog dialog;
        QVERIFY(dialog.openProject(m_project));
        QVERIFY(!dialog.testsPass());
        QVERIFY(!dialog.publishButton()->isEnabled());
        QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
        dialog.publish(); // as if the button were not disabled: the session's own gate answers
        QVERIFY(arrived(finished));
        QCOMPARE(finished.front().front().toBool(), false);
        const QString result = dialog.resultView()->toPlainText();
        QVERIFY2(result.contains(QStringLiteral("publish.tests-failed")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("nothing was sent")), qPrintable(result));
        QVERIFY2(!result.contains(QStringLiteral("publish again to finish")), qPrintable(result));
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("nothing was sent")),
                 qPrintable(dialog.statusLabel()->text()));
        EmulatorClient client(m_emulator->url());
        QVERIFY(remoteRule(client, ruleId(kResolutionRuleFile))["description"] !=
                Json("Say how the case was resolved."));
    }

    void errorsArePrecise()
    {
        // A rule the service would reject is not sent: the validator's first error, with the file.
        editFile(file(kResolutionRuleFile), "name", "");
        PublishDialog dialog;
        QVERIFY(dialog.openProject(m_project));
        QSignalSpy finished(&dialog, &PublishDialog::publishFinished);
        dialog.publish();
        QVERIFY(arrived(finished));
        QCOMPARE(finished.front().front().toBool(), false);
        const QString result = dialog.resultView()->toPlainText();
        QVERIFY2(result.contains(QStringLiteral("publish.invalid")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("resolution-notes-required-when-closed.json")),
                 qPrintable(result));
        // Refused before the first step: nothing was done, and it says so.
        QVERIFY2(result.contains(QStringLiteral("Nothing was changed in the domain.")), qPrintable(result));
        QVERIFY2(!result.contains(QStringLiteral("What was done before is recorded")), qPrintable(result));
        QVERIFY(!dialog.publishButton()->isEnabled()); // and the button says why, beforehand
        QVERIFY(!dialog.openProject(m_work.filePath(QStringLiteral("not-a-project"))));
    }
};

QTEST_MAIN(TestPublishDialog)
#include "test_ui_publish_dialog.moc"
