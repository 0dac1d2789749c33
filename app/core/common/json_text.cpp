#include "common/json_text.h"

#include "common/json_checks.h"

#include <fstream>
#include <sstream>

namespace cw {
namespace {
// Builds the DOM like nlohmann's own parser, with the checks every Casewright reader makes
// (json_checks.h): duplicate keys and too-deep nesting refused, the place of an error kept.
class CheckingSax : public nlohmann::detail::json_sax_dom_parser<Json> {
    using Base = nlohmann::detail::json_sax_dom_parser<Json>;

public:
    explicit CheckingSax(Json &document) : Base(document, false) {}

    bool start_object(std::size_t n) { return check.startContainer(true) && Base::start_object(n); }
    bool key(string_t &k) { return check.key(k) && Base::key(k); }
    bool end_object() { return check.endContainer(), Base::end_object(); }
    bool start_array(std::size_t n) { return check.startContainer(false) && Base::start_array(n); }
    bool end_array() { return check.endContainer(), Base::end_array(); }
    bool null() { return check.enterValue(), Base::null(); }
    bool boolean(bool v) { return check.enterValue(), Base::boolean(v); }
    bool number_integer(number_integer_t v) { return check.enterValue(), Base::number_integer(v); }
    bool number_unsigned(number_unsigned_t v) { return check.enterValue(), Base::number_unsigned(v); }
    bool number_float(number_float_t v, const string_t &s)
    {
        return check.enterValue(), Base::number_float(v, s);
    }
    bool string(string_t &v) { return check.enterValue(), Base::string(v); }
    bool binary(binary_t &v) { return check.enterValue(), Base::binary(v); }

    template <class Exception>
    bool parse_error(std::size_t position, const std::string &, const Exception &ex)
    {
        check.parseError(position, ex.what());
        return false;
    }

    JsonStructureCheck check;
};
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
    return sax.check.error(fileName, [&](std::size_t offset, int &line, int &column) {
        LineColumnCounter counter;
        counter.feed(text, offset);
        line = counter.line();
        column = counter.column();
    });
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
