#include "wire/object_reader.h"

namespace cw::wire {
namespace {
Location at(const std::string &pointer)
{
    Location where;
    where.pointer = pointer;
    return where;
}
} // namespace

const char *jsonTypeName(const Json &json)
{
    switch (json.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::object:
        return "an object";
    case Json::value_t::array:
        return "an array";
    case Json::value_t::string:
        return "a string";
    case Json::value_t::boolean:
        return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return "a number";
    default:
        return "an unsupported value";
    }
}

ObjectReader::ObjectReader(const Json &json, std::string pointer, std::string what)
    : m_json(json), m_pointer(std::move(pointer)), m_what(std::move(what))
{
    if (!m_json.is_object())
        fail("wire.type", "a " + m_what + " must be a JSON object, but this is " + jsonTypeName(m_json), m_pointer);
}

void ObjectReader::fail(Error error)
{
    if (!m_error)
        m_error = std::move(error);
}

void ObjectReader::fail(const std::string &code, const std::string &message, const std::string &pointer)
{
    fail(makeError(code, message, at(pointer)));
}

const Json *ObjectReader::member(const std::string &key, bool required)
{
    if (!ok() || !m_json.is_object())
        return nullptr;
    m_consumed.insert(key);
    const auto it = m_json.find(key);
    // An explicit null is treated like an absent member: restJson1 never sends nulls for
    // structure members, and hand-edited files sometimes do.
    if (it == m_json.end() || it->is_null()) {
        if (required)
            fail("wire.missing-member", "the " + m_what + " has no \"" + key + "\", which is required",
                 m_pointer);
        return nullptr;
    }
    return &*it;
}

const Json *ObjectReader::typed(const std::string &key, bool required, bool (Json::*check)() const noexcept,
                                const char *typeName)
{
    const Json *value = member(key, required);
    if (value != nullptr && !((*value).*check)()) {
        fail("wire.type",
             "\"" + key + "\" of a " + m_what + " must be " + typeName + ", but it is " + jsonTypeName(*value),
             pointerOf(key));
        return nullptr;
    }
    return value;
}

std::string ObjectReader::requiredString(const std::string &key)
{
    const Json *value = typed(key, true, &Json::is_string, "a string");
    return value ? value->get<std::string>() : std::string();
}

std::optional<std::string> ObjectReader::optionalString(const std::string &key)
{
    const Json *value = typed(key, false, &Json::is_string, "a string");
    return value ? std::optional<std::string>(value->get<std::string>()) : std::nullopt;
}

bool ObjectReader::requiredBool(const std::string &key)
{
    const Json *value = typed(key, true, &Json::is_boolean, "true or false");
    return value ? value->get<bool>() : false;
}

std::optional<bool> ObjectReader::optionalBool(const std::string &key)
{
    const Json *value = typed(key, false, &Json::is_boolean, "true or false");
    return value ? std::optional<bool>(value->get<bool>()) : std::nullopt;
}

const Json *ObjectReader::requiredMember(const std::string &key)
{
    return member(key, true);
}

const Json *ObjectReader::optionalMember(const std::string &key)
{
    return member(key, false);
}

const Json *ObjectReader::requiredArray(const std::string &key)
{
    return typed(key, true, &Json::is_array, "an array");
}

const Json *ObjectReader::optionalArray(const std::string &key)
{
    return typed(key, false, &Json::is_array, "an array");
}

const Json *ObjectReader::requiredObject(const std::string &key)
{
    return typed(key, true, &Json::is_object, "an object");
}

const Json *ObjectReader::optionalObject(const std::string &key)
{
    return typed(key, false, &Json::is_object, "an object");
}

Json ObjectReader::rest() const
{
    Json extra = Json::object();
    if (!m_json.is_object())
        return extra;
    for (auto it = m_json.begin(); it != m_json.end(); ++it)
        if (m_consumed.count(it.key()) == 0)
            extra[it.key()] = it.value();
    return extra;
}

Result<std::string> unionMember(const Json &json, const std::string &pointer, const std::string &what)
{
    if (!json.is_object())
        return makeError("wire.type", "a " + what + " must be a JSON object with exactly one member, but this is " +
                                          jsonTypeName(json),
                         at(pointer));
    if (json.size() != 1) {
        std::string names;
        for (auto it = json.begin(); it != json.end(); ++it)
            names += (names.empty() ? "\"" : ", \"") + it.key() + "\"";
        return makeError("wire.union-members",
                         "a " + what + " takes exactly one member, but this one has " + std::to_string(json.size()) +
                             (names.empty() ? std::string() : " (" + names + ")") + "; keep exactly one",
                         at(pointer));
    }
    return json.begin().key();
}

} // namespace cw::wire
