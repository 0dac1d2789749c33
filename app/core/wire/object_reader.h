#pragma once
// Internal helpers for the wire readers: read the members of one JSON object by name, record the
// first problem with its JSON pointer, and hand back every member nobody asked for (so it can be
// written back unchanged).

#include "common/json_text.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace cw::wire {

class ObjectReader {
public:
    // `what` names the shape in messages, e.g. "case rule".
    ObjectReader(const Json &json, std::string pointer, std::string what);

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    const std::string &pointer() const { return m_pointer; }
    std::string pointerOf(const std::string &key) const { return pointerJoin(m_pointer, key); }

    std::string requiredString(const std::string &key);
    std::optional<std::string> optionalString(const std::string &key);
    bool requiredBool(const std::string &key);
    std::optional<bool> optionalBool(const std::string &key);
    // Any JSON type; nullptr when absent (and, for required, an error is recorded).
    const Json *requiredMember(const std::string &key);
    const Json *optionalMember(const std::string &key);
    const Json *requiredArray(const std::string &key);
    const Json *optionalArray(const std::string &key);
    const Json *requiredObject(const std::string &key);
    const Json *optionalObject(const std::string &key);

    // Adopts an error found while reading a nested value (keeps only the first one).
    void fail(Error error);
    void fail(const std::string &code, const std::string &message, const std::string &pointer);

    // Members not read through this reader.
    Json rest() const;

private:
    const Json *member(const std::string &key, bool required);
    const Json *typed(const std::string &key, bool required, bool (Json::*check)() const noexcept,
                      const char *typeName);

    const Json &m_json;
    std::string m_pointer;
    std::string m_what;
    std::set<std::string> m_consumed;
    std::optional<Error> m_error;
};

// A union (exactly one member). Returns the member name, or an error naming the members found.
Result<std::string> unionMember(const Json &json, const std::string &pointer, const std::string &what);

// Reads each element of an array with `readOne(element, pointer)`; stops at the first error.
template <typename T, typename ReadOne>
bool readArray(ObjectReader &reader, const Json *array, const std::string &pointer, std::vector<T> &out,
               ReadOne readOne)
{
    if (array == nullptr)
        return reader.ok();
    for (std::size_t i = 0; i < array->size(); ++i) {
        auto item = readOne((*array)[i], pointerJoin(pointer, i));
        if (!item) {
            reader.fail(item.error());
            return false;
        }
        out.push_back(std::move(item).value());
    }
    return true;
}

// Writes `key` only when the optional member is present, so absent stays absent.
inline void putOptional(Json &out, const char *key, const std::optional<std::string> &value)
{
    if (value)
        out[key] = *value;
}

// The JSON type of a value, in words, for messages.
const char *jsonTypeName(const Json &json);

} // namespace cw::wire
