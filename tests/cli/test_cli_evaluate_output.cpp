// `casewright-cli evaluate` writes its results with a streaming writer, on several threads for
// large inputs. Its bytes must be what the earlier writer printed: data/evaluate/*.out were
// written by casewright-cli before the streaming writer (commit 0e52478: a JSON document dumped
// with toJsonText, a QString table), for the sample, for tricky strings (quotes, backslashes,
// control characters, UTF-8, '%1' in case ids, a field listed twice, unknown members) and for
// no cases. Threads must not change a byte either.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kSource = QStringLiteral(CASEWRIGHT_SOURCE_DIR);
const QString kSnapshot = kSource + QStringLiteral("/resources/sample/support-centre.snapshot.json");
const QString kData = kSource + QStringLiteral("/tests/cli/data/evaluate/");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CASEWRIGHT_CLI_PATH), arguments);
    process.waitForFinished(120000);
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The first line where two outputs differ, for the failure message.
QByteArray firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> a = expected.split('\n');
    const QList<QByteArray> b = actual.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QByteArray left = i < a.size() ? a[i] : QByteArray("<end>");
        const QByteArray right = i < b.size() ? b[i] : QByteArray("<end>");
        if (left != right)
            return "line " + QByteArray::number(i + 1) + ":\n  expected: " + left + "\n  actual:   " + right;
    }
    return "same lines, different bytes";
}
} // namespace

class TestCliEvaluateOutput : public QObject {
    Q_OBJECT
private slots:
    void sameBytesAsBefore_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString sampleCases = kSource + QStringLiteral("/resources/sample/support-centre.cases.json");
        const QString json = QStringLiteral("--json");
        const QString explain = QStringLiteral("--explain");
        const std::vector<std::pair<QString, QString>> inputs = {
            {QStringLiteral("sample"), sampleCases},
            {QStringLiteral("tricky"), QString(kData + QStringLiteral("tricky.cases.json"))},
            {QStringLiteral("empty"), QString(kData + QStringLiteral("empty.cases.json"))}};
        for (const auto &[name, cases] : inputs) {
            const QStringList base{QStringLiteral("evaluate"), kSnapshot, QStringLiteral("--cases"), cases};
            const auto row = [&](const QString &label, const QStringList &extra, const QString &file) {
                QTest::newRow(qPrintable(QString(name + QLatin1Char(' ') + label)))
                    << base + extra << QString(name + file);
            };
            row(QStringLiteral("json"), {json}, QStringLiteral(".json.out"));
            row(QStringLiteral("table"), {}, QStringLiteral(".table.out"));
            row(QStringLiteral("json explain"), {json, explain}, QStringLiteral(".explain.json.out"));
            row(QStringLiteral("table explain"), {explain}, QStringLiteral(".explain.table.out"));
        }
        QTest::newRow("tricky forced template") << QStringList{QStringLiteral("evaluate"),
                                                               kSnapshot,
                                                               QStringLiteral("--cases"),
                                                               kData + QStringLiteral("tricky.cases.json"),
                                                               QStringLiteral("--template"),
                                                               QStringLiteral("Customer support"),
                                                               json}
                                                << QStringLiteral("tricky.forced.json.out");
        QTest::newRow("project samples")
            << QStringList{QStringLiteral("evaluate"), kSource + QStringLiteral("/resources/sample-project"),
                           explain}
            << QStringLiteral("project.explain.table.out");
    }

    void sameBytesAsBefore()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const QByteArray want = readFile(kData + expected);
        QVERIFY(!want.isEmpty() || expected.startsWith(QStringLiteral("empty.")));
        for (const QString &threads : {QStringLiteral("1"), QStringLiteral("3")}) {
            const Run run = runCli(arguments + QStringList{QStringLiteral("--threads"), threads});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out == want, firstDifference(want, run.out).constData());
        }
    }

    // 30,000 cases, more than one round of 4,096-row chunks on four threads: every thread count
    // gives the bytes one thread gives, as JSON and as a table.
    void threadsDoNotChangeTheOutput()
    {
        const QByteArray sample =
            readFile(kSource + QStringLiteral("/resources/sample/support-centre.cases.json"));
        const QJsonArray cases =
            QJsonDocument::fromJson(sample).object().value(QStringLiteral("cases")).toArray();
        QVERIFY(!cases.isEmpty());
        QJsonArray many;
        for (int i = 0; i < 30000; ++i) {
            QJsonObject one = cases[i % cases.size()].toObject();
            one[QStringLiteral("id")] = QStringLiteral("case-%1").arg(i);
            many.append(one);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.cases.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(QJsonObject{{QStringLiteral("cases"), many}}).toJson(QJsonDocument::Compact));
        file.close();
        for (const QStringList &format : {QStringList{QStringLiteral("--json")}, QStringList{}}) {
            const QStringList base =
                QStringList{QStringLiteral("evaluate"), kSnapshot, QStringLiteral("--cases"), path} + format;
            const Run single = runCli(base + QStringList{QStringLiteral("--threads"), QStringLiteral("1")});
            QCOMPARE(single.exitCode, 0);
            QVERIFY(single.out.size() > 1000000);
            for (const QString &threads : {QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("7")}) {
                const Run parallel = runCli(base + QStringList{QStringLiteral("--threads"), threads});
                QCOMPARE(parallel.exitCode, 0);
                QVERIFY2(parallel.out == single.out, firstDifference(single.out, parallel.out).constData());
            }
            const Run automatic = runCli(base); // 30,000 cases: every core
            QVERIFY(automatic.out == single.out);
        }
    }

    void badThreadCountIsAUsageError()
    {
        const Run run = runCli({QStringLiteral("evaluate"), kSnapshot, QStringLiteral("--cases"),
                                QString(kData + QStringLiteral("empty.cases.json")),
                                QStringLiteral("--threads"), QStringLiteral("0")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--threads"));
    }

    // The first case whose template is missing stops the command before any result is printed.
    void aBadCaseLatePrintsNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("late.cases.json"));
        QByteArray text = "{\"cases\": [";
        for (int i = 0; i < 25000; ++i)
            text += "{\"id\": \"c" + QByteArray::number(i) +
                    "\", \"templateId\": \"66fb10d0-289e-58cc-94e8-03b79f8ad8b8\", \"fields\": []},";
        text += "{\"id\": \"last\", \"templateId\": \"nope\", \"fields\": []}]}";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        const Run run = runCli({QStringLiteral("evaluate"), kSnapshot, QStringLiteral("--cases"), path,
                                QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("/cases/25000/templateId (last)") &&
                     run.err.contains("evaluate.unknown-template"),
                 run.err.constData());
    }
};

QTEST_APPLESS_MAIN(TestCliEvaluateOutput)
#include "test_cli_evaluate_output.moc"
