// Importing sample cases through the preview pane: a CSV and a JSON file become new sample files,
// one undo step each on the document's undo stack. (The readers themselves are tests/core/samples/test_sample_import.cpp.)

#include "document/project_document.h"
#include "preview/preview_pane.h"
#include "preview/sample_cases_model.h"
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
        // One undo step per import, on the document's own stack.
        document->undoStack()->undo();
        document->undoStack()->undo();
        QCOMPARE(model->caseCount(), 17);
        QVERIFY(!pane.importFile(m_dir.filePath(QStringLiteral("missing.csv"))));
    }
};

QTEST_MAIN(TestSampleImport)
#include "test_ui_sample_import.moc"
