#pragma once
// The service's limits on a required/hidden rule, enforced while editing: an action that would
// break one is offered disabled, with the reason as its tooltip.

#include "editing/condition_tree.h"
#include "validation/rule_checks.h"

#include <QString>

namespace cw::editing {

// At most 5 comparisons per rule, counted inside groups too (validation/rule_checks.h).
std::size_t maxComparisonsPerRule();

// At most 2 levels of nesting: a group, and groups inside it, but no group inside those
// (validation/rule_checks.h, rule.conditions.too-deep).
inline constexpr int kMaxGroupNesting = validation::kMaxNestingLevels;

struct Permission {
    bool allowed = true;
    QString reason; // why not, when not allowed: shown as the tooltip of the disabled action

    static Permission yes() { return {}; }
    static Permission no(QString why) { return {false, std::move(why)}; }
};

std::size_t comparisonCount(const ConditionList &conditions);

// Adding one comparison to the list at `listPath`.
Permission canAddComparison(const ConditionList &conditions);
// Adding a group (which starts with one comparison) to the list at `listPath`.
Permission canAddGroup(const ConditionList &conditions, const ConditionPath &listPath);
// Moving (dragging) the condition at `from` into the list at `toList`.
Permission canMoveInto(const ConditionList &conditions, const ConditionPath &from,
                       const ConditionPath &toList);

} // namespace cw::editing
