// casewright-cli diff-outcomes on a copy of the sample project: no edit changes nothing; a rule
// edit changes exactly the outcomes `evaluate` says it changes (the counts and examples are
// checked case by case against two `evaluate --json` runs), per field and kind of change; and
// the exit statuses for a project never pulled, a snapshot instead of a project, bad options.
#include "cli_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <set>

namespace {
using namespace cw::clitest;

const QString kResolutionNotesField = QStringLiteral("5bc86f00-ef3e-543d-a5c9-6dcb7c519552");

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(QJsonDocument(object).toJson());
}

// Replaces the value at a path of object keys / array indexes.
QJsonValue replacedAt(const QJsonValue &value, const QStringList &path, const QJsonValue &replacement)
{
    if (path.isEmpty())
        return replacement;
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        const int index = path.front().toInt();
        array[index] = replacedAt(array[index], path.mid(1), replacement);
        return array;
    }
    QJsonObject object = value.toObject();
    object[path.front()] = replacedAt(object[path.front()], path.mid(1), replacement);
    return object;
}

void editRule(const QString &project, const QString &slug, const QStringList &path, const QJsonValue &value)
{
    const QString file = project + QStringLiteral("/rules/") + slug + QStringLiteral(".json");
    writeJson(file, replacedAt(readJson(file), path, value).toObject());
}

// (template, field) -> kind of change -> case ids, from two evaluate --json runs.
using Expected = std::map<std::pair<QString, QString>, std::map<QString, QStringList>>;

Expected expectedChanges(const QJsonObject &before, const QJsonObject &after)
{
    std::map<QString, QJsonObject> beforeByCase;
    for (const QJsonValue &result : before[QStringLiteral("results")].toArray())
        beforeByCase[result[QStringLiteral("case")].toString()] = result.toObject();
    Expected expected;
    for (const QJsonValue &result : after[QStringLiteral("results")].toArray()) {
        const QString caseId = result[QStringLiteral("case")].toString();
        const QString templateId = result[QStringLiteral("template")].toString();
        const QJsonObject fieldsAfter = result[QStringLiteral("fields")].toObject();
        const QJsonObject fieldsBefore = beforeByCase.at(caseId)[QStringLiteral("fields")].toObject();
        QStringList fields = fieldsAfter.keys() + fieldsBefore.keys();
        fields.removeDuplicates();
        for (const QString &field : fields) {
            const QJsonObject a = fieldsAfter[field].toObject();
            const QJsonObject b = fieldsBefore[field].toObject();
            auto &changes = expected[{templateId, field}];
            const auto flag = [](const QJsonObject &o, const char *key) {
                return o[QLatin1String(key)].toBool();
            };
            if (flag(b, "required") != flag(a, "required"))
                changes[flag(a, "required") ? QStringLiteral("becomeRequired")
                                            : QStringLiteral("becomeNotRequired")]
                    << caseId;
            if (flag(b, "hidden") != flag(a, "hidden"))
                changes[flag(a, "hidden") ? QStringLiteral("becomeHidden") : QStringLiteral("becomeShown")]
                    << caseId;
            QSet<QString> optionsBefore;
            QSet<QString> optionsAfter;
            for (const QJsonValue &v : b[QStringLiteral("options")].toArray())
                optionsBefore << v.toString();
            for (const QJsonValue &v : a[QStringLiteral("options")].toArray())
                optionsAfter << v.toString();
            if (!(optionsBefore - optionsAfter).isEmpty())
                changes[QStringLiteral("loseOptions")] << caseId;
            if (!(optionsAfter - optionsBefore).isEmpty())
                changes[QStringLiteral("gainOptions")] << caseId;
            if (changes.empty())
                expected.erase({templateId, field});
        }
    }
    return expected;
}

QJsonObject jsonOf(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}
} // namespace

