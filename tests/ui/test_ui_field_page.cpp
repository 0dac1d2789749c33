// A field's page (issue #15, item 8): clicking a field in the explorer shows its type, its options
// active and inactive, every rule that reads it (in a condition, as the parent or the child of an
// options rule), every rule attached to it per template and the templates requiring it; a rule
// listed there opens in the editor. Screenshot: <build>/screenshots/field-page.png.

#include "dialogs/message_box.h"
#include "explorer_test_support.h"
#include "fields/field_page.h"
#include "mainwindow/editor_area.h"
#include "rules/rule_editor.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeView>
#include <QtTest>

using namespace cw;
using namespace cw::ui;

namespace {
const QString kCategory = QStringLiteral("494a2506-681f-5d8b-9091-d436305b9d66");
const QString kSubcategory = QStringLiteral("ee84b1cd-0952-5c83-b7e1-64c2886bf74a");

QStringList texts(const QListWidget *list)
{
    QStringList lines;
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    return lines;
}

void clickField(MainWindow &window, const QString &fieldId)
{
    ExplorerDock *explorer = window.explorer();
    const QModelIndex fields =
        explorer->proxy()->mapFromSource(explorer->model()->categoryIndex(ExplorerModel::Category::Fields));
    explorer->view()->expand(fields);
    const QModelIndex row = test::explorerRow(explorer, ExplorerModel::ItemKind::Field, fieldId);
    QVERIFY(row.isValid());
    explorer->view()->scrollTo(row);
    test::settleLayouts();
    QTest::mouseClick(explorer->view()->viewport(), Qt::LeftButton, {},
                      explorer->view()->visualRect(row).center());
}
} // namespace

class TestFieldPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setScripted(true);
    }

    void aFieldShowsWhereItIsUsed()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openProject(test::sampleProjectDir()));

        clickField(window, kSubcategory);
        QCOMPARE(window.editorArea()->currentPageName(), QStringLiteral("editor:field"));
        FieldPage *page = window.fieldPage();
        QVERIFY(page->isVisible());
        QCOMPARE(page->titleLabel()->text(), QStringLiteral("Subcategory"));
        QVERIFY2(page->typeLabel()->text().startsWith(QStringLiteral("SingleSelect field")),
                 qPrintable(page->typeLabel()->text()));
        // Every option, the inactive one marked.
        QTableWidget *options = page->optionsTable();
        QCOMPARE(options->rowCount(), 11);
        QCOMPARE(page->optionsLabel()->text(), QStringLiteral("11 options, 1 inactive"));
        int inactiveRow = -1;
        for (int row = 0; row < options->rowCount(); ++row)
            if (options->item(row, 0)->text() == QStringLiteral("Gift voucher"))
                inactiveRow = row;
        QVERIFY(inactiveRow >= 0);
        QCOMPARE(options->item(inactiveRow, 2)->text(), QStringLiteral("inactive"));
        // Read by the options rule as its child (and by conditions); attached to it in two templates.
        const QStringList subcategoryReaders = texts(page->readersList());
        QVERIFY2(
            subcategoryReaders.contains(QStringLiteral(
                "\u201cSubcategories by category\u201d limits its options (the child of an options rule)")),
            qPrintable(subcategoryReaders.join(QLatin1Char('\n'))));
        QCOMPARE(subcategoryReaders.filter(QStringLiteral("reads it in a condition")).size(),
                 subcategoryReaders.size() - 1);
        QCOMPARE(
            texts(page->attachmentsList()),
            (QStringList{QStringLiteral("Billing dispute \u203a \u201cSubcategories by category\u201d"),
                         QStringLiteral("Customer support \u203a \u201cSubcategories by category\u201d")}));
        test::settleLayouts();
        QVERIFY(QDir().mkpath(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots")));
        QVERIFY(window.grab().save(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/field-page.png")));

        // Category: read in conditions and as an options rule's parent; always required in two.
        clickField(window, kCategory);
        QCOMPARE(page->titleLabel()->text(), QStringLiteral("Category"));
        const QStringList readers = texts(page->readersList());
        QVERIFY(readers.filter(QStringLiteral("reads it in a condition")).size() >= 2);
        QVERIFY2(
            readers.contains(QStringLiteral(
                "\u201cSubcategories by category\u201d maps its values (the parent of an options rule)")),
            qPrintable(readers.join(QLatin1Char('\n'))));
        QCOMPARE(texts(page->attachmentsList()),
                 QStringList{QStringLiteral("No rule is attached to this field in any template.")});
        QVERIFY2(page->requiredLabel()->text().contains(QStringLiteral("Customer support")),
                 qPrintable(page->requiredLabel()->text()));

        // A rule listed there opens in its editor (Enter on the row).
        QListWidget *list = page->readersList();
        int refundRow = -1;
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->text().contains(QStringLiteral("Refund amount required for refunds")))
                refundRow = row;
        QVERIFY(refundRow >= 0);
        list->setFocus();
        list->setCurrentRow(refundRow);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(window.editorArea()->currentPageName(), QStringLiteral("editor:rule"));
        QCOMPARE(window.ruleEditor()->ruleSlug(), QStringLiteral("refund-amount-required-for-refunds"));
    }
};

QTEST_MAIN(TestFieldPage)
#include "test_ui_field_page.moc"
