// export --format terraform|jsonlogic and import --format jsonlogic through the real program:
// the Terraform file is the golden one with the CloudFormation export's warnings, JsonLogic comes
// out for every required/hidden rule (or one), a rule exported and imported again is the same
// rule, and a JsonLogic construct Casewright cannot express is refused with its JSON pointer,
// leaving the project untouched.
#include "cli_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
using namespace cw::clitest;

const QString kSample = kSampleSnapshot;
const QString kGolden = QStringLiteral(CASEWRIGHT_SOURCE_DIR "/tests/project/data/support-centre.tf");

QJsonObject ruleOf(const QString &file)
{
    return QJsonDocument::fromJson(readAll(file)).object()[QStringLiteral("rule")].toObject();
}
} // namespace

class TestCliExportCode : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void terraform()
    {
        const Run run = runCli(
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("terraform"), kSample});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QString::fromUtf8(readAll(kGolden)));
        const QStringList warnings = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(warnings.size(), 12);
        QCOMPARE(warnings.filter(QStringLiteral("which awscc_cases_case_rule cannot express")).size(), 5);
        // --output writes what standard output shows; a project folder exports like its snapshot
        // (in the order of its rule files), with the same warnings.
        const Run project = runCli({QStringLiteral("export"), QStringLiteral("--format"),
                                    QStringLiteral("terraform"), kSampleProject});
        QCOMPARE(project.exitCode, 0);
        QCOMPARE(project.err.split(QLatin1Char('\n')).size(), run.err.split(QLatin1Char('\n')).size());
        const QString output = m_dir.filePath(QStringLiteral("domain.tf"));
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("terraform"),
                         kSampleProject, QStringLiteral("--output"), output})
                     .exitCode,
                 0);
        QCOMPARE(QString::fromUtf8(readAll(output)), project.out);
    }

    void jsonLogicEveryRuleAndOne()
    {
        const Run all = runCli(
            {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonlogic"), kSample});
        QCOMPARE(all.exitCode, 0);
        const QJsonArray rules =
            QJsonDocument::fromJson(all.out.toUtf8()).object()[QStringLiteral("rules")].toArray();
        QCOMPARE(rules.size(), 8); // the 10 sample rules but the two fieldOptions ones
        QCOMPARE(all.err.count(QStringLiteral("is not a required or hidden rule")), 2);
        for (const QJsonValue &rule : rules) {
            QVERIFY(!rule[QStringLiteral("caseRuleId")].toString().isEmpty());
            QVERIFY(rule[QStringLiteral("type")] == QStringLiteral("required") ||
                    rule[QStringLiteral("type")] == QStringLiteral("hidden"));
            QVERIFY(rule[QStringLiteral("jsonLogic")].isObject() ||
                    rule[QStringLiteral("jsonLogic")].isBool());
        }
        const Run one = runCli({QStringLiteral("export"), QStringLiteral("--format"),
                                QStringLiteral("jsonlogic"), kSample, QStringLiteral("--rule"),
                                QStringLiteral("Resolution notes required when closed")});
        QCOMPARE(one.exitCode, 0);
        const QJsonObject expected =
            QJsonDocument::fromJson(R"({"if": [{"===": [{"var": "status"}, "closed"]}, true, false]})")
                .object();
        QCOMPARE(QJsonDocument::fromJson(one.out.toUtf8()).object(), expected);
    }

    void exportUsageAndFailures()
    {
        QCOMPARE(
            runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("yaml"), kSample})
                .exitCode,
            2);
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("terraform"),
                         kSample, QStringLiteral("--rule"), QStringLiteral("x")})
                     .exitCode,
                 2);
        const Run unknown =
            runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonlogic"),
                    kSample, QStringLiteral("--rule"), QStringLiteral("No such rule")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(QStringLiteral("no rule with id or name")), qPrintable(unknown.err));
        const Run options =
            runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonlogic"),
                    kSampleProject, QStringLiteral("--rule"), QStringLiteral("Subcategories by category")});
        QCOMPARE(options.exitCode, 1);
        QVERIFY2(options.err.contains(QStringLiteral("rules/subcategories-by-category.json")),
                 qPrintable(options.err));
    }

    void exportedRulesImportAsTheSameRules()
    {
        const QString project = m_dir.filePath(QStringLiteral("round-trip"));
        QVERIFY(copyTree(kSampleProject, project));
        QDirIterator it(project + QStringLiteral("/rules"), {QStringLiteral("*.json")}, QDir::Files);
        int imported = 0;
        while (it.hasNext()) {
            const QString file = it.next();
            const QJsonObject original = ruleOf(file);
            if (original.contains(QStringLiteral("fieldOptions")))
                continue;
            const QString name =
                QJsonDocument::fromJson(readAll(file)).object()[QStringLiteral("name")].toString();
            const Run exported =
                runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("jsonlogic"),
                        project, QStringLiteral("--rule"), name});
            QCOMPARE(exported.exitCode, 0);
            const QString logic = m_dir.filePath(QStringLiteral("logic-%1.json").arg(imported));
            writeAll(logic, exported.out.toUtf8());
            // Into a new rule of the same kind...
            const QString kind = original.keys().front();
            const QString copyName = name + QStringLiteral(" (copy)");
            const Run added =
                runCli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("jsonlogic"),
                        project, QStringLiteral("--rule"), copyName, QStringLiteral("--kind"), kind, logic});
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
            QDirIterator copies(project + QStringLiteral("/rules"), {QStringLiteral("*-copy.json")},
                                QDir::Files);
            bool found = false;
            while (copies.hasNext()) {
                const QString copy = copies.next();
                if (QJsonDocument::fromJson(readAll(copy)).object()[QStringLiteral("name")].toString() ==
                    copyName) {
                    QCOMPARE(ruleOf(copy), original);
                    found = true;
                }
            }
            QVERIFY2(found, qPrintable(copyName));
            // ...and into the rule itself, which then does not change.
            const QByteArray before = readAll(file);
            const Run same =
                runCli({QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("jsonlogic"),
                        project, QStringLiteral("--rule"), name, logic});
            QVERIFY2(same.exitCode == 0, qPrintable(same.err));
            QCOMPARE(readAll(file), before);
            ++imported;
        }
        QCOMPARE(imported, 8);
        QCOMPARE(runCli({QStringLiteral("validate"), project}).exitCode, 0);
    }

    void importChangesARule()
    {
        const QString project = m_dir.filePath(QStringLiteral("change"));
        QVERIFY(copyTree(kSampleProject, project));
        const QString logic = m_dir.filePath(QStringLiteral("change.json"));
        // react-querybuilder's output names fields by name.
        writeAll(
            logic,
            R"({"or": [{"==": [{"var": "Status"}, "closed"]}, {"==": [{"var": "Status"}, "pending"]}]})");
        const Run run = runCli({QStringLiteral("import"), QStringLiteral("--format"),
                                QStringLiteral("jsonlogic"), project, QStringLiteral("--rule"),
                                QStringLiteral("Resolution notes required when closed"), logic});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject rule =
            ruleOf(project + QStringLiteral("/rules/resolution-notes-required-when-closed.json"));
        const QJsonArray conditions =
            rule[QStringLiteral("required")][QStringLiteral("conditions")].toArray();
        QCOMPARE(conditions.size(), 1);
        QCOMPARE(conditions[0][QStringLiteral("orAll")][QStringLiteral("conditions")].toArray().size(), 2);
        const Run plan = runCli({QStringLiteral("plan"), project});
        QVERIFY2(plan.out.contains(QStringLiteral("Resolution notes required when closed")),
                 qPrintable(plan.out));
    }

    void importRefusesAndWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("logic");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unsupported operator")
            << QByteArray(
                   R"({"and": [{"==": [{"var": "status"}, "a"]}, {"in": [{"var": "status"}, ["a"]]}]})")
            << QStringList() << 1 << QStringLiteral("/and/1");
        QTest::newRow("unknown field") << QByteArray(R"({"==": [{"var": "Nope"}, "a"]})") << QStringList()
                                       << 1 << QStringLiteral("/==/0/var");
        QTest::newRow("syntax error")
            << QByteArray(R"({"==": [)") << QStringList() << 1 << QStringLiteral("logic.json:1:");
        QTest::newRow("over the service's limits")
            << QByteArray(
                   R"({"if": [{"==": [{"var": "status"}, "a"]}, true, {"==": [{"var": "status"}, "b"]}, true,
                 {"==": [{"var": "status"}, "c"]}, true, {"==": [{"var": "status"}, "d"]}, true,
                 {"==": [{"var": "status"}, "e"]}, true, {"==": [{"var": "status"}, "f"]}, true, false]})")
            << QStringList() << 1 << QStringLiteral("nothing was imported");
        QTest::newRow("new rule without --kind")
            << QByteArray("true") << QStringList{QStringLiteral("--rule"), QStringLiteral("Brand new")} << 2
            << QStringLiteral("--kind");
        QTest::newRow("kind differs")
            << QByteArray("true") << QStringList{QStringLiteral("--kind"), QStringLiteral("hidden")} << 2
            << QStringLiteral("is a required rule");
        QTest::newRow("fieldOptions rule")
            << QByteArray("true")
            << QStringList{QStringLiteral("--rule"), QStringLiteral("Subcategories by category")} << 2
            << QStringLiteral("not a required or hidden rule");
    }
    void importRefusesAndWritesNothing()
    {
        QFETCH(QByteArray, logic);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString project =
            m_dir.filePath(QStringLiteral("refuse-") + QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(copyTree(kSampleProject, project));
        const QString file = m_dir.filePath(QStringLiteral("logic.json"));
        writeAll(file, logic);
        const auto before = fingerprint(project);
        QStringList arguments{QStringLiteral("import"), QStringLiteral("--format"),
                              QStringLiteral("jsonlogic"), project};
        if (!extra.contains(QStringLiteral("--rule")))
            arguments << QStringLiteral("--rule") << QStringLiteral("Resolution notes required when closed");
        const Run run = runCli(arguments + extra + QStringList{file});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(fingerprint(project), before);
    }
};

QTEST_GUILESS_MAIN(TestCliExportCode)
#include "test_cli_export_code.moc"
