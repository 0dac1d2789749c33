#pragma once
// The publish plan as a tree, as `casewright-cli plan` prints it: "+ create rule", "~ update
// template" with the changed members under it, "- delete rule", then the notes.

#include "project/plan.h"

#include <QString>

class QTreeWidget;

namespace cw::ui {

void fillPlanTree(QTreeWidget *tree, const project::Plan &plan);

// "+", "~" or "-".
QString planSymbol(project::PlanStep::Action action);

} // namespace cw::ui
