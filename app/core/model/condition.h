#pragma once
// BooleanCondition: equalTo | notEqualTo | andAll | orAll. A member a newer service adds is kept
// as Unknown so it survives a round trip; the evaluator treats it as never true and the
// validator reports it.

#include "model/case_value.h"

#include <string>
#include <vector>

namespace cw {

struct Condition {
    enum class Kind { EqualTo, NotEqualTo, AndAll, OrAll, Unknown };
    Kind kind = Kind::EqualTo;

    // EqualTo / NotEqualTo (BooleanOperands)
    std::string fieldId;   // operandOne.fieldId
    Value operand;         // operandTwo
    bool result = true;    // the rule's value when this condition decides
    Json operandsExtra = Json::object();   // unknown members of BooleanOperands

    // AndAll / OrAll (CompoundCondition)
    std::vector<Condition> children;
    Json compoundExtra = Json::object();

    // Unknown
    std::string unknownKey;
    Json unknownValue;

    bool operator==(const Condition &other) const = default;

    bool isCompound() const { return kind == Kind::AndAll || kind == Kind::OrAll; }
    bool isComparison() const { return kind == Kind::EqualTo || kind == Kind::NotEqualTo; }

    static Condition equalTo(std::string fieldId, Value operand, bool result);
    static Condition notEqualTo(std::string fieldId, Value operand, bool result);
    static Condition andAll(std::vector<Condition> children);
    static Condition orAll(std::vector<Condition> children);
};

const char *toString(Condition::Kind kind); // wire member name: "equalTo", ...

} // namespace cw
