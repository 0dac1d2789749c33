// Rule › New Options Rule… (issue 15, item 10): the dialog asks which field's options to limit and
// by which field's value, refuses one field for both, and the rule it creates opens in the options
// editor, as one undoable step.

#include "dialogs/message_box.h"
#include "document/project_document.h"
#include "mainwindow/editor_area.h"
#include "mainwindow/main_window.h"
#include "options/field_options_editor.h"
#include "rules/new_options_rule_dialog.h"
#include "ui_test_support.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace cw;
using namespace cw::ui;

namespace {
const std::string kChannel = "9182b519-ac14-54ee-bf28-288ccb6488cb";
const std::string kPriority = "10fd19fe-bb18-514b-978f-b601f0533303";
} // namespace

class TestNewOptionsRule : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setScripted(true);
    }

    void theRuleMenuCreatesAnOptionsRuleAndOpensIt()
    {
        const QString project = m_dir.filePath(QStringLiteral("project"));
        QVERIFY(test::copySampleProject(project));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.newOptionsRuleAction()->isEnabled()); // no project yet
        QVERIFY(window.openProject(project));
        QVERIFY(window.newOptionsRuleAction()->isEnabled());
        // It is in the Rule menu, beside the other New Rule entries.
        bool inRuleMenu = false;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu() && menu->text() == QStringLiteral("&Rule"))
                inRuleMenu = menu->menu()->actions().contains(window.newOptionsRuleAction());
        QVERIFY(inRuleMenu);

        const int steps = window.document()->undoStack()->count();
        window.newOptionsRuleAction()->trigger();
        auto *dialog = window.findChild<NewOptionsRuleDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QPushButton *create = dialog->buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(create->isEnabled()); // it starts from two different fields

        test::chooseText(dialog->childCombo(), QStringLiteral("Channel"));
        test::chooseText(dialog->parentCombo(), QStringLiteral("Channel"));
        QVERIFY(!create->isEnabled());
        test::chooseText(dialog->parentCombo(), QStringLiteral("Priority"));
        QVERIFY(create->isEnabled());
        test::settleLayouts();
        QVERIFY(QDir().mkpath(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots")));
        QVERIFY(
            dialog->grab().save(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/new-options-rule.png")));
        create->click();

        const project::RuleFile *created = window.document()->rule(QStringLiteral("channel-options"));
        QVERIFY(created);
        QCOMPARE(created->rule.rule.kind, RuleDetails::Kind::FieldOptions);
        QCOMPARE(created->rule.rule.options.childFieldId, std::optional<std::string>(kChannel));
        QCOMPARE(created->rule.rule.options.parentFieldId, std::optional<std::string>(kPriority));
        QVERIFY(created->rule.caseRuleId.empty());
        QCOMPARE(window.editorArea()->currentPageName(), QStringLiteral("editor:options"));
        auto *optionsEditor = window.findChild<FieldOptionsEditor *>();
        QVERIFY(optionsEditor);
        QCOMPARE(optionsEditor->ruleSlug(), QStringLiteral("channel-options"));
        test::settleLayouts();
        QVERIFY(window.grab().save(
            QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/new-options-rule-opened.png")));

        QCOMPARE(window.document()->undoStack()->count(), steps + 1);
        window.undoAction()->trigger();
        QVERIFY(!window.document()->rule(QStringLiteral("channel-options")));

        // Cancel creates nothing.
        window.newOptionsRuleAction()->trigger();
        dialog = window.findChild<NewOptionsRuleDialog *>();
        QVERIFY(dialog);
        dialog->buttons()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(window.document()->undoStack()->index(), steps);
        QCOMPARE(MessageBox::unexpectedQuestions(), 0);
    }
};

QTEST_MAIN(TestNewOptionsRule)
#include "test_ui_new_options_rule.moc"
