#include "api_message.h"

#include <algorithm>
#include <cctype>

namespace cw::emu {
namespace {
bool equalsIgnoringCase(const std::string &a, const std::string &b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}
} // namespace

const std::string &ApiRequest::label(const std::string &name) const
{
    static const std::string empty;
    const auto it = labels.find(name);
    return it == labels.end() ? empty : it->second;
}

std::vector<std::string> ApiRequest::queryValues(const std::string &name) const
{
    std::vector<std::string> values;
    for (const auto &[key, value] : query)
        if (key == name)
            values.push_back(value);
    return values;
}

std::optional<std::string> ApiRequest::queryValue(const std::string &name) const
{
    for (const auto &[key, value] : query)
        if (key == name)
            return value;
    return std::nullopt;
}

std::string ApiResponse::header(const std::string &name) const
{
    for (const auto &[key, value] : headers)
        if (equalsIgnoringCase(key, name))
            return value;
    return {};
}

} // namespace cw::emu
