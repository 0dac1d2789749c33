// File > Import Cases from the Service… against the emulator filled with --generate-cases: the
// dialog's real widgets (template, newest N, since) drive the import; the file lands in samples/
// exactly as casewright-cli pull-cases writes it; the preview (under QAbstractItemModelTester)
// shows the new cases at once and the document stays clean; a cancelled import writes nothing.
#include "document/project_document.h"
#include "mainwindow/main_window.h"
#include "preview/preview_pane.h"
#include "preview/sample_cases_model.h"
#include "sync/import_cases_dialog.h"
#include "sync_test_support.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using namespace cw::ui::test;

namespace {
QAction *importAction(MainWindow &window)
{
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction *action : menu->menu()->actions())
                if (action->text().contains(QStringLiteral("Import Cases")))
                    return action;
    return nullptr;
}

QStringList pulledFiles(const QString &project)
{
    return QDir(project + QStringLiteral("/samples")).entryList({QStringLiteral("pulled-*")}, QDir::Files);
}
} // namespace

class TestUiImportCases : public QObject {
    Q_OBJECT
private:
    EmulatorProjectFixture m_service;

private slots:
    void initTestCase()
    {
        m_service.prepare(QStringLiteral("import-cases-tests"));
        // Slow answers, so the import is still running when the test cancels one.
        QVERIFY2(m_service.emulator->start({QStringLiteral("--seed-sample"),
                                            QStringLiteral("--generate-cases"), QStringLiteral("120"),
                                            QStringLiteral("--page-size"), QStringLiteral("20"),
                                            QStringLiteral("--latency-ms"), QStringLiteral("150")}),
                 qPrintable(m_service.emulator->errorText()));
        auto pulled = pullSample(m_service.emulator->url(), m_service.project);
        QVERIFY2(pulled, pulled ? "" : pulled.error().toString().c_str());
    }

    void cleanupTestCase() { m_service.emulator.reset(); }

    void importShowsTheCasesInThePreview()
    {
        MainWindow window;
        window.resize(1200, 800);
        QVERIFY(window.openProject(m_service.project));
        window.show();
        ProjectDocument *document = window.document();
        auto *preview = window.findChild<PreviewPane *>();
        QVERIFY(preview);
        QAbstractItemModelTester tester(preview->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = preview->model()->rowCount();

        QAction *action = importAction(window);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = window.findChild<ImportCasesDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // The project's connection, its published templates to choose from.
        QCOMPARE(dialog->connectionForm()->choice().endpoint, m_service.emulator->url().toString());
        QCOMPARE(dialog->templateCombo()->count(), 4); // all, plus the sample's 3
        chooseText(dialog->templateCombo(), QStringLiteral("Customer support"));
        QVERIFY(dialog->limitCheck()->isChecked());
        dialog->maxSpin()->setValue(25);

        QSignalSpy finished(dialog, &ImportCasesDialog::importFinished);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QVERIFY(dialog->cancelButton()->isEnabled());
        QVERIFY(!dialog->importButton()->isEnabled());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.front().front().toBool(), qPrintable(dialog->report()->toPlainText()));
        QVERIFY2(dialog->report()->toPlainText().contains(QStringLiteral("25 cases written")),
                 qPrintable(dialog->report()->toPlainText()));

        // The file, as pull-cases writes it, and its cases in the preview, all Customer support.
        const QStringList files = pulledFiles(m_service.project);
        QCOMPARE(files.size(), 1);
        QCOMPARE(dialog->imported()->name, files.front().toStdString());
        QCOMPARE(preview->model()->rowCount(), before + 25);
        for (int row = before; row < before + 25; ++row)
            QCOMPARE(preview->model()->index(row, SampleCasesModel::TemplateColumn).data().toString(),
                     QStringLiteral("Customer support"));
        QVERIFY(!document->isModified()); // on disk already: nothing to save
        QVERIFY(document->save());        // and saving does not trip over the new file
        QCOMPARE(pulledFiles(m_service.project).size(), 1);

        dialog->grab().save(QStringLiteral(CASEWRIGHT_BINARY_DIR "/tests/ui/import-cases-dialog.png"));
        dialog->close();
        // The preview on the imported template's cases, for the picture.
        if (auto *previewTemplate = preview->findChild<QComboBox *>())
            chooseText(previewTemplate, QStringLiteral("Customer support"));
        settleLayouts();
        window.grab().save(QStringLiteral(CASEWRIGHT_BINARY_DIR "/tests/ui/import-cases-preview.png"));
    }

    void cancellingWritesNothing()
    {
        for (const QString &name : pulledFiles(m_service.project))
            QFile::remove(m_service.project + QStringLiteral("/samples/") + name);
        MainWindow window;
        QVERIFY(window.openProject(m_service.project));
        const int before = window.document()->sampleCount();
        importAction(window)->trigger();
        auto *dialog = window.findChild<ImportCasesDialog *>();
        QVERIFY(dialog);
        dialog->limitCheck()->setChecked(false); // every case: 6 slow pages
        QSignalSpy finished(dialog, &ImportCasesDialog::importFinished);
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->progressLabel()->text().isEmpty(), 20000); // a page arrived
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.count() > 0 || finished.wait(20000));
        QCOMPARE(finished.front().front().toBool(), false);
        QVERIFY2(dialog->report()->toPlainText().contains(QStringLiteral("cancelled")),
                 qPrintable(dialog->report()->toPlainText()));
        QVERIFY(pulledFiles(m_service.project).isEmpty());
        QCOMPARE(window.document()->sampleCount(), before);
        QVERIFY(dialog->importButton()->isEnabled());
    }
};

QTEST_MAIN(TestUiImportCases)
#include "test_ui_import_cases.moc"
