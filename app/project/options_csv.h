#pragma once
// The Connect admin website's CSV for dependent field options, read and written the same way here
// so a file can go back and forth between the website and a project:
//
//   Parent Field Name,Child Field Name,Parent Value,Child Value
//   Category,Subcategory,billing,refund
//
// Quoting is RFC 4180 ("a, b" and "say ""hi"""); lines end in CRLF when written, CRLF or LF when
// read. One file holds one rule: every row names the same parent and child field.
//
// Decisions (the website documents none of them):
// - Fields are named by their name; a field id is accepted too. Deleted fields are not.
// - A value cell holds the option's *value*; when no option has that value, an option whose
//   *name* is that text is taken. Matching is exact (case matters). Unquoted cells are trimmed;
//   quoted cells are kept as they are. Written files always hold values, which never change
//   meaning when an option is renamed.
// - As in the website: a parent value that is not an option of the parent field is an error
//   (nothing is imported); a child value that is not an option of the child field skips its row,
//   and the skipped rows are listed.
// - An empty Child Value maps the parent value to no option at all (a mapping with no child
//   values, which the JSON can hold); the writer writes such a mapping that way, so nothing is lost.
// - Repeated rows count once. Mappings and child values keep the order the file first names them.

#include "common/csv_records.h"
#include "common/result.h"
#include "model/domain_snapshot.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw::project {

inline constexpr std::string_view kOptionsCsvHeader =
    "Parent Field Name,Child Field Name,Parent Value,Child Value";

using cw::csvCell;
using cw::CsvRecord;

// The file's records: the core's RFC 4180 records (common/csv_records.h) with unquoted cells
// trimmed. Fails (csv.syntax, with the line) as that reader does.
Result<std::vector<CsvRecord>> parseCsvRecords(std::string_view text, const std::string &fileName = {});

struct SkippedCsvRow {
    int line = 0;
    std::string parentValue;
    std::string childValue;
    std::string reason; // a sentence naming the value and the field
};

struct OptionsCsvImport {
    std::string parentFieldId;
    std::string childFieldId;
    std::vector<OptionsMapping> mappings; // option values, never names
    std::vector<SkippedCsvRow> skipped;
    int rowCount = 0; // data rows read, skipped ones included
};

// Reads one rule's mappings. When the rule already has a parent (child) field, the file must name
// that field; otherwise the file's is taken. Errors carry the line (Location::line) and a code:
// csv.syntax, csv.header, csv.columns, csv.empty, csv.field-unknown, csv.field-type,
// csv.fields-mixed, csv.fields-mismatch, csv.parent-value-empty, csv.parent-value-unknown,
// csv.mappings-too-many, csv.child-values-too-many.
Result<OptionsCsvImport> readOptionsCsv(std::string_view text, const DomainSnapshot &context,
                                        const std::optional<std::string> &ruleParentFieldId,
                                        const std::optional<std::string> &ruleChildFieldId,
                                        const std::string &fileName = {});

// The header and one row per (parent value, child value), in the rule's order, CRLF line ends.
// Fails when the rule lacks a parent or child field, or names one the context does not hold.
Result<std::string> writeOptionsCsv(const FieldOptionsRule &rule, const DomainSnapshot &context);

} // namespace cw::project
