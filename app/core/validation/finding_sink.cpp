#include "validation/finding_sink.h"

#include "common/user_text.h"

namespace cw::validation {

void FindingSink::error(std::string_view code, const std::string &pointer, std::string message)
{
    add(Finding::Severity::Error, code, pointer, std::move(message));
}

void FindingSink::warning(std::string_view code, const std::string &pointer, std::string message)
{
    add(Finding::Severity::Warning, code, pointer, std::move(message));
}

void FindingSink::add(Finding::Severity severity, std::string_view code, const std::string &pointer,
                      std::string message)
{
    Finding finding;
    finding.severity = severity;
    finding.code = std::string(code);
    finding.message = boundedMessage(message); // it may quote a file's text
    finding.where.pointer = pointer;
    finding.where.entity = m_entity;
    m_out.push_back(std::move(finding));
}

bool FindingSink::checkText(std::string_view text, const TextLimits &limits, std::string_view lengthCode,
                            std::string_view patternCode, const std::string &pointer,
                            const std::string &subject)
{
    const std::string range =
        limits.min > 0 ? std::to_string(limits.min) + " to " + std::to_string(limits.max) + " characters"
                       : "at most " + std::to_string(limits.max) + " characters";
    switch (validation::checkText(text, limits)) {
    case TextProblem::None:
        return true;
    case TextProblem::TooShort:
        error(lengthCode, pointer, subject + " is empty; the service needs " + range + ".");
        return false;
    case TextProblem::TooLong:
        error(lengthCode, pointer,
              subject + " is " + std::to_string(codePointCount(text)) +
                  " characters long; the service accepts " + range + ". Shorten it.");
        return false;
    case TextProblem::EndsInWhiteSpace:
        error(patternCode, pointer, subject + " ends in white space, which the service rejects; remove it.");
        return false;
    case TextProblem::LineBreak:
        error(patternCode, pointer,
              subject + " contains a line break, which the service rejects; keep it on one line.");
        return false;
    }
    return true;
}

void append(std::vector<Finding> &out, std::vector<Finding> more)
{
    out.insert(out.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
}

} // namespace cw::validation
