#pragma once
// Which members of a case rule and a case template a project edits, and what every other member
// is. The one definition the project files (project::ruleFileJson), the plan's comparison
// (project::comparableRule) and the API request bodies (net: Create/Update requests) all read, so
// the three cannot drift apart. tests/core/model/test_model_members.cpp fails to build when a
// member is added to CaseRule or CaseTemplate and not here; tests/project/test_member_roles.cpp
// checks each role's treatment in the file, the plan and the request body.

#include "model/case_rule.h"
#include "model/case_template.h"

#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace cw {

// What a member is for files, plans and requests.
enum class MemberRole {
    // The id: in the project file (it pairs the file with the service's entity), not compared
    // (the plan pairs by it), not in a request body (it is part of the URI).
    Identity,
    // What a project edits: in the file, compared, sent by Create and Update.
    Editable,
    // Tags: in the file, not compared and not sent -- Update does not take them (TagResource
    // does), so a tag edit is no plan step.
    Tags,
    // The service's: ARN, timestamps, `deleted`. Kept in the pulled base, not in the file, not
    // compared, not sent.
    Service,
    // Top-level members this version does not know (`extra`, kept for a lossless round trip): in
    // the file (nothing is lost) and compared (a change to one shows in the plan), never sent: a
    // request body holds only members the API model lists for Create/Update, as it always has.
    // (Unknown members *inside* an editable member -- a condition's, a required field's -- are
    // part of that member's value and travel with it everywhere.)
    Unknown,
};

// One data member: its wire name ("" for `extra`, whose members are written at the top level),
// where it lives, and its role.
template <class Owner, class Type> struct ModelMember {
    std::string_view wireName;
    Type Owner::*pointer;
    MemberRole role;
};

template <class Owner, class Type>
ModelMember(std::string_view, Type Owner::*, MemberRole) -> ModelMember<Owner, Type>;

// Every data member of CaseRule, in declaration order.
inline constexpr auto kCaseRuleMembers =
    std::make_tuple(ModelMember{"caseRuleId", &CaseRule::caseRuleId, MemberRole::Identity},
                    ModelMember{"name", &CaseRule::name, MemberRole::Editable},
                    ModelMember{"caseRuleArn", &CaseRule::caseRuleArn, MemberRole::Service},
                    ModelMember{"description", &CaseRule::description, MemberRole::Editable},
                    ModelMember{"rule", &CaseRule::rule, MemberRole::Editable},
                    ModelMember{"deleted", &CaseRule::deleted, MemberRole::Service},
                    ModelMember{"createdTime", &CaseRule::createdTime, MemberRole::Service},
                    ModelMember{"lastModifiedTime", &CaseRule::lastModifiedTime, MemberRole::Service},
                    ModelMember{"tags", &CaseRule::tags, MemberRole::Tags},
                    ModelMember{"", &CaseRule::extra, MemberRole::Unknown});

// Every data member of CaseTemplate, in declaration order.
inline constexpr auto kCaseTemplateMembers = std::make_tuple(
    ModelMember{"templateId", &CaseTemplate::templateId, MemberRole::Identity},
    ModelMember{"templateArn", &CaseTemplate::templateArn, MemberRole::Service},
    ModelMember{"name", &CaseTemplate::name, MemberRole::Editable},
    ModelMember{"description", &CaseTemplate::description, MemberRole::Editable},
    ModelMember{"layoutConfiguration", &CaseTemplate::layoutConfiguration, MemberRole::Editable},
    ModelMember{"requiredFields", &CaseTemplate::requiredFields, MemberRole::Editable},
    ModelMember{"tags", &CaseTemplate::tags, MemberRole::Tags},
    ModelMember{"status", &CaseTemplate::status, MemberRole::Editable},
    ModelMember{"deleted", &CaseTemplate::deleted, MemberRole::Service},
    ModelMember{"createdTime", &CaseTemplate::createdTime, MemberRole::Service},
    ModelMember{"lastModifiedTime", &CaseTemplate::lastModifiedTime, MemberRole::Service},
    ModelMember{"rules", &CaseTemplate::rules, MemberRole::Editable},
    ModelMember{"tagPropagationConfigurations", &CaseTemplate::tagPropagationConfigurations,
                MemberRole::Editable},
    ModelMember{"", &CaseTemplate::extra, MemberRole::Unknown});

// The wire names of the members with `role`, in declaration order (Unknown has none: its members
// are whatever `extra` holds).
std::vector<std::string> caseRuleMemberNames(MemberRole role);
std::vector<std::string> caseTemplateMemberNames(MemberRole role);

// `json` without the named members.
void eraseMembers(Json &json, const std::vector<std::string> &names);
// The named members of `json` that are present and not null.
Json pickMembers(const Json &json, const std::vector<std::string> &names);

} // namespace cw
