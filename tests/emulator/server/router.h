#pragma once
// The restJson1 routing table of the Cases operations the emulator serves, matched on the RAW
// path as sent (so a trailing slash or an escaped '/' in a label means what the client sent).

#include "api_message.h"
#include "operations.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cw::emu {

struct Route {
    const char *operation; // "ListCaseRules"
    const char *method;    // "POST"
    const char *pattern;   // "/domains/{domainId}/rules-list/"
    OperationHandler handler;
    bool mutating; // saved to the state file after it succeeds
};

// Every operation: the URIs and methods of the model README.
const std::vector<Route> &casesRoutes();

struct RouteMatch {
    const Route *route = nullptr;
    std::map<std::string, std::string> labels; // decoded
};

// The route whose method and path match, with its labels; nullopt when none does.
std::optional<RouteMatch> matchRoute(const std::string &method, const std::string &rawPath);

// %XX decoding; with plusIsSpace (query strings), '+' reads as a space, as form decoding does.
std::string percentDecode(std::string_view text, bool plusIsSpace = false);
// "a=1&b=x%2By" -> {("a","1"), ("b","x+y")}.
QueryParameters decodeQuery(const std::string &rawQuery);

} // namespace cw::emu
