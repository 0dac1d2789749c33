#pragma once
// A case rule (GetCaseRuleResponse) and its details union: required | hidden | fieldOptions.

#include "model/condition.h"

#include <optional>
#include <string>
#include <vector>

namespace cw {

// RequiredCaseRule and HiddenCaseRule share this shape.
struct BooleanRule {
    std::vector<Condition> conditions;
    bool defaultValue = false;
    Json extra = Json::object();

    bool operator==(const BooleanRule &other) const = default;
};

struct OptionsMapping {
    std::string parentValue;              // parentFieldOptionValue ("" is allowed by the model)
    std::vector<std::string> childValues; // childFieldOptionValues
    Json extra = Json::object();

    bool operator==(const OptionsMapping &other) const = default;
};

struct FieldOptionsRule {
    std::optional<std::string> parentFieldId;
    std::optional<std::string> childFieldId;
    std::vector<OptionsMapping> mappings; // parentChildFieldOptionsMappings
    Json extra = Json::object();

    bool operator==(const FieldOptionsRule &other) const = default;
};

struct RuleDetails {
    enum class Kind { Required, Hidden, FieldOptions, Unknown };
    Kind kind = Kind::Required;
    BooleanRule boolean;      // Required, Hidden
    FieldOptionsRule options; // FieldOptions
    std::string unknownKey;   // Unknown: the member name and its value, kept as sent
    Json unknownValue;

    bool operator==(const RuleDetails &other) const = default;
};

const char *toString(RuleDetails::Kind kind); // wire member name: "required", "hidden", "fieldOptions"

struct CaseRule {
    std::string caseRuleId; // empty for a rule not yet published
    std::string name;
    std::string caseRuleArn;
    std::optional<std::string> description;
    RuleDetails rule;
    std::optional<bool> deleted;
    std::optional<std::string> createdTime;
    std::optional<std::string> lastModifiedTime;
    std::optional<Json> tags;
    Json extra = Json::object();

    bool isDeleted() const { return deleted.value_or(false); }

    // Every member, the service's and unknown ones included (model/model_members.h says which
    // members a project edits). The designer's edits use it to tell a change from none.
    bool operator==(const CaseRule &other) const = default;
};

} // namespace cw
