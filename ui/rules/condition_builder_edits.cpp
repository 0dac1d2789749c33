// The edits of ConditionBuilder: each gesture becomes one undoable change of the rule's conditions.
#include "document/project_document.h"
#include "rules/condition_builder.h"

namespace cw::ui {
using editing::canAddComparison;
using editing::canAddGroup;
using editing::canMoveInto;
using editing::conditionAt;
using editing::conditionNumber;
using editing::decidingResult;
using editing::insertCondition;
using editing::listAt;
using editing::moveWithinList;
using editing::newComparison;
using editing::setResult;

namespace {
bool isBooleanRule(const CaseRule &rule)
{
    return rule.rule.kind == RuleDetails::Kind::Required || rule.rule.kind == RuleDetails::Kind::Hidden;
}

ConditionPath parentOf(const ConditionPath &path)
{
    return path.empty() ? path : ConditionPath(path.begin(), path.end() - 1);
}
} // namespace

template <typename Change>
void ConditionBuilder::edit(const QString &description, Change change, const QString &mergeKey,
                            std::optional<FocusTarget> focus)
{
    const project::RuleFile *file = m_document ? m_document->rule(m_slug) : nullptr;
    if (!file || !isBooleanRule(file->rule))
        return;
    CaseRule rule = file->rule;
    if (!change(rule.rule.boolean.conditions) || rule == file->rule)
        return;
    m_pendingFocus = std::move(focus);
    m_document->editRule(m_slug, rule, description, mergeKey);
}

void ConditionBuilder::chooseField(const ConditionPath &path, const std::string &fieldId)
{
    edit(tr("Change the field of condition %1").arg(conditionNumber(path)), [&](ConditionList &conditions) {
        Condition *comparison = conditionAt(conditions, path);
        if (!comparison || !comparison->isComparison())
            return false;
        editing::chooseField(*comparison, fieldId, context());
        return true;
    });
}

void ConditionBuilder::chooseOperator(const ConditionPath &path, ConditionOperator op)
{
    edit(tr("Change the operator of condition %1").arg(conditionNumber(path)),
         [&](ConditionList &conditions) {
             Condition *comparison = conditionAt(conditions, path);
             if (!comparison || !comparison->isComparison())
                 return false;
             editing::chooseOperator(*comparison, op, context());
             return true;
         });
}

void ConditionBuilder::editValue(const ConditionPath &path, const Value &value, bool typing)
{
    const QString number = conditionNumber(path);
    edit(
        tr("Change the value of condition %1").arg(number),
        [&](ConditionList &conditions) {
            Condition *comparison = conditionAt(conditions, path);
            if (!comparison || !comparison->isComparison())
                return false;
            comparison->operand = value;
            return true;
        },
        typing ? QStringLiteral("value of condition ") + number : QString());
}

void ConditionBuilder::chooseResult(const ConditionPath &path, bool result)
{
    edit(tr("Change the result of condition %1").arg(conditionNumber(path)), [&](ConditionList &conditions) {
        Condition *condition = conditionAt(conditions, path);
        if (!condition)
            return false;
        setResult(*condition, result);
        return true;
    });
}

void ConditionBuilder::chooseGroupKind(const ConditionPath &path, Condition::Kind kind)
{
    edit(tr("Change group %1 to %2")
             .arg(conditionNumber(path), kind == Condition::Kind::AndAll ? tr("all of") : tr("any of")),
         [&](ConditionList &conditions) {
             Condition *group = conditionAt(conditions, path);
             if (!group || !group->isCompound())
                 return false;
             group->kind = kind;
             return true;
         });
}

void ConditionBuilder::removeCondition(const ConditionPath &path)
{
    ConditionPath removed = path;
    edit(
        tr("Remove condition %1").arg(conditionNumber(path)),
        [&](ConditionList &conditions) {
            if (!editing::removeCondition(conditions, path))
                return false;
            // A group left without conditions has no result to give: it goes too.
            ConditionPath parent = parentOf(path);
            while (!parent.empty()) {
                const Condition *group = conditionAt(conditions, parent);
                if (!group || !group->children.empty())
                    break;
                editing::removeCondition(conditions, parent);
                removed = parent;
                parent = parentOf(parent);
            }
            return true;
        },
        {}, std::nullopt);
    // Focus the condition that took its place, else the one before, else the list's add button.
    const ConditionList &now = conditions();
    ConditionPath next = removed;
    FocusTarget focus{next, Focus::Remove};
    const ConditionList *list = listAt(now, parentOf(removed));
    if (!list || list->empty()) {
        focus = {parentOf(removed), Focus::AddComparison};
    } else if (removed.back() >= list->size()) {
        focus.path.back() = list->size() - 1;
    }
    m_pendingFocus = focus;
    restoreFocus();
}

void ConditionBuilder::moveCondition(const ConditionPath &path, int delta)
{
    if (path.empty())
        return;
    ConditionPath target = path;
    target.back() = delta < 0 ? path.back() - 1 : path.back() + 1;
    edit(
        delta < 0 ? tr("Move condition %1 up").arg(conditionNumber(path))
                  : tr("Move condition %1 down").arg(conditionNumber(path)),
        [&](ConditionList &conditions) { return moveWithinList(conditions, path, delta); }, {},
        FocusTarget{target, delta < 0 ? Focus::MoveUp : Focus::MoveDown});
}

void ConditionBuilder::dropCondition(const ConditionPath &from, const ConditionPath &toList,
                                     std::size_t index)
{
    if (m_dragging) {
        m_pendingDrop = PendingDrop{from, toList, index};
        return;
    }
    if (!permissionToDrop(from, toList).allowed)
        return;
    std::optional<ConditionPath> landed;
    edit(tr("Move condition %1").arg(conditionNumber(from)), [&](ConditionList &conditions) {
        landed = editing::moveCondition(conditions, from, toList, index);
        return landed.has_value();
    });
    if (landed) {
        m_pendingFocus = FocusTarget{*landed, Focus::Field};
        restoreFocus();
    }
}

void ConditionBuilder::addComparison(const ConditionPath &listPath)
{
    if (!permissionToAddComparison().allowed)
        return;
    const ConditionList *list = listAt(conditions(), listPath);
    if (!list)
        return;
    ConditionPath added = listPath;
    added.push_back(list->size());
    const bool result = newComparisonResult(listPath);
    edit(
        tr("Add condition %1").arg(conditionNumber(added)),
        [&](ConditionList &conditions) {
            return insertCondition(conditions, listPath, added.back(), newComparison(context(), result));
        },
        {}, FocusTarget{added, Focus::Field});
}

void ConditionBuilder::addGroup(const ConditionPath &listPath, Condition::Kind kind)
{
    if (!permissionToAddGroup(listPath).allowed)
        return;
    const ConditionList *list = listAt(conditions(), listPath);
    if (!list)
        return;
    ConditionPath added = listPath;
    added.push_back(list->size());
    const bool result = newComparisonResult(listPath);
    Condition group = kind == Condition::Kind::OrAll ? Condition::orAll({newComparison(context(), result)})
                                                     : Condition::andAll({newComparison(context(), result)});
    ConditionPath first = added;
    first.push_back(0);
    edit(
        tr("Add group %1").arg(conditionNumber(added)),
        [&](ConditionList &conditions) { return insertCondition(conditions, listPath, added.back(), group); },
        {}, FocusTarget{first, Focus::Field});
}

bool ConditionBuilder::newComparisonResult(const ConditionPath &listPath) const
{
    // A new top-level condition should make a difference: the opposite of the default. Inside a
    // group, a comparison gives the group's result.
    const bool opposite = !defaultValue();
    if (listPath.empty())
        return opposite;
    const Condition *topGroup = conditionAt(conditions(), ConditionPath{listPath.front()});
    return topGroup ? decidingResult(*topGroup, opposite) : opposite;
}

Permission ConditionBuilder::permissionToAddComparison() const
{
    return canAddComparison(conditions());
}

Permission ConditionBuilder::permissionToAddGroup(const ConditionPath &listPath) const
{
    return canAddGroup(conditions(), listPath);
}

Permission ConditionBuilder::permissionToDrop(const ConditionPath &from, const ConditionPath &toList) const
{
    return canMoveInto(conditions(), from, toList);
}

} // namespace cw::ui
