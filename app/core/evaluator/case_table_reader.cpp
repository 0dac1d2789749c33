#include "evaluator/case_table_reader.h"

#include "common/json_checks.h"
#include "wire/wire_json.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace cw {
namespace {

using DomBuilder = nlohmann::detail::json_sax_dom_parser<Json>;

// ---- Input: a file read in pieces, as the input iterator nlohmann's parser takes. -------------

class FileChunks {
public:
    explicit FileChunks(std::FILE *file) : m_file(file), m_buffer(kChunk) {}
    // True while there is a byte at `pos`; reads the next piece when the current one is used up.
    bool available()
    {
        if (m_pos != m_end)
            return true;
        if (m_file == nullptr)
            return false;
        const std::size_t read = std::fread(m_buffer.data(), 1, m_buffer.size(), m_file);
        if (read == 0) {
            m_failed = std::ferror(m_file) != 0;
            m_file = nullptr;
            return false;
        }
        m_pos = m_buffer.data();
        m_end = m_pos + read;
        return true;
    }
    const char *m_pos = nullptr;
    bool failed() const { return m_failed; }

private:
    static constexpr std::size_t kChunk = std::size_t{1} << 20;
    std::FILE *m_file;
    std::vector<char> m_buffer;
    const char *m_end = nullptr;
    bool m_failed = false;
};

// Equal to the end iterator (no source) once the file is used up.
class ChunkIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    ChunkIterator() = default;
    explicit ChunkIterator(FileChunks *source) : m_source(source) {}
    reference operator*() const { return *m_source->m_pos; }
    ChunkIterator &operator++()
    {
        ++m_source->m_pos;
        return *this;
    }
    ChunkIterator operator++(int)
    {
        ChunkIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const ChunkIterator &other) const { return done() == other.done(); }
    bool operator!=(const ChunkIterator &other) const { return !(*this == other); }

private:
    bool done() const { return m_source == nullptr || !m_source->available(); }
    FileChunks *m_source = nullptr;
};

