// The field-options editor driven through its widgets on the sample project's "Subcategories by
// category" rule: a check box toggled with the keyboard, rows offered wholesale, the filter, the
// counts, field changes, and CSV export/import through files -- each an undoable document edit.
// The matrix model runs under QAbstractItemModelTester the whole time.

#include "../ui_test_support.h"
#include "document/document_opener.h"
#include "options/field_options_editor.h"
#include "options/options_matrix_model.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

using namespace cw;
using namespace cw::ui;

namespace {
const QString kRule = QStringLiteral("subcategories-by-category");

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(text), text.size());
}
} // namespace

class TestFieldOptionsEditor : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<FieldOptionsEditor> m_editor;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    OptionsMatrixModel *model() const { return m_editor->matrixModel(); }
    const FieldOptionsRule &stored() const { return m_document->rule(kRule)->rule.rule.options; }
    std::vector<std::string> offeredFor(const std::string &parent) const
    {
        const OptionsMapping *mapping = findMapping(stored(), parent);
        return mapping ? mapping->childValues : std::vector<std::string>{};
    }
    QModelIndex cell(const std::string &parent, const std::string &child) const
    {
        return model()->index(model()->rowOfParent(parent), model()->columnOfChild(child));
    }
    QString countOf(const std::string &parent) const
    {
        return model()
            ->index(model()->rowOfParent(parent), OptionsMatrixModel::kCountColumn)
            .data()
            .toString();
    }
    void pressSpaceOn(const QModelIndex &index)
    {
        m_editor->matrixView()->setCurrentIndex(index);
        QTest::keyClick(m_editor->matrixView(), Qt::Key_Space);
    }

