// The one CSV reader both CSV formats use (common/csv_records.h): which cells were quoted, cells
// kept as written, and the syntax errors with their line.

#include "common/csv_records.h"

#include <QtTest>

using namespace cw;

class TestCsvRecords : public QObject {
    Q_OBJECT
private slots:
    void unquotedCellsAreKeptAsWrittenAndQuotedOnesAreMarked()
    {
        auto records = parseCsvRecords(" a ,  \"b, c\"  ,\"\"\r\n\"\"\n");
        QVERIFY(records.ok());
        QCOMPARE(records->size(), std::size_t(2)); // a line holding only "" is a record
        QCOMPARE((*records)[0].cells, (std::vector<std::string>{" a ", "b, c", ""}));
        QCOMPARE((*records)[0].quoted, (std::vector<bool>{false, true, true}));
        QCOMPARE((*records)[1].line, 2);
        QCOMPARE((*records)[1].quoted, std::vector<bool>{true});
    }

    void syntaxErrorsSayWhere()
    {
        auto quoteInside = parseCsvRecords("a,b\nc,d\"e\n", "f.csv");
        QVERIFY(!quoteInside.ok());
        QCOMPARE(quoteInside.error().code, std::string("csv.syntax"));
        QCOMPARE(quoteInside.error().where.file, std::string("f.csv"));
        QCOMPARE(quoteInside.error().where.line, 2);
        auto afterQuote = parseCsvRecords("\"a\" b\n");
        QVERIFY(!afterQuote.ok());
        QCOMPARE(afterQuote.error().code, std::string("csv.syntax"));
        auto open = parseCsvRecords("x\n\"two\nlines\n");
        QVERIFY(!open.ok());
        QCOMPARE(open.error().where.line, 2); // where the cell opened
    }

    void cellsAreWrittenSoTheyReadBack()
    {
        for (const std::string text : {"plain", "a, b", "say \"hi\"", " padded ", "two\nlines", ""}) {
            auto records = parseCsvRecords("x," + csvCell(text) + "\n");
            QVERIFY(records.ok());
            QCOMPARE((*records)[0].cells.at(1), text);
        }
    }
};

QTEST_MAIN(TestCsvRecords)
#include "test_csv_records.moc"
