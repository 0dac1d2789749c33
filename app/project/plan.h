#pragma once
// What publish will do, in the order it will do it: compare the working files with the base
// (the last pulled remote state).
//
//   1. create the new rules (templates may refer to them as "local:<slug>")
//   2. create new templates and update changed ones, with new rule ids substituted
//   3. update the changed rules
//   4. delete the rules whose files were removed (after no template refers to them any more)
//
// A rule or template whose file cannot be read right now (project.h: UnreadableFile) is neither
// changed nor deleted: the file is not gone, and publish waits until it is fixed. The plan notes it.

#include "common/result.h"
#include "project.h"

#include <string>
#include <vector>

namespace cw::project {

struct PlanStep {
    enum class Action { CreateRule, CreateTemplate, UpdateTemplate, UpdateRule, DeleteRule };
    Action action = Action::CreateRule;
    std::string slug; // the file's slug; empty for deletions (the file is gone)
    std::string id;   // caseRuleId / templateId; empty for creations
    std::string name;
    std::vector<std::string> changes; // "name", "rule", "description", "rules", ... what differs
    Json before;                      // the base's wire form (null for creations)
    Json after;                       // the working wire form (null for deletions)
};

const char *toString(PlanStep::Action action);   // "create rule", ...
const char *actionCode(PlanStep::Action action); // "createRule", ...

struct Plan {
    std::vector<PlanStep> steps;
    std::vector<std::string> notes; // things publish will not do, and why
    bool empty() const { return steps.empty(); }
};

// Fails when the project cannot be published as it is: a rule or template file names an id
// the base does not know (it was never pulled, or was deleted remotely), or there are
// unresolved conflicts.
Result<Plan> computePlan(const Project &project);
// The offline edits as publish would send them, with the pull's unresolved conflicts set aside:
// what `casewright-cli status` and the designer's status bar count. Not a plan to run.
Result<Plan> computeEdits(const Project &project);

// Like `terraform plan`: one line per step with +, ~ or -, the changed members under it, and
// a closing count.
std::string planToText(const Plan &plan);
Json planToJson(const Plan &plan);

// Wire forms compared by plan and publish: the editable members only, server metadata removed.
Json comparableRule(const CaseRule &rule);
Json comparableTemplate(const CaseTemplate &caseTemplate);
// The top-level members whose values differ between two comparable forms, sorted.
std::vector<std::string> changedMembers(const Json &before, const Json &after);

} // namespace cw::project
