// SampleCasesModel on the sample project's cases, under QAbstractItemModelTester the whole time:
// typed display, edits through setData and the delegate's editors, add / duplicate / delete, each
// undoable on the document's undo stack, and the files written back by the document's save.

#include "editing/sample_value_text.h"
#include "preview/sample_cases_model.h"
#include "preview/sample_value_delegate.h"
#include "preview_test_support.h"
#include "project/project_io.h"
#include "samples/template_fields.h"

#include <QAbstractItemModelTester>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using namespace cw::ui::test;

class TestSampleCasesModel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<SampleCasesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_test = 0;

    QModelIndex cell(const std::string &caseId, const std::string &fieldId) const
    {
        return m_model->index(m_model->rowOfCase(caseId), m_model->columnOf(fieldId));
    }

private slots:
    void init()
    {
        m_document = openSampleCopy(m_dir.filePath(QString::number(++m_test)));
        m_model = std::make_unique<SampleCasesModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const DomainSnapshot &snapshot = m_document->snapshot();
        m_model->setSnapshot(snapshot);
        m_model->setDocument(m_document.get());
        m_model->setFieldColumns(
            templateFieldIds(snapshot, *snapshot.findTemplate(kCustomerSupport.toStdString())));
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_document.reset();
    }

    void columnsAreTheTemplatesFields()
    {
        QCOMPARE(m_model->rowCount(), 17);
        QCOMPARE(m_model->headerData(SampleCasesModel::IdColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Case id"));
        // requiredFields first, then the fields the rules read (Status among them).
        QCOMPARE(m_model->fieldIdAt(SampleCasesModel::FirstFieldColumn), kTitle);
        QCOMPARE(m_model->headerData(SampleCasesModel::FirstFieldColumn + 1, Qt::Horizontal).toString(),
                 QStringLiteral("Priority"));
        QVERIFY(m_model->columnOf(kStatus) > 0);
        QVERIFY(m_model->columnOf(kResolutionNotes) > m_model->columnOf(kStatus));
        QCOMPARE(
            m_model->headerData(m_model->columnOf(kStatus), Qt::Horizontal, SampleCasesModel::FieldIdRole)
                .toString(),
            QString::fromStdString(kStatus));
    }

    void valuesAreShownByType()
    {
        // A single-select shows the option's name; its value is in the tooltip.
        QCOMPARE(cell(kOpenLoginCase, kStatus).data().toString(), QStringLiteral("Open"));
        QVERIFY(cell(kOpenLoginCase, kStatus)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("\"open\"")));
        QCOMPARE(cell(kOpenLoginCase, kVip).data().toString(), QStringLiteral("false"));
        QCOMPARE(cell(kOpenLoginCase, kResolutionNotes).data().toString(), QString()); // absent
        QVERIFY(!cell(kOpenLoginCase, kResolutionNotes).data(SampleCasesModel::ValueRole).isValid());
        // "Unassigned VIP enquiry" holds emptyValue in its channel.
        const int unassigned = m_model->rowOfCase("60cc58bd-4356-571c-a4b1-e7d0a3415b1a");
        QVERIFY(unassigned >= 0);
        const QModelIndex channel =
            m_model->index(unassigned, m_model->columnOf("9182b519-ac14-54ee-bf28-288ccb6488cb"));
        QCOMPARE(channel.data().toString(), QStringLiteral("(empty)"));
        QVERIFY(channel.data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(cell(kOpenLoginCase, kStatus).data(SampleCasesModel::TemplateIdRole).toString(),
                 kCustomerSupport);
        QCOMPARE(m_model->index(m_model->rowOfCase(kOpenLoginCase), SampleCasesModel::TemplateColumn)
                     .data()
                     .toString(),
                 QStringLiteral("Customer support"));
    }

    void editsAreTypedAndUndoable()
    {
        const QModelIndex status = cell(kOpenLoginCase, kStatus);
        QSignalSpy changed(m_model.get(), &SampleCasesModel::casesChanged);
        QSignalSpy modified(m_document.get(), &ProjectDocument::modifiedChanged);
        // An option's name is stored as its value.
        QVERIFY(m_model->setData(status, QStringLiteral("Closed")));
        QCOMPARE(m_model->sampleCase(status.row()).find(kStatus)->text, std::string("closed"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(modified.count(), 1);
        QVERIFY(m_document->isModified());

        const QModelIndex notes = cell(kOpenLoginCase, kResolutionNotes);
        QVERIFY(m_model->setData(notes, QStringLiteral("Reset the password")));
        QCOMPARE(m_model->sampleCase(notes.row()).find(kResolutionNotes)->kind, Value::Kind::String);
        // A number field wants a number; "(empty)" is emptyValue; nothing removes the field.
        const QModelIndex vip = cell(kOpenLoginCase, kVip);
        QVERIFY(!m_model->setData(vip, QStringLiteral("maybe")));
        QVERIFY(m_model->setData(vip, QStringLiteral("true")));
        QCOMPARE(m_model->sampleCase(vip.row()).find(kVip)->boolean, true);
        QVERIFY(m_model->setData(vip, QStringLiteral("(empty)")));
        QCOMPARE(m_model->sampleCase(vip.row()).find(kVip)->kind, Value::Kind::Empty);
        QVERIFY(m_model->setData(vip, QVariant(), SampleCasesModel::ValueRole));
        QVERIFY(m_model->sampleCase(vip.row()).find(kVip) == nullptr);

        QUndoStack *undo = m_document->undoStack();
        QCOMPARE(undo->count(), 5);
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(status.data().toString(), QStringLiteral("Open"));
        QCOMPARE(vip.data().toString(), QStringLiteral("false"));
        QVERIFY(m_model->sampleCase(notes.row()).find(kResolutionNotes) == nullptr);
        QVERIFY(!m_document->isModified());
        undo->redo();
        QCOMPARE(status.data().toString(), QStringLiteral("Closed"));
    }

    void idsStayUnique()
    {
        const int row = m_model->rowOfCase(kOpenLoginCase);
        const QModelIndex id = m_model->index(row, SampleCasesModel::IdColumn);
        QVERIFY(!m_model->setData(id, QString::fromStdString(kClosedCrashCase)));
        QVERIFY(!m_model->setData(id, QString()));
        QVERIFY(m_model->setData(id, QStringLiteral("login-case")));
        QCOMPARE(m_model->rowOfCase("login-case"), row);
    }

    void addDuplicateAndDeleteAreUndoable()
    {
        const int before = m_model->caseCount();
        const int added = m_model->addCase(kBillingDispute.toStdString(), 0);
        QCOMPARE(added, 1);
        QCOMPARE(m_model->caseCount(), before + 1);
        QCOMPARE(m_model->sampleCase(added).templateId, kBillingDispute.toStdString());
        QVERIFY(m_model->sampleCase(added).fields.empty());

        const int copy = m_model->duplicateCase(m_model->rowOfCase(kClosedCrashCase));
        QCOMPARE(m_model->sampleCase(copy).id, kClosedCrashCase + "-copy");
        QCOMPARE(m_model->sampleCase(copy).fields.size(), m_model->sampleCase(copy - 1).fields.size());
        QCOMPARE(m_model->fileOf(copy), std::string("support-centre.json"));

        const std::vector<std::string> ids = m_model->caseIds();
        m_model->removeCases({0, 2, 3, 7}); // rows in two runs, one undo step
        QCOMPARE(m_model->caseCount(), before + 2 - 4);
        QCOMPARE(m_model->sampleCase(0).id, ids[1]);
        m_document->undoStack()->undo();
        QCOMPARE(m_model->caseIds(), ids);
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(m_model->caseCount(), before);
    }

    void delegateEditorsFitTheField()
    {
        QTableView view;
        view.setModel(m_model.get());
        SampleValueDelegate delegate(m_model.get());
        const QStyleOptionViewItem option;
        // SingleSelect: "(empty)" and the options (by name, value as data).
        const QModelIndex status = cell(kOpenLoginCase, kStatus);
        std::unique_ptr<QWidget> editor(delegate.createEditor(view.viewport(), option, status));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        delegate.setEditorData(combo, status);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("open"));
        QVERIFY(combo->findText(QStringLiteral("(empty)")) >= 0);
        combo->setCurrentIndex(combo->findData(QStringLiteral("pending")));
        delegate.setModelData(combo, m_model.get(), status);
        QCOMPARE(status.data().toString(), QStringLiteral("Pending"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("(empty)")));
        delegate.setModelData(combo, m_model.get(), status);
        QCOMPARE(m_model->sampleCase(status.row()).find(kStatus)->kind, Value::Kind::Empty);

        // Number: a spin box.
        m_model->setFieldColumns(templateFieldIds(
            m_document->snapshot(), *m_document->snapshot().findTemplate(kBillingDispute.toStdString())));
        const QModelIndex amount =
            m_model->index(m_model->rowOfCase(kOpenLoginCase), m_model->columnOf(kRefundAmount));
        editor.reset(delegate.createEditor(view.viewport(), option, amount));
        auto *spin = qobject_cast<QDoubleSpinBox *>(editor.get());
        QVERIFY(spin);
        spin->setValue(12.5);
        delegate.setModelData(spin, m_model.get(), amount);
        QCOMPARE(m_model->sampleCase(amount.row()).find(kRefundAmount)->number, 12.5);
        QCOMPARE(amount.data().toString(), QStringLiteral("12.5"));

        // Boolean: true / false / (empty).
        const QModelIndex vip = m_model->index(m_model->rowOfCase(kOpenLoginCase), m_model->columnOf(kVip));
        editor.reset(delegate.createEditor(view.viewport(), option, vip));
        combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        combo->setCurrentIndex(combo->findData(QStringLiteral("true")));
        delegate.setModelData(combo, m_model.get(), vip);
        QCOMPARE(vip.data().toString(), QStringLiteral("true"));

        // Text: a line edit.
        const QModelIndex title =
            m_model->index(m_model->rowOfCase(kOpenLoginCase), m_model->columnOf(kTitle));
        editor.reset(delegate.createEditor(view.viewport(), option, title));
        QVERIFY(qobject_cast<QLineEdit *>(editor.get()));
    }

    void saveWritesTheFilesBack()
    {
        QVERIFY(m_model->setData(cell(kOpenLoginCase, kStatus), QStringLiteral("closed")));
        m_model->appendCases(
            {SampleCase{"extra-1", kComplaintLegacy.toStdString(), {}, std::nullopt, Json::object()}},
            m_model->freeFileName("imported"), QStringLiteral("Import"));
        QCOMPARE(m_document->project().samples.size(), std::size_t(2));
        auto written = m_document->save();
        QVERIFY2(written, written ? "" : written.error().toString().c_str());
        QVERIFY(!m_document->isModified());
        // The document knows what it wrote: saving the whole project again is not refused.
        QVERIFY(m_document->save());

        auto reopened = openProjectDocument(
            m_document->directory(), [](const project::RecoveryInfo &) { return RecoveryChoice::Discard; });
        QVERIFY(reopened);
        SampleCasesModel again;
        again.setDocument(reopened->document.get());
        QCOMPARE(again.caseCount(), 18);
        QCOMPARE(again.sampleCase(again.rowOfCase(kOpenLoginCase)).find(kStatus)->text,
                 std::string("closed"));
        QCOMPARE(again.fileOf(again.rowOfCase("extra-1")), std::string("imported.json"));
    }
};

QTEST_MAIN(TestSampleCasesModel)
#include "test_ui_sample_cases_model.moc"
