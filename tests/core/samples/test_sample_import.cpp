// Importing sample cases: the CSV reader (quoting, headers by name or id, typed cells, errors
// that say where) and the JSON reader, then both through the preview pane into new sample files.

#include "preview/preview_pane.h"
#include "preview/sample_cases_model.h"
#include "preview/sample_import.h"
#include "preview_test_support.h"

#include <QtTest>

using namespace cw;
using namespace cw::ui;
using namespace cw::ui::test;

namespace {
bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}
} // namespace

class TestSampleImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_test = 0;

private slots:
    void csvQuotingFollowsRfc4180()
    {
        auto records =
            parseCsv("\xEF\xBB\xBFid,title\r\na,\"Hello, \"\"world\"\"\"\n\nb,\"two\nlines\"\nc,\n");
        QVERIFY(records);
        QCOMPARE(records->size(), std::size_t(4));
        QCOMPARE((*records)[0].cells, (std::vector<std::string>{"id", "title"}));
        QCOMPARE((*records)[1].cells[1], std::string("Hello, \"world\""));
        QCOMPARE((*records)[2].cells[1], std::string("two\nlines"));
        QCOMPARE((*records)[2].line, 4);
        QCOMPARE((*records)[3].line, 6);
        QCOMPARE((*records)[3].cells, (std::vector<std::string>{"c", ""}));
        auto open = parseCsv("a,\"never closed\n", "x.csv");
        QVERIFY(!open);
        QCOMPARE(open.error().where.file, std::string("x.csv"));
        QVERIFY(!parseCsv("a,b\"c\n"));
    }

    void csvCellsAreTypedByTheirField()
    {
        auto document = openSampleCopy(m_dir.filePath(QString::number(++m_test)));
        const DomainSnapshot &snapshot = document->snapshot();
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

    void thePaneImportsIntoNewFiles()
    {
        auto document = openSampleCopy(m_dir.filePath(QString::number(++m_test)));
        PreviewPane pane;
        pane.setDocument(document.get());
        QVERIFY(pane.showTemplate(kCustomerSupport));
        const QString csv = m_dir.filePath(QStringLiteral("more cases.csv"));
        QVERIFY(writeFile(csv, "id,Status,Category\nnew-1,Closed,Billing\nnew-2,open,\n"));
        const QString json = m_dir.filePath(QStringLiteral("more.json"));
        QVERIFY(writeFile(json, R"({"cases": [{"id": "new-3", "templateId": ")" + kCustomerSupport.toUtf8() +
                                    R"(", "fields": []}]})"));
        auto fromCsv = pane.importFile(csv);
        QVERIFY2(fromCsv, fromCsv ? "" : fromCsv.error().toString().c_str());
        QCOMPARE(*fromCsv, 2);
        QCOMPARE(*pane.importFile(json), 1);
        SampleCasesModel *model = pane.model();
        QCOMPARE(model->caseCount(), 20);
        QCOMPARE(model->fileOf(model->rowOfCase("new-1")), std::string("more cases.json"));
        QCOMPARE(model->fileOf(model->rowOfCase("new-3")), std::string("more.json"));
        // Imported into the template shown, and selected.
        QCOMPARE(model->sampleCase(model->rowOfCase("new-2")).templateId, kCustomerSupport.toStdString());
        QCOMPARE(pane.selectedCase(), model->rowOfCase("new-3"));
        // One undo step per import.
        pane.undoStack()->undo();
        pane.undoStack()->undo();
        QCOMPARE(model->caseCount(), 17);
        QVERIFY(!pane.importFile(m_dir.filePath(QStringLiteral("missing.csv"))));
    }
};

QTEST_MAIN(TestSampleImport)
#include "test_ui_sample_import.moc"
