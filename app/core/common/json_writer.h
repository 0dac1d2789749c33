#pragma once
// Pieces for writers that stream JSON text instead of building a document (casewright-cli
// evaluate on 100,000 cases): the bytes are exactly those nlohmann's dump() would write.

#include <string>
#include <string_view>

namespace cw {

// A JSON string as nlohmann's dump(..., ensure_ascii = false, error_handler_t::replace) writes
// it: '"' and '\\' escaped, \b \f \n \r \t, other control characters as \u00XX, UTF-8 kept,
// invalid UTF-8 replaced by U+FFFD.
void appendJsonString(std::string &out, std::string_view text);

} // namespace cw
