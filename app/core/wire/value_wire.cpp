// OperandTwo and FieldValueUnion: one-member unions of a typed value.
#include "wire/object_reader.h"
#include "wire/wire_json.h"

namespace cw::wire {
namespace {
Location at(const std::string &pointer)
{
    Location where;
    where.pointer = pointer;
    return where;
}

Result<Value> readValueUnion(const Json &json, const std::string &pointer, const std::string &what,
                             bool allowUserArn)
{
    auto member = unionMember(json, pointer, what);
    if (!member)
        return member.error();
    const std::string &key = *member;
    const Json &inner = json[key];
    const std::string innerPointer = pointerJoin(pointer, key);
    const auto wrongType = [&](const char *expected) {
        return makeError("wire.type",
                         "\"" + key + "\" must be " + expected + ", but it is " + jsonTypeName(inner), at(innerPointer));
    };
    if (key == "stringValue" || (allowUserArn && key == "userArnValue")) {
        if (!inner.is_string())
            return wrongType("a string");
        return key == "stringValue" ? Value::string(inner.get<std::string>())
                                    : Value::userArn(inner.get<std::string>());
    }
    if (key == "doubleValue") {
        if (!inner.is_number())
            return wrongType("a number");
        Value value = Value::dbl(inner.get<double>());
        value.raw = inner; // keeps 5 as 5 on the way back out
        return value;
    }
    if (key == "booleanValue") {
        if (!inner.is_boolean())
            return wrongType("true or false");
        return Value::boolean_(inner.get<bool>());
    }
    if (key == "emptyValue") {
        if (!inner.is_object())
            return wrongType("an object ({})");
        Value value = Value::empty();
        value.raw = inner;
        return value;
    }
    // A value kind this version does not know: keep it so a newer service loses nothing.
    Value value;
    value.kind = Value::Kind::Unknown;
    value.text = key;
    value.raw = inner;
    return value;
}

Json writeValueUnion(const Value &value)
{
    Json out = Json::object();
    switch (value.kind) {
    case Value::Kind::String:
        out["stringValue"] = value.text;
        break;
    case Value::Kind::UserArn:
        out["userArnValue"] = value.text;
        break;
    case Value::Kind::Double:
        // Write the number as it was read unless an edit changed it.
        if (value.raw.is_number() && value.raw.get<double>() == value.number)
            out["doubleValue"] = value.raw;
        else
            out["doubleValue"] = value.number;
        break;
    case Value::Kind::Boolean:
        out["booleanValue"] = value.boolean;
        break;
    case Value::Kind::Empty:
        out["emptyValue"] = value.raw.is_object() ? value.raw : Json::object();
        break;
    case Value::Kind::Unknown:
        out[value.text] = value.raw;
        break;
    }
    return out;
}
} // namespace

Result<Value> readOperandTwo(const Json &json, const std::string &pointer)
{
    return readValueUnion(json, pointer, "condition value (operandTwo)", /*allowUserArn=*/false);
}

Result<Value> readFieldValue(const Json &json, const std::string &pointer)
{
    return readValueUnion(json, pointer, "field value", /*allowUserArn=*/true);
}

Json writeOperandTwo(const Value &value)
{
    return writeValueUnion(value);
}

Json writeFieldValue(const Value &value)
{
    return writeValueUnion(value);
}

} // namespace cw::wire
