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

void SampleCasesFilter::setCaseIds(std::optional<QSet<QString>> caseIds)
{
    if (caseIds == m_caseIds)
        return;
    m_caseIds = std::move(caseIds);
    invalidateRowsFilter();
}

bool SampleCasesFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, SampleCasesModel::IdColumn, sourceParent);
    if (m_caseIds && !m_caseIds->contains(index.data(Qt::DisplayRole).toString()))
        return false;
    return m_templateId.isEmpty() || index.data(SampleCasesModel::TemplateIdRole).toString() == m_templateId;
}

} // namespace cw::ui
