#include "explorer/explorer_filter_proxy.h"

#include "explorer/explorer_model.h"

namespace cw::ui {

ExplorerFilterProxy::ExplorerFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    // A category is kept when one of its items matches.
    setRecursiveFilteringEnabled(true);
}

void ExplorerFilterProxy::setFilterText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    invalidateFilter();
}

bool ExplorerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    if (!sourceParent.isValid())
        return false; // a category shows only through its matching items
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ExplorerModel::SearchTextRole).toString().contains(m_needle);
}

} // namespace cw::ui
