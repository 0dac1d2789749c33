#include "evaluator/case_table.h"

#include <algorithm>
#include <bit>

namespace cw {

CaseTable::CaseTable(const std::vector<SampleCase> &cases)
{
    CaseTableBuilder builder;
    for (const SampleCase &sampleCase : cases) {
        builder.beginRow();
        for (const CaseFieldValue &field : sampleCase.fields)
            builder.addValue(field.id, field.value);
        builder.endRow(sampleCase.id, sampleCase.templateId, sampleCase.expect);
    }
    *this = std::move(builder).finish();
}

SampleCase CaseTable::rowCase(std::size_t row) const
{
    SampleCase sampleCase;
    sampleCase.id = m_caseIds[row];
    sampleCase.templateId = templateId(row);
    for (std::size_t column = 0; column < columnCount(); ++column)
        if (const Code code = cell(row, column); code != kAbsent)
            sampleCase.fields.push_back(
                CaseFieldValue{m_columnFieldIds[column], m_columnValues[column][code - 1], Json::object()});
    if (const std::vector<FieldExpectation> *expect = expectations(row))
        sampleCase.expect = *expect;
    return sampleCase;
}

const std::vector<FieldExpectation> *CaseTable::expectations(std::size_t row) const
{
    const auto it = std::lower_bound(
        m_expectedRows.begin(), m_expectedRows.end(), row,
        [](const ExpectedRow &expected, std::size_t wanted) { return expected.row < wanted; });
    return it != m_expectedRows.end() && it->row == row ? &it->expectations : nullptr;
}

void CaseTableBuilder::beginRow()
{
    m_rowStarts.push_back(m_pairs.size());
}

void CaseTableBuilder::endRow(const std::string &caseId, const std::string &templateId,
                              std::optional<std::vector<FieldExpectation>> expect)
{
    if (expect)
        m_table.m_expectedRows.push_back({m_table.m_caseIds.size(), std::move(*expect)});
    m_table.m_caseIds.push_back(caseId);
    if (m_table.m_templateIds.empty()) {
        m_table.m_templateIds.emplace_back(); // index 0: no template
        m_templateOf.emplace(std::string(), 0);
    }
    auto [it, added] =
        m_templateOf.try_emplace(templateId, static_cast<std::uint32_t>(m_table.m_templateIds.size()));
    if (added)
        m_table.m_templateIds.push_back(templateId);
    m_table.m_rowTemplates.push_back(it->second);
}

std::uint32_t CaseTableBuilder::columnOf(const std::string &fieldId)
{
    auto it = m_columnOf.find(fieldId);
    if (it == m_columnOf.end()) {
        it = m_columnOf.emplace(fieldId, static_cast<std::uint32_t>(m_table.m_columnFieldIds.size())).first;
        m_table.m_columnFieldIds.push_back(fieldId);
        m_table.m_columnValues.emplace_back();
        m_codes.emplace_back();
    }
    return it->second;
}

std::optional<std::uint32_t> CaseTableBuilder::freshColumn(const std::string &fieldId)
{
    const std::uint32_t column = columnOf(fieldId);
    const auto row = static_cast<std::uint32_t>(rowCount());
    if (m_codes[column].lastRow == row)
        return std::nullopt; // the row lists the field twice: the first value counts
    m_codes[column].lastRow = row;
    return column;
}

CaseTable::Code CaseTableBuilder::newCode(std::uint32_t column, const Value &value)
{
    std::vector<Value> &values = m_table.m_columnValues[column];
    values.push_back(value);
    return static_cast<CaseTable::Code>(values.size());
}

void CaseTableBuilder::put(std::uint32_t column, CaseTable::Code code)
{
    m_pairs.push_back(column);
    m_pairs.push_back(code);
}

CaseTable::Code CaseTableBuilder::textCode(std::uint32_t column, Value::Kind kind, const std::string &text)
{
    auto &codes = m_codes[column].texts[kind == Value::Kind::UserArn ? 1 : 0];
    auto it = codes.find(text);
    if (it == codes.end()) {
        Value value;
        value.kind = kind;
        value.text = text;
        it = codes.emplace(text, newCode(column, value)).first;
    }
    return it->second;
}

void CaseTableBuilder::addText(const std::string &fieldId, Value::Kind kind, const std::string &text)
{
    const auto column = freshColumn(fieldId);
    if (!column)
        return;
    put(*column, textCode(*column, kind, text));
}

void CaseTableBuilder::addValue(const std::string &fieldId, const Value &value)
{
    if (value.kind == Value::Kind::String || value.kind == Value::Kind::UserArn) {
        addText(fieldId, value.kind, value.text);
        return;
    }
    const auto column = freshColumn(fieldId);
    if (!column)
        return;
    put(*column, codeOf(*column, value));
}

CaseTable::Code CaseTableBuilder::codeOf(std::uint32_t column, const Value &value)
{
    ColumnCodes &codes = m_codes[column];
    switch (value.kind) {
    case Value::Kind::String:
    case Value::Kind::UserArn:
        return textCode(column, value.kind, value.text);
    case Value::Kind::Double: {
        auto [it, added] =
            codes.numbers.try_emplace(std::bit_cast<std::uint64_t>(value.number), CaseTable::kAbsent);
        if (added)
            it->second = newCode(column, value);
        return it->second;
    }
    case Value::Kind::Boolean: {
        CaseTable::Code &slot = codes.booleans[value.boolean ? 1 : 0];
        if (slot == CaseTable::kAbsent)
            slot = newCode(column, value);
        return slot;
    }
    case Value::Kind::Empty:
        if (codes.empty == CaseTable::kAbsent)
            codes.empty = newCode(column, value);
        return codes.empty;
    case Value::Kind::Unknown: {
        auto [it, added] = codes.unknown.try_emplace(
            value.text + '\n' + value.raw.dump(-1, ' ', false, Json::error_handler_t::replace),
            CaseTable::kAbsent);
        if (added)
            it->second = newCode(column, value);
        return it->second;
    }
    }
    return CaseTable::kAbsent;
}

void CaseTableBuilder::append(const CaseTable &part)
{
    // Per column of `part`: its column here and, per code of its values, the code here.
    const std::size_t width = part.columnCount();
    std::vector<std::uint32_t> columns(width);
    std::vector<std::vector<CaseTable::Code>> codes(width);
    for (std::size_t column = 0; column < width; ++column) {
        columns[column] = columnOf(part.columnFieldIds()[column]);
        const std::vector<Value> &values = part.columnValues(column);
        codes[column].reserve(values.size() + 1);
        codes[column].push_back(CaseTable::kAbsent);
        for (const Value &value : values)
            codes[column].push_back(codeOf(columns[column], value));
    }
    for (std::size_t row = 0; row < part.rowCount(); ++row) {
        beginRow();
        const auto begun = static_cast<std::uint32_t>(rowCount());
        for (std::size_t column = 0; column < width; ++column)
            if (const CaseTable::Code code = part.cell(row, column); code != CaseTable::kAbsent) {
                m_codes[columns[column]].lastRow = begun;
                put(columns[column], codes[column][code]);
            }
        const std::vector<FieldExpectation> *expect = part.expectations(row);
        endRow(part.caseId(row), part.templateId(row),
               expect ? std::optional<std::vector<FieldExpectation>>(*expect) : std::nullopt);
    }
}

CaseTable CaseTableBuilder::finish() &&
{
    const std::size_t width = m_table.m_columnFieldIds.size();
    const std::size_t rows = m_table.m_caseIds.size(); // rows ended
    m_rowStarts.resize(rows);
    m_table.m_cells.assign(rows * width, CaseTable::kAbsent);
    m_rowStarts.push_back(m_pairs.size());
    for (std::size_t row = 0; row < rows; ++row)
        for (std::size_t i = m_rowStarts[row]; i < m_rowStarts[row + 1]; i += 2)
            m_table.m_cells[row * width + m_pairs[i]] = m_pairs[i + 1];
    if (m_table.m_templateIds.empty())
        m_table.m_templateIds.emplace_back();
    return std::move(m_table);
}

} // namespace cw
