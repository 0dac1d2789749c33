// The template editor's field rows driven through their widgets: rule chips, attaching an existing
// rule through the searchable picker, creating a rule from a row (a new rule file referred to as
// "local:<slug>", one undo step), detaching, where else a rule is used, "jump to rule", adding a
// field row, and the 50-rule limit refusing with a tooltip.

#include "rules/field_picker.h"
#include "template_editor_fixture.h"
#include "templates/rule_chip.h"
#include "templates/rule_picker_dialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

using namespace cw;
using namespace cw::ui;
using test::holdsAttachment;

class TestTemplateRules : public QObject {
    Q_OBJECT
private:
    test::TemplateEditorFixture m_fixture;
    TemplateEditor *editor() const { return m_fixture.editor.get(); }
    QUndoStack *undo() const { return m_fixture.document->undoStack(); }
    std::string idOf(const char *slug) const
    {
        return m_fixture.document->rule(QString::fromLatin1(slug))->rule.caseRuleId;
    }

private slots:
    void init() { QVERIFY(m_fixture.open()); }
    void cleanup() { m_fixture.close(); }

    void rowsShowTheirRulesAsChips()
    {
        TemplateFieldRow *notes = m_fixture.row(test::kResolutionNotes);
        QVERIFY(notes);
        QCOMPARE(notes->chips().size(), 1);
        RuleChip *chip = notes->chips().at(0);
        QCOMPARE(chip->badge()->text(), QStringLiteral("R"));
        QCOMPARE(chip->nameButton()->text(), QStringLiteral("Resolution notes required when closed"));
        QVERIFY2(chip->toolTip().contains(QStringLiteral("Status equals")), qPrintable(chip->toolTip()));
        QVERIFY(chip->toolTip().contains(QStringLiteral("Billing dispute \u203a Resolution notes")));
        QCOMPARE(m_fixture.row(test::kSubcategory)->chips().at(0)->badge()->text(), QStringLiteral("O"));
    }

