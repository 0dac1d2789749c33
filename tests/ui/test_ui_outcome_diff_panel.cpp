// View › Impact of Edits: the sample project opened in the real window, a rule edited through the
// document (an undo step), the panel's tree showing per field the counts and example cases the
// core's diffOutcomes computes for the same snapshots and samples, a click on an example selecting
// that case in the preview, and undo bringing back "No change". Also: the worker-thread path, a
// project that was never pulled, a hidden panel that does not compare, and the model under
// QAbstractItemModelTester. "Compare with:" a snapshot file: the tree shows what the real
// `casewright-cli diff-outcomes --against FILE --json` and the core say; a malformed or missing
// file is an inline error naming the file and where, and the comparison before it stays; "Last
// pull" brings back the old numbers; picking the file again reads it again; the choice stays with
// the project for the session; a project never pulled can still compare with a file.

#include "../cli/cli_test_support.h"
#include "common/json_text.h"
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
#include "wire/wire_json.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// The document's sample cases under its local rules against `before`.
OutcomeDiff coreDiffAgainst(const DomainSnapshot &before, const ProjectDocument &document)
{
    std::vector<SampleCase> cases;
    for (int row = 0; row < document.sampleCount(); ++row)
        cases.push_back(document.sampleCase(row));
    return diffOutcomes(before, document.snapshot(), CaseTable(cases));
}

