#include "model/condition.h"

namespace cw {
namespace {
Condition comparison(Condition::Kind kind, std::string fieldId, Value operand, bool result)
{
    Condition c;
    c.kind = kind;
    c.fieldId = std::move(fieldId);
    c.operand = std::move(operand);
    c.result = result;
    return c;
}

Condition compound(Condition::Kind kind, std::vector<Condition> children)
{
    Condition c;
    c.kind = kind;
    c.children = std::move(children);
    return c;
}
} // namespace

Condition Condition::equalTo(std::string fieldId, Value operand, bool result)
{
    return comparison(Kind::EqualTo, std::move(fieldId), std::move(operand), result);
}

Condition Condition::notEqualTo(std::string fieldId, Value operand, bool result)
{
    return comparison(Kind::NotEqualTo, std::move(fieldId), std::move(operand), result);
}

Condition Condition::andAll(std::vector<Condition> children)
{
    return compound(Kind::AndAll, std::move(children));
}

Condition Condition::orAll(std::vector<Condition> children)
{
    return compound(Kind::OrAll, std::move(children));
}

const char *toString(Condition::Kind kind)
{
    switch (kind) {
    case Condition::Kind::EqualTo:
        return "equalTo";
    case Condition::Kind::NotEqualTo:
        return "notEqualTo";
    case Condition::Kind::AndAll:
        return "andAll";
    case Condition::Kind::OrAll:
        return "orAll";
    case Condition::Kind::Unknown:
        return "unknown";
    }
    return "unknown";
}

} // namespace cw
