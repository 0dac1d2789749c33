#include "model/field.h"

#include <array>
#include <utility>

namespace cw {
namespace {
constexpr std::array<std::pair<FieldType, const char *>, 7> kFieldTypeNames{{
    {FieldType::Text, "Text"},
    {FieldType::Number, "Number"},
    {FieldType::Boolean, "Boolean"},
    {FieldType::DateTime, "DateTime"},
    {FieldType::SingleSelect, "SingleSelect"},
    {FieldType::Url, "Url"},
    {FieldType::User, "User"},
}};
} // namespace

FieldType fieldTypeFromString(const std::string &text)
{
    for (const auto &[type, name] : kFieldTypeNames)
        if (text == name)
            return type;
    return FieldType::Unknown;
}

const char *toString(FieldType type)
{
    for (const auto &[candidate, name] : kFieldTypeNames)
        if (candidate == type)
            return name;
    return "Unknown";
}

} // namespace cw
