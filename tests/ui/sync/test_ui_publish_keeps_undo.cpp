// Publishing from the designer (File > Publish… of the open project, against the emulator) keeps
// the document: the same ProjectDocument, not read again, clean afterwards, with its undo history
// whole and usable. Undoing an edit made before the publish is then a local edit relative to the
// new base -- an update of the published rule, never a second creation of it.

#include "document/project_document.h"
#include "mainwindow/main_window.h"
#include "mainwindow/project_status_bar.h"
#include "project/plan.h"
#include "sync/publish_dialog.h"
#include "sync_test_support.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using namespace cw::ui::test;
using cw::emu::testing::EmulatorClient;

namespace {
const QString kResolutionSlug = QStringLiteral("resolution-notes-required-when-closed");

project::Plan planOf(const ProjectDocument &document)
{
    auto plan = project::computePlan(document.project());
    return plan ? *plan : project::Plan{};
}

std::vector<project::PlanStep::Action> actionsOf(const project::Plan &plan)
{
    std::vector<project::PlanStep::Action> actions;
    for (const project::PlanStep &step : plan.steps)
        actions.push_back(step.action);
    return actions;
}
} // namespace

class TestPublishKeepsUndo : public QObject {
    Q_OBJECT
private:
    EmulatorProjectFixture m_service;

private slots:
    void initTestCase()
    {
        m_service.prepare(QStringLiteral("publish-undo-tests"));
        const QString failed = startAndPullSample(*m_service.emulator, m_service.project);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase() { m_service.emulator.reset(); }

    void publishKeepsTheDocumentAndItsUndoHistory()
    {
        MainWindow window;
        QVERIFY(window.openProject(m_service.project));
        ProjectDocument *document = window.document();
        QVERIFY(document);
        QSignalSpy replaced(&window, &MainWindow::documentChanged);

        // 1. an existing rule edited, 2. a new rule, 3. the new rule edited again.
        CaseRule resolution = document->rule(kResolutionSlug)->rule;
        const std::string resolutionId = resolution.caseRuleId;
        const std::string pulledDescription = resolution.description.value_or(std::string());
        resolution.description = "Notes when the case is closed.";
        document->editRule(kResolutionSlug, resolution, QStringLiteral("Change description"));
        CaseRule fresh;
        fresh.name = "Fresh rule";
        fresh.rule.kind = RuleDetails::Kind::Required;
        fresh.rule.boolean.defaultValue = false;
        const QString freshSlug = document->addRule(fresh, QStringLiteral("Add required rule"));
        CaseRule freshEdited = document->rule(freshSlug)->rule;
        freshEdited.description = "Made before publishing.";
        document->editRule(freshSlug, freshEdited, QStringLiteral("Change description"));
        QUndoStack *undo = document->undoStack();
        QCOMPARE(undo->count(), 3);
        QCOMPARE(actionsOf(planOf(*document)),
                 (std::vector{project::PlanStep::Action::CreateRule, project::PlanStep::Action::UpdateRule}));

        // File > Publish…: saves, then publishes the document's project.
        window.publishAction()->trigger();
        auto *dialog = window.findChild<PublishDialog *>();
        QVERIFY(dialog);
        // Publish can be pressed once the dialog has shown whom it publishes as.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isCheckingIdentity(), 15000);
        QSignalSpy finished(dialog, &PublishDialog::publishFinished);
        QTest::mouseClick(dialog->publishButton(), Qt::LeftButton);
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QVERIFY2(finished.front().front().toBool(),
                 qPrintable(dialog->statusLabel()->text() + dialog->resultView()->toPlainText()));

        // The same document, adopted what publish wrote, clean, its history whole.
        QCOMPARE(window.document(), document);
        QCOMPARE(replaced.count(), 0);
        QVERIFY(!document->isModified());
        // The status bar says the publish happened, beside the last pull.
        QTRY_VERIFY2(
            window.projectStatus()->lastPullLabel()->text().contains(QStringLiteral("last publish: ")),
            qPrintable(window.projectStatus()->lastPullLabel()->text()));
        QCOMPARE(undo->count(), 3);
        QCOMPARE(undo->index(), 3);
        const std::string freshId = document->rule(freshSlug)->rule.caseRuleId;
        QVERIFY(!freshId.empty());
        QVERIFY(document->project().base->findRule(freshId));
        QVERIFY(planOf(*document).empty());
        EmulatorClient client(m_service.emulator->url());
        QCOMPARE(remoteRule(client, freshId)["description"].get<std::string>(),
                 std::string("Made before publishing."));
        dialog->close();

        // Undo: each step is a local edit again, relative to what was published.
        undo->undo(); // 3: the new rule's description -- an update of the published rule
        QVERIFY(document->isModified());
        QCOMPARE(document->rule(freshSlug)->rule.caseRuleId, freshId);
        QCOMPARE(actionsOf(planOf(*document)), (std::vector{project::PlanStep::Action::UpdateRule}));
        QCOMPARE(planOf(*document).steps.front().id, freshId);
        undo->undo(); // 2: the new rule -- now a deletion of the published one
        QVERIFY(!document->rule(freshSlug));
        QCOMPARE(actionsOf(planOf(*document)), (std::vector{project::PlanStep::Action::DeleteRule}));
        QCOMPARE(planOf(*document).steps.front().id, freshId);
        undo->undo(); // 1: the existing rule's description, back as pulled
        QCOMPARE(document->rule(kResolutionSlug)->rule.description.value_or(std::string()),
                 pulledDescription);
        QCOMPARE(document->rule(kResolutionSlug)->rule.caseRuleId, resolutionId);
        QCOMPARE(planOf(*document).steps.size(), std::size_t(2));

        // Redo all: exactly what was published, nothing to publish, clean.
        undo->redo();
        undo->redo();
        undo->redo();
        QCOMPARE(document->rule(freshSlug)->rule.caseRuleId, freshId);
        QVERIFY(planOf(*document).empty());
        QVERIFY(!document->isModified());
    }
};

QTEST_MAIN(TestPublishKeepsUndo)
#include "test_ui_publish_keeps_undo.moc"
