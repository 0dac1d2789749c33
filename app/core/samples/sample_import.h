#pragma once
// Importing sample cases from a file.
//
// JSON: GetCase's shape, {"cases": [{"id", "templateId", "fields": [{"id", "value"}]}]} -- what
// samples/*.json hold.
//
// CSV (UTF-8, comma-separated, read by the one CSV reader common/csv_records.h: RFC 4180 quoting,
// "a, b" and "say ""hi""" are one cell each; LF or CRLF; a leading byte-order mark is ignored):
//   - the first row names the columns. "id" (or "case id") holds the case id and "template" (or
//     "templateId", "template id") the template's id or name; every other column is a field,
//     named by its id or by its name (ids win; names compare without regard to ASCII case);
//   - a cell that is empty leaves the field out of the case (absent); "(empty)" stores
//     emptyValue; anything else is typed by the field: Number "49.99" (a dot, any locale),
//     Boolean "true"/"false", SingleSelect an option's value or name (stored as its value; other
//     text is kept as it is, so cases can try values that are not options), User a user ARN, every
//     other type the text itself;
//   - a row without id gets "imported-N"; without template, the template chosen in the preview.
// Ids already taken get "-2", "-3"... appended, so a case id stays unique.

#include "common/result.h"
#include "model/domain_snapshot.h"
#include "model/sample_case.h"

#include <string>
#include <string_view>
#include <vector>

namespace cw {

struct SampleImportOptions {
    std::string fileName;          // labels errors
    std::string defaultTemplateId; // for cases that name none
    std::vector<std::string> takenIds;
};

Result<std::vector<SampleCase>> readSampleCasesJson(std::string_view text,
                                                    const SampleImportOptions &options);
Result<std::vector<SampleCase>> readSampleCasesCsv(std::string_view text, const DomainSnapshot &snapshot,
                                                   const SampleImportOptions &options);
// Reads the file and picks the reader by extension (.csv, else JSON).
Result<std::vector<SampleCase>> importSampleCases(const std::string &path, const DomainSnapshot &snapshot,
                                                  SampleImportOptions options);

} // namespace cw
