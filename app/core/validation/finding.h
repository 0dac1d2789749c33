#pragma once
// A finding of the validator (an error: the service would reject it) or of the lint (a warning:
// legal, but likely not what the author meant). Codes are stable and listed, with their meaning
// and fix, in docs/validation-codes.md.

#include "common/result.h"

#include <string>
#include <vector>

namespace cw {

struct Finding {
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    std::string code;    // e.g. "rule.name.length", "lint.condition.shadowed"
    std::string message; // names the rule/template/field and says what to change
    Location where;      // file, JSON pointer inside the snapshot document, entity "name (id)"

    // "file: /pointer (entity): error: message [code]"
    std::string toString() const;
};

const char *toString(Finding::Severity severity); // "error" | "warning"

bool hasErrors(const std::vector<Finding> &findings);

// The findings at `pointer` or inside it, with `pointer` taken off their where.pointer: under
// "/caseRules/2", "/caseRules/2/rule/required" becomes "/rule/required" ("/caseRules/20" is not
// inside). What an editor of one entry shows next to its own elements.
std::vector<Finding> findingsUnder(const std::vector<Finding> &findings, const std::string &pointer);

} // namespace cw
