#include "model/case_value.h"

#include <cstdio>

namespace cw {

Value Value::string(std::string s)
{
    Value v;
    v.kind = Kind::String;
    v.text = std::move(s);
    return v;
}

Value Value::dbl(double d)
{
    Value v;
    v.kind = Kind::Double;
    v.number = d;
    v.raw = d;
    return v;
}

Value Value::boolean_(bool b)
{
    Value v;
    v.kind = Kind::Boolean;
    v.boolean = b;
    return v;
}

Value Value::empty()
{
    return Value{};
}

Value Value::userArn(std::string arn)
{
    Value v;
    v.kind = Kind::UserArn;
    v.text = std::move(arn);
    return v;
}

bool Value::operator==(const Value &other) const
{
    if (kind != other.kind)
        return false;
    switch (kind) {
    case Kind::String:
    case Kind::UserArn:
        return text == other.text;
    case Kind::Double:
        return number == other.number;
    case Kind::Boolean:
        return boolean == other.boolean;
    case Kind::Empty:
        return true;
    case Kind::Unknown:
        return text == other.text && raw == other.raw;
    }
    return false;
}

std::string Value::display() const
{
    switch (kind) {
    case Kind::String:
    case Kind::UserArn:
        return "\"" + text + "\"";
    case Kind::Double: {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.15g", number);
        return buffer;
    }
    case Kind::Boolean:
        return boolean ? "true" : "false";
    case Kind::Empty:
        return "(empty)";
    case Kind::Unknown:
        return "(" + text + ")";
    }
    return {};
}

const char *toString(Value::Kind kind)
{
    switch (kind) {
    case Value::Kind::String:
        return "stringValue";
    case Value::Kind::Double:
        return "doubleValue";
    case Value::Kind::Boolean:
        return "booleanValue";
    case Value::Kind::Empty:
        return "emptyValue";
    case Value::Kind::UserArn:
        return "userArnValue";
    case Value::Kind::Unknown:
        return "unknown";
    }
    return "unknown";
}

} // namespace cw
