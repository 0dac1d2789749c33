#include "editing/condition_limits.h"

#include "validation/rule_checks.h"

#include <QCoreApplication>

// The messages keep the translation context "cw::ui" they had when this file was part of the
// designer, so every catalogue (translations/*.ts) still matches them; lupdate reads the context
// from each QCoreApplication::translate call.
namespace cw::editing {
namespace {
// Groups around the list at `listPath`: the list of a top-level group is inside one group.
int groupsAround(const ConditionPath &listPath)
{
    return int(listPath.size());
}
} // namespace

std::size_t maxComparisonsPerRule()
{
    return validation::kMaxConditionsPerRule;
}

std::size_t comparisonCount(const ConditionList &conditions)
{
    return validation::countLeafConditions(conditions);
}

Permission canAddComparison(const ConditionList &conditions)
{
    if (comparisonCount(conditions) >= maxComparisonsPerRule())
        return Permission::no(
            QCoreApplication::translate("cw::ui",
                                        "A rule can have at most %1 conditions (counted inside groups too). "
                                        "Remove one, or split the rule into two rules.")
                .arg(maxComparisonsPerRule()));
    return Permission::yes();
}

Permission canAddGroup(const ConditionList &conditions, const ConditionPath &listPath)
{
    if (groupsAround(listPath) + 1 > kMaxGroupNesting)
        return Permission::no(QCoreApplication::translate(
                                  "cw::ui",
                                  "Groups can be nested %1 levels deep at most: this group is already inside "
                                  "a group, so it cannot hold another group.")
                                  .arg(kMaxGroupNesting));
    if (Permission comparison = canAddComparison(conditions); !comparison.allowed)
        return Permission::no(
            QCoreApplication::translate("cw::ui", "A new group starts with one condition, and %1")
                .arg(comparison.reason));
    return Permission::yes();
}

Permission canMoveInto(const ConditionList &conditions, const ConditionPath &from,
                       const ConditionPath &toList)
{
    const Condition *moved = conditionAt(conditions, from);
    if (!moved)
        return Permission::no(QCoreApplication::translate("cw::ui", "That condition no longer exists."));
    if (isWithin(toList, from))
        return Permission::no(QCoreApplication::translate("cw::ui", "A group cannot be moved into itself."));
    if (groupsAround(toList) + groupDepth(*moved) > kMaxGroupNesting)
        return Permission::no(QCoreApplication::translate(
                                  "cw::ui",
                                  "Groups can be nested %1 levels deep at most; there this group would be "
                                  "nested deeper.")
                                  .arg(kMaxGroupNesting));
    return Permission::yes();
}

} // namespace cw::editing
