#include "unreadable_file_ids.h"

#include "common/json_text.h"
#include "folder_entries.h"

#include <QDir>
#include <QFile>
#include <algorithm>

namespace cw::project {
namespace {
bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::size_t skipSpace(std::string_view text, std::size_t at)
{
    while (at < text.size() && isJsonSpace(text[at]))
        ++at;
    return at;
}

// One past the closing quote of the string that opens at `quote`; npos when the line or the text
// ends first (a string cut short, or not a string at all).
std::size_t stringEnd(std::string_view text, std::size_t quote)
{
    for (std::size_t at = quote + 1; at < text.size(); ++at) {
        if (text[at] == '\\')
            ++at;
        else if (text[at] == '"')
            return at + 1;
        else if (text[at] == '\n')
            return std::string_view::npos;
    }
    return std::string_view::npos;
}
} // namespace

std::vector<std::string> idsNamedInText(std::string_view text, std::string_view member)
{
    std::vector<std::string> ids;
    int depth = 0; // of objects and arrays: 1 inside the file's own object
    std::size_t at = 0;
    while (at < text.size()) {
        const char c = text[at];
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
        if (c != '"') {
            ++at;
            continue;
        }
        const std::size_t end = stringEnd(text, at);
        if (end == std::string_view::npos) { // go on with the next line
            at = text.find('\n', at);
            continue;
        }
        const bool isMember = depth == 1 && text.substr(at + 1, end - at - 2) == member;
        at = end;
        if (!isMember)
            continue;
        const std::size_t colon = skipSpace(text, end);
        if (colon >= text.size() || text[colon] != ':')
            continue;
        const std::size_t value = skipSpace(text, colon + 1);
        if (value >= text.size() || text[value] != '"')
            continue;
        const std::size_t valueEnd = stringEnd(text, value);
        if (valueEnd == std::string_view::npos)
            continue;
        at = valueEnd;
        // The literal as JSON reads it, escapes and all.
        const auto literal = parseJsonText(text.substr(value, valueEnd - value));
        if (!literal || !literal->is_string())
            continue;
        const std::string id = literal->get<std::string>();
        if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    }
    return ids;
}

std::vector<std::string> idsNamedInUnreadableFile(const std::string &directory, const std::string &root,
                                                  const std::string &relative)
{
    const std::string_view path(relative);
    const char *member = path.rfind("rules/", 0) == 0       ? "caseRuleId"
                         : path.rfind("templates/", 0) == 0 ? "templateId"
                                                            : nullptr;
    if (member == nullptr)
        return {};
    const QString file = QDir(QString::fromStdString(directory)).filePath(QString::fromStdString(relative));
    const auto readable = checkProjectFile(root, file.toStdString());
    if (!readable || !*readable)
        return {};
    QFile reading(file);
    if (!reading.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = reading.readAll();
    return idsNamedInText(std::string_view(bytes.constData(), std::size_t(bytes.size())), member);
}

} // namespace cw::project
