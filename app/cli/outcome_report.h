#pragma once
// How `casewright-cli evaluate` prints outcomes: the documented JSON shape, or a readable table.
// Both are appended to a std::string one case at a time, so 100,000 cases are written as they
// are evaluated -- by several threads, each into its own buffer -- without a JSON document or a
// QString of all the results. The text is byte for byte what the earlier writers printed
// (nlohmann's dump(2) of the whole document; the QString table), which tests/cli checks.

#include "common/json_writer.h"
#include "evaluator/case_outcome.h"
#include "model/domain_snapshot.h"

#include <QString>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cw::cli {

// One field of one case as the writers print it; pointers into the template or the outcome.
struct FieldReport {
    const std::string *fieldId = nullptr;
    const std::string *fieldName = nullptr;
    bool required = false;
    bool hidden = false;
    const std::vector<std::string> *options = nullptr; // nullptr: no fieldOptions rule governs it
    bool allOptionsAllowed = false;
    const FieldOutcome *why = nullptr; // the explanations (--explain), else nullptr
};

// The reports of a CaseOutcome's fields, in its order.
std::vector<FieldReport> fieldReports(const CaseOutcome &outcome, bool explain);

// {"results": [ ... ]}: the opening, each case (`first` for the first one) and the closing, with
// the indentation and key order of toJsonText(). `fields` in any order (sorted here by id).
void appendResultsJsonOpening(std::string &out);
// {"case": ID, "template": TEMPLATE_ID, "fields": {FIELD_ID: {"required", "hidden", "options"?, "why"?}}}
void appendCaseJson(std::string &out, bool first, const std::string &caseId, const std::string &templateId,
                    std::span<const FieldReport> fields, bool explain);
void appendResultsJsonClosing(std::string &out, bool empty);

// A heading line for the case, then one row per field; explanations indented under each row.
// Returns false, writing nothing, when the text is not plain ASCII (or a field name holds '%'):
// the table then comes from outcomeToTable, whose QString padding counts UTF-16 units.
bool appendCaseTable(std::string &out, const std::string &caseId, const CaseTemplate &caseTemplate,
                     std::span<const FieldReport> fields, bool explain);
QString outcomeToTable(const CaseOutcome &outcome, const CaseTemplate &caseTemplate, bool explain);

} // namespace cw::cli
