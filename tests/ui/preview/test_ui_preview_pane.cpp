// The preview pane as a whole: the template picker and its columns, the actions (add, duplicate,
// delete, clear / empty a value, generate, save), following the document's templates, and a
// screenshot (<build>/screenshots/preview-pane.png) to look at the layout.

#include "preview/case_form_simulator.h"
#include "preview/field_share_chart.h"
#include "preview/preview_pane.h"
#include "preview/sample_cases_filter.h"
#include "preview/sample_cases_model.h"
#include "preview_test_support.h"
#include "project/project_io.h"

#include <QAction>
#include <QCheckBox>
#include <QSignalSpy>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using namespace cw::ui::test;

class TestPreviewPane : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_test = 0;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<PreviewPane> m_pane;

private slots:
    void init()
    {
        m_document = openSampleCopy(m_dir.filePath(QString::number(++m_test)));
        m_pane = std::make_unique<PreviewPane>();
        m_pane->setDocument(m_document.get());
        QVERIFY(m_pane->showTemplate(kCustomerSupport));
    }

    void cleanup()
    {
        m_pane.reset();
        m_document.reset();
    }

    void thePickerChoosesColumnsAndCases()
    {
        QCOMPARE(m_pane->templateCombo()->count(), 3);
        QCOMPARE(m_pane->templateCombo()->currentText(), QStringLiteral("Customer support"));
        QCOMPARE(m_pane->filter()->rowCount(), 10);
        // Columns: the template's requiredFields first (title, priority, category here).
        QCOMPARE(m_pane->model()->fieldIdAt(SampleCasesModel::FirstFieldColumn + 1), kPriority);
        QVERIFY(m_pane->showTemplate(kBillingDispute));
        QCOMPARE(m_pane->filter()->rowCount(), 7);
        QCOMPARE(m_pane->model()->fieldIdAt(SampleCasesModel::FirstFieldColumn + 1), kCategory);
        QVERIFY(!m_pane->showTemplate(QStringLiteral("no-such-template")));
        m_pane->onlyTemplateCasesCheck()->setChecked(false);
        QCOMPARE(m_pane->filter()->rowCount(), 17);
    }

    void actionsEditTheSamples()
    {
        SampleCasesModel *model = m_pane->model();
        QSignalSpy modified(m_document.get(), &ProjectDocument::modifiedChanged);
        m_pane->selectCase(model->rowOfCase(kOpenLoginCase));
        m_pane->duplicateCaseAction()->trigger();
        QCOMPARE(model->sampleCase(m_pane->selectedCase()).id, kOpenLoginCase + "-copy");
        QCOMPARE(modified.count(), 1);
        QVERIFY(m_document->isModified());

        // Clear value / Set (empty) act on the current cell.
        const int row = m_pane->selectedCase();
        const QModelIndex status =
            m_pane->filter()->mapFromSource(model->index(row, model->columnOf(kStatus)));
        m_pane->casesView()->setCurrentIndex(status);
        QVERIFY(m_pane->emptyValueAction()->isEnabled());
        m_pane->emptyValueAction()->trigger();
        QCOMPARE(model->sampleCase(row).find(kStatus)->kind, Value::Kind::Empty);
        m_pane->clearValueAction()->trigger();
        QVERIFY(model->sampleCase(row).find(kStatus) == nullptr);

        m_pane->addCaseAction()->trigger();
        QCOMPARE(model->caseCount(), 19);
        QCOMPARE(model->sampleCase(m_pane->selectedCase()).templateId, kCustomerSupport.toStdString());
        m_pane->deleteCasesAction()->trigger();
        QCOMPARE(model->caseCount(), 18);
        m_document->undoStack()->undo();
        QCOMPARE(model->caseCount(), 19);
    }

    void generateAndSave()
    {
        const int generated = m_pane->generateCases();
        QVERIFY(generated > 10);
        QCOMPARE(m_pane->model()->caseCount(), 17 + generated);
        QCOMPARE(m_pane->chart()->shares().caseCount, std::size_t(10 + generated));
        QSignalSpy saved(m_document.get(), &ProjectDocument::saved);
        const Status status = m_document->save();
        QVERIFY2(status, status ? "" : status.error().toString().c_str());
        QCOMPARE(saved.count(), 1);
        QVERIFY(!m_document->isModified());
        auto reloaded = project::loadProject(m_document->directory().toStdString());
        QVERIFY(reloaded);
        QCOMPARE(reloaded->project.samples.size(), std::size_t(2));
        QCOMPARE(reloaded->project.samples[0].name, std::string("generated.json"));
        QCOMPARE(reloaded->project.samples[0].cases.cases.size(), std::size_t(generated));
    }

    void followsTheDocumentsTemplates()
    {
        CaseTemplate renamed = m_document->caseTemplate(QStringLiteral("customer-support"))->caseTemplate;
        renamed.name = "Support (renamed)";
        m_document->editTemplate(QStringLiteral("customer-support"), renamed, QStringLiteral("Rename"));
        QCOMPARE(m_pane->templateCombo()->currentText(), QStringLiteral("Support (renamed)"));
        QCOMPARE(m_pane->templateId(), kCustomerSupport);
        m_pane->setDocument(nullptr);
        QCOMPARE(m_pane->model()->caseCount(), 0);
        QCOMPARE(m_pane->templateCombo()->count(), 0);
        QVERIFY(!m_pane->addCaseAction()->isEnabled());
    }

    void screenshot()
    {
        m_pane->resize(1280, 860);
        m_pane->selectCase(m_pane->model()->rowOfCase(kOpenLoginCase));
        m_pane->model()->setValue(m_pane->selectedCase(), kStatus, Value::string("closed"));
        m_pane->show();
        settleLayouts();
        QVERIFY(m_pane->simulator()->isMarkedRequired(kResolutionNotes));
        QVERIFY(m_pane->grab().save(screenshotPath(QStringLiteral("preview-pane.png"))));
    }
};

QTEST_MAIN(TestPreviewPane)
#include "test_ui_preview_pane.moc"
