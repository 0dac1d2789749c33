#include "model/case_rule.h"

namespace cw {

const char *toString(RuleDetails::Kind kind)
{
    switch (kind) {
    case RuleDetails::Kind::Required:
        return "required";
    case RuleDetails::Kind::Hidden:
        return "hidden";
    case RuleDetails::Kind::FieldOptions:
        return "fieldOptions";
    case RuleDetails::Kind::Unknown:
        return "unknown";
    }
    return "unknown";
}

} // namespace cw