private slots:
    void init()
    {
        const QString directory = m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(test::copySampleProject(directory));
        auto opened = openProjectDocument(
            directory, [](const project::RecoveryInfo &) { return RecoveryChoice::Discard; });
        QVERIFY(opened.ok());
        m_document = std::move(opened->document);
        m_editor = std::make_unique<FieldOptionsEditor>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_editor->setEditorDocument(m_document.get());
        m_editor->showItem(kRule);
        m_editor->resize(1100, 700);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    void cleanup()
    {
        m_tester.reset();
        m_editor.reset();
        m_document.reset();
    }

    void showsTheRule()
    {
        QVERIFY(FieldOptionsEditor::isFieldOptionsRule(m_document.get(), kRule));
        QCOMPARE(m_editor->parentPicker()->currentText(), QStringLiteral("Category"));
        QCOMPARE(m_editor->childPicker()->currentText(), QStringLiteral("Subcategory"));
        QCOMPARE(model()->rowCount(), 4);
        QCOMPARE(model()->columnCount(), 1 + 11);
        QCOMPARE(model()->headerData(model()->columnOfChild("gift_voucher"), Qt::Horizontal).toString(),
                 QStringLiteral("Gift voucher (inactive)"));
        QCOMPARE(m_editor->mappingCountLabel()->text(),
                 QStringLiteral("4 parent values mapped (the service allows at most 200 mappings per rule)"));
        QCOMPARE(countOf("billing"), QStringLiteral("3 of 11"));
        QCOMPARE(cell("billing", "refund").data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        // The child picker cannot pick the parent field.
        auto *items = qobject_cast<QStandardItemModel *>(m_editor->childPicker()->model());
        QVERIFY(items);
        QVERIFY(!items->item(m_editor->childPicker()->findText(QStringLiteral("Category")))->isEnabled());

        test::settleLayouts();
        QVERIFY(QDir().mkpath(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots")));
        QVERIFY(
            m_editor->grab().save(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/options-editor.png")));
    }

    void togglingACellEditsTheRuleAndUndoRestores()
    {
        pressSpaceOn(cell("shipping", "refund"));
        QCOMPARE(offeredFor("shipping"),
                 (std::vector<std::string>{"refund", "lost_parcel", "damaged", "late_delivery"}));
        QCOMPARE(cell("shipping", "refund").data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(countOf("shipping"), QStringLiteral("4 of 11"));
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Offer Refund for Shipping"));
        m_document->undoStack()->undo();
        QCOMPARE(offeredFor("shipping"),
                 (std::vector<std::string>{"lost_parcel", "damaged", "late_delivery"}));
        QCOMPARE(cell("shipping", "refund").data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        m_document->undoStack()->redo();
        QCOMPARE(offeredFor("shipping").size(), std::size_t(4));

        pressSpaceOn(cell("shipping", "refund"));
        QCOMPARE(offeredFor("shipping"),
                 (std::vector<std::string>{"lost_parcel", "damaged", "late_delivery"}));
    }

    void rowSelectAllAndNone()
    {
        QVERIFY(!m_editor->rowAllButton()->isEnabled()); // no cell picked yet
        m_editor->matrixView()->setCurrentIndex(cell("billing", "bug"));
        QVERIFY(m_editor->rowAllButton()->isEnabled());
        m_editor->rowAllButton()->click();
        QCOMPARE(offeredFor("billing").size(), std::size_t(10)); // every active option, not the inactive one
        QCOMPARE(countOf("billing"), QStringLiteral("10 of 11"));
        m_editor->rowNoneButton()->click();
        QVERIFY(!findMapping(stored(), "billing"));
        QCOMPARE(countOf("billing"), QStringLiteral("all (not mapped)"));
        QCOMPARE(m_editor->mappingCountLabel()->text(),
                 QStringLiteral("3 parent values mapped (the service allows at most 200 mappings per rule)"));
        m_document->undoStack()->undo();
        QCOMPARE(offeredFor("billing").size(), std::size_t(10));

        // A column for every parent value.
        m_editor->matrixView()->setCurrentIndex(cell("account", "outage"));
        m_editor->columnAllButton()->click();
        for (const char *parent : {"billing", "technical", "account", "shipping"})
            QVERIFY(cell(parent, "outage").data(Qt::CheckStateRole).toInt() == Qt::Checked);
        m_editor->columnNoneButton()->click();
        QCOMPARE(offeredFor("technical"), std::vector<std::string>{"bug"});
        QCOMPARE(offeredFor("account"), (std::vector<std::string>{"login", "password"}));
    }

    void theLastMappingCannotBeCleared()
    {
        CaseRule rule = m_document->rule(kRule)->rule;
        rule.rule.options.mappings.resize(1);
        m_document->editRule(kRule, rule, QStringLiteral("Keep one"));
        m_editor->matrixView()->setCurrentIndex(cell("billing", "refund"));
        QVERIFY(!m_editor->rowNoneButton()->isEnabled());
        QVERIFY(m_editor->rowNoneButton()->toolTip().contains(QStringLiteral("at least one mapping")));
    }

    void filterHidesRowsOrColumns()
    {
        QTableView *view = m_editor->matrixView();
        QTest::keyClicks(m_editor->filterEdit(), QStringLiteral("bill"));
        QVERIFY(!view->isRowHidden(model()->rowOfParent("billing")));
        QVERIFY(view->isRowHidden(model()->rowOfParent("technical")));
        QVERIFY(!view->isColumnHidden(model()->columnOfChild("bug"))); // no child matches: all columns stay

        m_editor->filterEdit()->clear();
        QTest::keyClicks(m_editor->filterEdit(), QStringLiteral("lo"));
        QVERIFY(!view->isRowHidden(model()->rowOfParent("technical")));
        QVERIFY(!view->isColumnHidden(model()->columnOfChild("login")));
        QVERIFY(!view->isColumnHidden(model()->columnOfChild("lost_parcel")));
        QVERIFY(view->isColumnHidden(model()->columnOfChild("refund")));
        QVERIFY(!view->isColumnHidden(OptionsMatrixModel::kCountColumn));
        // Offering a whole row offers only the columns shown.
        view->setCurrentIndex(cell("technical", "login"));
        m_editor->rowAllButton()->click();
        QCOMPARE(offeredFor("technical"),
                 (std::vector<std::string>{"outage", "bug", "login", "lost_parcel"}));

        m_editor->filterEdit()->setText(QStringLiteral("nothing like it"));
        QVERIFY(!m_editor->filterNoteLabel()->isHidden());
        QVERIFY(view->isRowHidden(0));
        m_editor->filterEdit()->clear();
        QVERIFY(m_editor->filterNoteLabel()->isHidden());
        QVERIFY(!view->isRowHidden(0));
    }

    void changingTheParentFieldKeepsWhatFits()
    {
        test::chooseText(m_editor->parentPicker(), QStringLiteral("Channel"));
        QCOMPARE(*stored().parentFieldId, std::string("9182b519-ac14-54ee-bf28-288ccb6488cb"));
        QVERIFY(stored().mappings.empty()); // no category value is a channel
        QVERIFY(m_editor->noticeLabel()->text().contains(QStringLiteral("Dropped 4 mappings")));
        QVERIFY(m_editor->findingsLabel()->text().contains(QStringLiteral("[rule.options.mappings.empty]")));
        m_document->undoStack()->undo();
        QCOMPARE(stored().mappings.size(), std::size_t(4));
        QCOMPARE(m_editor->parentPicker()->currentText(), QStringLiteral("Category"));
    }

    void csvRoundTrip()
    {
        const FieldOptionsRule before = stored();
        const QString path = m_dir.filePath(QStringLiteral("round-trip.csv"));
        QVERIFY(m_editor->exportCsv(path).ok());
        // The notice says what the cells hold; the file holds values.
        QVERIFY2(
            m_editor->noticeLabel()->text().contains(QStringLiteral("as option values (not display names)")),
            qPrintable(m_editor->noticeLabel()->text()));
        QVERIFY(m_editor->exportButton()->toolTip().contains(QStringLiteral("option values")));
        m_editor->matrixView()->setCurrentIndex(cell("billing", "refund"));
        m_editor->rowNoneButton()->click();
        QCOMPARE(stored().mappings.size(), std::size_t(3));
        const int steps = m_document->undoStack()->count();

        QVERIFY(m_editor->importCsv(path).ok());
        QCOMPARE(m_document->undoStack()->count(), steps + 1); // one undoable edit
        QCOMPARE(stored().mappings.size(), before.mappings.size());
        for (std::size_t i = 0; i < before.mappings.size(); ++i) {
            QCOMPARE(stored().mappings[i].parentValue, before.mappings[i].parentValue);
            QCOMPARE(stored().mappings[i].childValues, before.mappings[i].childValues);
        }
        QVERIFY(m_editor->noticeLabel()->text().startsWith(QStringLiteral("Imported 4 mappings")));
        m_document->undoStack()->undo();
        QCOMPARE(stored().mappings.size(), std::size_t(3));

        // A file with display names, as a person types it, is read as well.
        const QString names = m_dir.filePath(QStringLiteral("names.csv"));
        QFile file(names);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Parent Field Name,Child Field Name,Parent Value,Child Value\r\n"
                   "Category,Subcategory,Billing,Refund\r\nCategory,Subcategory,Billing,Invoice\r\n");
        file.close();
        QVERIFY(m_editor->importCsv(names).ok());
        QCOMPARE(stored().mappings.size(), std::size_t(1));
        QCOMPARE(stored().mappings[0].parentValue, std::string("billing"));
        QCOMPARE(stored().mappings[0].childValues, (std::vector<std::string>{"refund", "invoice"}));
    }

    void csvErrorsAreShown()
    {
        const int steps = m_document->undoStack()->count();
        const QString header =
            QStringLiteral("Parent Field Name,Child Field Name,Parent Value,Child Value\n");
        const QString path = m_dir.filePath(QStringLiteral("upload.csv"));

        writeFile(path, (header + QStringLiteral("Category,Subcategory,billing,refund\n"
                                                 "Category,Subcategory,Returns,refund\n"))
                            .toUtf8());
        QVERIFY(!m_editor->importCsv(path).ok());
        QVERIFY(m_editor->noticeLabel()->text().contains(QStringLiteral("line 3")));
        QVERIFY(m_editor->noticeLabel()->text().contains(
            QStringLiteral("\"Returns\" is not an option of Category")));
        QCOMPARE(m_document->undoStack()->count(), steps);

        writeFile(path, QByteArray("Parent,Child\nCategory,Subcategory\n"));
        QVERIFY(!m_editor->importCsv(path).ok());
        QVERIFY(m_editor->noticeLabel()->text().contains(QStringLiteral("header")));
        QCOMPARE(m_document->undoStack()->count(), steps);

        writeFile(path, (header + QStringLiteral("Category,Subcategory,Billing,Refund\n"
                                                 "Category,Subcategory,Billing,Gift card\n"))
                            .toUtf8());
        QVERIFY(m_editor->importCsv(path).ok());
        QCOMPARE(stored().mappings.size(), std::size_t(1));
        QCOMPARE(offeredFor("billing"), std::vector<std::string>{"refund"});
        const QString notice = m_editor->noticeLabel()->text();
        QVERIFY2(notice.contains(QStringLiteral("Skipped 1 row whose child value")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("Line 3: \"Gift card\" is not an option of Subcategory.")),
                 qPrintable(notice));
        test::settleLayouts();
        QVERIFY(m_editor->grab().save(
            QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/options-editor-import.png")));
    }

    void otherRuleKindsAreNotEdited()
    {
        m_editor->showItem(QStringLiteral("resolution-notes-required-when-closed"));
        QVERIFY(!FieldOptionsEditor::isFieldOptionsRule(m_document.get(), m_editor->ruleSlug()));
        QVERIFY(m_editor->matrixView()->isHidden() || !m_editor->matrixView()->isVisibleTo(m_editor.get()));
        QVERIFY(!m_editor->importCsv(m_dir.filePath(QStringLiteral("any.csv"))).ok());
    }
};

QTEST_MAIN(TestFieldOptionsEditor)
#include "test_ui_field_options_editor.moc"
