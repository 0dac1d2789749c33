#pragma once
// Text that comes from a project file (a name, a value, an id, a file name) is unbounded and may
// hold anything, terminal escape sequences included. Every message quotes such text through these
// functions, so a message stays short and cannot recolour or rewrite the user's terminal, nor
// reorder what the designer shows.

#include <cstddef>
#include <string>
#include <string_view>

namespace cw {

// How many characters of a quoted text a message repeats before eliding the rest.
inline constexpr std::size_t kQuotedTextLimit = 60;
// The longest message, in characters, before the message itself is elided (a safety net for text
// that was not quoted through quoteUserText).
inline constexpr std::size_t kMessageLimit = 2000;

// Whether `text` holds a character that must not reach a terminal or a label: C0 and C1 control
// characters (NUL, ESC, ...), DEL, the bidirectional overrides and isolates (U+202A-U+202E,
// U+2066-U+2069), or bytes that are not UTF-8.
bool hasControlCharacters(std::string_view text);

// `text` with each such character written as an escape: \n, \t, \r, \x1b, \u202e; a byte that is
// not UTF-8 as \xNN. Everything else is kept as it is.
std::string escapeControlCharacters(std::string_view text);

// The first `limit` characters of `text`, then "…(5,000,000 characters)" when it is longer;
// control characters escaped.
std::string elideUserText(std::string_view text, std::size_t limit = kQuotedTextLimit);

// elideUserText between quotes: 'Close notes', "Closed".
std::string quoteUserText(std::string_view text, char quote = '\'');

// A whole message made safe to show: control characters other than line breaks and tabs escaped,
// and elided after kMessageLimit characters.
std::string boundedMessage(std::string_view message);

} // namespace cw
