#pragma once
// Which pulled rule or template an unreadable file (project.h: UnreadableFile) holds. Its text no
// longer reads as a rule or template, yet usually still names its id: a file cut short keeps its
// first lines ("caseRuleId" sorts first in the files Casewright writes), a merge leaves git's
// conflict markers around both versions of the same id, a member of the wrong type leaves the
// rest as it was. Knowing the id, the plan does not take the rule for deleted (plan.h).

#include <string>
#include <string_view>
#include <vector>

namespace cw::project {

// The string values of `member` ("caseRuleId", "templateId") in the outermost object of `text`,
// in order, each once, empty ones left out. A scan, not a parse: it needs no more of the text to
// be valid JSON than the member itself, and skips lines it cannot make sense of.
std::vector<std::string> idsNamedInText(std::string_view text, std::string_view member);

// idsNamedInText for the file `relative` below `directory` (`root`: the folder's real path, which
// the file may not lead out of, folder_entries.h): its caseRuleIds for a "rules/" file, its
// templateIds for a "templates/" one. None for other files or an entry that is not a readable file.
std::vector<std::string> idsNamedInUnreadableFile(const std::string &directory, const std::string &root,
                                                  const std::string &relative);

} // namespace cw::project
