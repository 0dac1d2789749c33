#include "common/result.h"

namespace cw {
// Built with append() rather than chains of operator+: GCC 12 reports a false -Wrestrict on
// the temporaries of such chains at -O2/-O3.

std::string Location::toString() const
{
    std::string out = file;
    if (line > 0) {
        out.append(":").append(std::to_string(line));
        if (column > 0)
            out.append(":").append(std::to_string(column));
    }
    if (!pointer.empty() || (file.empty() && line == 0)) {
        if (!out.empty())
            out.append(": ");
        out.append(pointer.empty() ? std::string("/") : pointer);
    }
    if (!entity.empty())
        out.append(" (").append(entity).append(")");
    return out;
}

std::string Error::toString() const
{
    std::string out = where.toString();
    if (!out.empty())
        out.append(": ");
    out.append(message);
    if (!code.empty())
        out.append(" [").append(code).append("]");
    return out;
}

} // namespace cw
