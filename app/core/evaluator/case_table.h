#pragma once
// Sample cases interned once, column by column: each case's value of each field becomes a small
// code (0: the case has no value for the field), and each column keeps its distinct values.
//
// Why: after each rule edit the preview re-runs every sample case against a newly compiled
// template. Binding a SampleCase costs two hash lookups per value (field id, value); binding a
// table row to a template (CompiledTemplate::bindTable / bindRow) is an array gather, because
// the per-value work was done here once per case set and, per template, once per *distinct*
// value of a column instead of once per case.
//
// Equality is exact here (kind and payload); the template's own value semantics (a stringValue
// equals a userArnValue of the same text, 5 == 5.0...) are applied when a column's distinct
// values are translated, so the outcome is always what bindCase would give.

#include "model/sample_case.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace cw {

class CaseTable {
public:
    using Code = std::uint32_t;
    static constexpr Code kAbsent = 0;

    CaseTable() = default;
    // When a case lists a field twice the first value counts, as SampleCase::find and bindCase do.
    explicit CaseTable(const std::vector<SampleCase> &cases);

    std::size_t rowCount() const { return m_caseIds.size(); }
    std::size_t columnCount() const { return m_columnFieldIds.size(); }
    const std::string &caseId(std::size_t row) const { return m_caseIds[row]; }

    // The column of a field any case has a value for.
    const std::vector<std::string> &columnFieldIds() const { return m_columnFieldIds; }
    // A column's distinct values: code c stands for values[c - 1].
    const std::vector<Value> &columnValues(std::size_t column) const { return m_columnValues[column]; }
    Code cell(std::size_t row, std::size_t column) const
    {
        return m_cells[row * m_columnFieldIds.size() + column];
    }

private:
    std::vector<std::string> m_caseIds;
    std::vector<std::string> m_columnFieldIds;
    std::vector<std::vector<Value>> m_columnValues;
    std::vector<Code> m_cells; // row-major, rowCount() x columnCount()
};

} // namespace cw
