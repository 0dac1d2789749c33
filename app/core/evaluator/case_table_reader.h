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

#include <string>
#include <string_view>

namespace cw {

Result<CaseTable> readCaseTableFile(const std::string &path);
// The same for text in memory; `fileName` only labels errors.
Result<CaseTable> readCaseTableText(std::string_view text, const std::string &fileName = {});

} // namespace cw