class TestCliDiffOutcomes : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_edited;
    QString m_unedited;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        static int round = 0;
        ++round;
        m_edited = m_dir.filePath(QStringLiteral("edited-%1").arg(round));
        m_unedited = m_dir.filePath(QStringLiteral("unedited-%1").arg(round));
        QVERIFY(copyTree(kSampleProject, m_edited));
        QVERIFY(copyTree(kSampleProject, m_unedited));
    }

    void noEditChangesNothing()
    {
        const Run run = runCli({QStringLiteral("diff-outcomes"), m_edited, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject diff = jsonOf(run);
        QCOMPARE(diff[QStringLiteral("cases")].toInt(), 17);
        QCOMPARE(diff[QStringLiteral("casesChanged")].toInt(), 0);
        QCOMPARE(diff[QStringLiteral("fields")].toArray().size(), 0);
        const Run text = runCli({QStringLiteral("diff-outcomes"), m_edited});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Compared 17 sample case(s)")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral(": 0 case(s) change.")), qPrintable(text.out));
    }

    void editsChangeWhatEvaluateSays_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("required when pending instead of closed")
            << QStringLiteral("resolution-notes-required-when-closed")
            << QStringList{QStringLiteral("rule"),       QStringLiteral("required"),
                           QStringLiteral("conditions"), QStringLiteral("0"),
                           QStringLiteral("equalTo"),    QStringLiteral("operandTwo"),
                           QStringLiteral("stringValue")}
            << QJsonValue(QStringLiteral("pending"));
        QTest::newRow("hidden rule's default flipped")
            << QStringLiteral("follow-up-date-hidden-when-nothing-is-due")
            << QStringList{QStringLiteral("rule"), QStringLiteral("hidden"), QStringLiteral("defaultValue")}
            << QJsonValue(true);
        QTest::newRow("billing loses a subcategory")
            << QStringLiteral("subcategories-by-category")
            << QStringList{QStringLiteral("rule"), QStringLiteral("fieldOptions"),
                           QStringLiteral("parentChildFieldOptionsMappings"), QStringLiteral("0"),
                           QStringLiteral("childFieldOptionValues")}
            << QJsonValue(QJsonArray{QStringLiteral("refund"), QStringLiteral("overcharge")});
    }
    void editsChangeWhatEvaluateSays()
    {
        QFETCH(QString, slug);
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        editRule(m_edited, slug, path, value);
        const Run before = runCli({QStringLiteral("evaluate"), m_unedited, QStringLiteral("--json")});
        const Run after = runCli({QStringLiteral("evaluate"), m_edited, QStringLiteral("--json")});
        QCOMPARE(before.exitCode, 0);
        QCOMPARE(after.exitCode, 0);
        const Expected expected = expectedChanges(jsonOf(before), jsonOf(after));
        QVERIFY2(!expected.empty(), "the edit should change some outcomes");

        const Run run = runCli({QStringLiteral("diff-outcomes"), m_edited, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject diff = jsonOf(run);
        QCOMPARE(diff[QStringLiteral("against")].toString(), QStringLiteral("base"));
        QCOMPARE(diff[QStringLiteral("cases")].toInt(), 17);
        std::set<QString> changedCases;
        for (const auto &[key, changes] : expected)
            for (const auto &[kind, cases] : changes)
                changedCases.insert(cases.begin(), cases.end());
        QCOMPARE(diff[QStringLiteral("casesChanged")].toInt(), int(changedCases.size()));
        QVERIFY2(changedCases.size() < 17, "some cases must keep their outcomes");

        const QJsonArray fields = diff[QStringLiteral("fields")].toArray();
        QCOMPARE(std::size_t(fields.size()), expected.size());
        for (const QJsonValue &field : fields) {
            const auto key = std::make_pair(field[QStringLiteral("template")].toString(),
                                            field[QStringLiteral("field")].toString());
            QVERIFY2(expected.count(key) == 1, qPrintable(key.first + QLatin1Char(' ') + key.second));
            const auto &changes = expected.at(key);
            for (const char *kind : {"becomeRequired", "becomeNotRequired", "becomeHidden", "becomeShown",
                                     "loseOptions", "gainOptions"}) {
                const QString name = QLatin1String(kind);
                const QStringList cases = changes.count(name) ? changes.at(name) : QStringList();
                const QJsonObject counted = field[name].toObject();
                QCOMPARE(counted[QStringLiteral("cases")].toInt(), int(cases.size()));
                const QJsonArray examples = counted[QStringLiteral("examples")].toArray();
                QCOMPARE(examples.size(), std::min<qsizetype>(3, cases.size()));
                for (int i = 0; i < examples.size(); ++i)
                    QCOMPARE(examples[i].toString(), cases[i]); // the first cases, in case order
            }
        }

        // The text says the same, and --against a snapshot of the pulled domain agrees with the base.
        const Run text = runCli({QStringLiteral("diff-outcomes"), m_edited});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral(": %1 case(s) change.").arg(changedCases.size())),
                 qPrintable(text.out));
        const Run againstFolder = runCli({QStringLiteral("diff-outcomes"), m_edited,
                                          QStringLiteral("--against"), m_unedited, QStringLiteral("--json")});
        QCOMPARE(againstFolder.exitCode, 0);
        QJsonObject sameDiff = jsonOf(againstFolder);
        QCOMPARE(sameDiff[QStringLiteral("fields")], diff[QStringLiteral("fields")]);
    }

    void resolutionNotesByKind()
    {
        editRule(m_edited, QStringLiteral("resolution-notes-required-when-closed"),
                 {QStringLiteral("rule"), QStringLiteral("required"), QStringLiteral("conditions"),
                  QStringLiteral("0"), QStringLiteral("equalTo"), QStringLiteral("operandTwo"),
                  QStringLiteral("stringValue")},
                 QStringLiteral("pending"));
        const Run run = runCli({QStringLiteral("diff-outcomes"), m_edited});
        QCOMPARE(run.exitCode, 0);
        // Closed cases lose the requirement, pending ones gain it; nothing else moves.
        QVERIFY2(
            run.out.contains(QStringLiteral("become not required: \"a43a2c57-8194-5974-b838-92733f6730a2\"")),
            qPrintable(run.out));
        QVERIFY2(
            run.out.contains(QStringLiteral("become required: \"ce0ec01a-7db5-5877-a3f6-6dcf3965070b\"")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(kResolutionNotesField), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("become hidden")), qPrintable(run.out));
    }

    void exitStatuses()
    {
        // Usage errors: 2.
        QCOMPARE(runCli({QStringLiteral("diff-outcomes")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("diff-outcomes"), m_edited, QStringLiteral("--bogus")}).exitCode, 2);
        const Run snapshot = runCli({QStringLiteral("diff-outcomes"), kSampleSnapshot});
        QCOMPARE(snapshot.exitCode, 2);
        QVERIFY2(snapshot.err.contains(QStringLiteral("not a project folder")), qPrintable(snapshot.err));
        // Failures: 1.
        const Run missing = runCli({QStringLiteral("diff-outcomes"), m_edited, QStringLiteral("--against"),
                                    m_dir.filePath(QStringLiteral("nope.json"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(QFile::remove(m_edited + QStringLiteral("/.casewright/base.json")));
        const Run neverPulled = runCli({QStringLiteral("diff-outcomes"), m_edited});
        QCOMPARE(neverPulled.exitCode, 1);
        QVERIFY2(neverPulled.err.contains(QStringLiteral("never pulled")), qPrintable(neverPulled.err));
        // With a snapshot to compare against it works without a base.
        const Run againstSnapshot =
            runCli({QStringLiteral("diff-outcomes"), m_edited, QStringLiteral("--against"), kSampleSnapshot,
                    QStringLiteral("--json")});
        QCOMPARE(againstSnapshot.exitCode, 0);
        QCOMPARE(jsonOf(againstSnapshot)[QStringLiteral("cases")].toInt(), 17);
    }
};

QTEST_GUILESS_MAIN(TestCliDiffOutcomes)
#include "test_cli_diff_outcomes.moc"
