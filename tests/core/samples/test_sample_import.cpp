// Importing sample cases: the CSV reader (quoting, headers by name or id, typed cells, errors
// that say where) and the JSON reader. (The preview pane's import into new sample files is
// tests/ui/preview/test_ui_sample_import.cpp.)

#include "../sample_domain.h"
#include "common/csv_records.h"
#include "samples/sample_import.h"
#include "wire/wire_json.h"

#include <QtTest>

using namespace cw;
using namespace cw::coretest;

class TestSampleImport : public QObject {
    Q_OBJECT
private:
    const DomainSnapshot m_snapshot = sampleDomain();

private slots:
    void csvQuotingFollowsRfc4180()
    {
        auto records =
            parseCsvRecords("\xEF\xBB\xBFid,title\r\na,\"Hello, \"\"world\"\"\"\n\nb,\"two\nlines\"\nc,\n");
        QVERIFY(records);
        QCOMPARE(records->size(), std::size_t(4));
        QCOMPARE((*records)[0].cells, (std::vector<std::string>{"id", "title"}));
        QCOMPARE((*records)[1].cells[1], std::string("Hello, \"world\""));
        QCOMPARE((*records)[2].cells[1], std::string("two\nlines"));
        QCOMPARE((*records)[2].line, 4);
        QCOMPARE((*records)[3].line, 6);
        QCOMPARE((*records)[3].cells, (std::vector<std::string>{"c", ""}));
        auto open = parseCsvRecords("a,\"never closed\n", "x.csv");
        QVERIFY(!open);
        QCOMPARE(open.error().where.file, std::string("x.csv"));
        QVERIFY(!parseCsvRecords("a,b\"c\n"));
    }

    void csvCellsAreTypedByTheirField()
    {
        const DomainSnapshot &snapshot = m_snapshot;
        SampleImportOptions options;
        options.fileName = "cases.csv";
        options.defaultTemplateId = kCustomerSupport.toStdString();
        options.takenIds = {"taken"};
        // Columns by name (any case) and by id; "template" by name; an option given by its name.
        const std::string csv = "Id,Template,status,PRIORITY," + kRefundAmount +
                                ",VIP customer,Resolution notes\n"
                                "taken,Billing dispute,Closed,high,49.99,true,\"Refunded, with notes\"\n"
                                ",,open,(empty),,FALSE,\n";
        auto cases = readSampleCasesCsv(csv, snapshot, options);
        QVERIFY2(cases, cases ? "" : cases.error().toString().c_str());
        QCOMPARE(cases->size(), std::size_t(2));
        const SampleCase &first = (*cases)[0];
        QCOMPARE(first.id, std::string("taken-2")); // the id was taken
        QCOMPARE(first.templateId, kBillingDispute.toStdString());
        QCOMPARE(first.find(kStatus)->text, std::string("closed"));
        QCOMPARE(first.find(kPriority)->text, std::string("high"));
        QCOMPARE(first.find(kRefundAmount)->kind, Value::Kind::Double);
        QCOMPARE(first.find(kRefundAmount)->number, 49.99);
        QCOMPARE(first.find(kVip)->boolean, true);
        QCOMPARE(first.find(kResolutionNotes)->text, std::string("Refunded, with notes"));
        const SampleCase &second = (*cases)[1];
        QCOMPARE(second.id, std::string("imported-2"));
        QCOMPARE(second.templateId, kCustomerSupport.toStdString());
        QCOMPARE(second.find(kPriority)->kind, Value::Kind::Empty);
        QVERIFY(second.find(kRefundAmount) == nullptr); // an empty cell leaves the field out
        QCOMPARE(second.find(kVip)->boolean, false);

        auto unknown = readSampleCasesCsv("id,Colour\nx,red\n", snapshot, options);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().where.column, 2);
        QVERIFY(unknown.error().message.find("Colour") != std::string::npos);
        auto notNumber = readSampleCasesCsv("id,Refund amount\nx,1\ny,lots\n", snapshot, options);
        QVERIFY(!notNumber);
        QCOMPARE(notNumber.error().where.line, 3);
        QCOMPARE(notNumber.error().where.column, 2);
        QCOMPARE(notNumber.error().where.file, std::string("cases.csv"));
    }

    void jsonKeepsTheWireShape()
    {
        SampleImportOptions options;
        options.defaultTemplateId = "t";
        options.takenIds = {"a"};
        auto cases = readSampleCasesJson(
            R"({"cases": [{"id": "a", "fields": [{"id": "status", "value": {"stringValue": "open"}}]},
                          {"id": "b", "templateId": "u", "fields": []}]})",
            options);
        QVERIFY(cases);
        QCOMPARE((*cases)[0].id, std::string("a-2"));
        QCOMPARE((*cases)[0].templateId, std::string("t"));
        QCOMPARE((*cases)[1].templateId, std::string("u"));
        auto broken = readSampleCasesJson(R"({"cases": [{"id": 3}]})", options);
        QVERIFY(!broken);
        QVERIFY(!broken.error().where.pointer.empty());
    }

    // The import reads with the bulk reader (the one `evaluate` uses), which skips what it does
    // not know; the preview writes the cases back to samples/*.json, where a file keeps what it
    // was given. So the unknown members of the cases and of their fields come back, in any JSON
    // type, and the wire writer puts them out again.
    void jsonKeepsUnknownMembersForTheRoundTrip()
    {
        const std::string text = R"({"cases": [
            {"id": "a", "templateId": "t", "note": {"by": ["x", 1, null]}, "score": 2.5,
             "fields": [{"id": "status", "value": {"stringValue": "open"}, "source": "crm"},
                        {"id": "amount", "value": {"doubleValue": 5}},
                        {"id": "later", "value": {"someNewValue": {"n": 1}}, "flags": [true]}]},
            {"id": "b", "templateId": "t", "fields": [{"id": "status", "value": {"stringValue": "closed"}}]}],
            "generator": "crm-export"})";
        auto cases = readSampleCasesJson(text, SampleImportOptions{});
        QVERIFY(cases);
        QCOMPARE(cases->size(), std::size_t(2));
        const SampleCase &a = (*cases)[0];
        QCOMPARE(a.extra, (Json{{"note", {{"by", {"x", 1, nullptr}}}}, {"score", 2.5}}));
        QCOMPARE(a.fields.size(), std::size_t(3));
        QCOMPARE(a.fields[0].extra, (Json{{"source", "crm"}}));
        QCOMPARE(a.fields[1].extra, Json::object());
        QCOMPARE(a.fields[2].extra, (Json{{"flags", {true}}}));
        QCOMPARE((*cases)[1].extra, Json::object());

        SampleCaseSet set;
        set.cases = *cases;
        const Json written = wire::writeSampleCaseSet(set);
        const Json original = Json::parse(text);
        for (std::size_t i = 0; i < 2; ++i)
            QCOMPARE(written["cases"][i], original["cases"][i]);
    }
};

QTEST_MAIN(TestSampleImport)
#include "test_sample_import.moc"
