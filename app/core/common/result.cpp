#include "common/result.h"

#include "common/user_text.h"

namespace cw {
// Built with append() rather than chains of operator+: GCC 12 reports a false -Wrestrict on
// the temporaries of such chains at -O2/-O3.

namespace {
// A file name or path is never elided (the user needs all of it), only escaped.
constexpr std::size_t kPointerLimit = 200;
constexpr std::size_t kEntityLimit = 2 * kQuotedTextLimit + 40;
} // namespace

std::string Location::toString() const
{
    std::string out = escapeControlCharacters(file);
    if (line > 0) {
        out.append(":").append(std::to_string(line));
        if (column > 0)
            out.append(":").append(std::to_string(column));
    }
    if (!pointer.empty() || (file.empty() && line == 0)) {
        if (!out.empty())
            out.append(": ");
        out.append(pointer.empty() ? std::string("/") : elideUserText(pointer, kPointerLimit));
    }
    if (!entity.empty())
        out.append(" (").append(elideUserText(entity, kEntityLimit)).append(")");
    return out;
}

std::string Error::toString() const
{
    std::string out = where.toString();
    if (!out.empty())
        out.append(": ");
    out.append(boundedMessage(message));
    if (!code.empty())
        out.append(" [").append(code).append("]");
    return out;
}

} // namespace cw
