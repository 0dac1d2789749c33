#pragma once
// Reading and writing JSON text. Syntax errors are reported with line and column, never thrown.

#include "common/result.h"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace cw {

using Json = nlohmann::json;

// Parses `text`; `fileName` only labels errors. Rejects duplicate keys inside one object,
// because the service would see only one of them and the user would lose the other silently.
Result<Json> parseJsonText(std::string_view text, const std::string &fileName = {});

// Reads a whole file and parses it.
Result<Json> readJsonFile(const std::string &path);

// Deterministic text: 2-space indent, keys sorted, trailing newline.
std::string toJsonText(const Json &value);

// Appends one reference token to a JSON pointer, escaping '~' and '/' as RFC 6901 says.
std::string pointerJoin(const std::string &pointer, const std::string &token);
std::string pointerJoin(const std::string &pointer, std::size_t index);

} // namespace cw
