// The examples of docs/evaluation.md as data: a domain snapshot and sample cases read with the
// wire readers, each case carrying the outcome it must produce under "expected".
#include "evaluator/compiled_template.h"
#include "wire/wire_json.h"

#include <QtTest>

using namespace cw;

namespace {
const std::string kDataDir = CASEWRIGHT_SOURCE_DIR "/tests/core/evaluator/data/";

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

QStringList texts(const std::vector<Explanation> &explanations)
{
    QStringList list;
    for (const Explanation &explanation : explanations)
        list << qs(explanation.text);
    return list;
}

QStringList strings(const Json &array)
{
    QStringList list;
    for (const Json &item : array)
        list << qs(item.get<std::string>());
    return list;
}
} // namespace

class TestEvaluatorJson : public QObject {
    Q_OBJECT

private slots:
    void documentedExamples()
    {
        const auto snapshot = wire::loadSnapshotFile(kDataDir + "help_desk_snapshot.json");
        QVERIFY2(snapshot, snapshot ? "" : snapshot.error().toString().c_str());
        const auto cases = wire::loadSampleCasesFile(kDataDir + "help_desk_cases.json");
        QVERIFY2(cases, cases ? "" : cases.error().toString().c_str());
        const auto compiled = CompiledTemplate::compile(*snapshot, "t-support");
        QVERIFY(compiled);
        QCOMPARE(compiled->skipped().size(), std::size_t{1});
        QCOMPARE(qs(compiled->skipped()[0].caseRuleId), QStringLiteral("r-deleted-meanwhile"));

        std::size_t checks = 0;
        for (const SampleCase &sampleCase : cases->cases) {
            const CaseOutcome outcome = compiled->evaluate(sampleCase, Explain::Yes);
            const Json &expected = sampleCase.extra.at("expected");
            for (auto it = expected.begin(); it != expected.end(); ++it) {
                const QByteArray where = (qs(sampleCase.id) + QLatin1Char('/') + qs(it.key())).toUtf8();
                const FieldOutcome *field = outcome.find(it.key());
                QVERIFY2(field, where.constData());
                const Json &want = *it;
                if (want.contains("required"))
                    QVERIFY2(field->required == want["required"].get<bool>(), where.constData());
                if (want.contains("hidden"))
                    QVERIFY2(field->hidden == want["hidden"].get<bool>(), where.constData());
                if (want.contains("options")) {
                    QVERIFY2(field->allowedOptions, where.constData());
                    QCOMPARE(strings(Json(*field->allowedOptions)), strings(want["options"]));
                }
                if (want.contains("allOptions"))
                    QVERIFY2(field->allOptionsAllowed == want["allOptions"].get<bool>(), where.constData());
                if (want.contains("requiredBecause"))
                    QCOMPARE(texts(field->requiredBecause), strings(want["requiredBecause"]));
                if (want.contains("hiddenBecause"))
                    QCOMPARE(texts(field->hiddenBecause), strings(want["hiddenBecause"]));
                if (want.contains("optionsBecause"))
                    QCOMPARE(texts(field->optionsBecause), strings(want["optionsBecause"]));
                ++checks;
            }
        }
        QCOMPARE(checks, std::size_t{14}); // every expectation in the file was looked at
    }
};

QTEST_GUILESS_MAIN(TestEvaluatorJson)
#include "test_evaluator_json.moc"
