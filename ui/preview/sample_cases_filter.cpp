#include "preview/sample_cases_filter.h"

#include "preview/sample_cases_model.h"

namespace cw::ui {

SampleCasesFilter::SampleCasesFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::DisplayRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SampleCasesFilter::setTemplateId(const QString &templateId)
{
    if (templateId == m_templateId)
        return;
    m_templateId = templateId;
    invalidateRowsFilter();
}

bool SampleCasesFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_templateId.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(SampleCasesModel::TemplateIdRole).toString() == m_templateId;
}

} // namespace cw::ui
