#pragma once
// Per governed field of a template, in how many sample cases it comes out required and hidden:
// the numbers behind the preview's chart. Computed with the evaluator's fast path (the cases
// interned once in a CaseTable, each row gathered and evaluated into one reused buffer, no
// explanations), so it may run off the GUI thread.

#include "evaluator/compiled_template.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace cw {

struct FieldShare {
    std::string fieldId;
    std::string fieldName;
    std::size_t required = 0; // cases in which the field is required
    std::size_t hidden = 0;   // cases in which it is hidden
};

struct FieldShares {
    std::string templateId;
    std::size_t caseCount = 0;
    std::vector<FieldShare> fields; // the compiled template's governed fields, in its order

    double requiredShare(std::size_t field) const;
    double hiddenShare(std::size_t field) const;
};

// Field names for the chart, by id; a field without one is named by its id.
using FieldNames = std::map<std::string, std::string>;
FieldNames fieldNamesOf(const DomainSnapshot &snapshot);

// Pure and thread-safe: reads only its arguments (the compiled template and the table are
// immutable).
FieldShares computeFieldShares(const CompiledTemplate &compiled, const CaseTable &cases,
                               const FieldNames &names);
// The same, interning `cases` first.
FieldShares computeFieldShares(const CompiledTemplate &compiled, const std::vector<SampleCase> &cases,
                               const FieldNames &names);

} // namespace cw
