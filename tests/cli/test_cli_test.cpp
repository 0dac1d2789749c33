// casewright-cli test: the bundled sample project's expectations hold (exit 0); a rule edit that
// breaks one fails it (exit 1) with case, template, field, expected, actual, why and where, in
// text, JSON and JUnit XML (validated against the JUnit schema CI systems read); a bad
// expectation is an error with file and pointer; wrong arguments exit 2.
#include "cli_test_support.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
using namespace cw::clitest;

const QString kSchema = QStringLiteral(CASEWRIGHT_SOURCE_DIR "/tests/cli/data/junit/junit.xsd");
const QString kCustomerSupport = QStringLiteral("66fb10d0-289e-58cc-94e8-03b79f8ad8b8");
const QString kResolutionRule = QStringLiteral("rules/resolution-notes-required-when-closed.json");

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

// A writable copy of the sample project.
QString copySampleProject(const QTemporaryDir &dir)
{
    const QString target = dir.filePath(QStringLiteral("project"));
    QDirIterator it(kSampleProject, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString copy = target + QLatin1Char('/') + QDir(kSampleProject).relativeFilePath(source);
        QDir().mkpath(QFileInfo(copy).path());
        if (!QFile::copy(source, copy))
            return {};
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    }
    return target;
}

// Closed cases no longer need resolution notes: the sample's expectations that they do fail.
bool breakResolutionRule(const QString &project)
{
    const QString path = project + QLatin1Char('/') + kResolutionRule;
    QByteArray text = readAll(path);
    if (!text.contains("\"closed\""))
        return false;
    text.replace("\"closed\"", "\"pending\"");
    return !writeFile(path, text).isEmpty();
}

QByteArray casesWith(const QByteArray &expect)
{
    return R"({"cases": [{"id": "c1", "templateId": ")" + kCustomerSupport.toUtf8() +
           R"(", "fields": [{"id": "status", "value": {"stringValue": "closed"}}], "expect": )" + expect +
           "}]}";
}
} // namespace

