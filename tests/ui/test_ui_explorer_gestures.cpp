// The explorer by keyboard and right-click (issue #15, item 11): Delete on a rule asks as Rule ›
// Delete Rule… does, then deletes it; the right-click menu opens, renames, duplicates, deletes
// and says where a rule is used; Down goes from the filter into the results and Enter opens the
// item, the editor taking the focus. And Enter in the template's "Add field" box adds the field.

#include "dialogs/message_box.h"
#include "document/project_document.h"
#include "explorer_test_support.h"
#include "mainwindow/editor_area.h"
#include "message_box_support.h"
#include "rules/field_picker.h"
#include "rules/rule_editor.h"
#include "templates/template_editor_fixture.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QTreeView>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using test::transcriptHas;

namespace {
const QString kClosedNotes = QStringLiteral("resolution-notes-required-when-closed");

QModelIndex ruleRow(const ExplorerDock *explorer, const QString &slug)
{
    return test::explorerRow(explorer, ExplorerModel::ItemKind::Rule, slug);
}

QStringList actionTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions())
        if (!action->isSeparator())
            texts << action->text().remove(QLatin1Char('&'));
    return texts;
}

// Chooses the menu's item as a click does: the menu goes, then the action runs.
bool choose(QMenu *menu, const QString &text)
{
    if (!menu)
        return false;
    for (QAction *action : menu->actions())
        if (action->text().remove(QLatin1Char('&')) == text) {
            menu->hide();
            action->trigger();
            menu->deleteLater();
            return true;
        }
    return false;
}
} // namespace

