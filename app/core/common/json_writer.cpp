#include "common/json_writer.h"

#include "common/json_text.h"

#include <algorithm>

namespace cw {

void appendJsonString(std::string &out, std::string_view text)
{
    // Printable ASCII without '"' or '\\' -- nearly every id and option value -- is copied as it
    // is; anything else (escapes, UTF-8, invalid UTF-8) is nlohmann's own serializer's business,
    // so the bytes are its bytes by construction.
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x20 && byte < 0x80 && c != '"' && c != '\\';
    });
    if (plain) {
        out += '"';
        out += text;
        out += '"';
        return;
    }
    out += Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace cw
