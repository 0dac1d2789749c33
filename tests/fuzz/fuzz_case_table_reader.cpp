// libFuzzer target for the streaming sample-case reader (evaluator/case_table_reader.h), with a
// differential check on every input against the reader it replaces on the bulk path
// (parseJsonText + wire::readSampleCaseSet, then a CaseTable of the SampleCases): both accept
// the same inputs and give the same cases, or both refuse it with the same error -- code,
// message, file, JSON pointer, line and column.
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
    const auto streamed = cw::readCaseTableText(text, "cases.json");
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
