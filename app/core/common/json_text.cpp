#include "common/json_text.h"

#include "common/user_text.h"

#include <fstream>
#include <sstream>
#include <unordered_set>
#include <vector>

namespace cw {
namespace {
constexpr std::size_t kMaxJsonDepth = 100;

// Line and column (1-based) of a byte offset, counting columns in bytes as editors do for ASCII.
void lineAndColumn(std::string_view text, std::size_t offset, int &line, int &column)
{
    line = 1;
    column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
}

// Builds the DOM like nlohmann's own parser, but remembers where it is (as a JSON pointer) and
// refuses an object that repeats a key.
class CheckingSax : public nlohmann::detail::json_sax_dom_parser<Json> {
    using Base = nlohmann::detail::json_sax_dom_parser<Json>;

public:
    explicit CheckingSax(Json &document) : Base(document, false) {}

    bool start_object(std::size_t n)
    {
        if (!enterContainer())
            return false;
        m_frames.push_back(Frame{true, {}, {}, 0});
        return Base::start_object(n);
    }
    bool key(string_t &k)
    {
        Frame &frame = m_frames.back();
        if (!frame.keys.insert(k)) {
            duplicateKey = k;
            duplicatePointer = currentPointer();
            return false;
        }
        frame.currentKey = k;
        return Base::key(k);
    }
    bool end_object()
    {
        m_frames.pop_back();
        return Base::end_object();
    }
    bool start_array(std::size_t n)
    {
        if (!enterContainer())
            return false;
        m_frames.push_back(Frame{false, {}, {}, 0});
        return Base::start_array(n);
    }
    bool end_array()
    {
        m_frames.pop_back();
        return Base::end_array();
    }
    bool null() { return enterValue(), Base::null(); }
    bool boolean(bool v) { return enterValue(), Base::boolean(v); }
    bool number_integer(number_integer_t v) { return enterValue(), Base::number_integer(v); }
    bool number_unsigned(number_unsigned_t v) { return enterValue(), Base::number_unsigned(v); }
    bool number_float(number_float_t v, const string_t &s) { return enterValue(), Base::number_float(v, s); }
    bool string(string_t &v) { return enterValue(), Base::string(v); }
    bool binary(binary_t &v) { return enterValue(), Base::binary(v); }

    template <class Exception>
    bool parse_error(std::size_t position, const std::string &, const Exception &ex)
    {
        errorPosition = position;
        errorMessage = ex.what();
        return false;
    }

    std::string duplicateKey;
    std::string duplicatePointer;
    bool tooDeep = false;
    std::size_t errorPosition = 0;
    std::string errorMessage;

private:
    // The keys one object has had so far. Almost every object Casewright reads has a handful, where
    // comparing against each is several times cheaper than a tree or hash set (this check ran for a
    // third of a large project's load time with std::set); the few big maps switch to a hash set.
    class SeenKeys {
    public:
        bool insert(const std::string &key)
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

    private:
        static constexpr std::size_t kSmall = 24;
        std::vector<std::string> m_small;
        std::unordered_set<std::string> m_large;
    };

    struct Frame {
        bool isObject;
        SeenKeys keys;
        std::string currentKey;
        std::size_t nextIndex;
    };

    // Nothing Casewright reads nests deeper than a few levels; a limit keeps the readers, which
    // recurse, from running out of stack on hostile or broken input.
    bool enterContainer()
    {
        enterValue();
        if (m_frames.size() >= kMaxJsonDepth) {
            tooDeep = true;
            duplicatePointer = currentPointer();
            return false;
        }
        return true;
    }

    // Called before each value so array frames know the index of the value being read.
    void enterValue()
    {
        if (!m_frames.empty() && !m_frames.back().isObject)
            m_frames.back().currentKey = std::to_string(m_frames.back().nextIndex++);
    }

    std::string currentPointer() const
    {
        std::string pointer;
        for (std::size_t i = 0; i + 1 < m_frames.size(); ++i)
            pointer = pointerJoin(pointer, m_frames[i].currentKey);
        return pointer;
    }

    std::vector<Frame> m_frames;
};

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

Result<Json> parseJsonText(std::string_view text, const std::string &fileName)
{
    Json root;
    CheckingSax sax(root);
    const bool parsed =
        Json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json,
                        /*strict=*/true, /*ignore_comments=*/false);
    if (parsed)
        return root;
    Location where;
    where.file = fileName;
    if (sax.tooDeep) {
        where.pointer = sax.duplicatePointer;
        return makeError("json.too-deep",
                         "the JSON nests more than " + std::to_string(kMaxJsonDepth) +
                             " levels deep here; no Casewright file needs that many",
                         where);
    }
    if (!sax.duplicateKey.empty()) {
        where.pointer = sax.duplicatePointer;
        return makeError("json.duplicate-key",
                         "the key " + quoteUserText(sax.duplicateKey, '"') +
                             " appears twice in one object; keep only one",
                         where);
    }
    lineAndColumn(text, sax.errorPosition > 0 ? sax.errorPosition - 1 : 0, where.line, where.column);
    return makeError("json.syntax", "not valid JSON: " + shortSyntaxMessage(sax.errorMessage), where);
}

Result<Json> readJsonFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        Location where;
        where.file = path;
        return makeError("file.unreadable", "cannot open the file for reading", where);
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parseJsonText(buffer.str(), path);
}

std::string toJsonText(const Json &value)
{
    // error_handler_t::replace: a string with invalid UTF-8 must not abort a save.
    return value.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string pointerJoin(const std::string &pointer, const std::string &token)
{
    std::string escaped;
    escaped.reserve(token.size());
    for (char c : token) {
        if (c == '~')
            escaped += "~0";
        else if (c == '/')
            escaped += "~1";
        else
            escaped += c;
    }
    return pointer + "/" + escaped;
}

std::string pointerJoin(const std::string &pointer, std::size_t index)
{
    return pointer + "/" + std::to_string(index);
}

} // namespace cw
