// libFuzzer target for the streaming sample-case reader (evaluator/case_table_reader.h), with a
// differential check on every input against the reader it replaces on the bulk path
// (parseJsonText + wire::readSampleCaseSet, then a CaseTable of the SampleCases): both accept
// the same inputs and give the same cases, or both refuse it with the same error -- code,
// message, file, JSON pointer, line and column. The same input is also read cut into pieces on
// several threads (what a large file gets): it must give exactly the table read at once -- the
// same columns, values and codes -- or the same error.
#include "common/json_text.h"
#include "evaluator/case_table.h"
#include "evaluator/case_table_reader.h"
#include "wire/wire_json.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {
[[noreturn]] void mismatch(const char *what, const std::string &model, const std::string &streamed)
{
    std::fprintf(stderr,
                 "case table reader differs from the model reader (%s):\n  model:    %s\n  streamed: %s\n",
                 what, model.c_str(), streamed.c_str());
    std::abort();
}

cw::Result<cw::CaseTable> modelReader(std::string_view text)
{
    auto json = cw::parseJsonText(text, "cases.json");
    if (!json)
        return json.error();
    auto set = cw::wire::readSampleCaseSet(*json);
    if (!set) {
        cw::Error error = set.error();
        error.where.file = "cases.json"; // as wire::loadSampleCasesFile fills it in
        return error;
    }
    return cw::CaseTable(set->cases);
}

// Everything the table holds, in its order.
std::string tableText(const cw::CaseTable &table)
{
    std::string text;
    for (std::size_t column = 0; column < table.columnCount(); ++column) {
        text += table.columnFieldIds()[column] + ":";
        for (const cw::Value &value : table.columnValues(column))
            text += ' ' + std::to_string(static_cast<int>(value.kind)) + value.text +
                    std::to_string(value.number) + (value.boolean ? 't' : 'f') +
                    value.raw.dump(-1, ' ', false, cw::Json::error_handler_t::replace);
        text += '\n';
    }
    for (const std::string &id : table.templateIds())
        text += "template " + id + '\n';
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        text += table.caseId(row) + ' ' + std::to_string(table.templateIndex(row)) + ':';
        for (std::size_t column = 0; column < table.columnCount(); ++column)
            text += ' ' + std::to_string(table.cell(row, column));
        if (const auto *expect = table.expectations(row))
            text += " expect " + std::to_string(expect->size());
        text += '\n';
    }
    return text;
}

std::string rowText(const cw::CaseTable &table, std::size_t row)
{
    cw::SampleCase sampleCase = table.rowCase(row);
    return cw::wire::writeSampleCase(sampleCase).dump(-1, ' ', false, cw::Json::error_handler_t::replace);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const auto model = modelReader(text);
    cw::CaseTableReadOptions atOnce;
    atOnce.threads = 1;
    const auto streamed = cw::readCaseTableText(text, "cases.json", nullptr, atOnce);
    cw::CaseTableReadOptions inPieces;
    inPieces.threads = 3;
    inPieces.piecesFromBytes = 0;
    inPieces.minPieceBytes = 1;
    const auto pieces = cw::readCaseTableText(text, "cases.json", nullptr, inPieces);
    if (pieces.ok() != streamed.ok())
        mismatch("in pieces: one accepts, the other refuses",
                 streamed ? "accepted" : streamed.error().toString(),
                 pieces ? "accepted" : pieces.error().toString());
    if (!pieces) {
        if (pieces.error().code != streamed.error().code ||
            pieces.error().toString() != streamed.error().toString())
            mismatch("in pieces: error", streamed.error().toString(), pieces.error().toString());
    } else if (tableText(*pieces) != tableText(*streamed)) {
        mismatch("in pieces: table", tableText(*streamed), tableText(*pieces));
    }
    if (model.ok() != streamed.ok())
        mismatch("one accepts, the other refuses", model ? "accepted" : model.error().toString(),
                 streamed ? "accepted" : streamed.error().toString());
    if (!model) {
        const cw::Error &a = model.error();
        const cw::Error &b = streamed.error();
        if (a.code != b.code || a.message != b.message || a.where.file != b.where.file ||
            a.where.pointer != b.where.pointer || a.where.line != b.where.line ||
            a.where.column != b.where.column)
            mismatch("error", a.toString(), b.toString());
        return 0;
    }
    if (model->rowCount() != streamed->rowCount() || model->columnCount() != streamed->columnCount())
        mismatch("shape", std::to_string(model->rowCount()) + "x" + std::to_string(model->columnCount()),
                 std::to_string(streamed->rowCount()) + "x" + std::to_string(streamed->columnCount()));
    for (std::size_t row = 0; row < model->rowCount(); ++row) {
        const std::string a = rowText(*model, row);
        const std::string b = rowText(*streamed, row);
        if (a != b)
            mismatch("case", a, b);
    }
    return 0;
}
