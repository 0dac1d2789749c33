#pragma once
// Shows the sample cases of one template (or all of them) and sorts by any column.

#include <QSortFilterProxyModel>

namespace cw::ui {

class SampleCasesFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SampleCasesFilter(QObject *parent = nullptr);

    // Only cases whose templateId is `templateId`; an empty id shows every case.
    void setTemplateId(const QString &templateId);
    QString templateId() const { return m_templateId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_templateId;
};

} // namespace cw::ui
