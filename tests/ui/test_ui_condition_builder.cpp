// The condition builder driven through its widgets, as a user would: pick fields, operators and
// values, add groups, reorder by buttons and by drag and drop, hit the limits, undo and redo,
// switch the hidden-rule reading, and read the summary and the findings.

#include "rule_editor_support.h"
#include "rules/condition_builder.h"
#include "rules/condition_group_box.h"
#include "rules/condition_item_widget.h"
#include "rules/condition_list_widget.h"
#include "rules/condition_row.h"
#include "rules/field_picker.h"
#include "rules/value_editor.h"
#include "wire/wire_json.h"

#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using test::chooseData;
using test::chooseItem;
using test::chooseText;

namespace {
const std::string kPriority = "10fd19fe-bb18-514b-978f-b601f0533303";

Json parse(const char *text)
{
    return *parseJsonText(text);
}
} // namespace

class TestConditionBuilder : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<RuleEditor> m_editor;
    QString m_slug;

    ConditionBuilder *builder() const { return m_editor->conditionBuilder(); }
    ConditionRow *row(const ConditionPath &path) const
    {
        return qobject_cast<ConditionRow *>(builder()->itemAt(path));
    }
    ConditionGroupBox *group(const ConditionPath &path) const
    {
        return qobject_cast<ConditionGroupBox *>(builder()->itemAt(path));
    }
    ConditionListWidget *listOf(const ConditionPath &groupPath) const
    {
        return groupPath.empty() ? builder()->topList() : group(groupPath)->list();
    }
    Json details() const { return wire::writeRuleDetails(m_document->rule(m_slug)->rule.rule); }
    Json conditions() const
    {
        const Json json = details();
        return json.contains("required") ? json["required"]["conditions"] : json["hidden"]["conditions"];
    }

    QString newRule(RuleDetails::Kind kind, const char *name)
    {
        CaseRule rule;
        rule.name = name;
        rule.rule.kind = kind;
        m_slug = m_document->addRule(rule, QStringLiteral("Add rule"));
        m_editor->showRule(m_slug);
        return m_slug;
    }

    void chooseField(const ConditionPath &path, const QString &name)
    {
        FieldPicker *picker = row(path)->fieldPicker();
        int found = -1;
        for (int i = 0; i < picker->count(); ++i)
            if (picker->itemText(i).startsWith(name + QStringLiteral(" (")))
                found = i;
        QVERIFY2(found >= 0, qPrintable(name));
        chooseItem(picker, found);
    }

    void chooseOperator(const ConditionPath &path, ConditionOperator op)
    {
        chooseData(row(path)->operatorCombo(), int(op));
    }

    // Status equals "Closed" in a fresh comparison added to the list of `groupPath`.
    void addStatusClosed(const ConditionPath &groupPath)
    {
        listOf(groupPath)->addComparisonButton()->click();
        ConditionPath path = groupPath;
        path.push_back(listOf(groupPath)->items().size() - 1);
        chooseField(path, QStringLiteral("Status"));
        chooseOperator(path, ConditionOperator::Equals);
        chooseText(row(path)->valueEditor()->optionsCombo(), QStringLiteral("Closed"));
    }

