#include "common/result.h"

namespace cw {

std::string Location::toString() const
{
    std::string out = file;
    if (line > 0) {
        out += ":" + std::to_string(line);
        if (column > 0)
            out += ":" + std::to_string(column);
    }
    if (!pointer.empty() || (file.empty() && line == 0)) {
        if (!out.empty())
            out += ": ";
        out += pointer.empty() ? std::string("/") : pointer;
    }
    if (!entity.empty())
        out += " (" + entity + ")";
    return out;
}

std::string Error::toString() const
{
    const std::string place = where.toString();
    std::string out = place.empty() ? message : place + ": " + message;
    if (!code.empty())
        out += " [" + code + "]";
    return out;
}

} // namespace cw
