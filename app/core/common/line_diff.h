#pragma once
// Which lines differ between two texts, for the conflict view (Qt-free). A line counts as the
// same when it is part of a longest common subsequence of the two texts' lines -- the usual
// line diff, so a member moved by one line does not mark everything after it.

#include <string>
#include <vector>

namespace cw {

std::vector<std::string> splitLines(const std::string &text);

// For each line of `a`: true when it is not matched by a line of `b`.
std::vector<bool> unmatchedLines(const std::vector<std::string> &a, const std::vector<std::string> &b);

} // namespace cw
