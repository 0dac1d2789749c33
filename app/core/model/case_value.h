#pragma once
// Values: the right-hand operand of a condition (OperandTwo) and a case's field value
// (FieldValueUnion). Both are one-member unions on the wire.

#include "common/json_text.h"

#include <string>

namespace cw {

struct Value {
    enum class Kind { String, Double, Boolean, Empty, UserArn, Unknown };
    Kind kind = Kind::Empty;
    std::string text;    // String, UserArn; for Unknown the member name
    double number = 0.0; // Double
    bool boolean = false;
    Json raw;            // Double: the number exactly as read (keeps 5 as 5); Unknown: the member's value

    static Value string(std::string s);
    static Value dbl(double d);
    static Value boolean_(bool b);
    static Value empty();
    static Value userArn(std::string arn);

    bool operator==(const Value &other) const;
    // "Closed", 42, true, (empty) -- for summaries and tables.
    std::string display() const;
};

const char *toString(Value::Kind kind);

} // namespace cw
