// The streaming sample-case reader (evaluator/case_table_reader.h): it reads what the model
// reader (parseJsonText + wire::readSampleCaseSet) reads, into the same CaseTable, and refuses
// what it refuses with the same error -- line and column for syntax, the JSON pointer for
// repeated keys, too-deep nesting and wire errors -- whether the text is in memory or a file.
#include "common/json_text.h"
#include "evaluator/case_table.h"
#include "evaluator/case_table_reader.h"
#include "wire/wire_json.h"

#include <QTemporaryDir>
#include <QtTest>
#include <fstream>

using namespace cw;

namespace {
QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

Result<CaseTable> modelReader(const std::string &text)
{
    auto json = parseJsonText(text, "cases.json");
    if (!json)
        return json.error();
    auto set = wire::readSampleCaseSet(*json);
    if (!set) {
        Error error = set.error();
        error.where.file = "cases.json";
        return error;
    }
    return CaseTable(set->cases);
}

QString rowText(const CaseTable &table, std::size_t row)
{
    return qs(wire::writeSampleCase(table.rowCase(row)).dump());
}

// Everything a table holds, in its order: two tables with the same text are the same table.
std::string tableText(const CaseTable &table)
{
    std::string text;
    for (std::size_t column = 0; column < table.columnCount(); ++column) {
        text += table.columnFieldIds()[column] + ":";
        for (const Value &value : table.columnValues(column))
            text += " " + std::to_string(int(value.kind)) + value.text + std::to_string(value.number) +
                    (value.boolean ? "t" : "f") + value.raw.dump();
        text += "\n";
    }
    for (const std::string &id : table.templateIds())
        text += "template " + id + "\n";
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        text += table.caseId(row) + " " + std::to_string(table.templateIndex(row)) + ":";
        for (std::size_t column = 0; column < table.columnCount(); ++column)
            text += " " + std::to_string(table.cell(row, column));
        if (const auto *expect = table.expectations(row))
            text += " expect " + std::to_string(expect->size());
        text += "\n";
    }
    return text;
}

// Read in as many pieces as the text has elements (at most 4), on 4 threads: what a large file
// gets, on every input of these tests.
CaseTableReadOptions inPieces()
{
    CaseTableReadOptions options;
    options.threads = 4;
    options.piecesFromBytes = 0;
    options.minPieceBytes = 1;
    return options;
}

CaseTableReadOptions oneThread()
{
    CaseTableReadOptions options;
    options.threads = 1;
    return options;
}

// The pieces reader gives exactly what the one-thread reader gives: the same table, or the
// same error.
bool piecesAgree(const Result<CaseTable> &pieces, const Result<CaseTable> &single)
{
    if (pieces.ok() != single.ok()) {
        qWarning("in pieces %s, at once %s", pieces ? "accepts" : pieces.error().toString().c_str(),
                 single ? "accepts" : single.error().toString().c_str());
        return false;
    }
    if (!pieces)
        return pieces.error().toString() == single.error().toString() &&
               pieces.error().code == single.error().code;
    return tableText(*pieces) == tableText(*single);
}

// Both readers, in memory and from a file, in pieces and at once, agree on `text`; returns the
// streamed result.
Result<CaseTable> readBoth(const std::string &text)
{
    const auto model = modelReader(text);
    const auto streamed = readCaseTableText(text, "cases.json", nullptr, oneThread());
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("cases.json")).toStdString();
    std::ofstream(path, std::ios::binary) << text;
    auto fromFile = readCaseTableFile(path, nullptr, oneThread());
    const auto fileError = [&](Error error) {
        error.where.file = "cases.json";
        return error.toString();
    };
    if (!piecesAgree(readCaseTableText(text, "cases.json", nullptr, inPieces()), streamed) ||
        !piecesAgree(readCaseTableText(text, "cases.json"), streamed))
        return makeError("test.disagree", "the text read in pieces differs from the text read at once");
    auto piecesFromFile = readCaseTableFile(path, nullptr, inPieces());
    if (!piecesAgree(piecesFromFile, fromFile))
        return makeError("test.disagree", "the file read in pieces differs from the file read at once");
    if (model.ok() != streamed.ok() || model.ok() != fromFile.ok()) {
        qWarning("model %s, streamed %s, file %s", model ? "accepts" : model.error().toString().c_str(),
                 streamed ? "accepts" : streamed.error().toString().c_str(),
                 fromFile ? "accepts" : fromFile.error().toString().c_str());
        return makeError("test.disagree", "the readers disagree");
    }
    if (!model) {
        if (model.error().toString() != streamed.error().toString() ||
            model.error().toString() != fileError(fromFile.error()) ||
            model.error().code != streamed.error().code) {
            qWarning("model: %s\nstreamed: %s\nfile: %s", model.error().toString().c_str(),
                     streamed.error().toString().c_str(), fromFile.error().toString().c_str());
            return makeError("test.disagree", "the readers report different errors");
        }
        return streamed;
    }
    if (model->rowCount() != streamed->rowCount() || model->rowCount() != fromFile->rowCount())
        return makeError("test.disagree", "different numbers of cases");
    for (std::size_t row = 0; row < model->rowCount(); ++row)
        if (rowText(*model, row) != rowText(*streamed, row) ||
            rowText(*model, row) != rowText(*fromFile, row))
            return makeError("test.disagree", "case " + std::to_string(row) + " differs");
    return streamed;
}
} // namespace

