// Rule files follow their rule's name when saved (issue 15, item 5), driven through the window: a
// new rule renamed in the editor is saved under its new name and stays editable and undoable; a
// published rule's file is renamed only when the user agrees to the question the save asks, which
// is not asked again once answered.

#include "dialogs/message_box.h"
#include "document/project_document.h"
#include "explorer/explorer_dock.h"
#include "mainwindow/main_window.h"
#include "message_box_support.h"
#include "rules/rule_editor.h"
#include "ui_test_support.h"

#include <QAction>
#include <QLineEdit>
#include <QStandardPaths>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using test::transcriptHas;

namespace {
const QString kClosedNotes = QStringLiteral("resolution-notes-required-when-closed");
} // namespace

class TestRuleFiles : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;

    // Renames the published rule in the editor, as typed; returns the name box.
    static QLineEdit *renameClosedNotes(MainWindow &window)
    {
        window.explorer()->selectRule(kClosedNotes);
        QLineEdit *name = window.ruleEditor()->nameEdit();
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Closing needs notes"));
        return name;
    }

    bool exists(const QString &relative) const
    {
        return QFileInfo::exists(m_project + QLatin1Char('/') + relative);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setScripted(true);
    }

    void init()
    {
        MessageBox::clearTranscript();
        m_project = m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(test::copySampleProject(m_project));
    }

    void cleanup()
    {
        QCOMPARE(MessageBox::unexpectedQuestions(), 0);
        QCOMPARE(MessageBox::pendingAnswers(), 0);
    }

    void aNewRuleIsSavedUnderItsNewName()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_project));
        window.newRequiredRuleAction()->trigger();
        QCOMPARE(window.ruleEditor()->ruleSlug(), QStringLiteral("new-required-rule"));
        QLineEdit *name = window.ruleEditor()->nameEdit();
        QCOMPARE(window.focusWidget(), name);
        QTest::keyClicks(name, QStringLiteral("Refund reason required")); // replaces the selected name
        window.saveAction()->trigger();
        QVERIFY(!window.isWindowModified());
        QVERIFY(exists(QStringLiteral("rules/refund-reason-required.json")));
        QVERIFY(!exists(QStringLiteral("rules/new-required-rule.json")));
        QVERIFY(!transcriptHas(QStringLiteral("Rename the files?"))); // a new rule follows unasked

        // The editor goes on editing the same rule, now in its new file.
        QCOMPARE(name->text(), QStringLiteral("Refund reason required"));
        name->end(false);
        QTest::keyClicks(name, QStringLiteral(" now"));
        const project::RuleFile *file = window.document()->rule(QStringLiteral("refund-reason-required"));
        QVERIFY(file);
        QCOMPARE(file->rule.name, std::string("Refund reason required now"));
        window.undoAction()->trigger();
        QCOMPARE(window.document()->rule(QStringLiteral("refund-reason-required"))->rule.name,
                 std::string("Refund reason required"));
        window.undoAction()->trigger(); // the typing before the save
        QCOMPARE(window.document()->rule(QStringLiteral("refund-reason-required"))->rule.name,
                 std::string("New required rule"));
        window.undoAction()->trigger(); // the rule's addition
        QVERIFY(!window.document()->rule(QStringLiteral("refund-reason-required")));
        window.saveAction()->trigger();
        QVERIFY(!exists(QStringLiteral("rules/refund-reason-required.json")));
        QVERIFY(!exists(QStringLiteral("rules/new-required-rule.json")));
    }

    void aPublishedRuleIsRenamedWhenTheUserAgrees()
    {
        MainWindow window;
        QVERIFY(window.openProject(m_project));
        QLineEdit *name = renameClosedNotes(window);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.saveAction()->trigger();
        QVERIFY(transcriptHas(QStringLiteral(
            "rules/resolution-notes-required-when-closed.json \u2192 rules/closing-needs-notes.json")));
        QVERIFY(exists(QStringLiteral("rules/closing-needs-notes.json")));
        QVERIFY(!exists(QStringLiteral("rules/resolution-notes-required-when-closed.json")));
        QCOMPARE(window.document()->rule(QStringLiteral("closing-needs-notes"))->rule.caseRuleId,
                 std::string("f6e5c101-ac35-5737-849f-9d43f00e9135"));

        // Nothing is left to offer: the next save asks nothing.
        MessageBox::clearTranscript();
        QTest::keyClicks(name, QStringLiteral("!"));
        window.saveAction()->trigger();
        QVERIFY(!transcriptHas(QStringLiteral("Rename the files?")));
    }

    void aDeclinedRenameIsNotAskedAgain()
    {
        MainWindow window;
        QVERIFY(window.openProject(m_project));
        QVERIFY(renameClosedNotes(window));
        MessageBox::setNextAnswer(QMessageBox::No);
        window.saveAction()->trigger();
        QVERIFY(transcriptHas(QStringLiteral("Rename the files?")));
        QVERIFY(exists(QStringLiteral("rules/resolution-notes-required-when-closed.json")));
        QVERIFY(!exists(QStringLiteral("rules/closing-needs-notes.json")));

        MessageBox::clearTranscript();
        window.ruleEditor()->descriptionEdit()->setFocus();
        QTest::keyClicks(window.ruleEditor()->descriptionEdit(), QStringLiteral(" Always."));
        window.saveAction()->trigger();
        QVERIFY(!transcriptHas(QStringLiteral("Rename the files?")));
        QVERIFY(exists(QStringLiteral("rules/resolution-notes-required-when-closed.json")));
    }
};

QTEST_MAIN(TestRuleFiles)
#include "test_ui_rule_files.moc"
