// Case rules: ListCaseRules, BatchGetCaseRule (the only way to read a rule), CreateCaseRule,
// UpdateCaseRule, DeleteCaseRule. A rule that a live template still uses cannot be deleted
// (ConflictException): detach it first, as a careful publisher must.
#include "error_response.h"
#include "operations.h"
#include "reference_checks.h"
#include "request_body.h"
#include "wire/wire_json.h"

#include <algorithm>

namespace cw::emu::ops {
namespace {
const std::vector<std::string> kRuleMembers = {"name", "description", "rule"};

const char *ruleTypeOf(RuleDetails::Kind kind)
{
    switch (kind) {
    case RuleDetails::Kind::Required:
        return "Required";
    case RuleDetails::Kind::Hidden:
        return "Hidden";
    case RuleDetails::Kind::FieldOptions:
        return "FieldOptions";
    case RuleDetails::Kind::Unknown:
        break;
    }
    return "Unknown";
}

Json summaryOf(const CaseRule &rule)
{
    Json summary = {{"caseRuleId", rule.caseRuleId},
                    {"name", rule.name},
                    {"caseRuleArn", rule.caseRuleArn},
                    {"ruleType", ruleTypeOf(rule.rule.kind)}};
    if (rule.description)
        summary["description"] = *rule.description;
    return summary;
}

CaseRule *findRule(DomainSnapshot &snapshot, const std::string &caseRuleId)
{
    auto it = std::find_if(snapshot.caseRules.begin(), snapshot.caseRules.end(),
                           [&](const CaseRule &rule) { return rule.caseRuleId == caseRuleId; });
    return it == snapshot.caseRules.end() ? nullptr : &*it;
}

ApiResult<CaseRule *> existingRule(DomainState &domain, const ApiRequest &request)
{
    const std::string &caseRuleId = request.label("caseRuleId");
    CaseRule *rule = findRule(domain.snapshot, caseRuleId);
    if (rule == nullptr)
        return notFoundError("CaseRule", caseRuleId);
    return rule;
}

ApiResult<CaseRule> readCheckedRule(const Json &input, const DomainSnapshot &snapshot)
{
    if (!input.contains("rule"))
        return validationError("rule is required.");
    auto parsed = wire::readCaseRule(input);
    if (!parsed)
        return fromWireError(parsed.error());
    auto checked = checkCaseRule(parsed.value(), snapshot);
    if (!checked)
        return checked.error();
    return std::move(parsed).value();
}

// The live templates that attach `caseRuleId`, as "name (id)" for a message.
std::string templatesUsing(const DomainSnapshot &snapshot, const std::string &caseRuleId)
{
    std::string names;
    for (const CaseTemplate &caseTemplate : snapshot.templates) {
        if (caseTemplate.isDeleted() || !caseTemplate.rules)
            continue;
        const bool uses =
            std::any_of(caseTemplate.rules->begin(), caseTemplate.rules->end(),
                        [&](const TemplateRule &rule) { return rule.caseRuleId == caseRuleId; });
        if (uses)
            names += (names.empty() ? "" : ", ") + caseTemplate.name + " (" + caseTemplate.templateId + ")";
    }
    return names;
}
} // namespace

ApiResult<Json> listCaseRules(OperationContext &context, const ApiRequest &request)
{
    auto domain = context.domain(request);
    if (!domain)
        return domain.error();
    std::vector<const CaseRule *> rules;
    for (const CaseRule &rule : domain.value()->snapshot.caseRules)
        if (!rule.isDeleted())
            rules.push_back(&rule);
    return listPage(context, request, rules, "caseRules",
                    "ListCaseRules|" + domain.value()->snapshot.domainId, summaryOf);
}

ApiResult<Json> batchGetCaseRule(OperationContext &context, const ApiRequest &request)
{
    auto read = context.domainAndBody(request);
    if (!read)
        return read.error();
    auto ids = readIdentifierList(read->body, "caseRules", 50);
    if (!ids)
        return ids.error();
    const DomainSnapshot &snapshot = read->domain->snapshot;
    BatchGetLists lists = batchGetItems(
        ids.value(), "Case rule", [&](const std::string &id) { return snapshot.findRule(id); },
        [](const CaseRule &rule) { return wire::writeCaseRule(rule); });
    return Json{{"caseRules", std::move(lists.found)},
                {"errors", std::move(lists.errors)},
                {"unprocessedCaseRules", Json::array()}};
}

ApiResult<Json> createCaseRule(OperationContext &context, const ApiRequest &request)
{
    auto read = context.domainAndBody(request);
    if (!read)
        return read.error();
    Json input = Json::object();
    copyMembers(read->body, kRuleMembers, input);
    DomainSnapshot &snapshot = read->domain->snapshot;
    auto rule = readCheckedRule(input, snapshot);
    if (!rule)
        return rule.error();
    CaseRule created = std::move(rule).value();
    stampCreated(context, snapshot.domainId, "case-rule", created, &CaseRule::caseRuleId,
                 &CaseRule::caseRuleArn);
    snapshot.caseRules.push_back(created);
    context.markChanged(*read->domain);
    return Json{{"caseRuleId", created.caseRuleId}, {"caseRuleArn", created.caseRuleArn}};
}

ApiResult<Json> updateCaseRule(OperationContext &context, const ApiRequest &request)
{
    auto domain = context.domain(request);
    if (!domain)
        return domain.error();
    auto found = existingRule(*domain.value(), request);
    if (!found)
        return found.error();
    CaseRule &current = *found.value();
    if (current.isDeleted())
        return validationError("Case rule \"" + current.caseRuleId + "\" is deleted and cannot be updated.");
    auto body = parseBody(request);
    if (!body)
        return body.error();
    Json merged = wire::writeCaseRule(current);
    if (copyMembers(body.value(), kRuleMembers, merged) == 0)
        return validationError("At least one of name, description or rule must be given.");
    auto updated = readCheckedRule(merged, domain.value()->snapshot);
    if (!updated)
        return updated.error();
    current = std::move(updated).value();
    current.lastModifiedTime = context.store.now();
    context.markChanged(*domain.value());
    return Json::object();
}

ApiResult<Json> deleteCaseRule(OperationContext &context, const ApiRequest &request)
{
    auto domain = context.domain(request);
    if (!domain)
        return domain.error();
    auto found = existingRule(*domain.value(), request);
    if (!found)
        return found.error();
    CaseRule &rule = *found.value();
    if (rule.isDeleted())
        return Json::object(); // idempotent
    const std::string users = templatesUsing(domain.value()->snapshot, rule.caseRuleId);
    if (!users.empty())
        return conflictError("Case rule \"" + rule.caseRuleId + "\" is still used by template(s) " + users +
                             "; remove it from them before deleting it.");
    rule.deleted = true;
    rule.lastModifiedTime = context.store.now();
    context.markChanged(*domain.value());
    return Json::object();
}

} // namespace cw::emu::ops
