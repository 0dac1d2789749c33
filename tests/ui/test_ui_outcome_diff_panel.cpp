// View › Impact of Edits: the sample project opened in the real window, a rule edited through the
// document (an undo step), the panel's tree showing per field the counts and example cases the
// core's diffOutcomes computes for the same snapshots and samples, a click on an example selecting
// that case in the preview, and undo bringing back "No change". Also: the worker-thread path, a
// project that was never pulled, a hidden panel that does not compare, and the model under
// QAbstractItemModelTester.

#include "common/newest_result.h"
#include "dialogs/message_box.h"
#include "document/project_document.h"
#include "explorer/explorer_dock.h"
#include "impact/impact_panel.h"
#include "impact/outcome_diff_model.h"
#include "mainwindow/main_window.h"
#include "preview/preview_pane.h"
#include "preview/sample_cases_model.h"
#include "ui_test_support.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using namespace cw::ui::test;

namespace {
const QString kClosedNotesRule = QStringLiteral("resolution-notes-required-when-closed");

QString screenshotPath(const QString &name)
{
    const QString directory = QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots");
    QDir().mkpath(directory);
    return directory + QLatin1Char('/') + name;
}

// What the core says for the document as it is now: the comparison the panel must show.
OutcomeDiff coreDiff(const ProjectDocument &document)
{
    std::vector<SampleCase> cases;
    for (int row = 0; row < document.sampleCount(); ++row)
        cases.push_back(document.sampleCase(row));
    return diffOutcomes(*document.project().base, document.snapshot(), CaseTable(cases));
}

// The model's tree against the core's diff: the same fields in the same order, each with exactly
// its non-zero changes, their counts and example case ids.
void compareTree(const OutcomeDiffModel &model, const OutcomeDiff &diff)
{
    QCOMPARE(model.rowCount(), int(diff.fields.size()));
    for (std::size_t f = 0; f < diff.fields.size(); ++f) {
        const FieldOutcomeChanges &field = diff.fields[f];
        const QModelIndex fieldIndex = model.index(int(f), 0);
        QCOMPARE(fieldIndex.data(OutcomeDiffModel::FieldIdRole).toString(),
                 QString::fromStdString(field.fieldId));
        QCOMPARE(fieldIndex.data(OutcomeDiffModel::TemplateIdRole).toString(),
                 QString::fromStdString(field.templateId));
        int changeRow = 0;
        for (std::size_t change = 0; change < kOutcomeChangeCount; ++change) {
            const FieldOutcomeChanges::Count &count = field.counts[change];
            if (count.cases == 0)
                continue;
            const QModelIndex changeIndex = model.index(changeRow++, 0, fieldIndex);
            QVERIFY(changeIndex.isValid());
            QCOMPARE(changeIndex.data(OutcomeDiffModel::ChangeRole).toInt(), int(change));
            QCOMPARE(changeIndex.data(OutcomeDiffModel::CasesRole).toULongLong(), qulonglong(count.cases));
            QCOMPARE(changeIndex.siblingAtColumn(OutcomeDiffModel::CasesColumn).data().toString(),
                     QString::number(count.cases));
            for (std::size_t e = 0; e < count.examples.size(); ++e)
                QCOMPARE(model.index(int(e), 0, changeIndex).data(OutcomeDiffModel::CaseIdRole).toString(),
                         QString::fromStdString(count.examples[e]));
            // "… and N more" when the examples are not all the cases.
            QCOMPARE(model.rowCount(changeIndex),
                     int(count.examples.size()) + (count.cases > count.examples.size()));
        }
        QCOMPARE(model.rowCount(fieldIndex), changeRow);
    }
}

// "Resolution notes required when closed" now says "when open": open cases become required, closed
// ones not required.
void requireNotesWhenOpen(ProjectDocument &document)
{
    const project::RuleFile *file = document.rule(kClosedNotesRule);
    QVERIFY(file);
    CaseRule rule = file->rule;
    QCOMPARE(rule.rule.boolean.conditions.size(), std::size_t(1));
    QVERIFY(rule.rule.boolean.conditions[0].operand == Value::string("closed"));
    rule.rule.boolean.conditions[0].operand = Value::string("open");
    document.editRule(kClosedNotesRule, rule, QStringLiteral("Change condition value"));
}
} // namespace

