#pragma once
// Gives every value a compiled template compares against a small integer id, so a comparison is
// one integer compare: compile() interns each operand and mapping value, and binding a case
// looks its values up (never adding any). Equal values get equal ids, across the one value
// space of docs/evaluation.md: a stringValue and a userArnValue with the same text are equal,
// doubles compare as numbers (5 == 5.0, -0 == 0, NaN equals nothing), types never mix.

#include "model/case_value.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

namespace cw {

using ValueId = std::uint32_t;
inline constexpr ValueId kEmptyValueId = 0;                 // an absent field or emptyValue
inline constexpr ValueId kForeignValueId = 1;               // a case value no operand equals
inline constexpr ValueId kUnmatchableValueId = ~ValueId{0}; // an operand no case value equals

class ValueInterner {
public:
    // Compile side. nullopt for a value kind this version does not know.
    std::optional<ValueId> intern(const Value &value);
    ValueId internString(const std::string &text);

    // Bind side: the id of an equal interned value, else kForeignValueId.
    ValueId find(const Value &value) const;

    // Ids run from 0 to count() - 1; every id find() returns is below count().
    ValueId count() const { return m_next; }

private:
    static std::uint64_t numberKey(double number);

    ValueId m_next = 2;
    std::unordered_map<std::string, ValueId> m_strings;
    std::unordered_map<std::uint64_t, ValueId> m_numbers;
    std::optional<ValueId> m_booleans[2];
};

} // namespace cw