private slots:
    void init() { test::showRuleEditorOnSampleCopy(m_dir, QSize(1100, 900), m_document, m_editor); }

    void cleanup()
    {
        m_editor.reset();
        m_document.reset();
    }

    void buildsARuleThroughTheWidgets()
    {
        newRule(RuleDetails::Kind::Required, "Built by hand");
        QCOMPARE(conditions(), Json::array());
        builder()->topList()->addComparisonButton()->click();
        QVERIFY(row({0}));
        // A new comparison is valid as it comes: "<first field> is not empty", giving the opposite
        // of the default.
        QCOMPARE(conditions(), parse(R"([{"notEqualTo": {"operandOne": {"fieldId": "assigned_user"},
                                          "operandTwo": {"emptyValue": {}}, "result": true}}])"));
        chooseField({0}, QStringLiteral("Status"));
        chooseOperator({0}, ConditionOperator::Equals);
        QCOMPARE(row({0})->valueEditor()->mode(), ValueEditor::Mode::Options);
        chooseText(row({0})->valueEditor()->optionsCombo(), QStringLiteral("Closed"));
        QCOMPARE(conditions(), parse(R"([{"equalTo": {"operandOne": {"fieldId": "status"},
                                          "operandTwo": {"stringValue": "closed"}, "result": true}}])"));

        builder()->topList()->addGroupButton()->click();
        QVERIFY(group({1}));
        chooseData(group({1})->kindCombo(), int(Condition::Kind::OrAll));
        chooseField({1, 0}, QStringLiteral("Priority"));
        chooseOperator({1, 0}, ConditionOperator::Equals);
        chooseText(row({1, 0})->valueEditor()->optionsCombo(), QStringLiteral("Urgent"));
        group({1})->list()->addComparisonButton()->click();
        chooseField({1, 1}, QStringLiteral("Priority"));
        chooseOperator({1, 1}, ConditionOperator::Equals);
        chooseText(row({1, 1})->valueEditor()->optionsCombo(), QStringLiteral("High"));
        QVERIFY(!row({1, 1})->resultCombo()); // a group's comparisons share the group's result
        chooseText(group({1})->resultCombo(), QStringLiteral("not required"));
        group({1})->moveUpButton()->click();

        const std::string priority = kPriority;
        Json expected = parse(R"({"required": {"conditions": [
            {"orAll": {"conditions": [
                {"equalTo": {"operandOne": {"fieldId": "P"}, "operandTwo": {"stringValue": "urgent"}, "result": false}},
                {"equalTo": {"operandOne": {"fieldId": "P"}, "operandTwo": {"stringValue": "high"}, "result": false}}]}},
            {"equalTo": {"operandOne": {"fieldId": "status"}, "operandTwo": {"stringValue": "closed"}, "result": true}}],
            "defaultValue": false}})");
        for (Json &leaf : expected["required"]["conditions"][0]["orAll"]["conditions"])
            leaf["equalTo"]["operandOne"]["fieldId"] = priority;
        QCOMPARE(details(), expected);
        QCOMPARE(
            m_editor->summaryLabel()->text(),
            QStringLiteral(
                "Not required when Priority equals \"Urgent\" or Priority equals \"High\"; else required "
                "when Status equals \"Closed\"; otherwise not required."));
        // The moved group keeps the keyboard focus (its up button is now disabled).
        QVERIFY(group({0}));
        QVERIFY(!group({0})->moveUpButton()->isEnabled());
        QCOMPARE(m_editor->focusWidget(), group({0})->kindCombo());
        QCOMPARE(m_editor->countLabel()->text(), QStringLiteral("3 of 5 conditions used"));
    }

    void valueEditorsFitTheFieldType()
    {
        newRule(RuleDetails::Kind::Required, "Types");
        builder()->topList()->addComparisonButton()->click();
        chooseField({0}, QStringLiteral("Refund amount"));
        chooseOperator({0}, ConditionOperator::Equals);
        QCOMPARE(row({0})->valueEditor()->mode(), ValueEditor::Mode::Number);
        const int steps = m_document->undoStack()->count();
        QLineEdit *number = row({0})->valueEditor()->numberEdit();
        number->selectAll();
        QTest::keyClicks(number, QStringLiteral("49.5"));
        QCOMPARE(conditions()[0]["equalTo"]["operandTwo"], parse(R"({"doubleValue": 49.5})"));
        QCOMPARE(m_document->undoStack()->count(), steps + 1); // typing is one step
        QCOMPARE(number->text(), QStringLiteral("49.5"));

        chooseField({0}, QStringLiteral("VIP customer"));
        QCOMPARE(row({0})->valueEditor()->mode(), ValueEditor::Mode::Boolean);
        chooseText(row({0})->valueEditor()->booleanCombo(), QStringLiteral("false"));
        QCOMPARE(conditions()[0]["equalTo"]["operandTwo"], parse(R"({"booleanValue": false})"));

        chooseField({0}, QStringLiteral("Subcategory"));
        QComboBox *options = row({0})->valueEditor()->optionsCombo();
        QCOMPARE(conditions()[0]["equalTo"]["operandTwo"], parse(R"({"stringValue": "refund"})"));
        QVERIFY(options->findText(QStringLiteral("Gift voucher (inactive)")) >= 0);

        chooseField({0}, QStringLiteral("Title"));
        QCOMPARE(row({0})->valueEditor()->mode(), ValueEditor::Mode::Text);
        QLineEdit *text = row({0})->valueEditor()->textEdit();
        QCOMPARE(text->text(), QStringLiteral("refund")); // text still fits a Text field
        QVERIFY(!row({0})->findingsLabel()->isVisible());
        text->setFocus();
        text->selectAll();
        QTest::keyClick(text, Qt::Key_Backspace);
        // Empty text is not allowed: the finding says so under the row, in words.
        QVERIFY(row({0})->findingsLabel()->isVisible());
        QVERIFY(row({0})->findingsLabel()->text().startsWith(QStringLiteral("Error: ")));
        QVERIFY(row({0})->findingsLabel()->text().contains(QStringLiteral("[rule.operand.length]")));
        QTest::keyClicks(row({0})->valueEditor()->textEdit(), QStringLiteral("Urgent"));
        QCOMPARE(conditions()[0]["equalTo"]["operandTwo"], parse(R"({"stringValue": "Urgent"})"));
        QVERIFY(!row({0})->findingsLabel()->isVisible());
        // Typing kept the focus in the same editor: the row was updated, not rebuilt.
        QCOMPARE(m_editor->focusWidget(), row({0})->valueEditor()->textEdit());

        chooseOperator({0}, ConditionOperator::IsEmpty);
        QCOMPARE(row({0})->valueEditor()->mode(), ValueEditor::Mode::None);
        QCOMPARE(conditions()[0], parse(R"({"equalTo": {"operandOne": {"fieldId": "title"},
                                             "operandTwo": {"emptyValue": {}}, "result": true}})"));
    }

    void fieldPickerSearchesAnywhereInTheName()
    {
        newRule(RuleDetails::Kind::Required, "Search");
        builder()->topList()->addComparisonButton()->click();
        FieldPicker *picker = row({0})->fieldPicker();
        picker->lineEdit()->clear();
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("AMOUNT"));
        QCOMPARE(picker->completer()->completionCount(), 1);
        QCOMPARE(picker->completer()->currentCompletion(), QStringLiteral("Refund amount (Number)"));
        picker->lineEdit()->clear();
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("single"));
        QCOMPARE(picker->completer()->completionCount(), 6); // by type too
    }

    void limitsDisableActionsAndSayWhy()
    {
        newRule(RuleDetails::Kind::Required, "Limits");
        for (int i = 0; i < 3; ++i)
            builder()->topList()->addComparisonButton()->click();
        builder()->topList()->addGroupButton()->click(); // 4 comparisons
        QPushButton *add = builder()->topList()->addComparisonButton();
        QVERIFY(add->isEnabled());
        group({3})->list()->addComparisonButton()->click(); // 5
        QCOMPARE(m_editor->countLabel()->text(), QStringLiteral("5 of 5 conditions used"));
        for (QPushButton *button :
             {builder()->topList()->addComparisonButton(), builder()->topList()->addGroupButton(),
              group({3})->list()->addComparisonButton(), group({3})->list()->addGroupButton()}) {
            QVERIFY(!button->isEnabled());
            QVERIFY2(button->toolTip().contains(QStringLiteral("at most 5 conditions")),
                     qPrintable(button->toolTip()));
        }
        // Clicking a disabled button does nothing.
        QTest::mouseClick(builder()->topList()->addComparisonButton(), Qt::LeftButton);
        QCOMPARE(conditions().size(), std::size_t(4));
        row({0})->removeButton()->click();
        QVERIFY(builder()->topList()->addComparisonButton()->isEnabled());
        QCOMPARE(m_editor->countLabel()->text(), QStringLiteral("4 of 5 conditions used"));
    }

    void nestingStopsAtTheSecondLevelOfGroups()
    {
        newRule(RuleDetails::Kind::Required, "Nesting");
        builder()->topList()->addGroupButton()->click();
        QPushButton *inner = group({0})->list()->addGroupButton();
        QVERIFY(inner->isEnabled()); // a group inside a group is allowed
        inner->click();
        QVERIFY(group({0, 1}));
        QPushButton *third = group({0, 1})->list()->addGroupButton();
        QVERIFY(!third->isEnabled());
        QVERIFY2(third->toolTip().contains(QStringLiteral("nested")), qPrintable(third->toolTip()));
        QVERIFY(group({0, 1})->list()->addComparisonButton()->isEnabled());
        QCOMPARE(conditions()[0]["andAll"]["conditions"][1]["andAll"]["conditions"].size(), std::size_t(1));
        // The sample's "any of (all of (...), ...)" shows the same limit.
        m_slug = QStringLiteral("knowledge-article-required-for-technical-fixes");
        m_editor->showRule(m_slug);
        QVERIFY(group({0}) && group({0, 0}) && row({0, 0, 1}) && row({0, 1}));
        QVERIFY(!group({0, 0})->list()->addGroupButton()->isEnabled());
    }

    void undoAndRedoReplayTheEdits()
    {
        newRule(RuleDetails::Kind::Required, "Undo");
        const int start = m_document->undoStack()->index();
        addStatusClosed({});
        const Json built = details();
        QCOMPARE(m_document->undoStack()->index(), start + 4); // add, field, operator, value
        for (int i = 0; i < 4; ++i)
            m_document->undoStack()->undo();
        QCOMPARE(conditions(), Json::array());
        QVERIFY(!row({0}));
        for (int i = 0; i < 4; ++i)
            m_document->undoStack()->redo();
        QCOMPARE(details(), built);
        QCOMPARE(row({0})->fieldPicker()->fieldId(), std::string("status"));
        QCOMPARE(row({0})->valueEditor()->optionsCombo()->currentData().toString(), QStringLiteral("closed"));
        m_document->undoStack()->undo();
        QCOMPARE(row({0})->valueEditor()->optionsCombo()->currentData().toString(), QStringLiteral("open"));
        // Undoing a rename brings the name field back too.
        QTest::keyClicks(m_editor->nameEdit(), QStringLiteral(" v2"));
        QCOMPARE(m_document->rule(m_slug)->rule.name, std::string("Undo v2"));
        m_document->undoStack()->undo();
        QCOMPARE(m_editor->nameEdit()->text(), QStringLiteral("Undo"));
    }

    void hiddenRulesReadAsShowOrHide()
    {
        newRule(RuleDetails::Kind::Hidden, "Escalation shown when urgent");
        QVERIFY(m_editor->showReadingButton()->isVisible());
        QVERIFY(m_editor->showReadingButton()->isChecked());
        builder()->topList()->addComparisonButton()->click();
        QComboBox *result = row({0})->resultCombo();
        QCOMPARE(result->itemText(0), QStringLiteral("show"));
        QCOMPARE(result->currentText(),
                 QStringLiteral("don't show")); // hidden: true, the opposite of the default
        chooseText(result, QStringLiteral("show"));
        QCOMPARE(conditions()[0]["notEqualTo"]["result"], Json(false));
        chooseText(m_editor->defaultCombo(), QStringLiteral("don't show"));
        QCOMPARE(details()["hidden"]["defaultValue"], Json(true));
        QCOMPARE(m_editor->summaryLabel()->text(),
                 QStringLiteral("Shown when Assigned user is not empty; otherwise not shown."));

        const Json stored = details();
        m_editor->hideReadingButton()->click();
        QCOMPARE(m_editor->reading(), HiddenReading::HideWhen);
        QCOMPARE(details(), stored); // a reading, not an edit
        result = row({0})->resultCombo();
        QCOMPARE(result->itemText(0), QStringLiteral("hide"));
        QCOMPARE(result->currentText(), QStringLiteral("don't hide"));
        QCOMPARE(m_editor->defaultCombo()->currentText(), QStringLiteral("hide"));
        chooseText(result, QStringLiteral("hide"));
        QCOMPARE(conditions()[0]["notEqualTo"]["result"], Json(true));
    }

    void findingsAreShownNextToTheirElement()
    {
        m_slug = QStringLiteral("resolution-notes-required-when-closed");
        m_editor->showRule(m_slug);
        QVERIFY(!m_editor->nameFindingsLabel()->isVisible());
        QTest::keyClicks(m_editor->nameEdit(), QStringLiteral(" "));
        QVERIFY(m_editor->nameFindingsLabel()->isVisible());
        QVERIFY(m_editor->nameFindingsLabel()->text().startsWith(QStringLiteral("Error: ")));
        QVERIFY(m_editor->nameFindingsLabel()->text().contains(QStringLiteral("[rule.name.pattern]")));
        QTest::keyClick(m_editor->nameEdit(), Qt::Key_Backspace);
        QVERIFY(!m_editor->nameFindingsLabel()->isVisible());

        CaseRule rule = m_document->rule(m_slug)->rule;
        rule.rule.boolean.conditions[0].operand = Value::string("archived");
        m_document->editRule(m_slug, rule, QStringLiteral("Edit"));
        QVERIFY(row({0})->findingsLabel()->text().contains(QStringLiteral("[rule.operand.option-unknown]")));
        QCOMPARE(row({0})->valueEditor()->optionsCombo()->currentText(),
                 QStringLiteral("archived (not an option)"));

        // A lint warning: a condition giving the default changes nothing.
        chooseText(row({0})->resultCombo(), QStringLiteral("not required"));
        QVERIFY(row({0})->findingsLabel()->text().contains(QStringLiteral("Warning: ")));
        QVERIFY(
            row({0})->findingsLabel()->text().contains(QStringLiteral("[lint.condition.same-as-default]")));
        test::settleLayouts();
        QVERIFY(m_editor->grab().save(QStringLiteral(CASEWRIGHT_BINARY_DIR "/tests/ui/rule-findings.png")));
    }

    void dragAndDropMovesConditions()
    {
        newRule(RuleDetails::Kind::Required, "Drag");
        CaseRule rule = m_document->rule(m_slug)->rule;
        rule.rule.boolean.conditions = {
            Condition::equalTo("status", Value::string("closed"), true),
            Condition::orAll({Condition::equalTo(kPriority, Value::string("high"), false),
                              Condition::equalTo(kPriority, Value::string("urgent"), false)})};
        m_document->editRule(m_slug, rule, QStringLiteral("Set up"));
        QVERIFY(row({1, 1}));
        QCoreApplication::processEvents(); // lay the rebuilt list out
        ConditionListWidget *top = builder()->topList();

        const auto drop = [&](ConditionListWidget *target, const QString &payload, QPoint at) {
            QMimeData mime;
            mime.setData(conditionMimeType(), payload.toUtf8());
            QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(target, &enter);
            if (!enter.isAccepted())
                return false;
            QDropEvent dropped(QPointF(at), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(target, &dropped);
            return dropped.isAccepted();
        };
        const QString source = builder()->dragSource() + QLatin1Char('|');
        // "urgent" (2.2) dropped above condition 1: out of the group, to the top, keeping its result.
        QVERIFY(drop(top, source + QStringLiteral("2.2"), QPoint(10, top->items()[0]->geometry().top() + 2)));
        Json expected = parse(R"([
            {"equalTo": {"operandOne": {"fieldId": "P"}, "operandTwo": {"stringValue": "urgent"}, "result": false}},
            {"equalTo": {"operandOne": {"fieldId": "status"}, "operandTwo": {"stringValue": "closed"}, "result": true}},
            {"orAll": {"conditions": [
                {"equalTo": {"operandOne": {"fieldId": "P"}, "operandTwo": {"stringValue": "high"}, "result": false}}]}}])");
        expected[0]["equalTo"]["operandOne"]["fieldId"] = kPriority;
        expected[2]["orAll"]["conditions"][0]["equalTo"]["operandOne"]["fieldId"] = kPriority;
        QCOMPARE(conditions(), expected);

        // "closed" (2) dropped into the group: it takes the group's result.
        QCoreApplication::processEvents();
        ConditionListWidget *inner = group({2})->list();
        QVERIFY(drop(inner, source + QStringLiteral("2"), QPoint(10, inner->height() - 2)));
        QCOMPARE(conditions().size(), std::size_t(2));
        QCOMPARE(conditions()[1]["orAll"]["conditions"][1]["equalTo"]["result"], Json(false));

        // Refused: a group into itself (the enclosing list takes the drop instead, where the group
        // already is), and data from another builder.
        QCoreApplication::processEvents();
        const Json before = conditions();
        QVERIFY(!builder()->permissionToDrop({1}, {1}).allowed);
        drop(group({1})->list(), source + QStringLiteral("2"), QPoint(10, 10));
        QCOMPARE(conditions(), before);
        QVERIFY(!drop(builder()->topList(), QStringLiteral("elsewhere|1"), QPoint(10, 10)));
        QCOMPARE(conditions(), before);
    }

    // The same moves without a mouse: the "move to" button's menu, opened and chosen by keyboard.
    void moveToMenuMovesIntoAndOutOfGroupsByKeyboard()
    {
        newRule(RuleDetails::Kind::Required, "Keyboard");
        CaseRule rule = m_document->rule(m_slug)->rule;
        rule.rule.boolean.conditions = {
            Condition::equalTo("status", Value::string("closed"), true),
            Condition::orAll({Condition::equalTo(kPriority, Value::string("high"), false)}),
            Condition::andAll(
                {Condition::equalTo(kPriority, Value::string("low"), true),
                 Condition::andAll({Condition::equalTo("status", Value::string("open"), true)})})};
        m_document->editRule(m_slug, rule, QStringLiteral("Set up"));
        QVERIFY(row({2, 1, 0}));

        // Opens a condition's menu with the keyboard and returns its entries (text -> action).
        const auto openMenu = [this](const ConditionPath &path) {
            QToolButton *button = builder()->itemAt(path)->moveToButton();
            button->setFocus(Qt::TabFocusReason);
            QMenu *menu = button->menu();
            QTimer::singleShot(0, menu, [menu] { menu->hide(); }); // the popup runs its own loop
            QTest::keyClick(button, Qt::Key_Space);
            std::map<QString, QAction *> entries;
            for (QAction *action : menu->actions())
                entries[action->text()] = action;
            return entries;
        };

        auto entries = openMenu({0});
        QCOMPARE(entries.size(), std::size_t(3)); // groups 2, 3 and 3.2; not its own list
        QVERIFY(entries.count(QStringLiteral("Into group 2")));
        QVERIFY(entries.count(QStringLiteral("Into group 3.2")));
        entries[QStringLiteral("Into group 2")]->trigger();
        QTRY_COMPARE(conditions().size(), std::size_t(2));
        QCOMPARE(conditions()[0]["orAll"]["conditions"].size(), std::size_t(2));
        QCOMPARE(conditions()[0]["orAll"]["conditions"][1]["equalTo"]["result"],
                 Json(false)); // the group's result
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Move condition 1"));

        // Out again, to the end of the rule's list.
        QTRY_VERIFY(row({0, 1}));
        entries = openMenu({0, 1});
        QVERIFY(entries.count(QStringLiteral("Out of the group, to the end of the rule's conditions")));
        entries[QStringLiteral("Out of the group, to the end of the rule's conditions")]->trigger();
        QTRY_COMPARE(conditions().size(), std::size_t(3));
        QCOMPARE(conditions()[2]["equalTo"]["operandTwo"]["stringValue"], Json("closed"));

        // The group holding a group cannot go into another group (three levels): offered disabled,
        // saying why; and a group is never offered as a target for itself or its own groups.
        QTRY_VERIFY(group({1}));
        entries = openMenu({1});
        QVERIFY(!entries.count(QStringLiteral("Into group 2")) &&
                !entries.count(QStringLiteral("Into group 2.2")));
        QAction *intoFirst = entries[QStringLiteral("Into group 1")];
        QVERIFY(intoFirst && !intoFirst->isEnabled());
        QVERIFY2(intoFirst->toolTip().contains(QStringLiteral("nested")), qPrintable(intoFirst->toolTip()));

        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QTRY_COMPARE(conditions().size(), std::size_t(3));
        QCOMPARE(conditions()[0]["equalTo"]["operandTwo"]["stringValue"], Json("closed"));
    }
};

QTEST_MAIN(TestConditionBuilder)
#include "test_ui_condition_builder.moc"
