// The required / hidden shares behind the preview's chart: exact on a small set, the same when
// computed off the GUI thread, and a superseded result is never shown.

#include "evaluator/compiled_template.h"
#include "preview/field_share_calculator.h"
#include "preview/field_share_chart.h"
#include "preview/preview_pane.h"
#include "preview/sample_cases_model.h"
#include "preview_test_support.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using namespace cw::ui::test;

namespace {
SampleCase legacyCase(const std::string &id, const char *status)
{
    SampleCase sampleCase{id, kComplaintLegacy.toStdString(), {}, std::nullopt, Json::object()};
    if (status)
        sampleCase.fields.push_back(CaseFieldValue{kStatus, Value::string(status), Json::object()});
    return sampleCase;
}

std::vector<SampleCase> legacyCases(std::size_t count)
{
    const char *statuses[] = {"closed", "open", nullptr, "open"};
    std::vector<SampleCase> cases;
    for (std::size_t i = 0; i < count; ++i)
        cases.push_back(legacyCase("c" + std::to_string(i), statuses[i % 4]));
    return cases;
}

std::size_t indexOf(const FieldShares &shares, const std::string &fieldId)
{
    for (std::size_t f = 0; f < shares.fields.size(); ++f)
        if (shares.fields[f].fieldId == fieldId)
            return f;
    return shares.fields.size();
}
} // namespace

class TestFieldShareChart : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    std::shared_ptr<const CompiledTemplate> m_legacy;

private slots:
    void initTestCase()
    {
        m_document = openSampleCopy(m_dir.filePath(QStringLiteral("p")));
        auto compiled = CompiledTemplate::compile(m_document->snapshot(), kComplaintLegacy.toStdString());
        QVERIFY(compiled);
        m_legacy = std::make_shared<const CompiledTemplate>(std::move(compiled).value());
    }

    void sharesOnASmallSet()
    {
        const FieldShares shares =
            computeFieldShares(*m_legacy, legacyCases(4), fieldNamesOf(m_document->snapshot()));
        QCOMPARE(shares.caseCount, std::size_t(4));
        const std::size_t title = indexOf(shares, kTitle);
        const std::size_t notes = indexOf(shares, kResolutionNotes);
        QVERIFY(title < shares.fields.size() && notes < shares.fields.size());
        QCOMPARE(shares.fields[notes].fieldName, std::string("Resolution notes"));
        QCOMPARE(shares.requiredShare(title), 1.0);  // requiredFields
        QCOMPARE(shares.requiredShare(notes), 0.25); // closed in one case of four
        QCOMPARE(shares.hiddenShare(notes), 0.0);

        FieldShareChart chart;
        chart.setShares(shares);
        QVERIFY(chart.summaryLines().contains(QStringLiteral("Resolution notes: required 25%, hidden 0%")));
        chart.resize(chart.sizeHint());
        QVERIFY(!chart.grab().isNull());
    }

    void smallSetsAreComputedAtOnce()
    {
        FieldShareCalculator calculator;
        QSignalSpy ready(&calculator, &FieldShareCalculator::sharesReady);
        QSignalSpy computing(&calculator, &FieldShareCalculator::computing);
        calculator.request(m_legacy, legacyCases(8), {});
        QCOMPARE(ready.count(), 1);
        QCOMPARE(computing.count(), 0);
        QCOMPARE(ready.front().front().value<FieldShares>().caseCount, std::size_t(8));
    }

    void bigSetsRunOffTheGuiThreadWithTheSameResult()
    {
        FieldShareCalculator calculator;
        calculator.setThreadThreshold(100);
        QSignalSpy ready(&calculator, &FieldShareCalculator::sharesReady);
        QSignalSpy computing(&calculator, &FieldShareCalculator::computing);
        const std::vector<SampleCase> cases = legacyCases(2000);
        calculator.request(m_legacy, cases, {});
        QCOMPARE(computing.count(), 1);
        QVERIFY(ready.wait(10000));
        const FieldShares threaded = ready.front().front().value<FieldShares>();
        const FieldShares direct = computeFieldShares(*m_legacy, cases, {});
        QCOMPARE(threaded.caseCount, std::size_t(2000));
        for (std::size_t f = 0; f < direct.fields.size(); ++f) {
            QCOMPARE(threaded.fields[f].required, direct.fields[f].required);
            QCOMPARE(threaded.fields[f].hidden, direct.fields[f].hidden);
        }
        QCOMPARE(threaded.fields[indexOf(threaded, kResolutionNotes)].required, std::size_t(500));
    }

    void aSupersededResultIsDropped()
    {
        FieldShareCalculator calculator;
        calculator.setThreadThreshold(100);
        QSignalSpy ready(&calculator, &FieldShareCalculator::sharesReady);
        calculator.request(m_legacy, legacyCases(5000), {}); // to a worker
        calculator.request(m_legacy, legacyCases(4), {});    // newer, computed at once
        QCOMPARE(ready.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(calculator.running(), 0, 10000);
        QCoreApplication::processEvents();
        QCOMPARE(ready.count(), 1); // the worker's result came after and was dropped
        QCOMPARE(ready.front().front().value<FieldShares>().caseCount, std::size_t(4));
    }

    void thePaneChartsTheListedCases()
    {
        PreviewPane pane;
        pane.setDocument(m_document.get());
        QVERIFY(pane.showTemplate(kCustomerSupport));
        QCOMPARE(pane.chart()->shares().caseCount, std::size_t(10));
        const std::size_t notes = indexOf(pane.chart()->shares(), kResolutionNotes);
        QCOMPARE(pane.chart()->shares().fields[notes].required, std::size_t(2)); // the two closed cases
        pane.onlyTemplateCasesCheck()->setChecked(false);
        QCOMPARE(pane.chart()->shares().caseCount, std::size_t(17));
        pane.onlyTemplateCasesCheck()->setChecked(true);
        QCOMPARE(pane.chart()->shares().caseCount, std::size_t(10));

        // The listed cases are interned once and kept across rule edits; a case edit must still
        // reach the chart, and so must a rule edit with the cases unchanged.
        int open = -1;
        for (int row = 0; row < pane.model()->caseCount() && open < 0; ++row) {
            const SampleCase &sampleCase = pane.model()->sampleCase(row);
            const Value *status = sampleCase.find(kStatus);
            if (sampleCase.templateId == kCustomerSupport.toStdString() && status && status->text == "open")
                open = row;
        }
        QVERIFY(open >= 0);
        pane.model()->setValue(open, kStatus, Value::string("closed"));
        QCOMPARE(pane.chart()->shares().fields[notes].required, std::size_t(3));

        const QString slug = QStringLiteral("resolution-notes-required-when-closed");
        CaseRule always = m_document->rule(slug)->rule;
        always.rule.boolean.conditions.clear();
        always.rule.boolean.defaultValue = true;
        m_document->editRule(slug, always, QStringLiteral("Always required"));
        QCOMPARE(pane.chart()->shares().fields[notes].required, std::size_t(10));
        m_document->undoStack()->undo();
        QCOMPARE(pane.chart()->shares().fields[notes].required, std::size_t(3));
        m_document->undoStack()->undo(); // the sample edit, on the document's stack too
        QCOMPARE(pane.chart()->shares().fields[notes].required, std::size_t(2));
    }
};

QTEST_MAIN(TestFieldShareChart)
#include "test_ui_field_share_chart.moc"
