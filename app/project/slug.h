#pragma once
// File names for rules and templates: readable, stable, unique within their folder.

#include <set>
#include <string>

namespace cw::project {

// The name a rule or template file gets when its name has no letter or digit to make one of.
inline constexpr char kRuleSlugFallback[] = "rule";
inline constexpr char kTemplateSlugFallback[] = "template";

// "Resolution notes required when closed" -> "resolution-notes-required-when-closed".
// ASCII letters and digits are kept (lower-cased); every other run of characters becomes one '-'.
// Never empty ("rule" is used when nothing is left), at most 60 characters.
std::string slugify(const std::string &name, const std::string &fallback = "rule");

// slugify(name), or with "-2", "-3", ... appended until it is not in `taken`.
std::string uniqueSlug(const std::string &name, const std::set<std::string> &taken,
                       const std::string &fallback = "rule");

// The reference a template uses for a rule that has no id yet: "local:<slug>".
std::string localRuleRef(const std::string &slug);
bool isLocalRuleRef(const std::string &caseRuleId);
std::string slugOfLocalRef(const std::string &caseRuleId);

} // namespace cw::project
