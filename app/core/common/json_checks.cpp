#include "common/json_checks.h"

#include "common/json_text.h"

namespace cw {
namespace {
// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1, column 2: ";
// keep only the part after the last ": " that describes the problem.
std::string shortSyntaxMessage(const std::string &what)
{
    const auto pos = what.find("syntax error while parsing value - ");
    if (pos != std::string::npos)
        return what.substr(pos + 35);
    const auto colon = what.rfind(": ");
    return colon == std::string::npos ? what : what.substr(colon + 2);
}
} // namespace

bool JsonStructureCheck::SeenKeys::insert(const std::string &key)
{
    if (!m_large.empty())
        return m_large.insert(key).second;
    for (const std::string &seen : m_small)
        if (seen == key)
            return false;
    m_small.push_back(key);
    if (m_small.size() > kSmall) {
        m_large.insert(m_small.begin(), m_small.end());
        m_small.clear();
    }
    return true;
}

// Nothing Casewright reads nests deeper than a few levels; a limit keeps the readers, which
// recurse, from running out of stack on hostile or broken input.
bool JsonStructureCheck::startContainer(bool isObject)
{
    enterValue();
    if (m_depth >= kMaxJsonDepth) {
        m_tooDeep = true;
        m_failPointer = currentPointer();
        return false;
    }
    if (m_depth == m_frames.size()) {
        m_frames.emplace_back();
    } else {
        Frame &reused = m_frames[m_depth];
        reused.keys.clear();
        reused.currentKey.clear();
        reused.nextIndex = 0;
    }
    m_frames[m_depth].isObject = isObject;
    ++m_depth;
    return true;
}

bool JsonStructureCheck::key(const std::string &key)
{
    Frame &frame = m_frames[m_depth - 1];
    if (!frame.keys.insert(key)) {
        m_duplicate = true;
        m_duplicateKey = key;
        m_failPointer = currentPointer();
        return false;
    }
    frame.currentKey = key;
    return true;
}

// The pointer of the innermost open container.
std::string JsonStructureCheck::currentPointer() const
{
    std::string pointer;
    for (std::size_t i = 0; i + 1 < m_depth; ++i)
        pointer = pointerJoin(pointer, m_frames[i].currentKey);
    return pointer;
}

Error JsonStructureCheck::structureError(Location where) const
{
    where.pointer = m_failPointer;
    if (m_tooDeep)
        return makeError("json.too-deep",
                         "the JSON nests more than " + std::to_string(kMaxJsonDepth) +
                             " levels deep here; no Casewright file needs that many",
                         where);
    return makeError("json.duplicate-key",
                     "the key \"" + m_duplicateKey + "\" appears twice in one object; keep only one", where);
}

Error JsonStructureCheck::syntaxError(Location where) const
{
    return makeError("json.syntax", "not valid JSON: " + shortSyntaxMessage(m_errorMessage), where);
}

bool LineColumnCounter::feed(std::string_view text, std::size_t offset)
{
    for (const char c : text) {
        if (m_offset >= offset)
            return true;
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
        ++m_offset;
    }
    return m_offset >= offset;
}

} // namespace cw