struct FileCloser {
    void operator()(std::FILE *file) const { std::fclose(file); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

Error unreadable(const std::string &path)
{
    Location where;
    where.file = path;
    return makeError("file.unreadable", "cannot open the file for reading", where);
}

// ---- Pass 1: the text straight into the table. ------------------------------------------------

// What a JSON value found where the reader expects something is; also, for a wrong type, a
// stand-in of that type for the wire reader's message.
Json standIn(Json::value_t type)
{
    switch (type) {
    case Json::value_t::object:
        return Json::object();
    case Json::value_t::array:
        return Json::array();
    case Json::value_t::string:
        return "";
    case Json::value_t::boolean:
        return false;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return 0;
    default:
        return nullptr;
    }
}

// Where the reader is: the role of each open container, and which member of an object the next
// value is. Anything the wire shape does not name is skipped (its structure is still checked).
class TableSax {
public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    // Pass 1 stops building at the first malformed part and only checks the syntax after it:
    // a syntax error anywhere in the file wins, as with the DOM reader that parses first.
    enum class Problem { None, Root, Case };

    bool start_object(std::size_t) { return check.startContainer(true) && container(Json::value_t::object); }
    bool end_object() { return check.endContainer(), close(true); }
    bool start_array(std::size_t) { return check.startContainer(false) && container(Json::value_t::array); }
    bool end_array() { return check.endContainer(), close(false); }
    bool key(string_t &k) { return check.key(k) && memberKey(k); }
    bool null()
    {
        return check.enterValue(), scalar(Json::value_t::null, [] { return Json(nullptr); });
    }
    bool boolean(bool v)
    {
        check.enterValue();
        if (!failed() && !m_capture && m_roles.back() == Role::ValueObject &&
            m_member == Member::BooleanValue) {
            m_value.kind = Value::Kind::Boolean;
            m_value.boolean = v;
            return true;
        }
        return scalar(Json::value_t::boolean, [v] { return Json(v); });
    }
    bool number_integer(number_integer_t v)
    {
        return number(static_cast<double>(v), [v] { return Json(v); });
    }
    bool number_unsigned(number_unsigned_t v)
    {
        return number(static_cast<double>(v), [v] { return Json(v); });
    }
    bool number_float(number_float_t v, const string_t &)
    {
        return number(v, [v] { return Json(v); });
    }
    bool string(string_t &v)
    {
        check.enterValue();
        if (failed() || m_capture)
            return scalar(Json::value_t::string, [&v] { return Json(v); });
        switch (m_member) {
        case Member::CaseId:
            m_caseId = v;
            m_caseHasId = true;
            return true;
        case Member::CaseTemplateId:
            m_templateId = v;
            return true;
        case Member::FieldId:
            m_fieldId = v;
            m_fieldHasId = true;
            return true;
        case Member::StringValue:
        case Member::UserArnValue:
            m_value.kind = m_member == Member::StringValue ? Value::Kind::String : Value::Kind::UserArn;
            m_value.text = v;
            return true;
        default:
            return scalar(Json::value_t::string, [&v] { return Json(v); });
        }
    }
    bool binary(binary_t &) { return check.enterValue(), true; }

    template <class Exception>
    bool parse_error(std::size_t position, const std::string &, const Exception &ex)
    {
        check.parseError(position, ex.what());
        return false;
    }

    JsonStructureCheck check;
    CaseTableBuilder builder;
    // When set, the members the wire shape does not name are kept here instead of skipped.
    CaseTableExtras *extras = nullptr;
    Problem problem() const { return m_problem; }
    std::size_t problemCase() const { return m_caseIndex; }
    Json rootStandIn() const { return m_rootStandIn; }

private:
    enum class Role : std::uint8_t { Top, Root, Cases, Case, Fields, Field, ValueObject, Skip };
    enum class Member : std::uint8_t {
        None,
        Skip,
        Cases,
        CaseId,
        CaseTemplateId,
        CaseFields,
        CaseExpect,
        FieldId,
        FieldValue,
        StringValue,
        UserArnValue,
        DoubleValue,
        BooleanValue,
        EmptyValue,
        UnknownValue,
        Extra // a member the wire shape does not name, kept in `extras` at m_extraTarget
    };

    bool failed() const { return m_problem != Problem::None; }
    void fail(Problem problem) { m_problem = problem; }
    void failRoot(Json standInRoot)
    {
        m_rootStandIn = std::move(standInRoot);
        fail(Problem::Root);
    }

    // A container starts where the role stack says what it should be.
    bool container(Json::value_t type)
    {
        if (failed()) {
            return true;
        }
        if (m_capture) {
            ++m_captureDepth;
            return type == Json::value_t::object ? m_capture->start_object(std::size_t(-1))
                                                 : m_capture->start_array(std::size_t(-1));
        }
        const bool isObject = type == Json::value_t::object;
        const Role parent = m_roles.back();
        if (m_member == Member::Extra) {
            m_member = Member::None;
            m_capture.emplace(*m_extraTarget, false);
            m_captureDepth = 1;
            return isObject ? m_capture->start_object(std::size_t(-1))
                            : m_capture->start_array(std::size_t(-1));
        }
        Role role = Role::Skip;
        switch (parent) {
        case Role::Top:
            if (isObject)
                role = Role::Root;
            else
                failRoot(Json::array());
            break;
        case Role::Root:
            if (m_member == Member::Cases) {
                if (isObject)
                    failRoot(Json{{"cases", Json::object()}});
                else
                    role = Role::Cases, m_sawCases = true;
            }
            break;
        case Role::Cases:
            ++m_caseIndex;
            if (!isObject) {
                fail(Problem::Case);
                break;
            }
            role = Role::Case;
            m_caseHasId = m_caseHasFields = false;
            m_rowExtras = CaseTableExtras::Row{};
            m_templateId.clear();
            m_expect.reset();
            builder.beginRow();
            break;
        case Role::Case:
            if (m_member == Member::CaseFields) {
                if (isObject)
                    fail(Problem::Case);
                else
                    role = Role::Fields, m_caseHasFields = true;
            } else if (m_member == Member::CaseExpect) {
                if (!isObject) {
                    fail(Problem::Case);
                    break;
                }
                // Expectations are few and small: read as a DOM, by the wire reader itself.
                m_expectJson = Json();
                m_capture.emplace(m_expectJson, false);
                m_captureDepth = 1;
                m_capturingExpect = true;
                return m_capture->start_object(std::size_t(-1));
            } else if (m_member == Member::CaseId || m_member == Member::CaseTemplateId) {
                fail(Problem::Case);
            }
            break;
        case Role::Fields:
            if (!isObject) {
                fail(Problem::Case);
                break;
            }
            role = Role::Field;
            m_fieldHasId = m_fieldHasValue = false;
            m_fieldExtra = Json::object();
            break;
        case Role::Field:
            if (m_member == Member::FieldValue) {
                if (isObject) {
                    role = Role::ValueObject;
                    m_fieldHasValue = true;
                    m_valueMembers = 0;
                    m_value = Value{};
                    m_value.kind = Value::Kind::Unknown; // until its member says otherwise
                } else {
                    fail(Problem::Case);
                }
            } else if (m_member == Member::FieldId) {
                fail(Problem::Case);
            }
            break;
        case Role::ValueObject:
            if (m_member == Member::EmptyValue && isObject) {
                m_value = Value::empty();
            } else if (m_member == Member::UnknownValue) {
                m_capture.emplace(m_value.raw, false);
                m_captureDepth = 1;
                return isObject ? m_capture->start_object(std::size_t(-1))
                                : m_capture->start_array(std::size_t(-1));
            } else {
                fail(Problem::Case);
            }
            break;
        case Role::Skip:
            break;
        }
        if (!failed())
            m_roles.push_back(role);
        m_member = Member::None;
        return true;
    }

    bool close(bool isObject)
    {
        if (failed())
            return true;
        if (m_capture) {
            if (isObject)
                m_capture->end_object();
            else
                m_capture->end_array();
            if (--m_captureDepth == 0) {
                m_capture.reset();
                if (m_capturingExpect)
                    endExpect();
            }
            return true;
        }
        const Role role = m_roles.back();
        m_roles.pop_back();
        switch (role) {
        case Role::Root:
            if (!m_sawCases)
                failRoot(Json::object());
            break;
        case Role::Case:
            if (!m_caseHasId || !m_caseHasFields) {
                fail(Problem::Case);
                break;
            }
            if (extras != nullptr && (!m_rowExtras.caseExtra.empty() || !m_rowExtras.fieldExtras.empty()))
                extras->rows.emplace(builder.rowCount() - 1, std::move(m_rowExtras));
            builder.endRow(m_caseId, m_templateId, std::move(m_expect));
            break;
        case Role::Field:
            if (!m_fieldHasId || !m_fieldHasValue) {
                fail(Problem::Case);
                break;
            }
            if (!m_fieldExtra.empty())
                m_rowExtras.fieldExtras.emplace_back(m_fieldId, std::move(m_fieldExtra));
            if (m_value.kind == Value::Kind::String || m_value.kind == Value::Kind::UserArn) {
                builder.addText(m_fieldId, m_value.kind, m_value.text);
            } else {
                builder.addValue(m_fieldId, m_value);
            }
            break;
        case Role::ValueObject:
            if (m_valueMembers != 1)
                fail(Problem::Case);
            break;
        default:
            break;
        }
        m_member = Member::None;
        return true;
    }

    bool memberKey(string_t &k)
    {
        if (failed())
            return true;
        if (m_capture)
            return m_capture->key(k);
        switch (m_roles.back()) {
        case Role::Root:
            m_member = k == "cases" ? Member::Cases : extra(extras ? &extras->setExtra : nullptr, k);
            break;
        case Role::Case:
            m_member = k == "id"           ? Member::CaseId
                       : k == "templateId" ? Member::CaseTemplateId
                       : k == "fields"     ? Member::CaseFields
                       : k == "expect"     ? Member::CaseExpect
                                           : extra(&m_rowExtras.caseExtra, k);
            break;
        case Role::Field:
            m_member = k == "id"      ? Member::FieldId
                       : k == "value" ? Member::FieldValue
                                      : extra(&m_fieldExtra, k);
            break;
        case Role::ValueObject:
            if (++m_valueMembers > 1) {
                fail(Problem::Case); // a union takes exactly one member
                break;
            }
            m_member = k == "stringValue"    ? Member::StringValue
                       : k == "userArnValue" ? Member::UserArnValue
                       : k == "doubleValue"  ? Member::DoubleValue
                       : k == "booleanValue" ? Member::BooleanValue
                       : k == "emptyValue"   ? Member::EmptyValue
                                             : Member::UnknownValue;
            if (m_member == Member::UnknownValue) {
                m_value.kind = Value::Kind::Unknown;
                m_value.text = k;
            }
            break;
        default:
            m_member = Member::Skip;
            break;
        }
        return true;
    }

    // An unknown member of `object`: kept there when extras are wanted, else skipped.
    Member extra(Json *object, const std::string &key)
    {
        if (extras == nullptr || object == nullptr)
            return Member::Skip;
        m_extraTarget = &(*object)[key];
        return Member::Extra;
    }

    template <typename MakeJson> bool number(double value, MakeJson makeJson)
    {
        check.enterValue();
        if (!failed() && !m_capture && m_member == Member::DoubleValue) {
            m_value.kind = Value::Kind::Double;
            m_value.number = value;
            m_value.raw = makeJson(); // keeps 5 as 5, as the wire reader does
            return true;
        }
        return scalar(Json::value_t::number_float, makeJson);
    }

    // A scalar nothing above consumed: skipped, captured, or the wrong thing in its place.
    template <typename MakeJson> bool scalar(Json::value_t type, MakeJson makeJson)
    {
        if (failed())
            return true;
        if (m_capture) {
            Json value = makeJson();
            return addToCapture(std::move(value));
        }
        const Member member = m_member;
        m_member = Member::None;
        if (member == Member::Extra) {
            *m_extraTarget = makeJson();
            return true;
        }
        switch (m_roles.back()) {
        case Role::Top:
            failRoot(standIn(type));
            break;
        case Role::Root:
            if (member == Member::Cases)
                failRoot(type == Json::value_t::null ? Json::object() : Json{{"cases", standIn(type)}});
            break;
        case Role::Cases:
        case Role::Fields:
            if (m_roles.back() == Role::Cases)
                ++m_caseIndex;
            fail(Problem::Case);
            break;
        case Role::Case:
            // A null templateId is an absent one; every other member named here wants its type.
            if (member == Member::CaseId || member == Member::CaseFields ||
                ((member == Member::CaseTemplateId || member == Member::CaseExpect) &&
                 type != Json::value_t::null))
                fail(Problem::Case);
            break;
        case Role::Field:
            if (member == Member::FieldId || member == Member::FieldValue)
                fail(Problem::Case);
            break;
        case Role::ValueObject:
            if (member == Member::UnknownValue) {
                m_value.raw = makeJson();
                break;
            }
            fail(Problem::Case); // a known kind holding the wrong type
            break;
        case Role::Skip:
            break;
        }
        return true;
    }

    // The case's "expect" is read: kept for the row, or the case is malformed (pass 2 asks the
    // wire reader for the message).
    void endExpect()
    {
        m_capturingExpect = false;
        auto read = wire::readCaseExpectations(m_expectJson);
        if (read)
            m_expect = std::move(read).value();
        else
            fail(Problem::Case);
        m_expectJson = Json();
    }

    bool addToCapture(Json value)
    {
        switch (value.type()) {
        case Json::value_t::null:
            return m_capture->null();
        case Json::value_t::boolean:
            return m_capture->boolean(value.get<bool>());
        case Json::value_t::number_integer:
            return m_capture->number_integer(value.get<number_integer_t>());
        case Json::value_t::number_unsigned:
            return m_capture->number_unsigned(value.get<number_unsigned_t>());
        case Json::value_t::number_float:
            return m_capture->number_float(value.get<number_float_t>(), {});
        case Json::value_t::string:
            return m_capture->string(value.get_ref<string_t &>());
        default:
            return true;
        }
    }

    std::vector<Role> m_roles{Role::Top};
    Member m_member = Member::None;
    Problem m_problem = Problem::None;
    Json m_rootStandIn;
    bool m_sawCases = false;
    std::size_t m_caseIndex = 0; // 1 + the index of the case being read
    std::string m_caseId;
    std::string m_templateId;
    bool m_caseHasId = false;
    bool m_caseHasFields = false;
    std::string m_fieldId;
    bool m_fieldHasId = false;
    bool m_fieldHasValue = false;
    std::size_t m_valueMembers = 0;
    Value m_value;
    CaseTableExtras::Row m_rowExtras;   // the current case's, when extras are wanted
    Json m_fieldExtra = Json::object(); // the current field's
    Json *m_extraTarget = nullptr;      // where the value of the Member::Extra being read goes
    std::optional<DomBuilder>
        m_capture; // a value of a kind this version does not know, an extra, or "expect"
    std::size_t m_captureDepth = 0;
    bool m_capturingExpect = false;
    Json m_expectJson;
    std::optional<std::vector<FieldExpectation>> m_expect;
};

// ---- Pass 2, only for a malformed case: the DOM of that one case. -----------------------------

class CaseExtractor : public nlohmann::json_sax<Json> {
public:
    CaseExtractor(std::size_t index, Json &out) : m_index(index), m_out(out) {}

    bool null() override
    {
        return value([&] { return m_dom->null(); });
    }
    bool boolean(bool v) override
    {
        return value([&] { return m_dom->boolean(v); });
    }
    bool number_integer(number_integer_t v) override
    {
        return value([&] { return m_dom->number_integer(v); });
    }
    bool number_unsigned(number_unsigned_t v) override
    {
        return value([&] { return m_dom->number_unsigned(v); });
    }
    bool number_float(number_float_t v, const string_t &s) override
    {
        return value([&] { return m_dom->number_float(v, s); });
    }
    bool string(string_t &v) override
    {
        return value([&] { return m_dom->string(v); });
    }
    bool binary(binary_t &v) override
    {
        return value([&] { return m_dom->binary(v); });
    }
    bool start_object(std::size_t n) override { return open(true, n); }
    bool start_array(std::size_t n) override { return open(false, n); }
    bool end_object() override { return close(true); }
    bool end_array() override { return close(false); }
    bool key(string_t &k) override
    {
        if (m_dom)
            return m_dom->key(k);
        if (m_depth == 1)
            m_inCasesMember = k == "cases";
        return true;
    }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override
    {
        return false;
    }
    bool found() const { return m_found; }

private:
    // The element of "cases" now starting, when it is the one wanted, starts the DOM.
    bool startsWanted()
    {
        if (m_depth != 2 || !m_casesArray)
            return false;
        return m_next++ == m_index;
    }
    template <typename Forward> bool value(Forward forward)
    {
        if (m_dom) {
            forward();
            return true;
        }
        if (startsWanted()) {
            m_dom.emplace(m_out, false);
            forward();
            m_found = true;
            return false; // done
        }
        return true;
    }
    bool open(bool isObject, std::size_t n)
    {
        if (!m_dom && startsWanted())
            m_dom.emplace(m_out, false);
        if (m_dom) {
            ++m_domDepth;
            return isObject ? m_dom->start_object(n) : m_dom->start_array(n);
        }
        ++m_depth;
        if (m_depth == 2)
            m_casesArray = !isObject && m_inCasesMember;
        return true;
    }
    bool close(bool isObject)
    {
        if (m_dom) {
            if (isObject)
                m_dom->end_object();
            else
                m_dom->end_array();
            if (--m_domDepth == 0) {
                m_found = true;
                return false; // done
            }
            return true;
        }
        --m_depth;
        return true;
    }

    std::size_t m_index;
    Json &m_out;
    std::optional<DomBuilder> m_dom;
    std::size_t m_domDepth = 0;
    std::size_t m_depth = 0;
    std::size_t m_next = 0;
    bool m_inCasesMember = false;
    bool m_casesArray = false;
    bool m_found = false;
};

template <typename Iterator> bool saxParse(Iterator first, Iterator last, auto *sax)
{
    return Json::sax_parse(first, last, sax, nlohmann::detail::input_format_t::json, /*strict=*/true,
                           /*ignore_comments=*/false);
}

// The wire reader's error for what pass 1 found malformed. `reparse(extractor)` runs pass 2.
template <typename Reparse>
Result<CaseTable> wireError(const TableSax &sax, const std::string &fileName, Reparse reparse)
{
    Error error = makeError("json.internal", "the cases could not be read");
    if (sax.problem() == TableSax::Problem::Root) {
        auto read = wire::readSampleCaseSet(sax.rootStandIn());
        if (!read)
            error = read.error();
    } else {
        const std::size_t index = sax.problemCase() - 1;
        Json caseJson;
        CaseExtractor extractor(index, caseJson);
        reparse(extractor);
        if (extractor.found()) {
            auto read = wire::readSampleCase(caseJson, pointerJoin("/cases", index));
            if (!read)
                error = read.error();
        }
    }
    error.where.file = fileName;
    return error;
}

template <typename Locate, typename Reparse>
Result<CaseTable> finish(TableSax &sax, bool parsed, const std::string &fileName, Locate locate,
                         Reparse reparse)
{
    if (!parsed)
        return sax.check.error(fileName, locate);
    if (sax.problem() != TableSax::Problem::None)
        return wireError(sax, fileName, reparse);
    return std::move(sax.builder).finish();
}

// ---- Large texts: the "cases" array read in pieces, side by side. ----------------------------
//
// nlohmann's lexer reads some 110-170 MB/s, so a 16 MB cases file alone takes longer than the
// 100 ms a whole `evaluate` of a project may (issue #16). The elements of the "cases" array are
// independent, so the array is cut at commas between elements into a piece per core, each piece
// is read by its own TableSax into its own table, and the tables are appended in order
// (CaseTableBuilder::append gives exactly the one-builder table).
//
// Only the plain shape is cut: the text opens with {"cases":[ (whitespace allowed), which every
// writer of cases files produces. Piece k is read as {"cases":[ + its elements + ]} (the first
// starts with the text's own opening, the last ends with the text's own end), at the depth and
// under the key the elements have in the whole text. JSON's grammar is unambiguous, so when
// every piece is read without a problem, the whole text is valid and holds exactly the pieces'
// elements, in order: the result cannot differ from reading it at once. When any piece has a
// problem (or the cuts cannot be found) nothing of it is used: the whole text is read at once,
// and that reading gives the error, with its line, column and pointer, as it always did.

constexpr std::string_view kPieceOpening = R"({"cases":[)";
constexpr std::string_view kPieceClosing = "]}";

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The offset just past the "[" of a text that opens with {"cases":[, or 0.
std::size_t casesArrayStart(std::string_view text)
{
    std::size_t at = 0;
    const auto skipSpace = [&] {
        while (at < text.size() && isJsonSpace(text[at]))
            ++at;
    };
    for (const std::string_view token : {"{", "\"cases\"", ":", "["}) {
        skipSpace();
        if (text.substr(at, token.size()) != token)
            return 0;
        at += token.size();
    }
    return at;
}

// Offsets of commas between elements of the array whose elements start at `begin`, the first at
// or after each of `targets` (ascending); fewer when the array ends first. A quick scan of
// strings and brackets: it is only trusted as far as every piece then parses (see above).
std::vector<std::size_t> elementCuts(std::string_view text, std::size_t begin,
                                     const std::vector<std::size_t> &targets)
{
    std::vector<std::size_t> cuts;
    std::size_t depth = 0;
    const char *const data = text.data();
    for (std::size_t at = begin; at < text.size() && cuts.size() < targets.size(); ++at) {
        switch (data[at]) {
        case '"': {
            // To the closing quote: the next one not escaped by an odd run of backslashes.
            const std::size_t content = at + 1;
            for (;;) {
                const void *quote = std::memchr(data + at + 1, '"', text.size() - at - 1);
                if (quote == nullptr)
                    return cuts;
                at = static_cast<std::size_t>(static_cast<const char *>(quote) - data);
                std::size_t backslashes = 0;
                while (at - backslashes > content && data[at - backslashes - 1] == '\\')
                    ++backslashes;
                if (backslashes % 2 == 0)
                    break;
            }
            break;
        }
        case '{':
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            if (depth == 0)
                return cuts; // the end of the array
            --depth;
            break;
        case ',':
            if (depth == 0 && at >= targets[cuts.size()])
                cuts.push_back(at);
            break;
        default:
            break;
        }
    }
    return cuts;
}

// A piece as the parser's input: its opening, its span of the text and its closing, read in
// place (copying each piece into a string of its own cost more in page faults than it saved).
class PieceIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    PieceIterator() = default;
    explicit PieceIterator(const std::array<std::string_view, 3> *parts) : m_parts(parts) { skipEmpty(); }
    reference operator*() const { return *m_at; }
    PieceIterator &operator++()
    {
        if (++m_at == m_end) {
            ++m_part;
            skipEmpty();
        }
        return *this;
    }
    PieceIterator operator++(int)
    {
        PieceIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const PieceIterator &other) const { return m_at == other.m_at; }
    bool operator!=(const PieceIterator &other) const { return m_at != other.m_at; }

private:
    // To the next non-empty part, or to the end (m_at null, equal to the end iterator).
    void skipEmpty()
    {
        while (m_parts != nullptr && m_part < m_parts->size() && (*m_parts)[m_part].empty())
            ++m_part;
        if (m_parts == nullptr || m_part == m_parts->size()) {
            m_at = m_end = nullptr;
            return;
        }
        m_at = (*m_parts)[m_part].data();
        m_end = m_at + (*m_parts)[m_part].size();
    }
    const std::array<std::string_view, 3> *m_parts = nullptr;
    std::size_t m_part = 0;
    const char *m_at = nullptr;
    const char *m_end = nullptr;
};

// Reads one piece; nullopt when it has any problem (the caller then reads the whole text).
std::optional<CaseTable> readPiece(const std::array<std::string_view, 3> &parts)
{
    auto sax = std::make_unique<TableSax>();
    if (!saxParse(PieceIterator(&parts), PieceIterator(), sax.get()) ||
        sax->problem() != TableSax::Problem::None)
        return std::nullopt;
    return std::move(sax->builder).finish();
}

// How many pieces `options` allow for `bytes` (1: read at once).
std::size_t pieceCount(std::size_t bytes, const CaseTableReadOptions &options)
{
    if (bytes < options.piecesFromBytes)
        return 1;
    const std::size_t threads =
        options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    return std::max<std::size_t>(1,
                                 std::min(threads, bytes / std::max<std::size_t>(1, options.minPieceBytes)));
}

// The table read in `count` pieces side by side, or nullopt: then read the text at once.
std::optional<CaseTable> readInPieces(std::string_view text, std::size_t count)
{
    const std::size_t begin = casesArrayStart(text);
    if (begin == 0)
        return std::nullopt;
    std::vector<std::size_t> targets;
    for (std::size_t k = 1; k < count; ++k)
        targets.push_back(begin + (text.size() - begin) * k / count);
    const std::vector<std::size_t> cuts = elementCuts(text, begin, targets);
    if (cuts.empty())
        return std::nullopt;
    // An element on each side of every cut: {"cases":[ ]} reads, yet "[ , x]" and "[x, ]" do not.
    const auto blank = [&](std::size_t first, std::size_t last) {
        return std::all_of(text.begin() + std::ptrdiff_t(first), text.begin() + std::ptrdiff_t(last),
                           isJsonSpace);
    };
    std::size_t previous = begin;
    for (const std::size_t cut : cuts) {
        if (blank(previous, cut))
            return std::nullopt;
        previous = cut + 1;
    }
    while (previous < text.size() && isJsonSpace(text[previous]))
        ++previous;
    if (previous == text.size() || text[previous] == ']')
        return std::nullopt;
    // Piece k spans [from[k], to[k]) of the text, plus the opening and closing it lacks.
    std::vector<std::size_t> from{0};
    std::vector<std::size_t> to;
    for (const std::size_t cut : cuts) {
        to.push_back(cut);
        from.push_back(cut + 1);
    }
    to.push_back(text.size());
    std::vector<std::optional<CaseTable>> tables(from.size());
    const auto read = [&](std::size_t k) {
        const std::array<std::string_view, 3> parts{k > 0 ? kPieceOpening : std::string_view(),
                                                    text.substr(from[k], to[k] - from[k]),
                                                    k + 1 < from.size() ? kPieceClosing : std::string_view()};
        tables[k] = readPiece(parts);
    };
    std::vector<std::thread> helpers;
    for (std::size_t k = 1; k < from.size(); ++k)
        helpers.emplace_back(read, k);
    read(0);
    for (std::thread &helper : helpers)
        helper.join();
    CaseTableBuilder builder;
    for (const std::optional<CaseTable> &table : tables) {
        if (!table)
            return std::nullopt;
        builder.append(*table);
    }
    return std::move(builder).finish();
}

} // namespace

Result<CaseTable> readCaseTableText(std::string_view text, const std::string &fileName,
                                    CaseTableExtras *extras, const CaseTableReadOptions &options)
{
    // Extras (the preview's import) are rare and small: the pieces do not collect them.
    if (const std::size_t pieces = pieceCount(text.size(), options); pieces > 1 && extras == nullptr)
        if (auto table = readInPieces(text, pieces))
            return std::move(*table);
    auto sax = std::make_unique<TableSax>();
    sax->extras = extras;
    const bool parsed = saxParse(text.begin(), text.end(), sax.get());
    return finish(
        *sax, parsed, fileName,
        [&](std::size_t offset, int &line, int &column) {
            LineColumnCounter counter;
            counter.feed(text, offset);
            line = counter.line();
            column = counter.column();
        },
        [&](CaseExtractor &extractor) { saxParse(text.begin(), text.end(), &extractor); });
}

Result<CaseTable> readCaseTableFile(const std::string &path, CaseTableExtras *extras,
                                    const CaseTableReadOptions &options)
{
    FilePtr file(std::fopen(path.c_str(), "rb"));
    if (!file)
        return unreadable(path);
    // A file of up to wholeFileBytes is read into memory and cut into pieces for the cores; a
    // larger one streams through one parser in 1 MiB pieces, so memory stays below the file's
    // size (issue #16's budget is 1.5 times it).
    if (extras == nullptr && std::fseek(file.get(), 0, SEEK_END) == 0) {
        const long size = std::ftell(file.get());
        std::rewind(file.get());
        if (size >= 0 && std::size_t(size) <= options.wholeFileBytes &&
            pieceCount(std::size_t(size), options) > 1) {
            std::string text(std::size_t(size), '\0');
            text.resize(std::fread(text.data(), 1, text.size(), file.get()));
            if (std::ferror(file.get()) != 0)
                return unreadable(path);
            if (std::fgetc(file.get()) == EOF) // else it grew since: stream it as before
                return readCaseTableText(text, path, nullptr, options);
            std::rewind(file.get());
        }
    }
    auto sax = std::make_unique<TableSax>();
    sax->extras = extras;
    FileChunks chunks(file.get());
    const bool parsed = saxParse(ChunkIterator(&chunks), ChunkIterator(), sax.get());
    if (chunks.failed())
        return unreadable(path);
    return finish(
        *sax, parsed, path,
        [&](std::size_t offset, int &line, int &column) {
            LineColumnCounter counter;
            std::rewind(file.get());
            std::vector<char> buffer(std::size_t{1} << 16);
            std::size_t read = 0;
            while ((read = std::fread(buffer.data(), 1, buffer.size(), file.get())) > 0)
                if (counter.feed(std::string_view(buffer.data(), read), offset))
                    break;
            line = counter.line();
            column = counter.column();
        },
        [&](CaseExtractor &extractor) {
            std::rewind(file.get());
            FileChunks again(file.get());
            saxParse(ChunkIterator(&again), ChunkIterator(), &extractor);
        });
}

std::vector<SampleCase> sampleCasesOf(const CaseTable &table, const CaseTableExtras &extras)
{
    std::vector<SampleCase> cases;
    cases.reserve(table.rowCount());
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        SampleCase sampleCase = table.rowCase(row);
        if (const auto it = extras.rows.find(row); it != extras.rows.end()) {
            sampleCase.extra = it->second.caseExtra;
            for (const auto &[fieldId, extra] : it->second.fieldExtras)
                for (CaseFieldValue &field : sampleCase.fields)
                    if (field.id == fieldId) {
                        if (field.extra.empty())
                            field.extra = extra;
                        break;
                    }
        }
        cases.push_back(std::move(sampleCase));
    }
    return cases;
}

} // namespace cw
