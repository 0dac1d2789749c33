#pragma once
// The publish plan as a tree, as `casewright-cli plan` prints it: "+ create rule", "~ update
// template" with what changes under it, "- delete rule", then the notes.

#include "project/plan.h"

#include <QString>

class QTreeWidget;

namespace cw::ui {

// With `project`, each update lists what it changes in words (sync/plan_details.h); without,
// the names of the changed members.
void fillPlanTree(QTreeWidget *tree, const project::Plan &plan, const project::Project *project = nullptr);

// "+", "~" or "-".
QString planSymbol(project::PlanStep::Action action);

} // namespace cw::ui
