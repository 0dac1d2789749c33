// "Expect this outcome" on one field, and the rule editor's live "this rule breaks N
// expectations" with its link: pin a field through the form's per-field "Expect" menu, edit the
// rule so the pinned outcome changes -- the rule editor's note and the status bar say 1 and their
// links select the failing case in the preview and list only the failing cases -- then undo (the
// note goes) and forget the field's expectation, each an undo step. Driven through the window's
// real widgets; the screenshot is docs/screenshots/expect-field.png.

#include "dialogs/message_box.h"
#include "document/project_document.h"
#include "explorer/explorer_dock.h"
#include "mainwindow/expectations_message.h"
#include "mainwindow/main_window.h"
#include "preview/case_form_simulator.h"
#include "preview/preview_pane.h"
#include "preview/sample_cases_filter.h"
#include "preview/sample_cases_model.h"
#include "preview_test_support.h"
#include "rules/rule_editor.h"
#include "rules/value_editor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using namespace cw::ui::test;

namespace {

// Opens the button's menu with the mouse and clicks `action` in it.
void chooseFromMenu(QToolButton *button, QAction *action)
{
    QVERIFY(button && button->isVisible() && button->menu());
    // Laid out and scrolled into view first, as a person would see it: the click goes to whatever
    // is on screen at the button's place, and the preview's form scrolls in its share of the window.
    QTRY_VERIFY(button->height() > 0);
    for (QWidget *parent = button->parentWidget(); parent; parent = parent->parentWidget())
        if (auto *scroll = qobject_cast<QScrollArea *>(parent)) {
            scroll->ensureWidgetVisible(button);
            break;
        }
    QTRY_VERIFY(!button->visibleRegion().isEmpty());
    bool clicked = false;
    QTimer::singleShot(50, button, [&] {
        QMenu *menu = button->menu();
        if (menu->isVisible() && action->isEnabled()) {
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
            clicked = true;
        }
        menu->close();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY2(clicked, qPrintable(action->text()));
}
} // namespace

class TestExpectField : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;
    std::unique_ptr<MainWindow> m_window;

    PreviewPane *preview() const { return m_window->findChild<PreviewPane *>(); }
    const SampleCase &openCase() const
    {
        SampleCasesModel *model = preview()->model();
        return model->sampleCase(model->rowOfCase(kOpenLoginCase));
    }
    QStringList listedCaseIds() const
    {
        QStringList ids;
        SampleCasesFilter *filter = preview()->filter();
        for (int row = 0; row < filter->rowCount(); ++row)
            ids << filter->index(row, SampleCasesModel::IdColumn).data().toString();
        return ids;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("casewright-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("designer-expect-field-tests"));
        MessageBox::setScripted(true);
    }

    void init()
    {
        QSettings().clear();
        m_project = m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(openSampleInWindow(m_window, m_project, QSize(1400, 940)));
        // The sample project's own expectations go (through the toolbar), so that the only
        // expectation is the one this test pins.
        PreviewPane *pane = preview();
        pane->onlyTemplateCasesCheck()->setChecked(false);
        for (int row = 0; row < pane->model()->caseCount(); ++row)
            if (pane->model()->sampleCase(row).expect) {
                pane->selectCase(row);
                clickAction(pane->toolBar(), pane->forgetExpectationsAction());
            }
        pane->onlyTemplateCasesCheck()->setChecked(true);
        QVERIFY(pane->showTemplate(kCustomerSupport));
        QVERIFY(pane->expectationsLabel()->isHidden());
    }

    void cleanup() { m_window.reset(); }

    void pinOneFieldBreakItAndUndo()
    {
        PreviewPane *pane = preview();
        CaseFormSimulator *form = pane->simulator();
        pane->selectCase(pane->model()->rowOfCase(kOpenLoginCase));
        QVERIFY(!openCase().expect);
        QToolButton *notesButton = form->expectButtonFor(kResolutionNotes);
        QVERIFY(notesButton);
        QCOMPARE(notesButton->text(), QStringLiteral("Expect"));
        QVERIFY(!form->forgetFieldActionFor(kResolutionNotes)->isEnabled());

        // Pin one field through its row's menu: only that field is expected, as the form shows it.
        chooseFromMenu(notesButton, form->expectFieldActionFor(kResolutionNotes));
        QVERIFY(openCase().expect.has_value());
        QCOMPARE(openCase().expect->size(), std::size_t(1));
        QCOMPARE(openCase().expect->front().key, kResolutionNotes);
        QCOMPARE(openCase().expect->front().required, std::optional<bool>(false));
        QCOMPARE(openCase().expect->front().hidden, std::optional<bool>(false));
        QTRY_VERIFY(form->isMarkedExpected(kResolutionNotes));
        QCOMPARE(form->expectButtonFor(kResolutionNotes)->text(), QStringLiteral("Expected"));
        QVERIFY(!form->isMarkedExpected(kTitle));
        QVERIFY(m_window->isWindowModified());
        // An undo step of its own.
        m_window->undoAction()->trigger();
        QVERIFY(!openCase().expect);
        QTRY_VERIFY(!form->isMarkedExpected(kResolutionNotes));
        m_window->redoAction()->trigger();
        QCOMPARE(openCase().expect->size(), std::size_t(1));
        QVERIFY2(pane->expectationsLabel()->text().contains(QStringLiteral("all hold")),
                 qPrintable(pane->expectationsLabel()->text()));

        // Break it: in the rule editor, "status equals Closed" becomes "status equals Open".
        m_window->explorer()->selectRule(kClosedNotesRule);
        RuleEditor *editor = m_window->ruleEditor();
        QLabel *note = editor->expectationsNote();
        QVERIFY(note->isHidden());
        auto *valueEditor = editor->findChild<ValueEditor *>();
        QVERIFY(valueEditor);
        chooseData(valueEditor->optionsCombo(), QStringLiteral("open"));
        // The rule editor says it, live, with which case and field.
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("This rule breaks 1 expectation ")),
                 qPrintable(note->text()));
        QVERIFY2(note->text().contains(QStringLiteral("Resolution notes in case ") +
                                       QString::fromStdString(kOpenLoginCase)),
                 qPrintable(note->text()));
        QVERIFY2(note->text().contains(QStringLiteral("required: expected false, the rules give true")),
                 qPrintable(note->text()));
        // So does the status bar, with its own link.
        ExpectationsMessage *message = m_window->expectationsMessage();
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("This edit breaks 1 expectation")),
                 qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("<a href=")));

        // The note's link: the failing case selected in the preview, only failing cases listed.
        pane->selectCase(pane->model()->rowOfCase(kClosedCrashCase));
        QVERIFY(listedCaseIds().size() > 1);
        emit note->linkActivated(QStringLiteral("show-failing-cases"));
        QCOMPARE(pane->selectedCase(), pane->model()->rowOfCase(kOpenLoginCase));
        QVERIFY(pane->onlyFailingCasesCheck()->isChecked());
        QCOMPARE(listedCaseIds(), QStringList{QString::fromStdString(kOpenLoginCase)});
        QLabel *failure = form->expectationFor(kResolutionNotes);
        QTRY_VERIFY(failure->isVisible());
        QVERIFY(form->isMarkedExpected(kResolutionNotes));
        // The status bar's link leads to the same case.
        pane->onlyFailingCasesCheck()->setChecked(false);
        pane->selectCase(pane->model()->rowOfCase(kClosedCrashCase));
        emit message->linkActivated(QStringLiteral("show-failing-cases"));
        QCOMPARE(pane->selectedCase(), pane->model()->rowOfCase(kOpenLoginCase));
        QCOMPARE(listedCaseIds(), QStringList{QString::fromStdString(kOpenLoginCase)});

        // The screenshot: the rule editor's note above, the pinned field failing in the form below.
        if (auto *dock = qobject_cast<QDockWidget *>(pane->parentWidget())) {
            m_window->resizeDocks({dock}, {470}, Qt::Vertical);
        }
        settleLayouts();
        for (QWidget *up = failure->parentWidget(); up; up = up->parentWidget())
            if (auto *scroll = qobject_cast<QScrollArea *>(up)) {
                scroll->ensureWidgetVisible(failure);
                break;
            }
        QTest::qWait(100);
        const QImage shot = m_window->grab().toImage();
        QVERIFY(shot.save(screenshotPath(QStringLiteral("expect-field.png"))));

        // Undo the rule edit: the note goes, every case is listed again.
        m_window->undoAction()->trigger();
        QTRY_VERIFY(note->isHidden());
        QTRY_COMPARE(pane->failingExpectations(), 0);
        QVERIFY(!pane->onlyFailingCasesCheck()->isChecked());
        QVERIFY(!pane->onlyFailingCasesCheck()->isEnabled());
        QVERIFY(listedCaseIds().size() > 1);
        QVERIFY(!message->text().contains(QStringLiteral("<a href=")));

        // Forget the field's expectation through its menu; undo brings it back.
        pane->selectCase(pane->model()->rowOfCase(kOpenLoginCase));
        QTRY_VERIFY(form->isMarkedExpected(kResolutionNotes));
        chooseFromMenu(form->expectButtonFor(kResolutionNotes), form->forgetFieldActionFor(kResolutionNotes));
        QVERIFY(!openCase().expect);
        QTRY_VERIFY(!form->isMarkedExpected(kResolutionNotes));
        m_window->undoAction()->trigger();
        QCOMPARE(openCase().expect->size(), std::size_t(1));
        m_window->redoAction()->trigger();
        QVERIFY(!openCase().expect);
    }

    // A field already expected under its name is re-pinned under its id, and forgetting it
    // removes the expectation whatever key named it; the other fields' expectations stay.
    void pinOneFieldKeepsTheOthers()
    {
        PreviewPane *pane = preview();
        CaseFormSimulator *form = pane->simulator();
        pane->selectCase(pane->model()->rowOfCase(kClosedCrashCase));
        clickAction(pane->toolBar(), pane->expectOutcomeAction());
        const auto all = openCase().expect; // the open case: untouched
        QVERIFY(!all);
        const SampleCasesModel *model = pane->model();
        const auto crash = [&] { return model->sampleCase(model->rowOfCase(kClosedCrashCase)); };
        const std::size_t pinned = crash().expect->size();
        QVERIFY(pinned > 2);
        QTRY_VERIFY(form->isMarkedExpected(kTitle));
        chooseFromMenu(form->expectButtonFor(kTitle), form->forgetFieldActionFor(kTitle));
        QCOMPARE(crash().expect->size(), pinned - 1);
        QTRY_VERIFY(!form->isMarkedExpected(kTitle));
        QVERIFY(form->isMarkedExpected(kResolutionNotes));
        // The label's right-click menu offers the same.
        QLabel *label = form->labelFor(kTitle);
        QCOMPARE(label->contextMenuPolicy(), Qt::CustomContextMenu);
        chooseFromMenu(form->expectButtonFor(kTitle), form->expectFieldActionFor(kTitle));
        QCOMPARE(crash().expect->size(), pinned);
        QVERIFY(pane->grab().save(screenshotPath(QStringLiteral("expect-field-form.png"))));
    }
};

QTEST_MAIN(TestExpectField)
#include "test_ui_expect_field.moc"
