// Layout at the default size (issue #15, item 7): the designer's window at 1280×800 (its default)
// and at 1024×768, on the sample project, with each kind of editor shown -- the template editor
// (with a chip selected), the rule editor, an options rule, a field's page. In every case each
// interactive control (buttons, tool buttons such as the chips' ×, line edits, combo boxes, item
// views) lies whole inside the visible part of its scroll area's viewport and of the window, no
// editor page or preview panel needs a horizontal scrollbar, the preview's case table shows more
// than two rows, and the editor keeps most of the height the preview dock shares with it.
// Screenshots: <build>/screenshots/layout-<view>-<W>x<H>.png.

#include "dialogs/message_box.h"
#include "document/project_document.h"
#include "explorer_test_support.h"
#include "fields/field_page.h"
#include "mainwindow/editor_area.h"
#include "mainwindow/main_window.h"
#include "preview/preview_pane.h"
#include "templates/template_editor.h"
#include "templates/template_field_row.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QtTest>

using namespace cw;
using namespace cw::ui;

namespace {
const QString kTemplate = QStringLiteral("customer-support");
const QString kRule = QStringLiteral("knowledge-article-required-for-technical-fixes"); // nested groups
const QString kOptionsRule = QStringLiteral("subcategories-by-category");
const QString kSubcategoryField = QStringLiteral("ee84b1cd-0952-5c83-b7e1-64c2886bf74a");

bool isInteractive(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractItemView *>(widget);
}

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    if (!widget->accessibleName().isEmpty())
        text += QStringLiteral(" [%1]").arg(widget->accessibleName());
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(widget->metaObject()->className()), text);
}

// The viewport of a scroll area (a QScrollArea or an item view) when `widget` is one.
const QAbstractScrollArea *scrollAreaOfViewport(const QWidget *widget)
{
    const auto *area = qobject_cast<const QAbstractScrollArea *>(widget->parentWidget());
    return area && area->viewport() == widget ? area : nullptr;
}

// Why `control` is not wholly visible, or empty when it is. Climbing from the control to the
// window, its rectangle must stay inside every ancestor; a scroll area's viewport may cut it above
// or below (the page scrolls vertically: that is how a long editor is read) but never on the left
// or right, and the part left is what the next ancestor must hold.
QString clippedReason(const QWidget *control, const QWidget *window)
{
    QRect rect = control->rect();
    const QWidget *child = control;
    for (const QWidget *ancestor = control->parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
        rect.translate(child->pos());
        const QRect bounds = ancestor->rect();
        if (scrollAreaOfViewport(ancestor)) {
            if (rect.left() < bounds.left() || rect.right() > bounds.right())
                return QStringLiteral("x %1..%2 outside its viewport's 0..%3")
                    .arg(rect.left())
                    .arg(rect.right())
                    .arg(bounds.right());
            rect = rect.intersected(bounds);
            if (rect.isEmpty())
                return {}; // scrolled out of sight vertically: the page scrolls to it
        } else if (!bounds.contains(rect)) {
            return QStringLiteral("%1,%2 %3x%4 outside %5 (%6x%7)")
                .arg(rect.x())
                .arg(rect.y())
                .arg(rect.width())
                .arg(rect.height())
                .arg(QString::fromLatin1(ancestor->metaObject()->className()))
                .arg(bounds.width())
                .arg(bounds.height());
        }
        if (ancestor == window)
            break;
        child = ancestor;
    }
    // A button narrower than its text needs shows it cut (Qt's own icon buttons -- a dock's
    // title bar, a line edit's clear button -- draw their icons smaller than their hints).
    if (const auto *button = qobject_cast<const QAbstractButton *>(control);
        button && !button->text().isEmpty() && button->width() < button->minimumSizeHint().width())
        return QStringLiteral("%1 px wide, needs %2")
            .arg(button->width())
            .arg(button->minimumSizeHint().width());
    return {};
}

// Inside an item view's viewport (an open cell editor) is the view's own business.
bool insideItemView(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *ancestor = widget->parentWidget(); ancestor && ancestor != window;
         ancestor = ancestor->parentWidget())
        if (qobject_cast<const QAbstractItemView *>(ancestor))
            return true;
    return false;
}

QStringList layoutProblems(QWidget &window)
{
    QStringList problems;
    int checked = 0;
    for (const QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&window) || !isInteractive(widget) || insideItemView(widget, &window))
            continue;
        ++checked;
        if (const QString reason = clippedReason(widget, &window); !reason.isEmpty())
            problems << describe(widget) + QStringLiteral(": ") + reason;
    }
    // Editor pages and the preview's panels scroll vertically only.
    for (const QScrollArea *area : window.findChildren<QScrollArea *>())
        if (area->isVisibleTo(&window) && area->horizontalScrollBar()->isVisible())
            problems << QStringLiteral("\"%1\" needs a horizontal scrollbar (content %2 px, viewport %3 px)")
                            .arg(area->accessibleName())
                            .arg(area->widget() ? area->widget()->minimumSizeHint().width() : -1)
                            .arg(area->viewport()->width());
    if (checked < 20)
        problems << QStringLiteral("only %1 controls checked").arg(checked);
    return problems;
}

} // namespace

