// Several rules of one kind on one field (issue 15, item 9): once a second required rule is attached
// to a field through the template editor, the row says next to the chips how the two combine (as
// docs/evaluation.md decides) and shows the lint's warning; detaching it takes both away.

#include "template_editor_fixture.h"
#include "templates/rule_chip.h"
#include "templates/rule_picker_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

using namespace cw;
using namespace cw::ui;

class TestRuleCombination : public QObject {
    Q_OBJECT
private:
    test::TemplateEditorFixture m_fixture;
    TemplateEditor *editor() const { return m_fixture.editor.get(); }

private slots:
    void init() { QVERIFY(m_fixture.open()); }
    void cleanup() { m_fixture.close(); }

    void twoRequiredRulesSayHowTheyCombine()
    {
        TemplateFieldRow *notes = m_fixture.row(test::kResolutionNotes);
        QVERIFY(notes);
        QCOMPARE(notes->chips().size(), 1);
        QVERIFY(notes->combinationLabel()->isHidden());

        notes->attachButton()->click();
        RulePickerDialog *picker = editor()->rulePicker();
        QVERIFY(picker && picker->isVisible());
        QTest::keyClicks(picker->searchEdit(), QStringLiteral("order number req"));
        QCOMPARE(picker->chosenSlug(), QStringLiteral("order-number-required-when-a-channel-is-set"));
        picker->buttons()->button(QDialogButtonBox::Ok)->click();

        notes = m_fixture.row(test::kResolutionNotes);
        QCOMPARE(notes->chips().size(), 2);
        QTRY_VERIFY(notes->combinationLabel()->isVisible());
        QCOMPARE(notes->combinationLabel()->text(),
                 QStringLiteral("2 required rules: the field is required when any of them says required."));
        QTRY_VERIFY(notes->findingsLabel()->isVisible());
        QVERIFY2(notes->findingsLabel()->text().contains(QStringLiteral("has 2 required rules")),
                 qPrintable(notes->findingsLabel()->text()));
        test::settleLayouts();
        QVERIFY(QDir().mkpath(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots")));
        QVERIFY(
            editor()->grab().save(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/rule-combination.png")));

        m_fixture.document->undoStack()->undo();
        notes = m_fixture.row(test::kResolutionNotes);
        QCOMPARE(notes->chips().size(), 1);
        QVERIFY(notes->combinationLabel()->isHidden());
        QVERIFY(!notes->findingsLabel()->text().contains(QStringLiteral("required rules")));
    }
};

QTEST_MAIN(TestRuleCombination)
#include "test_ui_rule_combination.moc"
