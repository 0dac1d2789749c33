#pragma once
// A case field and its options, as BatchGetField / ListFieldOptions return them.

#include "common/json_text.h"

#include <optional>
#include <string>
#include <vector>

namespace cw {

// The service's FieldType enum. Unknown keeps a value a newer service may send.
enum class FieldType { Text, Number, Boolean, DateTime, SingleSelect, Url, User, Unknown };

FieldType fieldTypeFromString(const std::string &text);
const char *toString(FieldType type);

struct FieldOption {
    std::string name;
    std::string value;
    bool active = true;
    Json extra = Json::object(); // members this version does not know, written back unchanged
};

struct Field {
    std::string fieldId;
    std::string name;
    std::string fieldArn;
    std::optional<std::string> description;
    std::string type;      // wire text ("SingleSelect", ...); see fieldType()
    std::string nameSpace; // "System" | "Custom" (the wire member is "namespace")
    std::optional<bool> deleted;
    std::optional<std::string> createdTime;      // RFC 3339, kept as sent
    std::optional<std::string> lastModifiedTime; // RFC 3339, kept as sent
    std::optional<Json> tags;                    // map<String,String>, sparse (null values allowed)
    std::optional<Json> attributes;              // FieldAttributes union, kept as sent
    Json extra = Json::object();

    FieldType fieldType() const { return fieldTypeFromString(type); }
    bool isDeleted() const { return deleted.value_or(false); }
};

} // namespace cw
