#include "connect_arn.h"

#include <vector>

namespace cw::project {
namespace {
// "arn:partition:service:region:account:resource": the resource may itself hold colons.
std::optional<std::vector<std::string>> arnFields(const std::string &text)
{
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (fields.size() < 5) {
        const std::size_t colon = text.find(':', start);
        if (colon == std::string::npos)
            return std::nullopt;
        fields.push_back(text.substr(start, colon - start));
        start = colon + 1;
    }
    fields.push_back(text.substr(start));
    if (fields[0] != "arn" || fields[1].empty() || fields[2].empty() || fields[5].empty())
        return std::nullopt;
    return fields;
}

bool isId(const std::string &text)
{
    if (text.empty())
        return false;
    for (const char c : text)
        if (c == '/' || c == ':' || c == ' ' || c == '\t' || c == '\n')
            return false;
    return true;
}

// Parses "instance/<id>" or "instance/<id>/agent/<user id>" into `arn`.
std::optional<ConnectArn> parseConnect(const std::string &text, bool user)
{
    const auto fields = arnFields(text);
    if (!fields || (*fields)[2] != "connect" || (*fields)[3].empty() || (*fields)[4].empty())
        return std::nullopt;
    const std::string &resource = (*fields)[5];
    const std::string instancePrefix = "instance/";
    if (resource.compare(0, instancePrefix.size(), instancePrefix) != 0)
        return std::nullopt;
    const std::string rest = resource.substr(instancePrefix.size());
    ConnectArn arn{(*fields)[1], (*fields)[3], (*fields)[4], rest, {}};
    if (user) {
        const std::string agent = "/agent/";
        const std::size_t at = rest.find(agent);
        if (at == std::string::npos)
            return std::nullopt;
        arn.instanceId = rest.substr(0, at);
        arn.userId = rest.substr(at + agent.size());
        if (!isId(arn.userId))
            return std::nullopt;
    }
    if (!isId(arn.instanceId))
        return std::nullopt;
    return arn;
}
} // namespace

std::string ConnectArn::instanceArn() const
{
    return "arn:" + partition + ":connect:" + region + ":" + account + ":instance/" + instanceId;
}

std::string ConnectArn::text() const
{
    return userId.empty() ? instanceArn() : instanceArn() + "/agent/" + userId;
}

std::optional<ConnectArn> parseConnectUserArn(const std::string &text)
{
    return parseConnect(text, true);
}

std::optional<ConnectArn> parseConnectInstanceArn(const std::string &text)
{
    return parseConnect(text, false);
}

std::optional<ArnPlace> arnPlace(const std::string &text)
{
    const auto fields = arnFields(text);
    if (!fields || (*fields)[3].empty() || (*fields)[4].empty())
        return std::nullopt;
    return ArnPlace{(*fields)[3], (*fields)[4]};
}

} // namespace cw::project