class TestCaseTableReader : public QObject {
    Q_OBJECT

private slots:
    void readsTheSampleCasesAsTheModelReaderDoes()
    {
        std::ifstream in(CASEWRIGHT_SOURCE_DIR "/resources/sample/support-centre.cases.json",
                         std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        QVERIFY(!text.empty());
        const auto table = readBoth(text);
        QVERIFY2(table, table ? "" : table.error().toString().c_str());
        QCOMPARE(table->rowCount(), std::size_t(17));
    }

    void internsValuesOncePerColumn()
    {
        const auto table = readBoth(R"({"cases": [
            {"id": "a", "templateId": "t1", "fields": [{"id": "status", "value": {"stringValue": "Open"}},
                                                      {"id": "n", "value": {"doubleValue": 5}}]},
            {"id": "b", "templateId": "t2", "fields": [{"value": {"stringValue": "Open"}, "id": "status"},
                                                      {"id": "n", "value": {"doubleValue": 5.0}}]},
            {"id": "c", "templateId": "t1", "fields": [{"id": "status", "value": {"userArnValue": "Open"}},
                                                      {"id": "status", "value": {"stringValue": "Closed"}},
                                                      {"id": "flag", "value": {"booleanValue": true}},
                                                      {"id": "e", "value": {"emptyValue": {}}}]},
            {"id": "d", "fields": []}]})");
        QVERIFY2(table, table ? "" : table.error().toString().c_str());
        QCOMPARE(table->rowCount(), std::size_t(4));
        QCOMPARE(table->columnCount(), std::size_t(4)); // status, n, flag, e
        // "Open" once, the user ARN "Open" apart (exact kinds); "Closed" never: case c lists
        // status twice and the first value counts.
        QCOMPARE(table->columnValues(0).size(), std::size_t(2));
        QCOMPARE(table->cell(0, 0), table->cell(1, 0));
        QVERIFY(table->cell(2, 0) != table->cell(0, 0));
        QCOMPARE(table->columnValues(0)[table->cell(2, 0) - 1].kind, Value::Kind::UserArn);
        QCOMPARE(table->columnValues(1).size(), std::size_t(1)); // 5 and 5.0 are one double
        QCOMPARE(table->cell(3, 0), CaseTable::kAbsent);
        // Template ids interned too; a case without one has "".
        QCOMPARE(table->templateIndex(0), table->templateIndex(2));
        QCOMPARE(qs(table->templateId(1)), QStringLiteral("t2"));
        QCOMPARE(qs(table->templateId(3)), QString());
        QCOMPARE(table->templateIds().size(), std::size_t(3)); // "", t1, t2
    }

    void toleratesUnknownMembersAndValueKinds()
    {
        const auto table = readBoth(R"({"next": {"page": [1, 2, {"x": null}]}, "cases": [
            {"id": "a", "note": [{"id": "not a field"}], "fields": [
                {"id": "f", "value": {"futureValue": {"deep": [1, {"two": true}]}}, "extra": "kept"},
                {"id": "g", "value": {"otherValue": 3}},
                {"id": "h", "value": {"futureValue": {"deep": [1, {"two": true}]}}}],
             "templateId": null}], "trailer": true})");
        QVERIFY2(table, table ? "" : table.error().toString().c_str());
        QCOMPARE(table->columnCount(), std::size_t(3));
        const Value &future = table->columnValues(0)[0];
        QCOMPARE(future.kind, Value::Kind::Unknown);
        QCOMPARE(qs(future.text), QStringLiteral("futureValue"));
        QCOMPARE(qs(future.raw.dump()), QStringLiteral(R"({"deep":[1,{"two":true}]})"));
        QCOMPARE(table->columnValues(1)[0].raw, Json(3));
    }

    void syntaxErrorsCarryLineAndColumn()
    {
        const auto table = readBoth(
            "{\"cases\": [\n  {\"id\": \"a\", \"fields\": []},\n  {\"id\": \"b\" \"fields\": []}\n]}");
        QVERIFY(!table);
        QCOMPARE(qs(table.error().code), QStringLiteral("json.syntax"));
        QCOMPARE(table.error().where.line, 3);
        QVERIFY(table.error().where.column > 1);
        QCOMPARE(qs(table.error().where.file), QStringLiteral("cases.json"));
        // A syntax error after a malformed case still wins, as with the reader that parses first.
        const auto late = readBoth("{\"cases\": [{\"fields\": []}],\n \"x\": }");
        QVERIFY(!late);
        QCOMPARE(qs(late.error().code), QStringLiteral("json.syntax"));
        QCOMPARE(late.error().where.line, 2);
        QVERIFY(!readBoth(""));
        QVERIFY(!readBoth("{\"cases\": []} trailing"));
    }

    void duplicateKeysAreRefusedWithThePointer()
    {
        const auto table = readBoth(
            R"({"cases": [{"id": "a", "fields": []}, {"id": "b", "fields": [{"id": "f", "id": "g", "value": {}}]}]})");
        QVERIFY(!table);
        QCOMPARE(qs(table.error().code), QStringLiteral("json.duplicate-key"));
        QCOMPARE(qs(table.error().where.pointer), QStringLiteral("/cases/1/fields/0"));
        QVERIFY(qs(table.error().message).contains(QStringLiteral("\"id\"")));
        const auto empty = readBoth(R"({"cases": [], "": 1, "": 2})");
        QVERIFY(!empty);
        QCOMPARE(qs(empty.error().code), QStringLiteral("json.duplicate-key"));
    }

    void tooDeepInputIsRefused()
    {
        std::string deep = R"({"cases": [{"id": "a", "fields": [], "x": )";
        for (int i = 0; i < 150; ++i)
            deep += "[";
        for (int i = 0; i < 150; ++i)
            deep += "]";
        deep += "}]}";
        const auto table = readBoth(deep);
        QVERIFY(!table);
        QCOMPARE(qs(table.error().code), QStringLiteral("json.too-deep"));
        QVERIFY(qs(table.error().where.pointer).startsWith(QStringLiteral("/cases/0/x/0/0")));
    }

    void wireErrorsAreTheModelReadersWithThePointer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pointer");
        const auto row = [](const char *name, const char *text, const char *code, const char *pointer) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(code)
                                << QString::fromUtf8(pointer);
        };
        row("root not an object", R"([{"id": "a"}])", "wire.type", "");
        row("root a string", R"("cases")", "wire.type", "");
        row("no cases", R"({"other": []})", "wire.missing-member", "");
        row("null cases", R"({"cases": null})", "wire.missing-member", "");
        row("cases an object", R"({"cases": {"id": "a"}})", "wire.type", "/cases");
        row("cases a number", R"({"cases": 3})", "wire.type", "/cases");
        row("case not an object", R"({"cases": [{"id": "a", "fields": []}, 7]})", "wire.type", "/cases/1");
        row("case without id", R"({"cases": [{"fields": []}]})", "wire.missing-member", "/cases/0");
        row("case id a number", R"({"cases": [{"id": 1, "fields": []}]})", "wire.type", "/cases/0/id");
        row("case id an array", R"({"cases": [{"id": [], "fields": []}]})", "wire.type", "/cases/0/id");
        row("templateId a number", R"({"cases": [{"id": "a", "templateId": 2, "fields": []}]})", "wire.type",
            "/cases/0/templateId");
        row("no fields", R"({"cases": [{"id": "a"}]})", "wire.missing-member", "/cases/0");
        row("fields an object", R"({"cases": [{"id": "a", "fields": {}}]})", "wire.type", "/cases/0/fields");
        // The model reader checks "id" before "fields", whatever the order in the text.
        row("bad field before bad id", R"({"cases": [{"fields": [3], "id": 1}]})", "wire.type",
            "/cases/0/id");
        row("field not an object", R"({"cases": [{"id": "a", "fields": ["f"]}]})", "wire.type",
            "/cases/0/fields/0");
        row("field without id", R"({"cases": [{"id": "a", "fields": [{"value": {"stringValue": "x"}}]}]})",
            "wire.missing-member", "/cases/0/fields/0");
        row("field without value", R"({"cases": [{"id": "a", "fields": [{"id": "f"}]}]})",
            "wire.missing-member", "/cases/0/fields/0");
        row("null value", R"({"cases": [{"id": "a", "fields": [{"id": "f", "value": null}]}]})",
            "wire.missing-member", "/cases/0/fields/0");
        row("value a string", R"({"cases": [{"id": "a", "fields": [{"id": "f", "value": "x"}]}]})",
            "wire.type", "/cases/0/fields/0/value");
        row("value with two members",
            R"({"cases": [{"id": "a", "fields": [{"id": "f", "value": {"stringValue": "x", "doubleValue": 1}}]}]})",
            "wire.union-members", "/cases/0/fields/0/value");
        row("value empty", R"({"cases": [{"id": "a", "fields": [{"id": "f", "value": {}}]}]})",
            "wire.union-members", "/cases/0/fields/0/value");
        row("stringValue a number",
            R"({"cases": [{"id": "a", "fields": [{"id": "f", "value": {"stringValue": 1}}]}]})", "wire.type",
            "/cases/0/fields/0/value/stringValue");
        row("doubleValue a string",
            R"({"cases": [{"id": "a", "fields": [{"id": "f", "value": {"doubleValue": "1"}}]}]})",
            "wire.type", "/cases/0/fields/0/value/doubleValue");
        row("booleanValue null",
            R"({"cases": [{"id": "a", "fields": [{"id": "f", "value": {"booleanValue": null}}]}]})",
            "wire.type", "/cases/0/fields/0/value/booleanValue");
        row("emptyValue an array",
            R"({"cases": [{"id": "a", "fields": [{"id": "f", "value": {"emptyValue": []}}]}]})", "wire.type",
            "/cases/0/fields/0/value/emptyValue");
        row("userArnValue an object",
            R"({"cases": [{"id": "a", "fields": [{"id": "f", "value": {"userArnValue": {}}}]}]})",
            "wire.type", "/cases/0/fields/0/value/userArnValue");
        row("second case",
            R"({"cases": [{"id": "a", "fields": []}, {"id": "b", "fields": [{"id": 5, "value": {}}]}]})",
            "wire.type", "/cases/1/fields/0/id");
        // "expect": the tests of the rules, read by the wire reader in both.
        row("expect an array", R"({"cases": [{"id": "a", "fields": [], "expect": []}]})", "wire.type",
            "/cases/0/expect");
        row("expect a string", R"({"cases": [{"id": "a", "fields": [], "expect": "x"}]})", "wire.type",
            "/cases/0/expect");
        row("expectation not an object",
            R"({"cases": [{"id": "a", "fields": [], "expect": {"Status": true}}]})", "wire.type",
            "/cases/0/expect/Status");
        row("required a string",
            R"({"cases": [{"id": "a", "fields": [], "expect": {"Status": {"required": "yes"}}}]})",
            "wire.type", "/cases/0/expect/Status/required");
        row("options a string",
            R"({"cases": [{"id": "a", "fields": [], "expect": {"Status": {"options": "open"}}}]})",
            "wire.type", "/cases/0/expect/Status/options");
        row("option a number",
            R"({"cases": [{"id": "a", "fields": [], "expect": {"Status": {"options": ["open", 2]}}}]})",
            "wire.type", "/cases/0/expect/Status/options/1");
        row("unknown key", R"({"cases": [{"id": "a", "fields": [], "expect": {"a/b": {"requried": true}}}]})",
            "expect.unknown-key", "/cases/0/expect/a~1b/requried");
        row("expect before a bad field",
            R"({"cases": [{"id": "a", "expect": {"S": {"hidden": 1}}, "fields": [{"id": "f", "value": {}}]}]})",
            "wire.union-members", "/cases/0/fields/0/value");
    }

    void wireErrorsAreTheModelReadersWithThePointer()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, pointer);
        const auto table = readBoth(text.toStdString());
        QVERIFY(!table);
        QCOMPARE(qs(table.error().code), code);
        QCOMPARE(qs(table.error().where.pointer), pointer);
        QCOMPARE(qs(table.error().where.file), QStringLiteral("cases.json"));
    }

    void carriesExpectations()
    {
        const auto table = readBoth(R"({"cases": [
            {"id": "a", "templateId": "t", "fields": [{"id": "f", "value": {"stringValue": "x"}}],
             "expect": {"Status": {"required": true, "hidden": false, "options": ["b", "a"]},
                        "f": {"hidden": true, "required": null}}},
            {"id": "b", "templateId": "t", "fields": [], "expect": null},
            {"expect": {"deep": {"options": []}}, "id": "c", "fields": []},
            {"id": "d", "fields": [], "expect": {}}]})");
        QVERIFY2(table, table ? "" : table.error().toString().c_str());
        // Rows a, c and d carry "expect" (d an empty one); a null one is none.
        QCOMPARE(table->expectedRows().size(), std::size_t(3));
        QCOMPARE(table->expectedRows()[0].row, std::size_t(0));
        QCOMPARE(table->expectedRows()[1].row, std::size_t(2));
        QVERIFY(table->expectations(1) == nullptr);
        QVERIFY(table->expectations(3) != nullptr);
        QVERIFY(table->expectations(3)->empty());
        const std::vector<FieldExpectation> &a = *table->expectations(0);
        QCOMPARE(a.size(), std::size_t(2));
        QCOMPARE(qs(a[0].key), QStringLiteral("Status"));
        QCOMPARE(a[0].required, std::optional<bool>(true));
        QCOMPARE(a[0].hidden, std::optional<bool>(false));
        QCOMPARE(*a[0].options, (std::vector<std::string>{"b", "a"})); // as written
        QCOMPARE(qs(a[1].key), QStringLiteral("f"));
        QVERIFY(!a[1].required && !a[1].options);
        QCOMPARE(table->expectations(2)->front().options->size(), std::size_t(0));
    }

    void missingFileIsUnreadable()
    {
        const auto table = readCaseTableFile("/nonexistent/cases.json");
        QVERIFY(!table);
        QCOMPARE(qs(table.error().code), QStringLiteral("file.unreadable"));
        QCOMPARE(qs(table.error().where.file), QStringLiteral("/nonexistent/cases.json"));
    }

    // Where the "cases" array is cut for the cores, every element on each side must be whole and
    // the text must be valid around it; otherwise the text is read at once and that gives the
    // error. readBoth reads each text in pieces and at once and compares.
    void piecesKeepEveryGuarantee_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code"); // "" when the text reads
        const auto row = [](const char *name, const char *text, const char *code) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(code);
        };
        row("three cases",
            "{\"cases\": [{\"id\": \"a\", \"fields\": [{\"id\": \"f\", \"value\": {\"stringValue\": "
            "\"x\"}}]}, {\"id\": \"b\", \"fields\": [{\"id\": \"g\", \"value\": {\"doubleValue\": 5}}, "
            "{\"id\": \"f\", \"value\": {\"stringValue\": \"y\"}}]}, {\"id\": \"c\", \"templateId\": \"t\", "
            "\"fields\": [{\"id\": \"f\", \"value\": {\"stringValue\": \"x\"}}, {\"id\": \"g\", \"value\": "
            "{\"doubleValue\": 5.0}}]}]}",
            "");
        row("commas and brackets in strings",
            "{\"cases\": [{\"id\": \"a,],}{\", \"fields\": [{\"id\": \"f\", \"value\": {\"stringValue\": "
            "\"},{\\\"id\\\": \\\\\"}}]}, {\"id\": \"\\\\\\\\\", \"fields\": [{\"id\": \"f\", \"value\": "
            "{\"stringValue\": \"[[[,\"}}]}, {\"id\": \"c\", \"fields\": []}]}",
            "");
        row("empty element between cuts",
            "{\"cases\": [{\"id\": \"a\", \"fields\": []}, , {\"id\": \"b\", \"fields\": []}]}",
            "json.syntax");
        row("trailing comma",
            "{\"cases\": [{\"id\": \"a\", \"fields\": []}, {\"id\": \"b\", \"fields\": []}, ]}",
            "json.syntax");
        row("leading comma",
            "{\"cases\": [ , {\"id\": \"a\", \"fields\": []}, {\"id\": \"b\", \"fields\": []}]}",
            "json.syntax");
        row("cases twice",
            "{\"cases\": [{\"id\": \"a\", \"fields\": []}, {\"id\": \"b\", \"fields\": []}], \"cases\": []}",
            "json.duplicate-key");
        row("members after the cases",
            "{\"cases\": [{\"id\": \"a\", \"fields\": []}, {\"id\": \"b\", \"fields\": []}], \"x\": "
            "[{\"id\": \"c\", \"fields\": []}, {\"id\": \"d\", \"fields\": []}]}",
            "");
        row("array closed early",
            "{\"cases\": [{\"id\": \"a\", \"fields\": []}], [{\"id\": \"b\", \"fields\": []}]}",
            "json.syntax");
        row("syntax error in the last piece",
            "{\"cases\": [{\"id\": \"a\", \"fields\": []}, {\"id\": \"b\", \"fields\": []}, {\"id\": \"c\", "
            "\"fields\": [}]}",
            "json.syntax");
        row("duplicate key in a later case",
            "{\"cases\": [{\"id\": \"a\", \"fields\": []}, {\"id\": \"b\", \"fields\": []}, {\"id\": \"c\", "
            "\"id\": \"d\", \"fields\": []}]}",
            "json.duplicate-key");
        row("wire error in a later case",
            "{\"cases\": [{\"id\": \"a\", \"fields\": []}, {\"id\": \"b\", \"fields\": []}, {\"id\": 3, "
            "\"fields\": []}]}",
            "wire.type");
        row("not the plain shape",
            "{\"x\": 1, \"cases\": [{\"id\": \"a\", \"fields\": []}, {\"id\": \"b\", \"fields\": []}]}", "");
        row("unterminated string",
            "{\"cases\": [{\"id\": \"a\", \"fields\": []}, {\"id\": \"b, \"fields\": []}]}", "json.syntax");
    }

    void piecesKeepEveryGuarantee()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const auto table = readBoth(text.toStdString());
        if (code.isEmpty()) {
            QVERIFY2(table, table ? "" : table.error().toString().c_str());
        } else {
            QVERIFY(!table);
            QCOMPARE(qs(table.error().code), code);
        }
    }

    void piecesAppendIntoOneTable()
    {
        // Columns, values and templates first met in a later piece get the codes one builder gives.
        std::string text = "{\"cases\": [";
        for (int i = 0; i < 400; ++i)
            text += std::string(i ? "," : "") + "{\"id\": \"c" + std::to_string(i) +
                    "\", \"templateId\": \"t" + std::to_string(i / 100) + "\", \"fields\": [{\"id\": \"f" +
                    std::to_string(i / 50) + "\", \"value\": {\"stringValue\": \"v" + std::to_string(i % 7) +
                    "\"}}, {\"id\": \"n\", \"value\": " +
                    (i % 3 ? "{\"doubleValue\": " + std::to_string(i % 4) + "}"
                           : std::string("{\"emptyValue\": {}}")) +
                    "}]" + (i % 9 ? "" : ", \"expect\": {\"n\": {\"required\": true}}") + "}";
        text += "]}";
        const auto pieces = readCaseTableText(text, "cases.json", nullptr, inPieces());
        const auto single = readCaseTableText(text, "cases.json", nullptr, oneThread());
        QVERIFY(pieces && single);
        QCOMPARE(qs(tableText(*pieces)), qs(tableText(*single)));
        QCOMPARE(pieces->columnCount(), std::size_t(9));
        QCOMPARE(pieces->templateIds().size(), std::size_t(5)); // "" and t0..t3
        QCOMPARE(pieces->expectedRows().size(), std::size_t(45));
    }

    void largeFilesReadAcrossChunks()
    {
        // More than one 1 MiB piece, with strings cut at piece boundaries somewhere.
        // (Plain string literals: moc misreads raw ones with unbalanced braces.)
        std::string text = "{\"cases\": [";
        for (int i = 0; i < 20000; ++i)
            text +=
                std::string(i ? "," : "") + "{\"id\": \"case-" + std::to_string(i) +
                "\", \"templateId\": \"t\", \"fields\": [{\"id\": \"status\", \"value\": {\"stringValue\": "
                "\"value number " +
                std::to_string(i % 37) +
                "\"}}, {\"id\": \"n\", \"value\": {\"doubleValue\": " + std::to_string(i % 5) + "}}]}";
        text += "]}";
        QVERIFY(text.size() > (std::size_t{2} << 20));
        const auto table = readBoth(text);
        QVERIFY2(table, table ? "" : table.error().toString().c_str());
        QCOMPARE(table->rowCount(), std::size_t(20000));
        QCOMPARE(table->columnValues(0).size(), std::size_t(37));
        QCOMPARE(table->columnValues(1).size(), std::size_t(5));
        QCOMPARE(qs(table->caseId(19999)), QStringLiteral("case-19999"));
    }
};

QTEST_APPLESS_MAIN(TestCaseTableReader)
#include "test_case_table_reader.moc"
