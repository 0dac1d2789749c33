#pragma once
// Collects the findings about one entity: each finding gets the entity's label, so the checks
// only say what is wrong and where.

#include "validation/finding.h"
#include "validation/text_constraints.h"

#include <string>
#include <string_view>
#include <vector>

namespace cw::validation {

class FindingSink {
public:
    FindingSink(std::vector<Finding> &out, std::string entity) : m_out(out), m_entity(std::move(entity)) {}

    void error(std::string_view code, const std::string &pointer, std::string message);
    void warning(std::string_view code, const std::string &pointer, std::string message);

    // Reports the length or pattern problem of `text`, if any. `subject` starts the message
    // ("Rule 'Close notes': the name"). A text without a pattern passes an empty patternCode.
    // Returns whether the text is fine.
    bool checkText(std::string_view text, const TextLimits &limits, std::string_view lengthCode,
                   std::string_view patternCode, const std::string &pointer, const std::string &subject);

private:
    void add(Finding::Severity severity, std::string_view code, const std::string &pointer,
             std::string message);

    std::vector<Finding> &m_out;
    std::string m_entity;
};

// Appends `more` to `out`.
void append(std::vector<Finding> &out, std::vector<Finding> more);

} // namespace cw::validation
