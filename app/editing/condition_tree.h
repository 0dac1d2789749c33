#pragma once
// Addressing and rearranging the conditions of a required/hidden rule. A path lists indexes from
// the rule's own conditions into groups: {1} is the second condition, {1, 0} the first condition
// of the group that is the second condition. A *list path* names a list of conditions the same
// way: {} is the rule's list, {1} the list inside group {1}.

#include "model/condition.h"

#include <QString>
#include <optional>
#include <vector>

namespace cw::editing {

using ConditionPath = std::vector<std::size_t>;
using ConditionList = std::vector<Condition>;

// "1", "2.1": what the editor, the validator's messages and the summary call a condition.
QString conditionNumber(const ConditionPath &path);

const Condition *conditionAt(const ConditionList &conditions, const ConditionPath &path);
Condition *conditionAt(ConditionList &conditions, const ConditionPath &path);
// nullptr when `listPath` does not name a group (or the rule's list).
ConditionList *listAt(ConditionList &conditions, const ConditionPath &listPath);
const ConditionList *listAt(const ConditionList &conditions, const ConditionPath &listPath);

// The paths of every group, outermost first, in document order: where a condition can be moved.
std::vector<ConditionPath> groupPaths(const ConditionList &conditions);

// True when `path` is `ancestor` or inside it.
bool isWithin(const ConditionPath &path, const ConditionPath &ancestor);

// How many levels of groups a condition holds: 0 for a comparison, 1 for a group of comparisons,
// 2 for a group with a group in it.
int groupDepth(const Condition &condition);

// The result a condition gives when it decides: a comparison's own, a group's first comparison's
// (the leaves of a group must agree; the validator reports it when they do not). `fallback` for a
// group without comparisons.
bool decidingResult(const Condition &condition, bool fallback);
// Gives every comparison inside `condition` (or itself) this result.
void setResult(Condition &condition, bool result);

// Structural edits; each returns false (and changes nothing) when a path does not fit.
bool insertCondition(ConditionList &conditions, const ConditionPath &listPath, std::size_t index,
                     Condition condition);
std::optional<Condition> removeCondition(ConditionList &conditions, const ConditionPath &path);
// Swaps a condition with its neighbour (delta -1: up, +1: down) within its list.
bool moveWithinList(ConditionList &conditions, const ConditionPath &path, int delta);
// Moves a condition to position `index` of another (or the same) list, the position counted
// before the move. A condition that lands in a group takes that group's result, so the group's
// comparisons keep agreeing; a group the move leaves empty is removed. Returns the condition's new
// path.
std::optional<ConditionPath> moveCondition(ConditionList &conditions, const ConditionPath &from,
                                           const ConditionPath &toList, std::size_t index);

// A string that changes when conditions are added, removed, moved or change between comparison
// and group -- not when a field, an operator, a value or a group's kind changes. Editors rebuild
// their widgets only when it changes, so typing never loses focus.
QString shapeOf(const ConditionList &conditions);

} // namespace cw::editing
