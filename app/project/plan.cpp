#include "plan.h"

#include "common/user_text.h"
#include "model/model_members.h"
#include "project_io.h"

#include <set>

namespace cw::project {
std::vector<std::string> changedMembers(const Json &before, const Json &after)
{
    std::set<std::string> keys;
    for (auto it = before.begin(); it != before.end(); ++it)
        keys.insert(it.key());
    for (auto it = after.begin(); it != after.end(); ++it)
        keys.insert(it.key());
    std::vector<std::string> changed;
    for (const std::string &key : keys)
        if (before.value(key, Json()) != after.value(key, Json()))
            changed.push_back(key);
    return changed;
}

namespace {
Error planError(const std::string &code, const std::string &message, const std::string &file)
{
    Location where;
    where.file = file;
    return makeError(code, message, where);
}

const char *marker(PlanStep::Action action)
{
    switch (action) {
    case PlanStep::Action::CreateRule:
    case PlanStep::Action::CreateTemplate:
        return "+";
    case PlanStep::Action::UpdateRule:
    case PlanStep::Action::UpdateTemplate:
        return "~";
    case PlanStep::Action::DeleteRule:
        return "-";
    }
    return "?";
}
} // namespace

const char *toString(PlanStep::Action action)
{
    switch (action) {
    case PlanStep::Action::CreateRule:
        return "create rule";
    case PlanStep::Action::CreateTemplate:
        return "create template";
    case PlanStep::Action::UpdateTemplate:
        return "update template";
    case PlanStep::Action::UpdateRule:
        return "update rule";
    case PlanStep::Action::DeleteRule:
        return "delete rule";
    }
    return "?";
}

const char *actionCode(PlanStep::Action action)
{
    switch (action) {
    case PlanStep::Action::CreateRule:
        return "createRule";
    case PlanStep::Action::CreateTemplate:
        return "createTemplate";
    case PlanStep::Action::UpdateTemplate:
        return "updateTemplate";
    case PlanStep::Action::UpdateRule:
        return "updateRule";
    case PlanStep::Action::DeleteRule:
        return "deleteRule";
    }
    return "?";
}

// The file form without the id (the plan pairs by it) and the tags (Update does not take them):
// the editable members and the unknown ones, as model/model_members.h says.
Json comparableRule(const CaseRule &rule)
{
    Json json = ruleFileJson(rule);
    eraseMembers(json, caseRuleMemberNames(MemberRole::Identity));
    eraseMembers(json, caseRuleMemberNames(MemberRole::Tags));
    return json;
}

Json comparableTemplate(const CaseTemplate &caseTemplate)
{
    Json json = templateFileJson(caseTemplate);
    eraseMembers(json, caseTemplateMemberNames(MemberRole::Identity));
    eraseMembers(json, caseTemplateMemberNames(MemberRole::Tags));
    return json;
}

Result<Plan> computeEdits(const Project &project)
{
    if (project.state.conflicts.empty())
        return computePlan(project);
    Project withoutConflicts = project;
    withoutConflicts.state.conflicts.clear();
    return computePlan(withoutConflicts);
}

Result<Plan> computePlan(const Project &project)
{
    Plan plan;
    if (!project.state.conflicts.empty()) {
        const Conflict &first = project.state.conflicts.front();
        return planError("plan.conflicts",
                         std::to_string(project.state.conflicts.size()) +
                             " conflict(s) from the last pull are unresolved (first: " + first.kind + " " +
                             first.slug + "); resolve them with --take-mine or --take-theirs",
                         project.directory);
    }
    static const DomainSnapshot kNoBase;
    const DomainSnapshot &base = project.base ? *project.base : kNoBase;

    std::vector<PlanStep> creates, templateSteps, updates, deletes;
    for (const RuleFile &file : project.rules) {
        const std::string path = "rules/" + file.slug + ".json";
        if (file.rule.caseRuleId.empty()) {
            creates.push_back({PlanStep::Action::CreateRule,
                               file.slug,
                               {},
                               file.rule.name,
                               {},
                               Json(),
                               comparableRule(file.rule)});
            continue;
        }
        const CaseRule *pulled = base.findRule(file.rule.caseRuleId);
        if (pulled == nullptr || pulled->isDeleted())
            return planError(
                "plan.unknown-id",
                "caseRuleId " + quoteUserText(file.rule.caseRuleId, '"') +
                    " is not in the last pull; pull again, or remove the id to publish it as a new rule",
                path);
        const Json before = comparableRule(*pulled);
        const Json after = comparableRule(file.rule);
        if (before != after)
            updates.push_back({PlanStep::Action::UpdateRule, file.slug, file.rule.caseRuleId, file.rule.name,
                               changedMembers(before, after), before, after});
    }
    for (const CaseRule &pulled : base.caseRules) {
        if (pulled.isDeleted() || project.findRuleById(pulled.caseRuleId) != nullptr)
            continue;
        deletes.push_back({PlanStep::Action::DeleteRule,
                           {},
                           pulled.caseRuleId,
                           pulled.name,
                           {},
                           comparableRule(pulled),
                           Json()});
    }
    for (const TemplateFile &file : project.templates) {
        const std::string path = "templates/" + file.slug + ".json";
        const Json after = comparableTemplate(file.caseTemplate);
        if (file.caseTemplate.templateId.empty()) {
            templateSteps.push_back(
                {PlanStep::Action::CreateTemplate, file.slug, {}, file.caseTemplate.name, {}, Json(), after});
            continue;
        }
        const CaseTemplate *pulled = base.findTemplate(file.caseTemplate.templateId);
        if (pulled == nullptr || pulled->isDeleted())
            return planError(
                "plan.unknown-id",
                "templateId " + quoteUserText(file.caseTemplate.templateId, '"') +
                    " is not in the last pull; pull again, or remove the id to create a new template",
                path);
        const Json before = comparableTemplate(*pulled);
        if (before != after)
            templateSteps.push_back({PlanStep::Action::UpdateTemplate, file.slug,
                                     file.caseTemplate.templateId, file.caseTemplate.name,
                                     changedMembers(before, after), before, after});
    }
    for (const CaseTemplate &pulled : base.templates)
        if (!pulled.isDeleted() && project.findTemplateById(pulled.templateId) == nullptr)
            plan.notes.push_back(
                "template " + quoteUserText(pulled.name, '"') +
                " has no file any more; Casewright does not delete templates: set its status "
                "to Inactive instead, or restore the file");

    for (auto *group : {&creates, &templateSteps, &updates, &deletes})
        for (PlanStep &step : *group)
            plan.steps.push_back(std::move(step));
    return plan;
}

std::string planToText(const Plan &plan)
{
    std::string text;
    int adds = 0, changes = 0, removals = 0;
    for (const PlanStep &step : plan.steps) {
        text += std::string("  ") + marker(step.action) + " " + toString(step.action) + " " +
                quoteUserText(step.name, '"');
        if (!step.slug.empty())
            text += std::string(" (") +
                    (step.action == PlanStep::Action::CreateTemplate ||
                             step.action == PlanStep::Action::UpdateTemplate
                         ? "templates/"
                         : "rules/") +
                    step.slug + ".json)";
        if (!step.id.empty())
            text += " [" + step.id + "]";
        text += "\n";
        for (const std::string &member : step.changes)
            text += "      ~ " + member + "\n";
        switch (step.action) {
        case PlanStep::Action::CreateRule:
        case PlanStep::Action::CreateTemplate:
            ++adds;
            break;
        case PlanStep::Action::UpdateRule:
        case PlanStep::Action::UpdateTemplate:
            ++changes;
            break;
        case PlanStep::Action::DeleteRule:
            ++removals;
            break;
        }
    }
    for (const std::string &note : plan.notes)
        text += "  note: " + note + "\n";
    if (plan.steps.empty())
        return text + "No changes: the project matches the last pull.\n";
    return text + "Plan: " + std::to_string(adds) + " to create, " + std::to_string(changes) +
           " to update, " + std::to_string(removals) + " to delete.\n";
}

Json planToJson(const Plan &plan)
{
    Json steps = Json::array();
    for (const PlanStep &step : plan.steps) {
        Json item = {{"action", actionCode(step.action)}, {"name", step.name}, {"changes", step.changes}};
        if (!step.slug.empty())
            item["slug"] = step.slug;
        if (!step.id.empty())
            item["id"] = step.id;
        item["before"] = step.before;
        item["after"] = step.after;
        steps.push_back(std::move(item));
    }
    return Json{{"steps", std::move(steps)}, {"notes", plan.notes}};
}

} // namespace cw::project
