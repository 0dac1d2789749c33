// The condition builder numbers every entry uniquely and coherently (#15 item 6): a group and its
// first condition never show the same number; a group "1.2" holds "1.2.1", "1.2.2". Built through
// the builder's own buttons, read from the labels a user reads.

#include "rule_editor_support.h"
#include "rules/condition_builder.h"
#include "rules/condition_group_box.h"
#include "rules/condition_item_widget.h"
#include "rules/condition_list_widget.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QtTest>
#include <functional>

using namespace cw;
using namespace cw::ui;

class TestConditionNumbering : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<RuleEditor> m_editor;

    ConditionBuilder *builder() const { return m_editor->conditionBuilder(); }
    ConditionGroupBox *group(const ConditionPath &path) const
    {
        return qobject_cast<ConditionGroupBox *>(builder()->itemAt(path));
    }
    // Every entry's number as shown, in the order the builder shows them (depth first).
    QStringList shownNumbers(ConditionListWidget *list) const
    {
        QStringList numbers;
        for (ConditionItemWidget *item : list->items()) {
            numbers << item->numberLabel()->text();
            if (auto *box = qobject_cast<ConditionGroupBox *>(item))
                numbers << shownNumbers(box->list());
        }
        return numbers;
    }

    // The labels shown are the numbers of the rule's conditions, depth first, each once.
    void checkNumbersFollowTheRule() const
    {
        QStringList expected;
        const std::function<void(const ConditionList &, const ConditionPath &)> walk =
            [&](const ConditionList &list, const ConditionPath &prefix) {
                for (std::size_t i = 0; i < list.size(); ++i) {
                    ConditionPath path = prefix;
                    path.push_back(i);
                    expected << editing::conditionNumber(path) + QLatin1Char('.');
                    if (list[i].isCompound())
                        walk(list[i].children, path);
                }
            };
        walk(builder()->conditions(), {});
        const QStringList shown = shownNumbers(builder()->topList());
        QCOMPARE(shown, expected);
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()).size(), shown.size());
    }

private slots:
    // A fresh build folder has no screenshots/ until a test makes it; the tests run in any order.
    void initTestCase() { QVERIFY(QDir().mkpath(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots"))); }

    void init() { test::showRuleEditorOnSampleCopy(m_dir, QSize(1000, 800), m_document, m_editor); }

    void cleanup()
    {
        m_editor.reset();
        m_document.reset();
    }

    // The sample project's rule with a group in a group: "1" any of ("1.1" all of (1.1.1, 1.1.2), 1.2).
    void aNestedSampleRuleNumberedUniquely()
    {
        m_editor->showRule(QStringLiteral("knowledge-article-required-for-technical-fixes"));
        m_editor->resize(760, 700); // the editor's width in a 1280 x 800 window
        test::settleLayouts();
        QVERIFY(m_editor->grab().save(
            QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/condition-numbering-sample.png")));
        QCOMPARE(shownNumbers(builder()->topList()),
                 (QStringList{QStringLiteral("1."), QStringLiteral("1.1."), QStringLiteral("1.1.1."),
                              QStringLiteral("1.1.2."), QStringLiteral("1.2.")}));
        checkNumbersFollowTheRule();
    }

    void groupsAndTheirConditionsNumberedUniquely()
    {
        CaseRule rule;
        rule.name = "Numbered";
        rule.rule.kind = RuleDetails::Kind::Required;
        m_editor->showRule(m_document->addRule(rule, QStringLiteral("Add rule")));
        // 1: a comparison; 2: a group holding 2.1, and a group 2.2 in it holding 2.2.1.
        builder()->topList()->addComparisonButton()->click();
        builder()->topList()->addGroupButton()->click();
        QVERIFY(group({1}));
        group({1})->list()->addGroupButton()->click();
        QVERIFY(group({1, 1}));
        group({1, 1})->list()->addComparisonButton()->click();
        test::settleLayouts();
        QVERIFY(m_editor->grab().save(
            QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/condition-numbering.png")));

        const QStringList numbers = shownNumbers(builder()->topList());
        QCOMPARE(numbers,
                 (QStringList{QStringLiteral("1."), QStringLiteral("2."), QStringLiteral("2.1."),
                              QStringLiteral("2.2."), QStringLiteral("2.2.1."), QStringLiteral("2.2.2.")}));
        QCOMPARE(QSet<QString>(numbers.begin(), numbers.end()).size(), numbers.size());
        checkNumbersFollowTheRule();

        // Rearranged -- up, out of a group, into a nested group, undone, redone -- the numbers
        // follow, still unique.
        group({1, 1})->list()->items().back()->moveUpButton()->click();
        checkNumbersFollowTheRule();
        builder()->dropCondition({1, 0}, {}, 0); // 2.1 to the top
        checkNumbersFollowTheRule();
        builder()->dropCondition({0}, {1, 0}, 1); // back, into the nested group
        checkNumbersFollowTheRule();
        m_document->undoStack()->undo();
        checkNumbersFollowTheRule();
        m_document->undoStack()->undo();
        checkNumbersFollowTheRule();
        m_document->undoStack()->redo();
        checkNumbersFollowTheRule();

        // What is shown fits, in a wide editor and in a narrow one: no number is cut to look like
        // another ("2.2.1." cut to "2.2.").
        for (const int width : {1000, 640, 480}) {
            m_editor->resize(width, 800);
            test::settleLayouts();
            const std::function<void(ConditionListWidget *)> check = [&](ConditionListWidget *list) {
                for (ConditionItemWidget *item : list->items()) {
                    QLabel *label = item->numberLabel();
                    QVERIFY2(label->contentsRect().width() >=
                                 label->fontMetrics().horizontalAdvance(label->text()),
                             qPrintable(QStringLiteral("%1 at %2 px").arg(label->text()).arg(width)));
                    if (auto *box = qobject_cast<ConditionGroupBox *>(item))
                        check(box->list());
                }
            };
            check(builder()->topList());
            QVERIFY(m_editor->grab().save(
                QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/condition-numbering-%1.png").arg(width)));
        }
    }
};

QTEST_MAIN(TestConditionNumbering)
#include "test_ui_condition_numbering.moc"