class TestOutcomeDiffPanel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    ImpactPanel *panel() const { return m_window->findChild<ImpactPanel *>(); }
    QDockWidget *dock() const { return m_window->findChild<QDockWidget *>(QStringLiteral("impactDock")); }

    // The sample project (optionally without its base) in a fresh window with the panel shown
    // through View › Impact of Edits.
    void openSample(bool withBase, bool showPanel = true)
    {
        const QString project = m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(copySampleProject(project));
        if (!withBase)
            QVERIFY(QFile::remove(project + QStringLiteral("/.casewright/base.json")));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(project));
        QVERIFY(dock());
        QVERIFY(!dock()->isVisible()); // hidden until asked for
        if (showPanel) {
            dock()->toggleViewAction()->trigger();
            QVERIFY(dock()->isVisible());
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("casewright-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("designer-impact-tests"));
        MessageBox::setScripted(true);
    }

    void init() { QSettings().clear(); }
    void cleanup() { m_window.reset(); }

    void modelPassesTheTester()
    {
        OutcomeDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OutcomeDiff diff;
        diff.cases = 10;
        diff.casesChanged = 4;
        FieldOutcomeChanges field;
        field.templateId = "t1";
        field.templateName = "Support";
        field.fieldId = "f1";
        field.fieldName = "Notes";
        field.counts[std::size_t(OutcomeChange::BecomeRequired)] = {4, {"a", "b", "c"}};
        field.counts[std::size_t(OutcomeChange::LoseOptions)] = {1, {"d"}};
        diff.fields.push_back(field);
        field.fieldId = "f2";
        field.counts = {};
        field.counts[std::size_t(OutcomeChange::BecomeHidden)] = {2, {"e", "f"}};
        diff.fields.push_back(field);
        model.setDiff(diff);
        compareTree(model, diff);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Notes (Support)"));
        const QModelIndex required = model.index(0, 0, model.index(0, 0));
        QCOMPARE(required.data().toString(), QStringLiteral("become required"));
        QCOMPARE(model.index(3, 0, required).data().toString(), QStringLiteral("\u2026 and 1 more case"));
        QVERIFY(!model.index(3, 0, required).data(OutcomeDiffModel::CaseIdRole).isValid());
        model.setDiff(OutcomeDiff{});
        QCOMPARE(model.rowCount(), 0);
        model.setDiff(diff);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void editShowsTheCoreCountsAndUndoShowsNoChange()
    {
        openSample(true);
        ImpactPanel *impact = panel();
        QVERIFY(impact);
        QAbstractItemModelTester tester(impact->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(impact->state(), ImpactPanel::State::NoChange);
        QVERIFY2(impact->summaryLabel()->text().startsWith(QStringLiteral("No change")),
                 qPrintable(impact->summaryLabel()->text()));
        QCOMPARE(impact->model()->rowCount(), 0);

        // The rule open in its editor (for the screenshot), edited through the document.
        m_window->explorer()->selectRule(kClosedNotesRule);
        ProjectDocument *document = m_window->document();
        requireNotesWhenOpen(*document);
        const OutcomeDiff expected = coreDiff(*document);
        QVERIFY(expected.casesChanged > 0);
        QVERIFY(expected.fields.front()[OutcomeChange::BecomeRequired].cases > 0);
        QVERIFY(expected.fields.front()[OutcomeChange::BecomeNotRequired].cases > 0);
        QVERIFY(!expected.fields.empty());
        QTRY_COMPARE(impact->state(), ImpactPanel::State::Changes);
        compareTree(*impact->model(), expected);
        QVERIFY2(impact->summaryLabel()->text().startsWith(QStringLiteral("%1 of %2 sample cases change")
                                                               .arg(expected.casesChanged)
                                                               .arg(expected.cases)),
                 qPrintable(impact->summaryLabel()->text()));

        // A click on an example case selects it in the preview.
        const QModelIndex changeIndex = impact->model()->index(0, 0, impact->model()->index(0, 0));
        const QModelIndex example = impact->model()->index(0, 0, changeIndex);
        const QString caseId = example.data(OutcomeDiffModel::CaseIdRole).toString();
        QVERIFY(!caseId.isEmpty());
        auto *preview = m_window->findChild<PreviewPane *>();
        QVERIFY(preview);
        preview->selectCase(-1);
        QTreeView *view = impact->view();
        view->scrollTo(example);
        settleLayouts();
        const QRect rect = view->visualRect(example);
        QVERIFY(rect.isValid());
        QSignalSpy activated(impact, &ImpactPanel::caseActivated);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(activated.count() >= 1);
        QCOMPARE(activated.front().front().toString(), caseId);
        QCOMPARE(preview->selectedCase(), preview->model()->rowOfCase(caseId.toStdString()));

        m_window->resizeDocks({dock()}, {460}, Qt::Horizontal);
        settleLayouts();
        QVERIFY(m_window->grab().save(screenshotPath(QStringLiteral("impact-panel.png"))));

        // Undo: the rules are the pulled ones again.
        m_window->undoAction()->trigger();
        QTRY_COMPARE(impact->state(), ImpactPanel::State::NoChange);
        QCOMPARE(impact->model()->rowCount(), 0);
        QVERIFY2(impact->summaryLabel()->text().startsWith(QStringLiteral("No change")),
                 qPrintable(impact->summaryLabel()->text()));
        // Redo: the same counts again.
        m_window->redoAction()->trigger();
        QTRY_COMPARE(impact->state(), ImpactPanel::State::Changes);
        compareTree(*impact->model(), expected);
    }

    void bigSampleSetsRunOnAWorker()
    {
        openSample(true);
        ImpactPanel *impact = panel();
        impact->setThreadThreshold(0);
        QSignalSpy computing(impact->worker(), &NewestResult::computing);
        requireNotesWhenOpen(*m_window->document());
        QTRY_VERIFY(computing.count() >= 1);
        QTRY_COMPARE(impact->state(), ImpactPanel::State::Changes);
        QCOMPARE(impact->worker()->running(), 0);
        compareTree(*impact->model(), coreDiff(*m_window->document()));
        // An edit while a worker runs: only the newest result is shown.
        m_window->undoAction()->trigger();
        impact->refreshNow();
        m_window->redoAction()->trigger();
        impact->refreshNow();
        m_window->undoAction()->trigger();
        impact->refreshNow();
        QTRY_COMPARE(impact->worker()->running(), 0);
        QCOMPARE(impact->state(), ImpactPanel::State::NoChange);
        QCOMPARE(impact->model()->rowCount(), 0);
    }

    void neverPulledSaysSo()
    {
        openSample(false);
        ImpactPanel *impact = panel();
        QCOMPARE(impact->state(), ImpactPanel::State::NoBase);
        QVERIFY2(impact->summaryLabel()->text().contains(QStringLiteral("never pulled")),
                 qPrintable(impact->summaryLabel()->text()));
        requireNotesWhenOpen(*m_window->document());
        impact->refreshNow();
        QCOMPARE(impact->state(), ImpactPanel::State::NoBase);
        QCOMPARE(impact->model()->rowCount(), 0);
    }

    void hiddenPanelComparesWhenShown()
    {
        openSample(true, false);
        ImpactPanel *impact = panel();
        QSignalSpy ready(impact, &ImpactPanel::compared);
        requireNotesWhenOpen(*m_window->document());
        QTest::qWait(400); // longer than the debounce
        QCOMPARE(ready.count(), 0);
        dock()->toggleViewAction()->trigger();
        QTRY_COMPARE(impact->state(), ImpactPanel::State::Changes);
        QCOMPARE(ready.count(), 1);
        compareTree(*impact->model(), coreDiff(*m_window->document()));
    }

    void closingTheProjectClearsThePanel()
    {
        openSample(true);
        requireNotesWhenOpen(*m_window->document());
        QTRY_COMPARE(panel()->state(), ImpactPanel::State::Changes);
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(m_window->closeProject());
        QCOMPARE(panel()->state(), ImpactPanel::State::NoProject);
        QCOMPARE(panel()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestOutcomeDiffPanel)
#include "test_ui_outcome_diff_panel.moc"