    void selectingAChipShowsWhereElseItIsUsedAndJumps()
    {
        QVERIFY(editor()->selectedRuleBox()->isHidden());
        m_fixture.row(test::kResolutionNotes)->chips().at(0)->nameButton()->click();
        QVERIFY(!editor()->selectedRuleBox()->isHidden());
        QVERIFY(m_fixture.row(test::kResolutionNotes)->chips().at(0)->isSelected());
        QStringList usages;
        for (int i = 0; i < editor()->usageList()->count(); ++i)
            usages << editor()->usageList()->item(i)->text();
        QCOMPARE(usages, (QStringList{QStringLiteral("Billing dispute \u203a Resolution notes"),
                                      QStringLiteral("Complaint (legacy) \u203a Resolution notes")}));
        test::settleLayouts();
        QVERIFY(QDir().mkpath(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots")));
        QVERIFY(editor()->grab().save(
            QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/template-editor-selected.png")));
        QSignalSpy activated(editor(), &TemplateEditor::ruleActivated);
        editor()->openRuleButton()->click();
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("resolution-notes-required-when-closed"));
    }

    void attachingAnExistingRule()
    {
        // A field the template does not name yet gets a row first.
        test::chooseText(editor()->fieldRowPicker(), QStringLiteral("Refund amount (Number)"));
        editor()->addFieldRowButton()->click();
        TemplateFieldRow *refund = m_fixture.row(test::kRefundAmount);
        QVERIFY(refund);
        QVERIFY(refund->chips().isEmpty());

        refund->attachButton()->click();
        RulePickerDialog *picker = editor()->rulePicker();
        QVERIFY(picker);
        QVERIFY(picker->isVisible());
        for (int i = 0; i < picker->list()->count(); ++i) // options rules fit only their child field
            QVERIFY(!picker->list()->item(i)->text().startsWith(QStringLiteral("O")));
        QTest::keyClicks(picker->searchEdit(), QStringLiteral("refund amount req"));
        QCOMPARE(picker->chosenSlug(), QStringLiteral("refund-amount-required-for-refunds"));
        picker->buttons()->button(QDialogButtonBox::Ok)->click();

        const std::string id = idOf("refund-amount-required-for-refunds");
        QVERIFY(holdsAttachment(m_fixture.templateJson(), id, test::kRefundAmount));
        QCOMPARE(m_fixture.row(test::kRefundAmount)->chips().size(), 1);
        QCOMPARE(undo()->undoText(),
                 QStringLiteral("Attach \u201cRefund amount required for refunds\u201d to Refund amount"));
        undo()->undo();
        QVERIFY(!holdsAttachment(m_fixture.templateJson(), id, test::kRefundAmount));
    }

    void creatingARuleFromARow()
    {
        const int steps = undo()->count();
        TemplateFieldRow *order = m_fixture.row(test::kOrderNumber);
        order->newRuleAction(RuleDetails::Kind::Hidden)->trigger();
        const project::RuleFile *created = m_fixture.document->rule(QStringLiteral("order-number-hidden"));
        QVERIFY(created);
        QCOMPARE(created->rule.rule.kind, RuleDetails::Kind::Hidden);
        QVERIFY(created->rule.caseRuleId.empty());
        QVERIFY(holdsAttachment(m_fixture.templateJson(), "local:order-number-hidden", test::kOrderNumber));
        QCOMPARE(m_fixture.row(test::kOrderNumber)->chips().size(), 2);
        QCOMPARE(undo()->count(), steps + 1); // the rule and its attachment: one step

        // Saved, the new rule has its own file and the template refers to it locally.
        QVERIFY(m_fixture.document->save().ok());
        QVERIFY(QFile::exists(m_fixture.directory + QStringLiteral("/rules/order-number-hidden.json")));
        QFile file(m_fixture.directory + QStringLiteral("/templates/customer-support.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"local:order-number-hidden\""));

        undo()->undo();
        QVERIFY(!m_fixture.document->rule(QStringLiteral("order-number-hidden")));
        QVERIFY(!holdsAttachment(m_fixture.templateJson(), "local:order-number-hidden", test::kOrderNumber));
    }

    void optionsRulesOnlyForSingleSelectFields()
    {
        QAction *textOptions =
            m_fixture.row(test::kOrderNumber)->newRuleAction(RuleDetails::Kind::FieldOptions);
        QVERIFY(!textOptions->isEnabled());
        QVERIFY(textOptions->toolTip().contains(QStringLiteral("single-select")));
        m_fixture.row(test::kSubcategory)->newRuleAction(RuleDetails::Kind::FieldOptions)->trigger();
        const project::RuleFile *created = m_fixture.document->rule(QStringLiteral("subcategory-options"));
        QVERIFY(created);
        const FieldOptionsRule &options = created->rule.rule.options;
        QCOMPARE(*options.childFieldId, test::kSubcategory);
        QVERIFY(options.parentFieldId);
        QCOMPARE(options.mappings.size(), std::size_t(1));
        QVERIFY(!hasErrors(m_fixture.document->ruleFindings(QStringLiteral("subcategory-options"))));
    }

    void detachingARule()
    {
        RuleChip *chip = m_fixture.row(test::kResolutionNotes)->chips().at(0);
        chip->detachButton()->click();
        QVERIFY(!holdsAttachment(m_fixture.templateJson(), test::kResolutionRuleId, test::kResolutionNotes));
        QVERIFY(m_fixture.row(test::kResolutionNotes)); // the row stays to attach another
        QVERIFY(m_fixture.row(test::kResolutionNotes)->chips().isEmpty());
        QCOMPARE(editor()->ruleCountLabel()->text(), QStringLiteral("7 of 50 rules attached"));
        undo()->undo();
        QVERIFY(holdsAttachment(m_fixture.templateJson(), test::kResolutionRuleId, test::kResolutionNotes));
        QCOMPARE(m_fixture.row(test::kResolutionNotes)->chips().size(), 1);
    }

    void fiftyRulesAreTheMost()
    {
        // 10 rules on 5 fields: 50 distinct attachments.
        CaseTemplate full = m_fixture.shown();
        full.rules->clear();
        const std::vector<std::string> fields{test::kResolutionNotes, test::kOrderNumber, test::kRefundAmount,
                                              "title", "status"};
        for (const project::RuleFile &file : m_fixture.document->project().rules)
            for (const std::string &field : fields)
                full.rules->push_back(TemplateRule{project::Project::ruleRef(file), field, Json::object()});
        QCOMPARE(full.rules->size(), std::size_t(50));
        m_fixture.document->editTemplate(test::kCustomerSupport, full, QStringLiteral("Fill"));

        QCOMPARE(editor()->ruleCountLabel()->text(), QStringLiteral("50 of 50 rules attached"));
        for (TemplateFieldRow *row : editor()->fieldRows()) {
            QVERIFY(!row->attachButton()->isEnabled());
            QVERIFY(!row->newRuleButton()->isEnabled());
            QVERIFY2(row->attachButton()->toolTip().contains(QStringLiteral("already has 50 rules")),
                     qPrintable(row->attachButton()->toolTip()));
        }
        const int steps = undo()->count();
        QVERIFY(editor()
                    ->createRule(QString::fromStdString(test::kOrderNumber), RuleDetails::Kind::Required)
                    .isEmpty());
        editor()->openRulePicker(QString::fromStdString(test::kOrderNumber));
        QVERIFY(!editor()->rulePicker());
        QCOMPARE(undo()->count(), steps);

        // Detaching one makes room again.
        m_fixture.row("title")->chips().at(0)->detachButton()->click();
        QVERIFY(m_fixture.row("title")->attachButton()->isEnabled());
    }
};

QTEST_MAIN(TestTemplateRules)
#include "test_ui_template_rules.moc"
