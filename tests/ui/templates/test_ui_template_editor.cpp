// The template editor's own members driven through its widgets: name and description typed (one
// undo step each), status and layout picked, required fields added and removed, the 100-field
// limit, and findings shown next to the element they concern.

#include "rules/field_picker.h"
#include "template_editor_fixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>

using namespace cw;
using namespace cw::ui;

namespace {
const std::string kStatusField = "status";
}

class TestTemplateEditor : public QObject {
    Q_OBJECT
private:
    test::TemplateEditorFixture m_fixture;
    TemplateEditor *editor() const { return m_fixture.editor.get(); }
    QUndoStack *undo() const { return m_fixture.document->undoStack(); }

private slots:
    void init() { QVERIFY(m_fixture.open()); }
    void cleanup() { m_fixture.close(); }

    void showsTheTemplate()
    {
        QCOMPARE(editor()->nameEdit()->text(), QStringLiteral("Customer support"));
        QCOMPARE(editor()->statusCombo()->currentData().toString(), QStringLiteral("Active"));
        QCOMPARE(editor()->layoutCombo()->currentText(), QStringLiteral("Support case layout"));
        QCOMPARE(editor()->requiredList()->count(), 3);
        QCOMPARE(editor()->requiredList()->item(1)->text(), QStringLiteral("Priority (SingleSelect)"));
        QCOMPARE(editor()->requiredCountLabel()->text(), QStringLiteral("3 of 100 required fields"));
        QCOMPARE(editor()->ruleCountLabel()->text(), QStringLiteral("8 of 50 rules attached"));
        // Required fields first, then the fields rules are attached to.
        QCOMPARE(editor()->fieldRows().size(), 3 + 8);
        QVERIFY(
            editor()->fieldRows().at(0)->titleLabel()->text().contains(QStringLiteral("always required")));

        test::settleLayouts();
        QVERIFY(QDir().mkpath(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots")));
        QVERIFY(
            editor()->grab().save(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/template-editor.png")));
    }

    void typingANameIsOneUndoStep()
    {
        const int steps = undo()->count();
        editor()->nameEdit()->setFocus();
        editor()->nameEdit()->end(false);
        QTest::keyClicks(editor()->nameEdit(), QStringLiteral(" (EU)"));
        QCOMPARE(m_fixture.shown().name, std::string("Customer support (EU)"));
        QCOMPARE(undo()->count(), steps + 1);
        QCOMPARE(undo()->undoText(), QStringLiteral("Rename template"));
        undo()->undo();
        QCOMPARE(m_fixture.shown().name, std::string("Customer support"));
        QCOMPARE(editor()->nameEdit()->text(), QStringLiteral("Customer support"));
        undo()->redo();
        QCOMPARE(editor()->nameEdit()->text(), QStringLiteral("Customer support (EU)"));

        editor()->descriptionEdit()->selectAll();
        QTest::keyClick(editor()->descriptionEdit(), Qt::Key_Delete);
        QVERIFY(!m_fixture.templateJson().contains("description"));
    }

    void statusAndLayoutArePicked()
    {
        test::chooseData(editor()->statusCombo(), QStringLiteral("Inactive"));
        QCOMPARE(m_fixture.templateJson()["status"], Json("Inactive"));
        QCOMPARE(undo()->undoText(), QStringLiteral("Deactivate template"));
        undo()->undo();
        QCOMPARE(m_fixture.templateJson()["status"], Json("Active"));
        QCOMPARE(editor()->statusCombo()->currentData().toString(), QStringLiteral("Active"));
        undo()->redo();
        QCOMPARE(editor()->statusCombo()->currentData().toString(), QStringLiteral("Inactive"));

        test::chooseText(editor()->layoutCombo(), QStringLiteral("Billing case layout"));
        QCOMPARE(m_fixture.templateJson()["layoutConfiguration"]["defaultLayout"],
                 Json("fb608f69-5491-5ef6-abc8-907c566beb0e"));
        test::chooseData(editor()->layoutCombo(), QString());
        QVERIFY(!m_fixture.templateJson().contains("layoutConfiguration"));
    }

    void requiredFieldsAreAddedAndRemoved()
    {
        QVERIFY(!editor()->addRequiredButton()->isEnabled()); // nothing picked yet
        test::chooseText(editor()->requiredPicker(), QStringLiteral("Status (SingleSelect)"));
        QVERIFY(editor()->addRequiredButton()->isEnabled());
        editor()->addRequiredButton()->click();
        QCOMPARE(m_fixture.templateJson()["requiredFields"].back(), Json({{"fieldId", kStatusField}}));
        QCOMPARE(editor()->requiredList()->count(), 4);
        QVERIFY(editor()->fieldRow(QStringLiteral("status")));
        QVERIFY(!editor()->addRequiredButton()->isEnabled()); // Status is required now

        editor()->requiredList()->setCurrentRow(3);
        editor()->removeRequiredButton()->click();
        QCOMPARE(m_fixture.templateJson()["requiredFields"].size(), std::size_t(3));
        QCOMPARE(undo()->undoText(), QStringLiteral("Stop requiring Status"));
        undo()->undo();
        QCOMPARE(editor()->requiredList()->count(), 4);
    }

    void aHundredRequiredFieldsAreTheMost()
    {
        CaseTemplate full = m_fixture.shown();
        full.requiredFields->clear();
        for (int i = 0; i < 100; ++i)
            full.requiredFields->push_back(RequiredField{"field-" + std::to_string(i), Json::object()});
        m_fixture.document->editTemplate(test::kCustomerSupport, full, QStringLiteral("Fill"));
        test::chooseText(editor()->requiredPicker(), QStringLiteral("Status (SingleSelect)"));
        QVERIFY(!editor()->addRequiredButton()->isEnabled());
        QVERIFY(editor()->addRequiredButton()->toolTip().contains(QStringLiteral("100 required fields")));
        editor()->addRequiredField(QStringLiteral("status"));
        QCOMPARE(m_fixture.shown().requiredFields->size(), std::size_t(100));
        QCOMPARE(editor()->requiredCountLabel()->text(), QStringLiteral("100 of 100 required fields"));
    }

    void findingsAreShownNextToTheirElement()
    {
        QVERIFY(editor()->nameFindingsLabel()->isHidden());
        editor()->nameEdit()->selectAll();
        QTest::keyClick(editor()->nameEdit(), Qt::Key_Delete);
        QVERIFY(!editor()->nameFindingsLabel()->isHidden());
        QVERIFY2(editor()->nameFindingsLabel()->text().startsWith(QStringLiteral("Error: ")),
                 qPrintable(editor()->nameFindingsLabel()->text()));
        QVERIFY(editor()->nameFindingsLabel()->text().contains(QStringLiteral("[template.name.length]")));

        // An attachment to a rule the project lacks: reported on that field's row.
        CaseTemplate changed = m_fixture.shown();
        changed.rules->push_back(TemplateRule{"no-such-rule", test::kOrderNumber, Json::object()});
        changed.requiredFields->push_back(RequiredField{"title", Json::object()});
        m_fixture.document->editTemplate(test::kCustomerSupport, changed, QStringLiteral("Break"));
        QLabel *rowFindings = m_fixture.row(test::kOrderNumber)->findingsLabel();
        QVERIFY(!rowFindings->isHidden());
        QVERIFY2(rowFindings->text().contains(QStringLiteral("[reference.rule.unknown]")),
                 qPrintable(rowFindings->text()));
        QVERIFY(editor()->requiredFindingsLabel()->text().contains(
            QStringLiteral("[template.required-fields.duplicate]")));
        QVERIFY(m_fixture.row(test::kResolutionNotes)->findingsLabel()->isHidden());
        test::settleLayouts();
        QVERIFY(editor()->grab().save(
            QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/template-editor-findings.png")));

        undo()->undo();
        QVERIFY(m_fixture.row(test::kOrderNumber)->findingsLabel()->isHidden());
    }
};

QTEST_MAIN(TestTemplateEditor)
#include "test_ui_template_editor.moc"
