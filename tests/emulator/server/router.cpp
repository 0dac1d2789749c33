#include "router.h"

#include "auth/sigv4_canonical.h"

namespace cw::emu {
namespace {
std::vector<std::string_view> splitPath(std::string_view path)
{
    std::vector<std::string_view> segments;
    std::size_t start = 0;
    while (true) {
        const std::size_t slash = path.find('/', start);
        segments.push_back(
            path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
        if (slash == std::string_view::npos)
            return segments;
        start = slash + 1;
    }
}
} // namespace

const std::vector<Route> &casesRoutes()
{
    static const std::vector<Route> routes = {
        {"ListDomains", "POST", "/domains-list", ops::listDomains, false},
        {"GetDomain", "POST", "/domains/{domainId}", ops::getDomain, false},
        {"CreateField", "POST", "/domains/{domainId}/fields", ops::createField, true},
        {"ListFields", "POST", "/domains/{domainId}/fields-list", ops::listFields, false},
        {"BatchGetField", "POST", "/domains/{domainId}/fields-batch", ops::batchGetField, false},
        {"ListFieldOptions", "POST", "/domains/{domainId}/fields/{fieldId}/options-list",
         ops::listFieldOptions, false},
        {"BatchPutFieldOptions", "PUT", "/domains/{domainId}/fields/{fieldId}/options",
         ops::batchPutFieldOptions, true},
        {"ListLayouts", "POST", "/domains/{domainId}/layouts-list", ops::listLayouts, false},
        {"GetLayout", "POST", "/domains/{domainId}/layouts/{layoutId}", ops::getLayout, false},
        {"ListTemplates", "POST", "/domains/{domainId}/templates-list", ops::listTemplates, false},
        {"CreateTemplate", "POST", "/domains/{domainId}/templates", ops::createTemplate, true},
        {"GetTemplate", "POST", "/domains/{domainId}/templates/{templateId}", ops::getTemplate, false},
        {"UpdateTemplate", "PUT", "/domains/{domainId}/templates/{templateId}", ops::updateTemplate, true},
        {"DeleteTemplate", "DELETE", "/domains/{domainId}/templates/{templateId}", ops::deleteTemplate, true},
        {"ListCaseRules", "POST", "/domains/{domainId}/rules-list/", ops::listCaseRules, false},
        {"BatchGetCaseRule", "POST", "/domains/{domainId}/rules-batch", ops::batchGetCaseRule, false},
        {"CreateCaseRule", "POST", "/domains/{domainId}/case-rules", ops::createCaseRule, true},
        {"UpdateCaseRule", "PUT", "/domains/{domainId}/case-rules/{caseRuleId}", ops::updateCaseRule, true},
        {"DeleteCaseRule", "DELETE", "/domains/{domainId}/case-rules/{caseRuleId}", ops::deleteCaseRule,
         true},
        // Cases are kept in memory only (stored_case.h): nothing to save after CreateCase.
        {"CreateCase", "POST", "/domains/{domainId}/cases", ops::createCase, false},
        {"GetCase", "POST", "/domains/{domainId}/cases/{caseId}", ops::getCase, false},
        {"SearchCases", "POST", "/domains/{domainId}/cases-search", ops::searchCases, false},
    };
    return routes;
}

std::optional<RouteMatch> matchRoute(const std::string &method, const std::string &rawPath)
{
    const auto pathSegments = splitPath(rawPath);
    for (const Route &route : casesRoutes()) {
        if (method != route.method)
            continue;
        const auto patternSegments = splitPath(route.pattern);
        if (patternSegments.size() != pathSegments.size())
            continue;
        RouteMatch match;
        match.route = &route;
        bool matches = true;
        for (std::size_t i = 0; i < patternSegments.size() && matches; ++i) {
            const std::string_view pattern = patternSegments[i];
            if (pattern.size() > 2 && pattern.front() == '{' && pattern.back() == '}') {
                const std::string value = percentDecode(pathSegments[i]);
                matches = !value.empty() && value.size() <= 500;
                match.labels[std::string(pattern.substr(1, pattern.size() - 2))] = value;
            } else {
                matches = pattern == pathSegments[i];
            }
        }
        if (matches)
            return match;
    }
    return std::nullopt;
}

// The SigV4 verifier's decoding (app/net), so the emulator reads a path or query exactly as the
// signature it checks does; only the form encoding of '+' is added here.
std::string percentDecode(std::string_view text, bool plusIsSpace)
{
    QByteArray bytes(text.data(), qsizetype(text.size()));
    if (plusIsSpace)
        bytes.replace('+', ' '); // before decoding, so an encoded "%2B" stays a '+'
    return net::sigv4::percentDecode(bytes).toStdString();
}

QueryParameters decodeQuery(const std::string &rawQuery)
{
    QueryParameters parameters;
    std::size_t start = 0;
    while (start <= rawQuery.size() && !rawQuery.empty()) {
        std::size_t end = rawQuery.find('&', start);
        if (end == std::string::npos)
            end = rawQuery.size();
        const std::string_view pair(rawQuery.data() + start, end - start);
        if (!pair.empty()) {
            const std::size_t equals = pair.find('=');
            const std::string_view key = pair.substr(0, equals);
            const std::string_view value =
                equals == std::string_view::npos ? std::string_view() : pair.substr(equals + 1);
            parameters.emplace_back(percentDecode(key, true), percentDecode(value, true));
        }
        start = end + 1;
    }
    return parameters;
}

} // namespace cw::emu
