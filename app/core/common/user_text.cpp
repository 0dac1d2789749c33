#include "common/user_text.h"

#include <cstdint>

namespace cw {
namespace {

constexpr std::uint32_t kInvalid = 0xFFFFFFFFu;

// Decodes the UTF-8 character at `pos` and advances past it. A byte that does not start a
// well-formed character (bad lead, missing continuation, overlong form, surrogate, beyond
// U+10FFFF) decodes as kInvalid and advances one byte, so the caller can show it as \xNN.
std::uint32_t nextCharacter(std::string_view text, std::size_t &pos)
{
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    int extra = 0;
    std::uint32_t cp = 0;
    std::uint32_t smallest = 0;
    if (lead >= 0xC2 && lead < 0xE0) {
        extra = 1;
        cp = lead & 0x1Fu;
        smallest = 0x80;
    } else if (lead >= 0xE0 && lead < 0xF0) {
        extra = 2;
        cp = lead & 0x0Fu;
        smallest = 0x800;
    } else if (lead >= 0xF0 && lead < 0xF5) {
        extra = 3;
        cp = lead & 0x07u;
        smallest = 0x10000;
    } else {
        ++pos;
        return kInvalid;
    }
    if (pos + std::size_t(extra) >= text.size()) {
        ++pos;
        return kInvalid;
    }
    for (int i = 1; i <= extra; ++i) {
        const auto byte = static_cast<unsigned char>(text[pos + std::size_t(i)]);
        if ((byte & 0xC0u) != 0x80u) {
            ++pos;
            return kInvalid;
        }
        cp = (cp << 6) | (byte & 0x3Fu);
    }
    if (cp < smallest || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++pos;
        return kInvalid;
    }
    pos += std::size_t(extra) + 1;
    return cp;
}

bool isControl(std::uint32_t cp)
{
    return cp == kInvalid || cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069);
}

const char kHex[] = "0123456789abcdef";

void appendHex(std::string &out, std::uint32_t value, int digits)
{
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += kHex[(value >> unsigned(shift)) & 0xFu];
}

// Appends the character text[start, end) (decoded as `cp`), escaped when it is a control character.
void appendEscaped(std::string &out, std::string_view text, std::size_t start, std::size_t end,
                   std::uint32_t cp, bool keepLineBreaks)
{
    if (!isControl(cp) || (keepLineBreaks && (cp == '\n' || cp == '\t'))) {
        out.append(text.substr(start, end - start));
        return;
    }
    switch (cp) {
    case '\n':
        out += "\\n";
        return;
    case '\r':
        out += "\\r";
        return;
    case '\t':
        out += "\\t";
        return;
    default:
        break;
    }
    if (cp == kInvalid || cp < 0x80) {
        out += "\\x";
        appendHex(out, cp == kInvalid ? static_cast<unsigned char>(text[start]) : cp, 2);
    } else {
        out += "\\u";
        appendHex(out, cp, 4);
    }
}

// 5000000 -> "5,000,000".
std::string withThousands(std::size_t number)
{
    std::string digits = std::to_string(number);
    for (std::size_t i = digits.size(); i > 3; i -= 3)
        digits.insert(i - 3, ",");
    return digits;
}

// How many characters the escaped form of one character takes (1 when it is not escaped).
std::size_t escapedWidth(std::uint32_t cp, bool keepLineBreaks)
{
    if (!isControl(cp) || (keepLineBreaks && (cp == '\n' || cp == '\t')))
        return 1;
    if (cp == '\n' || cp == '\r' || cp == '\t')
        return 2;
    return cp == kInvalid || cp < 0x80 ? 4 : 6;
}

// Eliding saves at least this many characters, so a text just over the limit is shown whole and
// an elided text is never longer than the original.
constexpr std::size_t kElisionSlack = 30;

// `text` escaped, and cut after about `limit` shown characters (escapes count with their width)
// when the whole would be longer than limit + kElisionSlack. Idempotent: the result of a call
// passes a second call unchanged.
std::string elide(std::string_view text, std::size_t limit, bool keepLineBreaks)
{
    std::size_t characters = 0;
    std::size_t width = 0;
    bool hasControl = false;
    for (std::size_t pos = 0; pos < text.size(); ++characters) {
        const std::uint32_t cp = nextCharacter(text, pos);
        const std::size_t w = escapedWidth(cp, keepLineBreaks);
        hasControl = hasControl || w != 1;
        width += w;
    }
    const bool cut = width > limit + kElisionSlack;
    if (!cut && !hasControl)
        return std::string(text);
    std::string out;
    std::size_t shown = 0;
    for (std::size_t pos = 0; pos < text.size() && (!cut || shown < limit);) {
        const std::size_t start = pos;
        const std::uint32_t cp = nextCharacter(text, pos);
        appendEscaped(out, text, start, pos, cp, keepLineBreaks);
        shown += escapedWidth(cp, keepLineBreaks);
    }
    if (cut)
        out += "\u2026(" + withThousands(characters) + " characters)";
    return out;
}

} // namespace

bool hasControlCharacters(std::string_view text)
{
    for (std::size_t pos = 0; pos < text.size();)
        if (isControl(nextCharacter(text, pos)))
            return true;
    return false;
}

std::string escapeControlCharacters(std::string_view text)
{
    std::string out;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const std::uint32_t cp = nextCharacter(text, pos);
        appendEscaped(out, text, start, pos, cp, false);
    }
    return out;
}

std::string elideUserText(std::string_view text, std::size_t limit)
{
    return elide(text, limit, false);
}

std::string quoteUserText(std::string_view text, char quote)
{
    std::string out(1, quote);
    out += elide(text, kQuotedTextLimit, false);
    out += quote;
    return out;
}

std::string boundedMessage(std::string_view message)
{
    return elide(message, kMessageLimit, true);
}

} // namespace cw
