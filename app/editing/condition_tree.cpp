#include "editing/condition_tree.h"

#include <QStringList>

namespace cw::editing {

QString conditionNumber(const ConditionPath &path)
{
    QStringList parts;
    for (std::size_t index : path)
        parts << QString::number(index + 1);
    return parts.join(QLatin1Char('.'));
}

const Condition *conditionAt(const ConditionList &conditions, const ConditionPath &path)
{
    const ConditionList *list = &conditions;
    const Condition *found = nullptr;
    for (std::size_t index : path) {
        if (!list || index >= list->size())
            return nullptr;
        found = &(*list)[index];
        list = found->isCompound() ? &found->children : nullptr;
    }
    return found;
}

Condition *conditionAt(ConditionList &conditions, const ConditionPath &path)
{
    return const_cast<Condition *>(conditionAt(static_cast<const ConditionList &>(conditions), path));
}

const ConditionList *listAt(const ConditionList &conditions, const ConditionPath &listPath)
{
    if (listPath.empty())
        return &conditions;
    const Condition *group = conditionAt(conditions, listPath);
    return group && group->isCompound() ? &group->children : nullptr;
}

ConditionList *listAt(ConditionList &conditions, const ConditionPath &listPath)
{
    return const_cast<ConditionList *>(listAt(static_cast<const ConditionList &>(conditions), listPath));
}

namespace {
void collectGroups(const ConditionList &conditions, ConditionPath &path, std::vector<ConditionPath> &groups)
{
    for (std::size_t i = 0; i < conditions.size(); ++i) {
        if (!conditions[i].isCompound())
            continue;
        path.push_back(i);
        groups.push_back(path);
        collectGroups(conditions[i].children, path, groups);
        path.pop_back();
    }
}
} // namespace

std::vector<ConditionPath> groupPaths(const ConditionList &conditions)
{
    std::vector<ConditionPath> groups;
    ConditionPath path;
    collectGroups(conditions, path, groups);
    return groups;
}

bool isWithin(const ConditionPath &path, const ConditionPath &ancestor)
{
    return path.size() >= ancestor.size() && std::equal(ancestor.begin(), ancestor.end(), path.begin());
}

int groupDepth(const Condition &condition)
{
    if (!condition.isCompound())
        return 0;
    int deepest = 0;
    for (const Condition &child : condition.children)
        deepest = std::max(deepest, groupDepth(child));
    return deepest + 1;
}

namespace {
std::optional<bool> firstComparisonResult(const Condition &condition)
{
    if (condition.isComparison())
        return condition.result;
    for (const Condition &child : condition.children)
        if (auto result = firstComparisonResult(child))
            return result;
    return std::nullopt;
}
} // namespace

bool decidingResult(const Condition &condition, bool fallback)
{
    return firstComparisonResult(condition).value_or(fallback);
}

void setResult(Condition &condition, bool result)
{
    if (condition.isComparison())
        condition.result = result;
    for (Condition &child : condition.children)
        setResult(child, result);
}

bool insertCondition(ConditionList &conditions, const ConditionPath &listPath, std::size_t index,
                     Condition condition)
{
    ConditionList *list = listAt(conditions, listPath);
    if (!list || index > list->size())
        return false;
    list->insert(list->begin() + std::ptrdiff_t(index), std::move(condition));
    return true;
}

std::optional<Condition> removeCondition(ConditionList &conditions, const ConditionPath &path)
{
    if (path.empty())
        return std::nullopt;
    ConditionList *list = listAt(conditions, ConditionPath(path.begin(), path.end() - 1));
    if (!list || path.back() >= list->size())
        return std::nullopt;
    Condition removed = std::move((*list)[path.back()]);
    list->erase(list->begin() + std::ptrdiff_t(path.back()));
    return removed;
}

bool moveWithinList(ConditionList &conditions, const ConditionPath &path, int delta)
{
    if (path.empty() || (delta != -1 && delta != 1))
        return false;
    ConditionList *list = listAt(conditions, ConditionPath(path.begin(), path.end() - 1));
    const std::size_t from = path.back();
    if (!list || from >= list->size())
        return false;
    if ((delta < 0 && from == 0) || (delta > 0 && from + 1 >= list->size()))
        return false;
    const std::size_t to = delta < 0 ? from - 1 : from + 1;
    std::swap((*list)[from], (*list)[to]);
    return true;
}

std::optional<ConditionPath> moveCondition(ConditionList &conditions, const ConditionPath &from,
                                           const ConditionPath &toList, std::size_t index)
{
    if (from.empty() || !conditionAt(conditions, from) || isWithin(toList, from))
        return std::nullopt;
    const ConditionList *target = listAt(static_cast<const ConditionList &>(conditions), toList);
    if (!target || index > target->size())
        return std::nullopt;
    // Removing `from` shifts what follows it in its list, which may be an ancestor of the target
    // list or the target position itself.
    const ConditionPath fromList(from.begin(), from.end() - 1);
    ConditionPath adjustedList = toList;
    if (adjustedList.size() > fromList.size() && isWithin(adjustedList, fromList) &&
        adjustedList[fromList.size()] > from.back())
        --adjustedList[fromList.size()];
    std::size_t adjustedIndex = index;
    if (toList == fromList && index > from.back())
        --adjustedIndex;
    if (toList == fromList && adjustedIndex == from.back())
        return from; // dropped where it was

    ConditionList result = conditions;
    std::optional<Condition> moved = removeCondition(result, from);
    if (!moved)
        return std::nullopt;
    if (!adjustedList.empty()) {
        const Condition *topGroup = conditionAt(result, ConditionPath{adjustedList.front()});
        if (topGroup)
            setResult(*moved, decidingResult(*topGroup, decidingResult(*moved, true)));
    }
    if (!insertCondition(result, adjustedList, adjustedIndex, std::move(*moved)))
        return std::nullopt;
    ConditionPath newPath = adjustedList;
    newPath.push_back(adjustedIndex);

    // The group the condition left may now be empty, which the service rejects: remove it too.
    ConditionPath source = fromList;
    if (source.size() > adjustedList.size() && isWithin(source, adjustedList) &&
        source[adjustedList.size()] >= adjustedIndex)
        ++source[adjustedList.size()];
    if (const Condition *group = conditionAt(result, source);
        group && group->isCompound() && group->children.empty()) {
        removeCondition(result, source);
        const std::size_t level = source.size() - 1;
        if (newPath.size() > level && isWithin(newPath, ConditionPath(source.begin(), source.end() - 1)) &&
            newPath[level] > source.back())
            --newPath[level];
    }
    conditions = std::move(result);
    return newPath;
}

QString shapeOf(const ConditionList &conditions)
{
    QString shape;
    for (const Condition &condition : conditions) {
        if (condition.isCompound())
            shape += QStringLiteral("G[") + shapeOf(condition.children) + QLatin1Char(']');
        else if (condition.isComparison())
            shape += QLatin1Char('C');
        else
            shape += QLatin1Char('U');
    }
    return shape;
}

} // namespace cw::editing