class TestCliTest : public QObject {
    Q_OBJECT
private slots:
    void theSampleProjectsExpectationsHold()
    {
        const Run run = runCli({QStringLiteral("test"), kSampleProject});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral(": all hold")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("FAIL")), qPrintable(run.out));
        // plan and status show the same summary.
        const Run plan = runCli({QStringLiteral("plan"), kSampleProject});
        QVERIFY2(plan.out.contains(QStringLiteral("tests: ")) &&
                     plan.out.contains(QStringLiteral("all hold")),
                 qPrintable(plan.out));
        const Run status = runCli({QStringLiteral("status"), QStringLiteral("--json"), kSampleProject});
        const QJsonObject tests =
            QJsonDocument::fromJson(status.out.toUtf8()).object()[QStringLiteral("tests")].toObject();
        QCOMPARE(tests[QStringLiteral("passed")].toBool(), true);
        QVERIFY(tests[QStringLiteral("expectations")].toInt() > 0);
    }

    void aBrokenExpectationFailsWithWhatWhyAndWhere()
    {
        QTemporaryDir dir;
        const QString project = copySampleProject(dir);
        QVERIFY(!project.isEmpty());
        QVERIFY(breakResolutionRule(project));
        const Run run = runCli({QStringLiteral("test"), project});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.out.contains(QStringLiteral("(template \"Customer support\"): Resolution notes: required "
                                            "expected true, the rules give false")),
            qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("because rule \"Resolution notes required when closed\": no "
                                                 "condition is true")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(project + QStringLiteral("/samples/support-centre.json: /cases/")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("/required (")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral(" fail (in ")), qPrintable(run.out));

        const Run json = runCli({QStringLiteral("test"), QStringLiteral("--json"), project});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(report[QStringLiteral("passed")].toBool(), false);
        const QJsonArray failures = report[QStringLiteral("failures")].toArray();
        QVERIFY(!failures.isEmpty());
        QCOMPARE(report[QStringLiteral("failed")].toInt(), failures.size());
        const QJsonObject first = failures.first().toObject();
        QCOMPARE(first[QStringLiteral("field")].toString(), QStringLiteral("Resolution notes"));
        QCOMPARE(first[QStringLiteral("aspect")].toString(), QStringLiteral("required"));
        QCOMPARE(first[QStringLiteral("expected")].toBool(), true);
        QCOMPARE(first[QStringLiteral("actual")].toBool(), false);
        QVERIFY(first[QStringLiteral("pointer")].toString().endsWith(QStringLiteral("/required")));
        QVERIFY(!first[QStringLiteral("why")].toArray().isEmpty());
        QVERIFY(!first[QStringLiteral("case")].toString().isEmpty());
        QCOMPARE(first[QStringLiteral("templateName")].toString(), QStringLiteral("Customer support"));
    }

    void junitReportMatchesTheSchema()
    {
        QTemporaryDir dir;
        const QString project = copySampleProject(dir);
        QVERIFY(breakResolutionRule(project));
        const QString junit = dir.filePath(QStringLiteral("results.xml"));
        const Run run = runCli({QStringLiteral("test"), QStringLiteral("--junit"), junit, project});
        QCOMPARE(run.exitCode, 1);
        const QByteArray xml = readAll(junit);
        QVERIFY(!xml.isEmpty());

        // Structure, as a CI reader walks it: testsuites > testsuite > testcase > failure.
        QXmlStreamReader reader(xml);
        int suites = 0, cases = 0, failures = 0, declaredTests = -1, declaredFailures = -1;
        QStringList path;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                const QString name = reader.name().toString();
                const QString parent = path.isEmpty() ? QString() : path.last();
                if (name == QLatin1String("testsuites")) {
                    QVERIFY(parent.isEmpty());
                } else if (name == QLatin1String("testsuite")) {
                    QCOMPARE(parent, QStringLiteral("testsuites"));
                    ++suites;
                    declaredTests = reader.attributes().value(QStringLiteral("tests")).toInt();
                    declaredFailures = reader.attributes().value(QStringLiteral("failures")).toInt();
                } else if (name == QLatin1String("testcase")) {
                    QCOMPARE(parent, QStringLiteral("testsuite"));
                    QVERIFY(!reader.attributes().value(QStringLiteral("name")).isEmpty());
                    QVERIFY(!reader.attributes().value(QStringLiteral("classname")).isEmpty());
                    ++cases;
                } else if (name == QLatin1String("failure")) {
                    QCOMPARE(parent, QStringLiteral("testcase"));
                    QVERIFY(reader.attributes()
                                .value(QStringLiteral("message"))
                                .contains(QStringLiteral("Resolution notes: required expected true")));
                    ++failures;
                } else {
                    QFAIL(qPrintable(QStringLiteral("unexpected element ") + name));
                }
                path << name;
            } else if (reader.isEndElement()) {
                path.removeLast();
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(suites, 1);
        QCOMPARE(declaredTests, cases);
        QCOMPARE(declaredFailures, failures);
        QVERIFY(failures > 0 && failures < cases);

        // And against the schema, with xmllint (libxml2-utils) where it is installed.
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (xmllint.isEmpty())
            QSKIP("xmllint is not installed (libxml2-utils): checked the structure only");
        QProcess validate;
        validate.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"), kSchema, junit});
        QVERIFY(validate.waitForFinished(30000));
        QVERIFY2(validate.exitCode() == 0, validate.readAllStandardError().constData());
        // The schema can fail: a testcase without its classname is refused.
        QByteArray broken = xml;
        broken.replace("<testcase classname=", "<testcase class=");
        const QString brokenPath = writeFile(dir.filePath(QStringLiteral("broken.xml")), broken);
        validate.start(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"), kSchema, brokenPath});
        QVERIFY(validate.waitForFinished(30000));
        QVERIFY(validate.exitCode() != 0);
    }

    void casesFileOnASnapshot()
    {
        QTemporaryDir dir;
        // Keys by name and by id; options in any order.
        const QString holds = writeFile(
            dir.filePath(QStringLiteral("holds.json")),
            casesWith(R"({"Resolution notes": {"required": true}, "ee84b1cd-0952-5c83-b7e1-64c2886bf74a":
                          {"options": ["refund", "overcharge", "invoice", "outage", "bug", "login", "password",
                                       "lost_parcel", "damaged", "late_delivery"]}})"));
        Run run = runCli({QStringLiteral("test"), kSampleSnapshot, QStringLiteral("--cases"), holds});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("2 expectations in 1 case: all hold")), qPrintable(run.out));

        const QString fails = writeFile(dir.filePath(QStringLiteral("fails.json")),
                                        casesWith(R"({"Resolution notes": {"hidden": true}})"));
        run = runCli({QStringLiteral("test"), kSampleSnapshot, QStringLiteral("--cases"), fails});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(fails + QStringLiteral(": /cases/0/expect/Resolution notes/hidden (c1)")),
                 qPrintable(run.out));
    }

    void badExpectationsAreErrorsWithFileAndPointer_data()
    {
        QTest::addColumn<QByteArray>("expect");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown field")
            << QByteArray(R"({"Resolution": {"required": true}})")
            << QStringLiteral("/cases/0/expect/Resolution") << QStringLiteral("expect.unknown-field");
        QTest::newRow("wrong type") << QByteArray(R"({"Resolution notes": {"required": 1}})")
                                    << QStringLiteral("/cases/0/expect/Resolution notes/required")
                                    << QStringLiteral("wire.type");
        QTest::newRow("unknown key") << QByteArray(R"({"Resolution notes": {"mandatory": true}})")
                                     << QStringLiteral("/cases/0/expect/Resolution notes/mandatory")
                                     << QStringLiteral("expect.unknown-key");
    }
    void badExpectationsAreErrorsWithFileAndPointer()
    {
        QFETCH(QByteArray, expect);
        QFETCH(QString, pointer);
        QFETCH(QString, code);
        QTemporaryDir dir;
        const QString cases = writeFile(dir.filePath(QStringLiteral("cases.json")), casesWith(expect));
        const Run run = runCli({QStringLiteral("test"), kSampleSnapshot, QStringLiteral("--cases"), cases});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(cases + QStringLiteral(": ") + pointer), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1Char('[') + code + QLatin1Char(']')), qPrintable(run.err));
        // In a project's samples too, with the sample file's path.
        const QString project = copySampleProject(dir);
        writeFile(project + QStringLiteral("/samples/extra.json"), casesWith(expect));
        const Run inProject = runCli({QStringLiteral("test"), project});
        QCOMPARE(inProject.exitCode, 1);
        QVERIFY2(inProject.err.contains(project + QStringLiteral("/samples/extra.json: ") + pointer),
                 qPrintable(inProject.err));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(runCli({QStringLiteral("test")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("test"), kSampleProject, kSampleProject}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("test"), QStringLiteral("--bogus"), kSampleProject}).exitCode, 2);
        const Run noCases = runCli({QStringLiteral("test"), kSampleSnapshot});
        QCOMPARE(noCases.exitCode, 2);
        QVERIFY2(noCases.err.contains(QStringLiteral("--cases")), qPrintable(noCases.err));
        QCOMPARE(runCli({QStringLiteral("test"), kSampleProject, QStringLiteral("--junit")}).exitCode, 2);
        const Run help = runCli({QStringLiteral("test"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--junit")));
    }
};

QTEST_GUILESS_MAIN(TestCliTest)
#include "test_cli_test.moc"
