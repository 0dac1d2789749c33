#pragma once
// Reads a sample-cases file ({"cases": [{"id", "templateId", "fields": [{"id", "value"}]}]}, the
// GetCase wire shape) straight into a CaseTable: nlohmann's SAX parser fed from the file in
// pieces, each value interned as it is read. No DOM of the file and no SampleCase per case, so
// `casewright-cli evaluate` on 100,000 cases holds little more than the table.
//
// It accepts and refuses exactly what wire::loadSampleCasesFile does, with the same Error: a
// syntax error with line and column, a repeated key or too-deep nesting with the pointer
// (common/json_checks.h, shared with the DOM reader), and a wire error (a missing "id", a value
// of the wrong type...) with the pointer. Members it does not know are skipped; a case's "expect"
// (the tests of the rules) is read by the wire reader into the table's expectedRows(). The wire error
// itself comes from the wire reader: the streaming pass only notices that case i is malformed,
// then a second pass builds the DOM of that one case and asks wire::readSampleCase what is wrong,
// so the message can never drift from the model reader's.

#include "common/result.h"
#include "evaluator/case_table.h"

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cw {

// What the cases hold beyond the table: the members this version does not know, of the file, of
// each case and of each field value. Kept only when asked for (the preview imports cases and
// writes them back to samples/*.json, and a file keeps what it was given); rows without any
// cost nothing.
struct CaseTableExtras {
    struct Row {
        Json caseExtra = Json::object();
        std::vector<std::pair<std::string, Json>> fieldExtras; // field id -> its unknown members
    };
    std::map<std::size_t, Row> rows; // by row; only rows that have extras
    Json setExtra = Json::object();  // the file's own ({"cases": [...], ...})
};

// How much of the machine a reader may use. A text of at least `piecesFromBytes` (and a file of
// at most `wholeFileBytes`, which is then read into memory) is cut into pieces of at least
// `minPieceBytes`, one per thread, read side by side; the result and every error are the same
// as reading it at once (case_table_reader.cpp says why). Without extras only.
struct CaseTableReadOptions {
    unsigned threads = 0; // 0: one per core
    std::size_t piecesFromBytes = std::size_t{1} << 20;
    std::size_t minPieceBytes = std::size_t{1} << 19;
    std::size_t wholeFileBytes = std::size_t{64} << 20;
};

// `extras`, when given, receives the unknown members instead of their being skipped.
Result<CaseTable> readCaseTableFile(const std::string &path, CaseTableExtras *extras = nullptr,
                                    const CaseTableReadOptions &options = {});
// The same for text in memory; `fileName` only labels errors.
Result<CaseTable> readCaseTableText(std::string_view text, const std::string &fileName = {},
                                    CaseTableExtras *extras = nullptr,
                                    const CaseTableReadOptions &options = {});

// The table's rows as SampleCases with their unknown members back in place. The fields come in
// the table's column order, and a field a case lists twice keeps its first value (the table's
// rule, as evaluation has it).
std::vector<SampleCase> sampleCasesOf(const CaseTable &table, const CaseTableExtras &extras);

} // namespace cw
