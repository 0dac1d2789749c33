#include "plan.h"

#include "common/user_text.h"
#include "file_renames.h"
#include "model/model_members.h"
#include "project_io.h"
#include "slug.h"

#include <map>
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

// A pulled rule or template that no file read stands for.
struct Unclaimed {
    std::string id;
    std::string name;
};

// Which of `unclaimed` the unreadable files of `folder` ("rules", "templates") hold, each with its
// file: the ones whose ids a file's text still names (UnreadableFile::ids), and for a file whose
// text names none (empty, cut short before its id) the one whose name gives the file's name, as
// a pull names files -- when exactly one does. The plan neither changes nor deletes them until
// the file is fixed: the admin deleted nothing, the file just cannot be read right now.
std::map<std::string, std::string> heldByUnreadableFiles(const Project &project, const std::string &folder,
                                                         const std::vector<Unclaimed> &unclaimed,
                                                         const char *fallback)
{
    std::set<std::string> unclaimedIds;
    for (const Unclaimed &entity : unclaimed)
        unclaimedIds.insert(entity.id);
    std::map<std::string, std::string> held; // id -> "rules/x.json"
    std::vector<const UnreadableFile *> naming;
    for (const UnreadableFile &file : project.unreadable) {
        if (file.slugIn(folder).empty())
            continue;
        if (file.ids.empty())
            naming.push_back(&file);
        for (const std::string &id : file.ids)
            if (unclaimedIds.count(id) != 0)
                held.emplace(id, file.relative);
    }
    for (const UnreadableFile *file : naming) {
        const std::string slug = file->slugIn(folder);
        // The name exactly first, then with the "-2" a pull gives a name already taken.
        for (const bool exactly : {true, false}) {
            std::vector<const Unclaimed *> candidates;
            for (const Unclaimed &entity : unclaimed)
                if (held.count(entity.id) == 0 && (exactly ? slugify(entity.name, fallback) == slug
                                                           : slugFollowsName(slug, entity.name, fallback)))
                    candidates.push_back(&entity);
            if (candidates.size() == 1)
                held.emplace(candidates.front()->id, file->relative);
            if (!candidates.empty())
                break; // two or more: which one it holds cannot be told
        }
    }
    return held;
}

// What the plan says of each unreadable rule or template file: what it leaves out, and why.
void noteUnreadableFiles(const Project &project, const std::string &folder, const char *kind,
                         const std::vector<Unclaimed> &unclaimed,
                         const std::map<std::string, std::string> &held, Plan &plan)
{
    for (const UnreadableFile &file : project.unreadable) {
        if (file.slugIn(folder).empty())
            continue;
        std::string holds;
        for (const Unclaimed &entity : unclaimed) {
            const auto it = held.find(entity.id);
            if (it != held.end() && it->second == file.relative)
                holds +=
                    std::string(holds.empty() ? "" : ", ") + kind + " " + quoteUserText(entity.name, '"');
        }
        plan.notes.push_back(file.relative + " cannot be read; " +
                             (holds.empty()
                                  ? "what it holds is left out of the plan"
                                  : holds + " in it is left out of the plan, neither changed nor deleted,") +
                             " until the file is fixed");
    }
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
    std::vector<Unclaimed> unclaimedRules;
    for (const CaseRule &pulled : base.caseRules)
        if (!pulled.isDeleted() && project.findRuleById(pulled.caseRuleId) == nullptr)
            unclaimedRules.push_back({pulled.caseRuleId, pulled.name});
    const auto heldRules = heldByUnreadableFiles(project, "rules", unclaimedRules, kRuleSlugFallback);
    for (const CaseRule &pulled : base.caseRules) {
        if (pulled.isDeleted() || project.findRuleById(pulled.caseRuleId) != nullptr ||
            heldRules.count(pulled.caseRuleId) != 0)
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
    std::vector<Unclaimed> unclaimedTemplates;
    for (const CaseTemplate &pulled : base.templates)
        if (!pulled.isDeleted() && project.findTemplateById(pulled.templateId) == nullptr)
            unclaimedTemplates.push_back({pulled.templateId, pulled.name});
    const auto heldTemplates =
        heldByUnreadableFiles(project, "templates", unclaimedTemplates, kTemplateSlugFallback);
    noteUnreadableFiles(project, "rules", "rule", unclaimedRules, heldRules, plan);
    noteUnreadableFiles(project, "templates", "template", unclaimedTemplates, heldTemplates, plan);
    for (const CaseTemplate &pulled : base.templates)
        if (!pulled.isDeleted() && project.findTemplateById(pulled.templateId) == nullptr &&
            heldTemplates.count(pulled.templateId) == 0)
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
