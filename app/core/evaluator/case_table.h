#pragma once
// Sample cases interned once, column by column: each case's value of each field becomes a small
// code (0: the case has no value for the field), and each column keeps its distinct values.
//
// Why: after each rule edit the preview re-runs every sample case against a newly compiled
// template. Binding a SampleCase costs two hash lookups per value (field id, value); binding a
// table row to a template (CompiledTemplate::bindTable / bindRow) is an array gather, because
// the per-value work was done here once per case set and, per template, once per *distinct*
// value of a column instead of once per case. It is also the form `casewright-cli evaluate`
// reads a cases file into (case_table_reader.h), without a SampleCase per case.
//
// Equality is exact here (kind and payload); the template's own value semantics (a stringValue
// equals a userArnValue of the same text, 5 == 5.0...) are applied when a column's distinct
// values are translated, so the outcome is always what bindCase would give.

#include "model/sample_case.h"

#include <array>
#include <cstdint>
#include <optional>
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
    // The case's "templateId" ("" when it names none). Distinct ids are kept once.
    const std::string &templateId(std::size_t row) const { return m_templateIds[m_rowTemplates[row]]; }
    // Index of the row's template id in templateIds(): equal ids, equal indexes.
    std::uint32_t templateIndex(std::size_t row) const { return m_rowTemplates[row]; }
    const std::vector<std::string> &templateIds() const { return m_templateIds; }

    // The column of a field any case has a value for.
    const std::vector<std::string> &columnFieldIds() const { return m_columnFieldIds; }
    // A column's distinct values: code c stands for values[c - 1].
    const std::vector<Value> &columnValues(std::size_t column) const { return m_columnValues[column]; }
    Code cell(std::size_t row, std::size_t column) const
    {
        return m_cells[row * m_columnFieldIds.size() + column];
    }

    // The row as a SampleCase: its id, template id and each value it has (in column order; the
    // first of a repeated field, as the table keeps it). For explanations and the rare path that
    // needs the model; what bindCase gives for it equals what bindRow gives for the row.
    SampleCase rowCase(std::size_t row) const;

    // The cases that carry "expect" (the tests of the rules), in row order, with their
    // expectations; most cases carry none, so only these are stored.
    struct ExpectedRow {
        std::size_t row = 0;
        std::vector<FieldExpectation> expectations;
    };
    const std::vector<ExpectedRow> &expectedRows() const { return m_expectedRows; }
    // A row's expectations; nullptr when the case has no "expect".
    const std::vector<FieldExpectation> *expectations(std::size_t row) const;

private:
    friend class CaseTableBuilder;
    std::vector<std::string> m_caseIds;
    std::vector<std::uint32_t> m_rowTemplates; // per row: index into m_templateIds
    std::vector<std::string> m_templateIds;
    std::vector<std::string> m_columnFieldIds;
    std::vector<std::vector<Value>> m_columnValues;
    std::vector<Code> m_cells; // row-major, rowCount() x columnCount()
    std::vector<ExpectedRow> m_expectedRows;
};

// Builds a CaseTable one case at a time, interning as it goes, so a reader can fill it straight
// from the text (case_table_reader.h) and the whole case set never exists as SampleCases.
class CaseTableBuilder {
public:
    // A row is its values between beginRow() and endRow(), which names the case: a reader may
    // meet a case's id after its fields.
    void beginRow();
    // A value of the current row; a field the row already has a value for keeps the first one.
    void addValue(const std::string &fieldId, const Value &value);
    // The string kinds without building a Value: the streaming reader's hot path.
    void addText(const std::string &fieldId, Value::Kind kind, const std::string &text);
    // `expect`: the case's "expect", when it has one.
    void endRow(const std::string &caseId, const std::string &templateId,
                std::optional<std::vector<FieldExpectation>> expect = std::nullopt);
    std::size_t rowCount() const { return m_rowStarts.size(); } // rows begun
    // Appends every row of `part` as if its cases had been added here one by one: columns,
    // values and template ids new to this builder get their codes in the order `part` first
    // has them, so building a file's cases in pieces and appending the pieces in order gives
    // exactly the table of one builder (case_table_reader.cpp reads large files that way).
    void append(const CaseTable &part);
    CaseTable finish() &&;

private:
    // Per column: exact value -> code (codes start at 1), one map per payload kind.
    struct ColumnCodes {
        std::array<std::unordered_map<std::string, CaseTable::Code>, 2> texts; // String, UserArn
        std::unordered_map<std::uint64_t, CaseTable::Code> numbers;            // the double's bits
        std::array<CaseTable::Code, 2> booleans{};
        CaseTable::Code empty = CaseTable::kAbsent;
        std::unordered_map<std::string, CaseTable::Code> unknown; // kind name + raw JSON text
        std::uint32_t lastRow = 0;                                // 1 + the last row given a value
    };
    // The column of `fieldId`, or nullopt when the current row already has a value for it.
    std::optional<std::uint32_t> freshColumn(const std::string &fieldId);
    std::uint32_t columnOf(const std::string &fieldId);
    // The code of `value` in `column`, a new one when the column has not had it.
    CaseTable::Code codeOf(std::uint32_t column, const Value &value);
    CaseTable::Code textCode(std::uint32_t column, Value::Kind kind, const std::string &text);
    CaseTable::Code newCode(std::uint32_t column, const Value &value);
    void put(std::uint32_t column, CaseTable::Code code);

    CaseTable m_table;
    std::unordered_map<std::string, std::uint32_t> m_columnOf;
    std::unordered_map<std::string, std::uint32_t> m_templateOf;
    std::vector<ColumnCodes> m_codes;
    // Cells as (column, code) pairs per row until finish() knows the width.
    std::vector<std::uint32_t> m_pairs;
    std::vector<std::size_t> m_rowStarts; // into m_pairs, one per row
};

} // namespace cw
