// The admin website's options CSV (project/options_csv.h): RFC 4180 records, the 4-column header,
// a round trip of the sample project's rules, and the website's validation -- an unknown parent
// value is an error with its line, an unknown child value skips its row and is listed.

#include "project/options_csv.h"
#include "project/project_io.h"

#include <QtTest>

using namespace cw;
using project::readOptionsCsv;

namespace {
const std::string kCategory = "494a2506-681f-5d8b-9091-d436305b9d66";
const std::string kSubcategory = "ee84b1cd-0952-5c83-b7e1-64c2886bf74a";
const std::string kPriority = "10fd19fe-bb18-514b-978f-b601f0533303";
const char *const kHeader = "Parent Field Name,Child Field Name,Parent Value,Child Value\r\n";

std::string csv(const std::string &rows)
{
    return kHeader + rows;
}
} // namespace

class TestOptionsCsv : public QObject {
    Q_OBJECT
private:
    project::Project m_project;
    DomainSnapshot m_snapshot;

    const CaseRule &rule(const char *slug) const { return m_project.findRuleBySlug(slug)->rule; }

private slots:
    void initTestCase()
    {
        auto loaded = project::loadProject(std::string(CASEWRIGHT_SOURCE_DIR "/resources/sample-project"));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().toString().c_str());
        m_project = loaded->project;
        m_snapshot = m_project.workingSnapshot();
    }

    void recordsFollowRfc4180()
    {
        auto records = project::parseCsvRecords("\xEF\xBB\xBF"
                                                "a,\"b, c\",\"say \"\"hi\"\"\"\r\n"
                                                "\r\n"
                                                " d , \"two\nlines\",\n"
                                                "e,f,g");
        QVERIFY(records.ok());
        QCOMPARE(records->size(), std::size_t(3));
        QCOMPARE((*records)[0].cells, (std::vector<std::string>{"a", "b, c", "say \"hi\""}));
        QCOMPARE((*records)[1].line, 3);
        QCOMPARE((*records)[1].cells, (std::vector<std::string>{"d", "two\nlines", ""}));
        QCOMPARE((*records)[2].line, 5); // the quoted line break counts
        QCOMPARE(project::csvCell("a, \"b\""), std::string("\"a, \"\"b\"\"\""));
        QCOMPARE(project::csvCell(" padded"), std::string("\" padded\""));
        QCOMPARE(project::csvCell("plain"), std::string("plain"));

        auto open = project::parseCsvRecords("a,b\n\"never closed,c\n");
        QVERIFY(!open.ok());
        QCOMPARE(open.error().code, std::string("csv.syntax"));
        QCOMPARE(open.error().where.line, 2);
        QVERIFY(!project::parseCsvRecords("\"a\"b,c\n").ok());
    }

    void exportThenImportGivesTheSameMappings_data()
    {
        QTest::addColumn<QString>("slug");
        QTest::newRow("subcategories") << QStringLiteral("subcategories-by-category");
        QTest::newRow("response targets") << QStringLiteral("response-targets-by-priority");
    }

    void exportThenImportGivesTheSameMappings()
    {
        QFETCH(QString, slug);
        const FieldOptionsRule &options = rule(slug.toUtf8().constData()).rule.options;
        auto text = project::writeOptionsCsv(options, m_snapshot);
        QVERIFY(text.ok());
        QVERIFY(text->rfind(kHeader, 0) == 0);
        auto imported = readOptionsCsv(*text, m_snapshot, options.parentFieldId, options.childFieldId);
        QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().toString().c_str());
        QCOMPARE(imported->parentFieldId, *options.parentFieldId);
        QCOMPARE(imported->childFieldId, *options.childFieldId);
        QVERIFY(imported->skipped.empty());
        QCOMPARE(imported->mappings.size(), options.mappings.size());
        for (std::size_t i = 0; i < options.mappings.size(); ++i) {
            QCOMPARE(imported->mappings[i].parentValue, options.mappings[i].parentValue);
            QCOMPARE(imported->mappings[i].childValues, options.mappings[i].childValues);
        }
    }

    void namesAndValuesAreBothAccepted()
    {
        // Option names or values; repeated rows count once; a rule without fields takes the file's.
        auto imported = readOptionsCsv(csv("Category,Subcategory,Billing,Refund\r\n"
                                           "Category,Subcategory,billing,overcharge\r\n"
                                           "Category,Subcategory,billing,refund\r\n"
                                           "Category,Subcategory,Account,\r\n"),
                                       m_snapshot, std::nullopt, std::nullopt);
        QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().toString().c_str());
        QCOMPARE(imported->parentFieldId, kCategory);
        QCOMPARE(imported->childFieldId, kSubcategory);
        QCOMPARE(imported->rowCount, 4);
        QCOMPARE(imported->mappings.size(), std::size_t(2));
        QCOMPARE(imported->mappings[0].parentValue, std::string("billing"));
        QCOMPARE(imported->mappings[0].childValues, (std::vector<std::string>{"refund", "overcharge"}));
        QCOMPARE(imported->mappings[1].parentValue, std::string("account"));
        QVERIFY(imported->mappings[1].childValues.empty()); // an empty child value maps to nothing
    }

    void unknownParentValueIsAnErrorWithItsLine()
    {
        auto imported = readOptionsCsv(csv("Category,Subcategory,billing,refund\r\n"
                                           "Category,Subcategory,Returns,refund\r\n"),
                                       m_snapshot, kCategory, kSubcategory, "upload.csv");
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, std::string("csv.parent-value-unknown"));
        QCOMPARE(imported.error().where.line, 3);
        QVERIFY(imported.error().message.find("\"Returns\" is not an option of Category") !=
                std::string::npos);
        QCOMPARE(imported.error().toString().rfind("upload.csv:3: ", 0), std::size_t(0));
    }

    void unknownChildValueSkipsItsRow()
    {
        auto imported = readOptionsCsv(csv("Category,Subcategory,billing,refund\r\n"
                                           "Category,Subcategory,billing,Gift card\r\n"
                                           "Category,Subcategory,shipping,teleport\r\n"),
                                       m_snapshot, kCategory, kSubcategory);
        QVERIFY(imported.ok());
        QCOMPARE(imported->mappings.size(), std::size_t(1)); // shipping had no valid row: left unmapped
        QCOMPARE(imported->mappings[0].childValues, std::vector<std::string>{"refund"});
        QCOMPARE(imported->skipped.size(), std::size_t(2));
        QCOMPARE(imported->skipped[0].line, 3);
        QCOMPARE(imported->skipped[0].childValue, std::string("Gift card"));
        QCOMPARE(imported->skipped[1].line, 4);
        QVERIFY(imported->skipped[1].reason.find("\"teleport\" is not an option of Subcategory") !=
                std::string::npos);
    }

    void oneRulePerFile()
    {
        auto mixed = readOptionsCsv(csv("Category,Subcategory,billing,refund\r\n"
                                        "Priority,Response target,low,1h\r\n"),
                                    m_snapshot, std::nullopt, std::nullopt);
        QVERIFY(!mixed.ok());
        QCOMPARE(mixed.error().code, std::string("csv.fields-mixed"));
        QCOMPARE(mixed.error().where.line, 3);

        auto other = readOptionsCsv(csv("Category,Subcategory,billing,refund\r\n"), m_snapshot, kPriority,
                                    std::nullopt);
        QVERIFY(!other.ok());
        QCOMPARE(other.error().code, std::string("csv.fields-mismatch"));
        QCOMPARE(other.error().where.line, 2);
    }

    void malformedFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::newRow("wrong header") << QByteArray("Parent,Child,Value\nCategory,Subcategory,billing\n")
                                      << QStringLiteral("csv.header") << 1;
        QTest::newRow("header only") << QByteArray(kHeader) << QStringLiteral("csv.empty") << 1;
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("csv.empty") << 0;
        QTest::newRow("three cells") << QByteArray(csv("Category,Subcategory,billing\r\n").c_str())
                                     << QStringLiteral("csv.columns") << 2;
        QTest::newRow("unknown field") << QByteArray(csv("Kategory,Subcategory,billing,refund\r\n").c_str())
                                       << QStringLiteral("csv.field-unknown") << 2;
        QTest::newRow("not single-select") << QByteArray(csv("Title,Subcategory,billing,refund\r\n").c_str())
                                           << QStringLiteral("csv.field-type") << 2;
        QTest::newRow("empty parent") << QByteArray(csv("Category,Subcategory,,refund\r\n").c_str())
                                      << QStringLiteral("csv.parent-value-empty") << 2;
    }

    void malformedFilesAreRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        QFETCH(int, line);
        auto imported = readOptionsCsv(text.toStdString(), m_snapshot, std::nullopt, std::nullopt);
        QVERIFY(!imported.ok());
        QCOMPARE(QString::fromStdString(imported.error().code), code);
        QCOMPARE(imported.error().where.line, line);
    }

    void exportNeedsBothFields()
    {
        FieldOptionsRule options = rule("subcategories-by-category").rule.options;
        options.childFieldId.reset();
        QVERIFY(!project::writeOptionsCsv(options, m_snapshot).ok());
    }
};

QTEST_GUILESS_MAIN(TestOptionsCsv)
#include "test_options_csv.moc"
