#pragma once
// A case template (GetTemplateResponse): which fields are required and which rules apply where.

#include "common/json_text.h"

#include <optional>
#include <string>
#include <vector>

namespace cw {

struct TemplateRule {
    std::string caseRuleId;
    std::optional<std::string> fieldId; // the model allows it to be absent (default "NULL")
    Json extra = Json::object();

    bool operator==(const TemplateRule &other) const = default;
};

struct RequiredField {
    std::string fieldId;
    Json extra = Json::object();

    bool operator==(const RequiredField &other) const = default;
};

struct LayoutConfiguration {
    std::optional<std::string> defaultLayout;
    Json extra = Json::object();

    bool operator==(const LayoutConfiguration &other) const = default;
};

struct CaseTemplate {
    std::string templateId;
    std::string templateArn;
    std::string name;
    std::optional<std::string> description;
    std::optional<LayoutConfiguration> layoutConfiguration;
    std::optional<std::vector<RequiredField>> requiredFields;
    std::optional<Json> tags;
    std::string status; // "Active" | "Inactive"
    std::optional<bool> deleted;
    std::optional<std::string> createdTime;
    std::optional<std::string> lastModifiedTime;
    std::optional<std::vector<TemplateRule>> rules;
    std::optional<Json> tagPropagationConfigurations; // kept as sent
    Json extra = Json::object();

    bool isDeleted() const { return deleted.value_or(false); }

    // Every member, the service's and unknown ones included (model/model_members.h says which
    // members a project edits).
    bool operator==(const CaseTemplate &other) const = default;
};

} // namespace cw
