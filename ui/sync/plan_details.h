#pragma once
// What one step of the publish plan changes, in words an admin checks before publishing: old →
// new for a name, a description, a status or a default; the conditions added and removed (read
// plainly, with field and option names); the options a parent value gains or loses; the rules
// attached to and detached from template fields; the required fields added and removed. The
// plan (project/plan.h) only names the members that differ.

#include "project/plan.h"

#include <QStringList>

namespace cw::ui {

// One line per difference, for an update step; nothing for creations and deletions. The fields,
// rules and layouts the step's JSON refers to by id are named from `working` (the project's
// workingSnapshot()), then from `base` (the last pull: what was deleted since).
QStringList describePlanStepChanges(const project::PlanStep &step, const DomainSnapshot &working,
                                    const DomainSnapshot *base);

} // namespace cw::ui
