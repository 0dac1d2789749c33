#pragma once
// The random parts both workloads share: a seeded die, and conditions and case values drawn over
// the fields rules may read.

#include "model/condition.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace cw::bench {

// std::mt19937's sequence is fixed by the standard; modulo keeps the draws portable too (the
// *_distribution classes are not).
class Dice {
public:
    explicit Dice(std::uint32_t seed) : m_engine(seed) {}

    std::size_t below(std::size_t n) { return static_cast<std::size_t>(m_engine() % n); }
    bool percent(std::size_t p) { return below(100) < p; }
    template <typename T> const T &pick(const std::vector<T> &items) { return items[below(items.size())]; }

private:
    std::mt19937 m_engine;
};

// A field conditions may read, with the values operands and cases draw from.
struct InputField {
    std::string fieldId;
    Value::Kind kind = Value::Kind::String; // String for Text and SingleSelect
    std::vector<Value> typicalValues;       // operands and most case values
    std::vector<Value> caseOnlyValues;      // values no operand names (an unmapped option, -0)
};

// Percentages of the draws, so the docs can quote them.
inline constexpr std::size_t kMaxComparisonsPerRule = 5;
inline constexpr std::size_t kEmptyOperandPercent = 15;
inline constexpr std::size_t kWrongTypeOperandPercent = 5;
inline constexpr std::size_t kEqualToPercent = 70;
inline constexpr std::size_t kResultKeepsDefaultPercent = 20;

// A value of another type that a careless engine might equate with the field's values: the
// string "5" for a Number field, the number 5 for a text field, the string "true" for a Boolean.
Value wrongTypeValue(const InputField &field);

// One case's value of `field`: absent (nullopt), emptyValue, a wrong-typed value or, mostly, a
// typical value.
struct CaseValueDraw {
    bool present = false;
    Value value;
};
CaseValueDraw drawCaseValue(Dice &dice, const InputField &field);

// The conditions of one required/hidden rule: 1-4 top-level conditions, each a comparison or an
// andAll/orAll (nested at most 2 levels), at most kMaxComparisonsPerRule comparisons in all.
// Leaves of one compound share their `result`, as the designer keeps them. Most results are the
// opposite of `defaultValue` (a rule exists to change the default); the others are conditions
// placed first to keep the default in a special case.
std::vector<Condition> drawConditions(Dice &dice, const std::vector<InputField> &inputs, bool defaultValue);

} // namespace cw::bench
