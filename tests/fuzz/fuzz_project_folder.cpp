// libFuzzer target for whole project folders (issue #18): the input describes a folder tree --
// files, folders and symbolic links with any names, targets and contents -- which is built in a
// temporary folder, then loaded, validated, linted and planned like `casewright-cli validate` and
// `plan` do. Beyond "no crash" it checks what a hostile folder must never achieve:
//   - a link out of the project is never followed (a valid rule outside the folder never loads);
//   - every message is bounded and carries no raw control character;
//   - one input takes bounded time (the work is linear in the input; 5 s is far above it).
//
// Input format (text, so the JSON dictionary and the readers' corpus mutate well): entries
// separated by header lines
//     @@ f PATH          a file; the lines up to the next header are its content
//     @@ d PATH          a folder
//     @@ l PATH TARGET   a symbolic link to TARGET (any text: relative, absolute, itself, ...)
// PATH is relative to the project folder; ".." and absolute paths are dropped. Without a
// casewright.json entry the folder gets a valid one, so most inputs reach the rule readers.
#include "common/user_text.h"
#include "project/plan.h"
#include "project/project_io.h"
#include "validation/lint.h"

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxEntries = 64;
constexpr std::size_t kMaxPathLength = 200;
constexpr auto kTimeLimit = std::chrono::seconds(5);
const char *const kOutsideRuleId = "outside-the-project-never-read";

struct Entry {
    char kind = 'f';
    std::string path;
    std::string target;  // links
    std::string content; // files
};

// A relative path with no "..", no empty or "." component: what the tree builder may create.
bool safeRelative(const std::string &path)
{
    if (path.empty() || path.size() > kMaxPathLength || path.front() == '/' ||
        path.find('\0') != std::string::npos)
        return false;
    for (const fs::path &part : fs::path(path))
        if (part == ".." || part == "." || part.empty())
            return false;
    return true;
}

std::vector<Entry> parseEntries(std::string_view input)
{
    std::vector<Entry> entries;
    std::size_t pos = 0;
    while (pos < input.size() && entries.size() < kMaxEntries) {
        const std::size_t header = input.find("@@ ", pos);
        if (header == std::string_view::npos)
            break;
        const std::size_t lineEnd = std::min(input.find('\n', header), input.size());
        const std::string_view line = input.substr(header + 3, lineEnd - header - 3);
        const std::size_t next = std::min(input.find("\n@@ ", lineEnd), input.size());
        pos = next == input.size() ? next : next + 1;
        if (line.size() < 3 || line[1] != ' ')
            continue;
        Entry entry;
        entry.kind = line[0];
        std::string_view rest = line.substr(2);
        if (entry.kind == 'l') {
            const std::size_t space = rest.find(' ');
            if (space == std::string_view::npos)
                continue;
            entry.target = std::string(rest.substr(space + 1));
            rest = rest.substr(0, space);
        }
        entry.path = std::string(rest);
        if (lineEnd < next)
            entry.content = std::string(input.substr(lineEnd + 1, next - lineEnd - 1));
        if (safeRelative(entry.path) && (entry.kind == 'f' || entry.kind == 'd' || entry.kind == 'l'))
            entries.push_back(std::move(entry));
    }
    return entries;
}

void writeFile(const fs::path &path, const std::string &content)
{
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    std::ofstream(path, std::ios::binary) << content;
}

// Whether creating `path` stays inside `project`: nothing is there yet (writing through an
// existing link would follow it), and no folder on the way is a link that leads out. The fuzzer
// must never write outside its temporary folder.
bool creatable(const fs::path &project, const fs::path &path)
{
    std::error_code ec;
    if (fs::symlink_status(path, ec).type() != fs::file_type::not_found)
        return false;
    const fs::path parent = fs::weakly_canonical(path.parent_path(), ec);
    if (ec)
        return false;
    const std::string inside = parent.string() + "/";
    return inside.rfind(project.string() + "/", 0) == 0;
}

void build(const fs::path &project, const std::vector<Entry> &entries)
{
    bool hasConfig = false;
    for (const Entry &entry : entries) {
        const fs::path path = project / entry.path;
        std::error_code ec;
        if (!creatable(project, path))
            continue;
        hasConfig = hasConfig || entry.path == "casewright.json";
        if (entry.kind == 'f') {
            writeFile(path, entry.content);
        } else if (entry.kind == 'd') {
            fs::create_directories(path, ec);
        } else {
            fs::create_directories(path.parent_path(), ec);
            fs::create_symlink(fs::path(entry.target), path, ec);
        }
    }
    if (!hasConfig && creatable(project, project / "casewright.json"))
        writeFile(project / "casewright.json", R"({"formatVersion": 1, "domainId": "d-1"})");
}

bool hasRawControlByte(const std::string &text)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F)
            return true;
    }
    return false;
}

// A message of bounded size (the bounded message plus a location that may hold a long path).
void checkText(const std::string &text)
{
    if (text.size() > 8 * cw::kMessageLimit + 4 * kMaxEntries * kMaxPathLength || hasRawControlByte(text))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto started = std::chrono::steady_clock::now();
    const std::vector<Entry> entries =
        parseEntries(std::string_view(reinterpret_cast<const char *>(data), size));

    std::string pattern = (fs::temp_directory_path() / "cw-fuzz-folder-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr)
        return 0;
    const fs::path root = fs::canonical(fs::path(pattern));
    const fs::path project = root / "project";
    // A valid rule beside the project: links that lead to it must be refused, never read.
    writeFile(root / "outside.json",
              std::string(R"({"caseRuleId": ")") + kOutsideRuleId +
                  R"(", "name": "Outside", "rule": {"required": {"conditions": [], "defaultValue": true}}})");
    fs::create_directories(project);
    build(project, entries);

    const auto loaded = cw::project::loadProject(project.string());
    if (!loaded) {
        checkText(loaded.error().toString());
    } else {
        for (const cw::project::RuleFile &file : loaded->project.rules)
            if (file.rule.caseRuleId == kOutsideRuleId)
                std::abort(); // a link out of the project folder was followed
        const std::vector<cw::Finding> findings =
            cw::checkSnapshot(loaded->project.workingSnapshot(), "fuzz");
        for (const cw::Finding &finding : findings)
            checkText(finding.toString());
        const auto plan = cw::project::computePlan(loaded->project);
        if (plan) {
            const std::string text = cw::project::planToText(*plan);
            if (hasRawControlByte(text))
                std::abort();
        } else {
            checkText(plan.error().toString());
        }
    }
    std::error_code ec;
    fs::remove_all(root, ec); // does not follow links
    if (std::chrono::steady_clock::now() - started > kTimeLimit)
        std::abort(); // a folder this small must never take this long
    return 0;
}
