#include "evaluator/case_table.h"

#include <bit>
#include <cstring>

namespace cw {
namespace {

// A key equal for exactly equal values: the kind, then the payload that kind uses.
std::string exactKey(const Value &value)
{
    std::string key(1, static_cast<char>('0' + static_cast<int>(value.kind)));
    switch (value.kind) {
    case Value::Kind::String:
    case Value::Kind::UserArn:
        key += value.text;
        break;
    case Value::Kind::Double: {
        const auto bits = std::bit_cast<std::uint64_t>(value.number);
        char bytes[sizeof bits];
        std::memcpy(bytes, &bits, sizeof bits);
        key.append(bytes, sizeof bytes);
        break;
    }
    case Value::Kind::Boolean:
        key += value.boolean ? '1' : '0';
        break;
    case Value::Kind::Empty:
        break;
    case Value::Kind::Unknown:
        key += value.text + '\n' + value.raw.dump();
        break;
    }
    return key;
}

} // namespace

CaseTable::CaseTable(const std::vector<SampleCase> &cases)
{
    std::unordered_map<std::string, std::size_t> columnOf;
    std::vector<std::unordered_map<std::string, Code>> codesOf; // per column: exact key -> code
    // Columns first, so every row has the final width.
    for (const SampleCase &sampleCase : cases)
        for (const CaseFieldValue &field : sampleCase.fields)
            if (columnOf.try_emplace(field.id, m_columnFieldIds.size()).second)
                m_columnFieldIds.push_back(field.id);
    const std::size_t width = m_columnFieldIds.size();
    m_columnValues.resize(width);
    codesOf.resize(width);
    m_cells.assign(cases.size() * width, kAbsent);
    m_caseIds.reserve(cases.size());
    for (std::size_t row = 0; row < cases.size(); ++row) {
        const SampleCase &sampleCase = cases[row];
        m_caseIds.push_back(sampleCase.id);
        // Backwards, so the first of repeated field ids is the one left in place.
        for (auto it = sampleCase.fields.rbegin(); it != sampleCase.fields.rend(); ++it) {
            const std::size_t column = columnOf.at(it->id);
            auto [code, added] = codesOf[column].try_emplace(exactKey(it->value), Code{});
            if (added) {
                m_columnValues[column].push_back(it->value);
                code->second = static_cast<Code>(m_columnValues[column].size()); // codes start at 1
            }
            m_cells[row * width + column] = code->second;
        }
    }
}

} // namespace cw
