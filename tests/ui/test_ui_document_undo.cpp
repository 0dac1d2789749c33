// Ctrl+Z and Ctrl+Shift+Z pressed in the rule editor's text boxes undo and redo the document (issue
// 15, item 1): right after picking a field by typing, in the name box, in a value box. A search
// typed into a field picker that picked nothing is thrown away by the first Ctrl+Z; the next one
// undoes the document. Keys go to the focused widget as a keyboard sends them.

#include "document/project_document.h"
#include "explorer/explorer_dock.h"
#include "mainwindow/editor_area.h"
#include "mainwindow/main_window.h"
#include "rules/condition_builder.h"
#include "rules/condition_row.h"
#include "rules/field_picker.h"
#include "rules/rule_editor.h"
#include "rules/value_editor.h"
#include "ui_test_support.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

using namespace cw;
using namespace cw::ui;

namespace {
const QString kClosedNotes = QStringLiteral("resolution-notes-required-when-closed");
const std::string kClosedNotesName = "Resolution notes required when closed";
const std::string kRefundAmount = "8c21b2a1-6901-5888-8ed9-a7bc245587fd";

void pressUndo(QWidget *widget)
{
    QTest::keyClick(widget, Qt::Key_Z, Qt::ControlModifier);
}

void pressRedo(QWidget *widget)
{
    QTest::keyClick(widget, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
}
} // namespace

class TestDocumentUndo : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    RuleEditor *editor() const { return m_window->ruleEditor(); }
    QUndoStack *stack() const { return m_window->document()->undoStack(); }
    ConditionRow *firstRow() const
    {
        return qobject_cast<ConditionRow *>(editor()->conditionBuilder()->itemAt({0}));
    }
    std::string firstFieldId() const
    {
        return m_window->document()->rule(kClosedNotes)->rule.rule.boolean.conditions.at(0).fieldId;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString project = m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(test::copySampleProject(project));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(project));
        m_window->explorer()->selectRule(kClosedNotes);
        QCOMPARE(m_window->editorArea()->currentPageName(), QStringLiteral("editor:rule"));
        QVERIFY(firstRow());
    }

    void cleanup() { m_window.reset(); }

    void undoRightAfterPickingAFieldByTyping()
    {
        FieldPicker *picker = firstRow()->fieldPicker();
        QCOMPARE(picker->fieldId(), std::string("status"));
        picker->lineEdit()->setFocus();
        picker->lineEdit()->selectAll();
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("refund am"));
        QAbstractItemView *popup = picker->completer()->popup();
        QTRY_VERIFY(popup->isVisible());
        QCOMPARE(picker->completer()->completionCount(), 1);
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(picker->fieldId(), kRefundAmount);
        QCOMPARE(firstFieldId(), kRefundAmount);
        const int afterPick = stack()->index();

        picker = firstRow()->fieldPicker();
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QVERIFY(picker->isAncestorOf(focus));
        pressUndo(focus);
        QTRY_COMPARE(firstFieldId(), std::string("status"));
        QCOMPARE(stack()->index(), afterPick - 1);
        QCOMPARE(firstRow()->fieldPicker()->fieldId(), std::string("status"));

        focus = QApplication::focusWidget();
        QVERIFY(focus);
        pressRedo(focus);
        QTRY_COMPARE(firstFieldId(), kRefundAmount);
        QCOMPARE(stack()->index(), afterPick);
    }

    void aSearchThatPickedNothingGoesFirst()
    {
        editor()->nameEdit()->setFocus();
        editor()->nameEdit()->end(false);
        QTest::keyClicks(editor()->nameEdit(), QStringLiteral(" v2"));
        const int afterRename = stack()->index();

        FieldPicker *picker = firstRow()->fieldPicker();
        picker->lineEdit()->setFocus();
        picker->lineEdit()->selectAll();
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("zzz"));
        QVERIFY(picker->hasPendingText());
        pressUndo(picker->lineEdit());
        QCOMPARE(picker->lineEdit()->text(), QStringLiteral("Status (SingleSelect)"));
        QCoreApplication::processEvents();
        QCOMPARE(stack()->index(), afterRename); // only the search went

        pressUndo(picker->lineEdit());
        QTRY_COMPARE(stack()->index(), afterRename - 1);
        QCOMPARE(m_window->document()->rule(kClosedNotes)->rule.name, kClosedNotesName);
    }

    void theNameBoxUndoesTheDocument()
    {
        QLineEdit *name = editor()->nameEdit();
        name->setFocus();
        name->end(false);
        const int before = stack()->index();
        QTest::keyClicks(name, QStringLiteral(" v2"));
        QCOMPARE(m_window->document()->rule(kClosedNotes)->rule.name, kClosedNotesName + " v2");
        QCOMPARE(stack()->index(), before + 1); // the typing is one step

        pressUndo(name);
        QTRY_COMPARE(m_window->document()->rule(kClosedNotes)->rule.name, kClosedNotesName);
        QCOMPARE(stack()->index(), before); // undone, not a new edit back
        QCOMPARE(name->text(), QString::fromStdString(kClosedNotesName));
        QVERIFY(m_window->redoAction()->isEnabled());

        pressRedo(name);
        QTRY_COMPARE(m_window->document()->rule(kClosedNotes)->rule.name, kClosedNotesName + " v2");
        QCOMPARE(name->text(), QString::fromStdString(kClosedNotesName + " v2"));
    }

    void theDescriptionAndValueBoxesUndoTheDocumentToo()
    {
        QLineEdit *description = editor()->descriptionEdit();
        description->setFocus();
        description->end(false);
        const int before = stack()->index();
        QTest::keyClicks(description, QStringLiteral(" More."));
        QCOMPARE(stack()->index(), before + 1);
        pressUndo(description);
        QTRY_COMPARE(stack()->index(), before);

        // An earlier edit, from another box: Ctrl+Z in the description still undoes the document.
        QTest::keyClicks(editor()->nameEdit(), QStringLiteral("!"));
        QCOMPARE(stack()->index(), before + 1);
        pressUndo(description);
        QTRY_COMPARE(stack()->index(), before);
        QCOMPARE(m_window->document()->rule(kClosedNotes)->rule.name, kClosedNotesName);
    }
};

QTEST_MAIN(TestDocumentUndo)
#include "test_ui_document_undo.moc"