// What the core says for the document as it is now: the comparison with the last pull the panel
// must show.
OutcomeDiff coreDiff(const ProjectDocument &document)
{
    return coreDiffAgainst(*document.project().base, document);
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

// The CLI's `diff-outcomes --json` against the core's diff: the same totals, fields in the same
// order, each change's count and example case ids.
void compareCliJson(const QJsonObject &cli, const OutcomeDiff &diff)
{
    QCOMPARE(cli[QStringLiteral("cases")].toInteger(), qint64(diff.cases));
    QCOMPARE(cli[QStringLiteral("casesChanged")].toInteger(), qint64(diff.casesChanged));
    const QJsonArray fields = cli[QStringLiteral("fields")].toArray();
    QCOMPARE(fields.size(), qsizetype(diff.fields.size()));
    for (std::size_t f = 0; f < diff.fields.size(); ++f) {
        const QJsonObject field = fields[qsizetype(f)].toObject();
        QCOMPARE(field[QStringLiteral("field")].toString(), QString::fromStdString(diff.fields[f].fieldId));
        QCOMPARE(field[QStringLiteral("template")].toString(),
                 QString::fromStdString(diff.fields[f].templateId));
        for (std::size_t change = 0; change < kOutcomeChangeCount; ++change) {
            const FieldOutcomeChanges::Count &count = diff.fields[f].counts[change];
            const QJsonObject cliCount = field[QLatin1String(toString(OutcomeChange(change)))].toObject();
            QCOMPARE(cliCount[QStringLiteral("cases")].toInteger(), qint64(count.cases));
            QStringList examples;
            for (const std::string &example : count.examples)
                examples << QString::fromStdString(example);
            QCOMPARE(cliCount[QStringLiteral("examples")].toVariant().toStringList(), examples);
        }
    }
}

// `casewright-cli diff-outcomes PROJECT --against FILE --json`, parsed.
QJsonObject cliDiff(const QString &project, const QString &against)
{
    const clitest::Run run =
        clitest::runCli({QStringLiteral("diff-outcomes"), project, QStringLiteral("--against"), against,
                         QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning().noquote() << run.err;
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
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
    QString m_project; // the folder openSample opened

    // "Production's" snapshot: the sample project's last pulled rules, except that resolution notes
    // are required for open cases (not closed ones) -- or, with `asPulled`, exactly the pulled rules.
    // Written where the tests choose it from; returns the path and the snapshot written.
    std::pair<QString, DomainSnapshot> writeProductionSnapshot(const QString &name, bool asPulled = false)
    {
        const QString base = sampleProjectDir() + QStringLiteral("/.casewright/base.json");
        auto snapshot = wire::loadSnapshotFile(base.toStdString());
        if (!snapshot)
            qFatal("%s", snapshot.error().toString().c_str());
        if (!asPulled) {
            const std::string ruleId = m_window->document()->rule(kClosedNotesRule)->rule.caseRuleId;
            bool changed = false;
            for (CaseRule &rule : snapshot->caseRules) {
                if (rule.caseRuleId != ruleId)
                    continue;
                rule.rule.boolean.conditions.at(0).operand = Value::string("open");
                changed = true;
            }
            if (!changed)
                qFatal("the sample's base has no rule %s", ruleId.c_str());
        }
        const QString path = m_dir.filePath(name);
        if (!clitest::writeAll(path, QByteArray::fromStdString(toJsonText(wire::writeSnapshot(*snapshot)))))
            qFatal("cannot write %s", qPrintable(path));
        return {path, *snapshot};
    }
    QDockWidget *dock() const { return m_window->findChild<QDockWidget *>(QStringLiteral("impactDock")); }

    // The sample project (optionally without its base) in a fresh window with the panel shown
    // through View › Impact of Edits.
    void openSample(bool withBase, bool showPanel = true)
    {
        static int opened = 0;
        m_project = m_dir.filePath(QStringLiteral("project-%1").arg(++opened));
        QVERIFY(copySampleProject(m_project));
        if (!withBase)
            QVERIFY(QFile::remove(m_project + QStringLiteral("/.casewright/base.json")));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(m_project));
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

    void snapshotFileCountsMatchTheCli()
    {
        openSample(true);
        ImpactPanel *impact = panel();
        QAbstractItemModelTester tester(impact->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(impact->state(), ImpactPanel::State::NoChange);
        QComboBox *box = impact->compareWithBox();
        QVERIFY(box->isEnabled());
        QCOMPARE(box->currentText(), QStringLiteral("Last pull"));
        QCOMPARE(impact->comparison(), ImpactPanel::Comparison::LastPull);
        QVERIFY(!impact->compareErrorLabel()->isVisible());

        // Production's rules require notes for open cases: against them the local rules (notes for
        // closed ones) change outcomes although nothing was edited.
        const auto [production, productionSnapshot] =
            writeProductionSnapshot(QStringLiteral("production.snapshot.json"));
        QSignalSpy compared(impact, &ImpactPanel::compared);
        QVERIFY(impact->compareWithSnapshotFile(production));
        QCOMPARE(impact->comparison(), ImpactPanel::Comparison::SnapshotFile);
        QCOMPARE(impact->snapshotFile(), production);
        QTRY_COMPARE(impact->state(), ImpactPanel::State::Changes);
        QCOMPARE(compared.count(), 1);
        const OutcomeDiff againstFile = coreDiffAgainst(productionSnapshot, *m_window->document());
        QVERIFY(againstFile.casesChanged > 0);
        QVERIFY(againstFile.fields.front()[OutcomeChange::BecomeRequired].cases > 0);
        QVERIFY(againstFile.fields.front()[OutcomeChange::BecomeNotRequired].cases > 0);
        compareTree(*impact->model(), againstFile);
        // The real program on the same folder and file says the same.
        compareCliJson(cliDiff(m_project, production), againstFile);
        QVERIFY2(impact->summaryLabel()->text().startsWith(
                     QStringLiteral(
                         "%1 of %2 sample cases change compared with \u201cproduction.snapshot.json\u201d")
                         .arg(againstFile.casesChanged)
                         .arg(againstFile.cases)),
                 qPrintable(impact->summaryLabel()->text()));
        QCOMPARE(box->currentText(), QStringLiteral("production.snapshot.json"));
        QCOMPARE(box->toolTip(), QDir::toNativeSeparators(production));
        QCOMPARE(box->count(), 3); // Last pull, the file, Snapshot file…
        QCOMPARE(box->itemText(2), QStringLiteral("Snapshot file\u2026"));
        QVERIFY(!impact->compareErrorLabel()->isVisible());

        m_window->resizeDocks({dock()}, {460}, Qt::Horizontal);
        settleLayouts();
        QVERIFY(impact->grab().save(screenshotPath(QStringLiteral("impact-panel-snapshot-file.png"))));

        // Files that cannot be read: an error under "Compare with:" naming the file and where in it;
        // the comparison with production and its numbers stay, and nothing is compared again.
        struct Bad {
            QString name;
            QByteArray content; // empty: no file at all
            QString where;      // what the error must name besides the file
        };
        const QList<Bad> badFiles = {
            {QStringLiteral("truncated.json"),
             QByteArray("{\n  \"domainId\": \"d\",\n  \"caseRules\": [\n    {\"name\": }\n"),
             QStringLiteral("truncated.json:4:")},
            {QStringLiteral("wrong-type.json"), QByteArray("{\"domainId\": \"d\", \"fields\": 5}\n"),
             QStringLiteral("/fields")},
            {QStringLiteral("missing.json"), QByteArray(), QStringLiteral("no such file")},
        };
        for (const Bad &bad : badFiles) {
            const QString path = m_dir.filePath(bad.name);
            if (!bad.content.isEmpty())
                QVERIFY(clitest::writeAll(path, bad.content));
            QVERIFY(!impact->compareWithSnapshotFile(path));
            QVERIFY(impact->compareErrorLabel()->isVisible());
            const QString error = impact->compareErrorLabel()->text();
            QVERIFY2(error.startsWith(QStringLiteral("Cannot compare with \u201c%1\u201d: ").arg(bad.name)),
                     qPrintable(error));
            QVERIFY2(error.contains(bad.where), qPrintable(error));
            // The CLI refuses the same file with the same words.
            const clitest::Run cli = clitest::runCli(
                {QStringLiteral("diff-outcomes"), m_project, QStringLiteral("--against"), path});
            QCOMPARE(cli.exitCode, 1);
            QVERIFY2(cli.err.contains(error.mid(error.indexOf(QStringLiteral(": ")) + 2)),
                     qPrintable(cli.err));
            QCOMPARE(impact->comparison(), ImpactPanel::Comparison::SnapshotFile);
            QCOMPARE(impact->snapshotFile(), production);
            QCOMPARE(box->currentText(), QStringLiteral("production.snapshot.json"));
            QCOMPARE(impact->state(), ImpactPanel::State::Changes);
            compareTree(*impact->model(), againstFile);
        }
        QTest::qWait(300); // longer than the debounce
        QCOMPARE(compared.count(), 1);
        QVERIFY(impact->grab().save(screenshotPath(QStringLiteral("impact-panel-snapshot-error.png"))));

        // "Last pull", as the user picks it: the old numbers (no change) again, the error gone, the
        // file still offered.
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Up);
        QCOMPARE(impact->comparison(), ImpactPanel::Comparison::LastPull);
        QTRY_COMPARE(impact->state(), ImpactPanel::State::NoChange);
        QCOMPARE(impact->model()->rowCount(), 0);
        QVERIFY2(
            impact->summaryLabel()->text().contains(QStringLiteral("compared with the last pulled rules")),
            qPrintable(impact->summaryLabel()->text()));
        QVERIFY(!impact->compareErrorLabel()->isVisible());
        QCOMPARE(box->currentText(), QStringLiteral("Last pull"));
        QCOMPARE(box->count(), 3);

        // Production pulled the edit back: picking its file again reads it again -- no change now.
        const DomainSnapshot pulledBack =
            writeProductionSnapshot(QStringLiteral("production.snapshot.json"), true).second;
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(impact->comparison(), ImpactPanel::Comparison::SnapshotFile);
        QTRY_COMPARE(impact->state(), ImpactPanel::State::NoChange);
        QCOMPARE(impact->model()->rowCount(), 0);
        QVERIFY2(impact->summaryLabel()->text().contains(
                     QStringLiteral("compared with \u201cproduction.snapshot.json\u201d")),
                 qPrintable(impact->summaryLabel()->text()));
        const OutcomeDiff none = coreDiffAgainst(pulledBack, *m_window->document());
        QCOMPARE(none.casesChanged, std::size_t(0));
        compareCliJson(cliDiff(m_project, production), none);

        // Production changed again while it is the comparison: picking it once more in the list (a
        // click on the current item) reads it again -- the first numbers are back.
        writeProductionSnapshot(QStringLiteral("production.snapshot.json"));
        box->showPopup();
        QTRY_VERIFY(box->view()->isVisible());
        QTest::qWait(QApplication::doubleClickInterval() + 100); // a click this soon only opens it
        const QRect item = box->view()->visualRect(box->model()->index(1, 0));
        QTest::mouseClick(box->view()->viewport(), Qt::LeftButton, {}, item.center());
        QTRY_COMPARE(impact->state(), ImpactPanel::State::Changes);
        compareTree(*impact->model(), againstFile);
        // And the dialog's choice of the same file reads it again too.
        writeProductionSnapshot(QStringLiteral("production.snapshot.json"), true);
        QVERIFY(impact->compareWithSnapshotFile(production));
        QTRY_COMPARE(impact->state(), ImpactPanel::State::NoChange);
    }

    void snapshotFileWithoutAPullOnAWorker()
    {
        openSample(false);
        ImpactPanel *impact = panel();
        QCOMPARE(impact->state(), ImpactPanel::State::NoBase);
        impact->setThreadThreshold(0);
        const auto [production, productionSnapshot] =
            writeProductionSnapshot(QStringLiteral("production-for-unpulled.json"));
        QSignalSpy computing(impact->worker(), &NewestResult::computing);
        QVERIFY(impact->compareWithSnapshotFile(production));
        QTRY_VERIFY(computing.count() >= 1);
        QTRY_COMPARE(impact->state(), ImpactPanel::State::Changes);
        QCOMPARE(impact->worker()->running(), 0);
        const OutcomeDiff expected = coreDiffAgainst(productionSnapshot, *m_window->document());
        QVERIFY(expected.casesChanged > 0);
        compareTree(*impact->model(), expected);
        impact->compareWithLastPull();
        QCOMPARE(impact->state(), ImpactPanel::State::NoBase);
        QCOMPARE(impact->model()->rowCount(), 0);
    }

    void chosenFileStaysWithItsProject()
    {
        openSample(true);
        const QString first = m_project;
        ImpactPanel *impact = panel();
        const auto [production, productionSnapshot] =
            writeProductionSnapshot(QStringLiteral("production-remembered.json"));
        QVERIFY(impact->compareWithSnapshotFile(production));
        QTRY_COMPARE(impact->state(), ImpactPanel::State::Changes);

        // Closed and opened again: still compared with the file.
        QVERIFY(m_window->closeProject());
        QCOMPARE(impact->comparison(), ImpactPanel::Comparison::LastPull);
        QVERIFY(!impact->compareWithBox()->isEnabled());
        QVERIFY(m_window->openProject(first));
        QCOMPARE(impact->comparison(), ImpactPanel::Comparison::SnapshotFile);
        QTRY_COMPARE(impact->state(), ImpactPanel::State::Changes);
        compareTree(*impact->model(), coreDiffAgainst(productionSnapshot, *m_window->document()));

        // Another project starts from its last pull.
        const QString second = m_dir.filePath(QStringLiteral("another-project"));
        QVERIFY(copySampleProject(second));
        QVERIFY(m_window->openProject(second));
        QCOMPARE(impact->comparison(), ImpactPanel::Comparison::LastPull);
        QCOMPARE(impact->compareWithBox()->currentText(), QStringLiteral("Last pull"));
        QTRY_COMPARE(impact->state(), ImpactPanel::State::NoChange);

        // Back to "Last pull" is remembered too.
        QVERIFY(m_window->openProject(first));
        QCOMPARE(impact->comparison(), ImpactPanel::Comparison::SnapshotFile);
        impact->compareWithLastPull();
        QVERIFY(m_window->openProject(first));
        QCOMPARE(impact->comparison(), ImpactPanel::Comparison::LastPull);
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
