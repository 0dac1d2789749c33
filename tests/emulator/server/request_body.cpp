#include "request_body.h"

#include "error_response.h"

#include <algorithm>

namespace cw::emu {

ApiResult<Json> parseBody(const ApiRequest &request)
{
    const bool blank = std::all_of(request.body.begin(), request.body.end(),
                                   [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; });
    if (blank)
        return Json::object();
    auto parsed = parseJsonText(request.body);
    if (!parsed)
        return validationError("The request body is not valid JSON: " + parsed.error().message);
    if (!parsed->is_object())
        return validationError("The request body must be a JSON object.");
    return std::move(parsed).value();
}

ApiError fromWireError(const cw::Error &error)
{
    std::string message = error.message;
    if (!error.where.pointer.empty())
        message += " (at " + error.where.pointer + ")";
    return validationError(message);
}

std::size_t characterCount(const std::string &utf8)
{
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0u) != 0x80u; // count every byte but continuations
    }));
}

ApiStatus checkTrimmedText(const std::string &value, const std::string &member, std::size_t maxLength,
                           bool allowEmpty)
{
    if (value.empty()) {
        if (allowEmpty)
            return apiOk();
        return validationError(member + " must not be empty.");
    }
    if (characterCount(value) > maxLength)
        return validationError(member + " must be at most " + std::to_string(maxLength) +
                               " characters long.");
    // `.` does not match a line break, and \S excludes [ \t\n\x0B\f\r].
    if (value.find_first_of("\r\n") != std::string::npos)
        return validationError(member + " must not contain a line break.");
    const char last = value.back();
    if (last == ' ' || last == '\t' || last == '\v' || last == '\f')
        return validationError(member + " must not end in white space.");
    return apiOk();
}

ApiStatus checkName(const std::string &value, const std::string &member)
{
    return checkTrimmedText(value, member, 100, false);
}

ApiStatus checkDescription(const std::optional<std::string> &value, const std::string &member)
{
    if (value && characterCount(*value) > 255)
        return validationError(member + " must be at most 255 characters long.");
    return apiOk();
}

ApiStatus checkEnum(const std::string &value, const std::string &member,
                    const std::vector<std::string> &allowed)
{
    if (std::find(allowed.begin(), allowed.end(), value) != allowed.end())
        return apiOk();
    std::string list;
    for (const std::string &item : allowed)
        list += (list.empty() ? "" : ", ") + item;
    return validationError(member + " must be one of " + list + ", not \"" + value + "\".");
}

ApiResult<std::vector<std::string>> readIdentifierList(const Json &body, const std::string &member,
                                                       std::size_t maxItems)
{
    const auto it = body.find(member);
    if (it == body.end() || it->is_null())
        return validationError(member + " is required.");
    if (!it->is_array() || it->empty() || it->size() > maxItems)
        return validationError(member + " must be a list of 1 to " + std::to_string(maxItems) +
                               " identifiers.");
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const Json &item = (*it)[i];
        const std::string where = member + "[" + std::to_string(i) + "]";
        if (!item.is_object() || !item.contains("id") || !item["id"].is_string())
            return validationError(where + " must be an object with a string \"id\".");
        const std::string id = item["id"].get<std::string>();
        if (id.empty() || id.size() > 500)
            return validationError(where + ".id must be 1 to 500 characters long.");
        ids.push_back(id);
    }
    return ids;
}

bool hasMember(const Json &body, const std::string &member)
{
    const auto it = body.find(member);
    return it != body.end() && !it->is_null();
}

std::size_t copyMembers(const Json &body, const std::vector<std::string> &members, Json &into)
{
    std::size_t copied = 0;
    for (const std::string &member : members)
        if (hasMember(body, member)) {
            into[member] = body[member];
            ++copied;
        }
    return copied;
}

} // namespace cw::emu
