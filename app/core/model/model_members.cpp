#include "model/model_members.h"

namespace cw {
namespace {

template <class Members> std::vector<std::string> namesWithRole(const Members &members, MemberRole role)
{
    std::vector<std::string> names;
    const auto add = [&](const auto &member) {
        if (member.role == role && !member.wireName.empty())
            names.emplace_back(member.wireName);
    };
    std::apply([&](const auto &...member) { (add(member), ...); }, members);
    return names;
}

} // namespace

std::vector<std::string> caseRuleMemberNames(MemberRole role)
{
    return namesWithRole(kCaseRuleMembers, role);
}

std::vector<std::string> caseTemplateMemberNames(MemberRole role)
{
    return namesWithRole(kCaseTemplateMembers, role);
}

void eraseMembers(Json &json, const std::vector<std::string> &names)
{
    for (const std::string &name : names)
        json.erase(name);
}

Json pickMembers(const Json &json, const std::vector<std::string> &names)
{
    Json picked = Json::object();
    for (const std::string &name : names) {
        auto it = json.find(name);
        if (it != json.end() && !it->is_null())
            picked[name] = *it;
    }
    return picked;
}

} // namespace cw