class TestLayoutFits : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStringLiteral("Fusion")); // the same look on every machine
        MessageBox::setScripted(true);
    }

    void everyControlIsVisible_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("view");
        for (const QSize size : {QSize(1280, 800), QSize(1024, 768)})
            for (const char *view : {"template", "rule", "options", "field"})
                QTest::addRow("%s %dx%d", view, size.width(), size.height())
                    << size << QString::fromLatin1(view);
    }

    void everyControlIsVisible()
    {
        QFETCH(QSize, size);
        QFETCH(QString, view);
        const QString project = m_dir.filePath(QString::number(++m_count));
        QVERIFY(test::copySampleProject(project));
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(project));
        QCOMPARE(window.size(), size);

        if (view == QLatin1String("template")) {
            test::selectInExplorer(window, ExplorerModel::ItemKind::Template, kTemplate);
            auto *editor = window.findChild<TemplateEditor *>();
            QVERIFY(editor && editor->isVisible());
            // A chip selected: the selected rule's box with its buttons shows too.
            const QList<TemplateFieldRow *> rows = editor->fieldRows();
            const auto withChip = std::find_if(rows.begin(), rows.end(), [](const TemplateFieldRow *row) {
                return !row->chips().isEmpty();
            });
            QVERIFY(withChip != rows.end());
            editor->selectAttachment((*withChip)->fieldId(), (*withChip)->chips().front()->info().caseRuleId);
            test::settleLayouts();
            // The picture shows the field rows: the page scrolled down to them.
            auto *page = editor->findChild<QScrollArea *>();
            QVERIFY(page);
            page->verticalScrollBar()->setValue(rows.front()->mapTo(page->widget(), QPoint()).y() - 60);
            QVERIFY(editor->selectedRuleBox()->isVisibleTo(editor));
            QVERIFY(editor->ruleCountLabel()->isVisible());
        } else if (view == QLatin1String("rule")) {
            test::selectInExplorer(window, ExplorerModel::ItemKind::Rule, kRule);
            QCOMPARE(window.editorArea()->currentPageName(), QStringLiteral("editor:rule"));
        } else if (view == QLatin1String("options")) {
            test::selectInExplorer(window, ExplorerModel::ItemKind::Rule, kOptionsRule);
            QCOMPARE(window.editorArea()->currentPageName(), QStringLiteral("editor:options"));
        } else {
            test::selectInExplorer(window, ExplorerModel::ItemKind::Field, kSubcategoryField);
            QCOMPARE(window.editorArea()->currentPageName(), QStringLiteral("editor:field"));
            // The options table shows every option: the page scrolls, the table does not clip.
            QTableWidget *options = window.fieldPage()->optionsTable();
            QCOMPARE(options->rowCount(), 11);
            for (int row = 0; row < options->rowCount(); ++row)
                QVERIFY2(options->viewport()->rect().contains(
                             options->visualRect(options->model()->index(row, 0))),
                         qPrintable(QStringLiteral("option row %1 is cut").arg(row)));
        }
        auto *preview = window.findChild<PreviewPane *>();
        QVERIFY(preview);
        preview->selectCase(0);
        test::settleLayouts();

        QVERIFY(QDir().mkpath(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots")));
        const QString shot = QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/layout-%1-%2x%3.png")
                                 .arg(view)
                                 .arg(size.width())
                                 .arg(size.height());
        QVERIFY(window.grab().save(shot));

        const QStringList problems = layoutProblems(window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));

        // The preview's case table shows more than two rows...
        auto *table = preview->findChild<QTableView *>();
        QVERIFY(table && table->isVisible());
        const int rowHeight = table->verticalHeader()->defaultSectionSize();
        QVERIFY2(table->viewport()->height() >= 3 * rowHeight,
                 qPrintable(QStringLiteral("the case table shows %1 px, a row is %2 px")
                                .arg(table->viewport()->height())
                                .arg(rowHeight)));
        // ... and the editor keeps most of the height it shares with the preview dock.
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("previewDock"));
        QVERIFY(dock && dock->isVisible());
        QVERIFY2(window.editorArea()->height() > dock->height(),
                 qPrintable(QStringLiteral("editor %1 px, preview %2 px")
                                .arg(window.editorArea()->height())
                                .arg(dock->height())));
    }
};

QTEST_MAIN(TestLayoutFits)
#include "test_ui_layout_fits.moc"
