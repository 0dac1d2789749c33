#include "validation/text_constraints.h"

#include <cstdint>

namespace cw::validation {
namespace {

// Decodes the code point starting at `pos` and advances `pos`. Malformed bytes decode as
// themselves, one byte each: the readers only produce valid UTF-8, and a count must not throw.
std::uint32_t nextCodePoint(std::string_view text, std::size_t &pos)
{
    const auto lead = static_cast<unsigned char>(text[pos++]);
    int extra = 0;
    std::uint32_t cp = lead;
    if (lead >= 0xC0 && lead < 0xE0) {
        extra = 1;
        cp = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead < 0xF0) {
        extra = 2;
        cp = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead < 0xF8) {
        extra = 3;
        cp = lead & 0x07u;
    }
    const std::size_t start = pos;
    for (int i = 0; i < extra; ++i) {
        if (pos >= text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0u) != 0x80u) {
            pos = start;
            return lead;
        }
        cp = (cp << 6) | (static_cast<unsigned char>(text[pos]) & 0x3Fu);
        ++pos;
    }
    return cp;
}

// The service's validator may be ECMAScript's or Java's regex engine; a name that either one
// rejects is reported, so this is the union of both engines' \s and line terminators.
bool isWhiteSpace(std::uint32_t cp)
{
    return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000 || cp == 0xFEFF;
}

bool isLineBreak(std::uint32_t cp)
{
    return cp == 0x0A || cp == 0x0D || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

} // namespace

std::size_t codePointCount(std::string_view utf8)
{
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < utf8.size(); ++count)
        nextCodePoint(utf8, pos);
    return count;
}

TextProblem checkText(std::string_view utf8, const TextLimits &limits)
{
    const std::size_t length = codePointCount(utf8);
    if (length < limits.min)
        return TextProblem::TooShort;
    if (length > limits.max)
        return TextProblem::TooLong;
    if (!limits.trimmedPattern || utf8.empty())
        return TextProblem::None;
    bool lineBreak = false;
    std::uint32_t last = 0;
    for (std::size_t pos = 0; pos < utf8.size();) {
        last = nextCodePoint(utf8, pos);
        lineBreak = lineBreak || isLineBreak(last);
    }
    if (isWhiteSpace(last))
        return TextProblem::EndsInWhiteSpace;
    return lineBreak ? TextProblem::LineBreak : TextProblem::None;
}

} // namespace cw::validation