class TestExplorerGestures : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;
    int m_count = 0;
    std::unique_ptr<MainWindow> m_window;

    ExplorerDock *explorer() const { return m_window->explorer(); }

    void rightClick(const QModelIndex &row)
    {
        explorer()->view()->scrollTo(row);
        test::settleLayouts();
        const QPoint at = explorer()->view()->visualRect(row).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at,
                                explorer()->view()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(explorer()->view()->viewport(), &event);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setScripted(true);
    }

    void init()
    {
        m_project = m_dir.filePath(QString::number(++m_count));
        QVERIFY(test::copySampleProject(m_project));
        MessageBox::clearTranscript();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(m_project));
    }

    void cleanup()
    {
        if (m_window && m_window->document())
            m_window->document()->undoStack()->setClean(); // no save question on close
        m_window.reset();
        QCOMPARE(MessageBox::unexpectedQuestions(), 0);
    }

    void deleteKeyAsksThenDeletesTheRule()
    {
        explorer()->selectRule(kClosedNotes);
        explorer()->view()->setFocus();
        // Cancel first: nothing happens.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(explorer()->view(), Qt::Key_Delete);
        QVERIFY(transcriptHas(
            QStringLiteral("Delete the rule \u201cResolution notes required when closed\u201d?")));
        QVERIFY(m_window->document()->rule(kClosedNotes));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(explorer()->view(), Qt::Key_Delete);
        QVERIFY(!m_window->document()->rule(kClosedNotes));
        QVERIFY(!ruleRow(explorer(), kClosedNotes).isValid());
        m_window->document()->undoStack()->undo(); // one undo step, as from the menu
        QVERIFY(m_window->document()->rule(kClosedNotes));
    }

    void rightClickMenuOnARule()
    {
        rightClick(ruleRow(explorer(), kClosedNotes));
        QMenu *menu = explorer()->contextMenu();
        QVERIFY(menu);
        QCOMPARE(actionTexts(menu),
                 (QStringList{QStringLiteral("Open"), QStringLiteral("Rename"), QStringLiteral("Duplicate"),
                              QStringLiteral("Where Used"), QStringLiteral("Delete\u2026")}));
        QCOMPARE(m_window->ruleEditor()->ruleSlug(), kClosedNotes); // the click opened it
        QVERIFY(choose(menu, QStringLiteral("Where Used")));
        QVERIFY(transcriptHas(QStringLiteral("is attached to:")));
        QVERIFY(transcriptHas(QStringLiteral("Customer support \u203a Resolution notes")));

        rightClick(ruleRow(explorer(), kClosedNotes));
        const std::size_t rules = m_window->document()->project().rules.size();
        QVERIFY(choose(explorer()->contextMenu(), QStringLiteral("Duplicate")));
        const QString copy = m_window->ruleEditor()->ruleSlug();
        QVERIFY(copy != kClosedNotes);
        const project::RuleFile *duplicated = m_window->document()->rule(copy);
        QVERIFY(duplicated);
        QCOMPARE(duplicated->rule.name, std::string("Resolution notes required when closed (copy)"));
        QVERIFY(duplicated->rule.caseRuleId.empty()); // a new rule, published as one
        QCOMPARE(duplicated->rule.rule, m_window->document()->rule(kClosedNotes)->rule.rule);
        // The window's focus (a popup menu, offscreen, leaves the window itself inactive).
        QTRY_COMPARE(m_window->focusWidget(),
                     static_cast<QWidget *>(m_window->ruleEditor()->nameEdit())); // ready to be renamed
        QCOMPARE(m_window->document()->project().rules.size(), rules + 1);

        rightClick(ruleRow(explorer(), kClosedNotes));
        QVERIFY(choose(explorer()->contextMenu(), QStringLiteral("Rename")));
        QCOMPARE(m_window->ruleEditor()->ruleSlug(), kClosedNotes);
        QTRY_COMPARE(m_window->focusWidget(), static_cast<QWidget *>(m_window->ruleEditor()->nameEdit()));
        QCOMPARE(m_window->ruleEditor()->nameEdit()->text(),
                 QStringLiteral("Resolution notes required when closed"));
        // Editing starts with the whole name selected: typing replaces it.
        QTRY_COMPARE(m_window->ruleEditor()->nameEdit()->selectedText(),
                     QStringLiteral("Resolution notes required when closed"));
        QTest::keyClicks(m_window->focusWidget(), QStringLiteral("Closing needs notes"));
        QCOMPARE(m_window->ruleEditor()->nameEdit()->text(), QStringLiteral("Closing needs notes"));
        QCOMPARE(m_window->document()->rule(kClosedNotes)->rule.name, std::string("Closing needs notes"));

        rightClick(ruleRow(explorer(), kClosedNotes));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(choose(explorer()->contextMenu(), QStringLiteral("Delete\u2026")));
        QVERIFY(!m_window->document()->rule(kClosedNotes));
    }

    void arrowsFromTheFilterAndEnterOpens()
    {
        QLineEdit *filter = explorer()->filterEdit();
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("resolution notes req"));
        QTest::keyClick(filter, Qt::Key_Down);
        QVERIFY(explorer()->view()->hasFocus());
        const QModelIndex current = explorer()->view()->currentIndex();
        QCOMPARE(current.data(ExplorerModel::KeyRole).toString(), kClosedNotes);
        QCOMPARE(m_window->editorArea()->currentPageName(), QStringLiteral("editor:rule"));
        QTest::keyClick(explorer()->view(), Qt::Key_Return);
        QVERIFY(m_window->ruleEditor()->nameEdit()->hasFocus()); // the editor has the keyboard

        // Enter in the filter opens the first result directly.
        filter->setFocus();
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("refund amount req"));
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(m_window->ruleEditor()->ruleSlug(), QStringLiteral("refund-amount-required-for-refunds"));
        QVERIFY(m_window->ruleEditor()->nameEdit()->hasFocus());
    }

    void enterInTheAddFieldBoxAddsTheField()
    {
        m_window.reset();
        test::TemplateEditorFixture fixture;
        QVERIFY(fixture.open());
        QVERIFY(!fixture.row(test::kRefundAmount));
        QLineEdit *box = fixture.editor->fieldRowPicker()->lineEdit();
        box->setFocus();
        box->clear();
        QTest::keyClicks(box, QStringLiteral("Refund amount (Number)"));
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(fixture.row(test::kRefundAmount) != nullptr, 2000);
        fixture.close();
    }
};

QTEST_MAIN(TestExplorerGestures)
#include "test_ui_explorer_gestures.moc"
