#include "evaluator/value_interner.h"

#include <bit>
#include <cmath>

namespace cw {

std::uint64_t ValueInterner::numberKey(double number)
{
    return std::bit_cast<std::uint64_t>(number == 0.0 ? 0.0 : number); // -0 and +0 are one number
}

ValueId ValueInterner::internString(const std::string &text)
{
    const auto [it, inserted] = m_strings.try_emplace(text, m_next);
    if (inserted)
        ++m_next;
    return it->second;
}

std::optional<ValueId> ValueInterner::intern(const Value &value)
{
    switch (value.kind) {
    case Value::Kind::String:
    case Value::Kind::UserArn:
        return internString(value.text);
    case Value::Kind::Double: {
        if (std::isnan(value.number))
            return kUnmatchableValueId;
        const auto [it, inserted] = m_numbers.try_emplace(numberKey(value.number), m_next);
        if (inserted)
            ++m_next;
        return it->second;
    }
    case Value::Kind::Boolean: {
        std::optional<ValueId> &id = m_booleans[value.boolean ? 1 : 0];
        if (!id)
            id = m_next++;
        return *id;
    }
    case Value::Kind::Empty:
        return kEmptyValueId;
    case Value::Kind::Unknown:
        break;
    }
    return std::nullopt;
}

ValueId ValueInterner::find(const Value &value) const
{
    switch (value.kind) {
    case Value::Kind::String:
    case Value::Kind::UserArn: {
        const auto it = m_strings.find(value.text);
        return it == m_strings.end() ? kForeignValueId : it->second;
    }
    case Value::Kind::Double: {
        if (std::isnan(value.number))
            return kForeignValueId;
        const auto it = m_numbers.find(numberKey(value.number));
        return it == m_numbers.end() ? kForeignValueId : it->second;
    }
    case Value::Kind::Boolean:
        return m_booleans[value.boolean ? 1 : 0].value_or(kForeignValueId);
    case Value::Kind::Empty:
        return kEmptyValueId;
    case Value::Kind::Unknown:
        break;
    }
    return kForeignValueId;
}

} // namespace cw
