// Loading snapshot and sample-case files: every error names the file, and syntax errors the line
// and column, on top of what the readers report.
#include "wire/wire_json.h"
#include "wire_test_support.h"

#include <QTest>

using namespace cw;
using namespace cw::wiretest;

class TestWireLoadFiles : public QObject {
    Q_OBJECT
private slots:
    void sampleFilesLoad()
    {
        auto snapshot = wire::loadSnapshotFile(sourcePath("resources/sample/support-centre.snapshot.json"));
        QVERIFY2(snapshot.ok(), describe(snapshot));
        auto cases = wire::loadSampleCasesFile(sourcePath("resources/sample/support-centre.cases.json"));
        QVERIFY2(cases.ok(), describe(cases));
    }

    void syntaxErrorInFileHasLineAndColumn()
    {
        const std::string path = fixturePath("bad-syntax.snapshot.json");
        auto snapshot = wire::loadSnapshotFile(path);
        QVERIFY(!snapshot.ok());
        const Error &error = snapshot.error();
        QCOMPARE(error.code, std::string("json.syntax"));
        QCOMPARE(error.where.file, path);
        QCOMPARE(error.where.line, 4);
        // Line 4 is `    {"fieldId": "status" "name": "Status"}`; the stray token spans columns 26-31.
        QVERIFY2(error.where.column >= 26 && error.where.column <= 31, describe(error));
        QVERIFY(error.toString().find(path + ":4:") == 0);
    }

    void duplicateKeyInFileIsRefused()
    {
        const std::string path = fixturePath("duplicate-key.snapshot.json");
        auto snapshot = wire::loadSnapshotFile(path);
        QVERIFY(!snapshot.ok());
        QCOMPARE(snapshot.error().code, std::string("json.duplicate-key"));
        QCOMPARE(snapshot.error().where.file, path);
        QCOMPARE(snapshot.error().where.pointer, std::string("/caseRules/0"));
        QVERIFY(snapshot.error().message.find("\"name\"") != std::string::npos);
    }

    void missingFileIsReportedWithItsPath()
    {
        const std::string path = fixturePath("no-such-file.snapshot.json");
        auto snapshot = wire::loadSnapshotFile(path);
        QVERIFY(!snapshot.ok());
        QCOMPARE(snapshot.error().code, std::string("file.unreadable"));
        QCOMPARE(snapshot.error().where.file, path);

        auto cases = wire::loadSampleCasesFile(path);
        QVERIFY(!cases.ok());
        QCOMPARE(cases.error().where.file, path);
    }

    void badMemberInFileHasFileAndPointer()
    {
        const std::string path = fixturePath("missing-rule-name.snapshot.json");
        auto snapshot = wire::loadSnapshotFile(path);
        QVERIFY(!snapshot.ok());
        QCOMPARE(snapshot.error().code, std::string("wire.missing-member"));
        QCOMPARE(snapshot.error().where.file, path);
        QCOMPARE(snapshot.error().where.pointer, std::string("/caseRules/1"));

        const std::string casesPath = fixturePath("two-member-value.cases.json");
        auto cases = wire::loadSampleCasesFile(casesPath);
        QVERIFY(!cases.ok());
        QCOMPARE(cases.error().code, std::string("wire.union-members"));
        QCOMPARE(cases.error().where.file, casesPath);
        QCOMPARE(cases.error().where.pointer, std::string("/cases/0/fields/1/value"));
    }
};

QTEST_APPLESS_MAIN(TestWireLoadFiles)
#include "test_wire_load_files.moc"
