// "Show when…" and "Hide when…" read a hidden rule as one coherent sentence (issue 15, item 2):
// for every reading × condition result × default, chosen through the combos as a user would, the
// heading names neither polarity, each outcome and the default use the reading's verb only, the
// plain-words summary says the same, and what is stored is the API's `hidden` value.

#include "rule_editor_support.h"
#include "rules/condition_builder.h"
#include "rules/condition_item_widget.h"
#include "rules/condition_list_widget.h"
#include "wire/wire_json.h"

#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QtTest>

using namespace cw;
using namespace cw::ui;

namespace {
QStringList itemTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}
} // namespace

class TestHiddenReading : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<RuleEditor> m_editor;

private slots:
    void init() { test::showRuleEditorOnSampleCopy(m_dir, QSize(1100, 800), m_document, m_editor); }

    void cleanup()
    {
        m_editor.reset();
        m_document.reset();
    }

    void theWholeRuleReadsInTheChosenPolarity_data()
    {
        QTest::addColumn<bool>("showReading");
        QTest::addColumn<bool>("hiddenWhenTrue");  // the condition's stored result
        QTest::addColumn<bool>("hiddenOtherwise"); // the stored default
        QTest::addColumn<QString>("outcome");      // what the condition's combo shows
        QTest::addColumn<QString>("otherwise");    // what the default's combo shows
        QTest::addColumn<QString>("summary");
        const QString when = QStringLiteral("%1 when Assigned user is not empty; otherwise %2.");
        for (const bool show : {true, false})
            for (const bool result : {true, false})
                for (const bool fallback : {true, false}) {
                    const auto combo = [&](bool hidden) {
                        return show ? QString::fromLatin1(hidden ? "don't show" : "show")
                                    : QString::fromLatin1(hidden ? "hide" : "don't hide");
                    };
                    const auto words = [&](bool hidden) {
                        return show ? QString::fromLatin1(hidden ? "not shown" : "shown")
                                    : QString::fromLatin1(hidden ? "hidden" : "not hidden");
                    };
                    QString clause = words(result);
                    clause[0] = clause[0].toUpper();
                    QTest::addRow("%s, then hidden=%d, default hidden=%d", show ? "show when" : "hide when",
                                  int(result), int(fallback))
                        << show << result << fallback << combo(result) << combo(fallback)
                        << when.arg(clause, words(fallback));
                }
    }

    void theWholeRuleReadsInTheChosenPolarity()
    {
        QFETCH(bool, showReading);
        QFETCH(bool, hiddenWhenTrue);
        QFETCH(bool, hiddenOtherwise);
        QFETCH(QString, outcome);
        QFETCH(QString, otherwise);
        QFETCH(QString, summary);

        CaseRule rule;
        rule.name = "Read both ways";
        rule.rule.kind = RuleDetails::Kind::Hidden;
        const QString slug = m_document->addRule(rule, QStringLiteral("Add rule"));
        m_editor->showRule(slug);
        (showReading ? m_editor->showReadingButton() : m_editor->hideReadingButton())->click();
        m_editor->conditionBuilder()->topList()->addComparisonButton()->click();
        auto *item = m_editor->conditionBuilder()->itemAt({0});
        QVERIFY(item && item->resultCombo());
        test::chooseData(item->resultCombo(), hiddenWhenTrue);
        test::chooseData(m_editor->defaultCombo(), hiddenOtherwise);

        const Json stored = wire::writeRuleDetails(m_document->rule(slug)->rule.rule)["hidden"];
        QCOMPARE(stored["conditions"][0]["notEqualTo"]["result"], Json(hiddenWhenTrue));
        QCOMPARE(stored["defaultValue"], Json(hiddenOtherwise));

        // The heading is the same in both readings and takes no side.
        QCOMPARE(m_editor->headingLabel()->text(),
                 QStringLiteral("Show or hide the field by the first condition that is true:"));
        item = m_editor->conditionBuilder()->itemAt({0});
        QCOMPARE(item->resultCombo()->currentText(), outcome);
        QCOMPARE(m_editor->defaultCombo()->currentText(), otherwise);
        // Each list offers the reading's verb only, that verb first.
        const QString verb = showReading ? QStringLiteral("show") : QStringLiteral("hide");
        const QString other = showReading ? QStringLiteral("hide") : QStringLiteral("show");
        for (const QComboBox *combo : {item->resultCombo(), m_editor->defaultCombo()}) {
            const QStringList texts = itemTexts(combo);
            QCOMPARE(texts, (QStringList{verb, QStringLiteral("don't ") + verb}));
            QVERIFY(!texts.join(QLatin1Char(' ')).contains(other));
        }
        QCOMPARE(m_editor->summaryLabel()->text(), summary);
        QVERIFY(!summary.contains(showReading ? QStringLiteral("hidden") : QStringLiteral("shown")));

        if (hiddenWhenTrue && !hiddenOtherwise) { // one picture per reading, to look at
            test::settleLayouts();
            QVERIFY(QDir().mkpath(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots")));
            const QString file = showReading ? QStringLiteral("hidden-reading-show.png")
                                             : QStringLiteral("hidden-reading-hide.png");
            QVERIFY(m_editor->grab().save(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/") + file));
        }
    }
};

QTEST_MAIN(TestHiddenReading)
#include "test_ui_hidden_reading.moc"
