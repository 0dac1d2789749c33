#include "slug.h"

namespace cw::project {
namespace {
constexpr std::size_t kMaxSlugLength = 60;
constexpr char kLocalPrefix[] = "local:";
} // namespace

std::string slugify(const std::string &name, const std::string &fallback)
{
    std::string slug;
    bool pendingDash = false;
    for (const char c : name) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum) {
            pendingDash = !slug.empty();
            continue;
        }
        if (slug.size() + (pendingDash ? 2 : 1) > kMaxSlugLength)
            break;
        if (pendingDash)
            slug += '-';
        pendingDash = false;
        slug += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug.empty() ? fallback : slug;
}

std::string uniqueSlug(const std::string &name, const std::set<std::string> &taken, const std::string &fallback)
{
    const std::string base = slugify(name, fallback);
    std::string candidate = base;
    for (int n = 2; taken.count(candidate) != 0; ++n)
        candidate = base + "-" + std::to_string(n);
    return candidate;
}

std::string localRuleRef(const std::string &slug)
{
    return kLocalPrefix + slug;
}

bool isLocalRuleRef(const std::string &caseRuleId)
{
    return caseRuleId.rfind(kLocalPrefix, 0) == 0;
}

std::string slugOfLocalRef(const std::string &caseRuleId)
{
    return isLocalRuleRef(caseRuleId) ? caseRuleId.substr(sizeof kLocalPrefix - 1) : std::string();
}

} // namespace cw::project
