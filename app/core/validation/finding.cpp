#include "validation/finding.h"

#include "common/user_text.h"

#include <algorithm>

namespace cw {

const char *toString(Finding::Severity severity)
{
    return severity == Finding::Severity::Error ? "error" : "warning";
}

std::string Finding::toString() const
{
    const std::string place = where.toString();
    std::string out = place.empty() ? std::string() : place + ": ";
    out += cw::toString(severity);
    out += ": " + boundedMessage(message) + " [" + code + "]";
    return out;
}

bool hasErrors(const std::vector<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &finding) { return finding.severity == Finding::Severity::Error; });
}

std::vector<Finding> findingsUnder(const std::vector<Finding> &findings, const std::string &pointer)
{
    std::vector<Finding> result;
    for (const Finding &finding : findings) {
        const std::string &at = finding.where.pointer;
        if (at == pointer || at.rfind(pointer + "/", 0) == 0) {
            Finding local = finding;
            local.where.pointer = at.substr(pointer.size());
            result.push_back(std::move(local));
        }
    }
    return result;
}

} // namespace cw
