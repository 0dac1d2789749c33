#pragma once
// Shows the sample cases of one template (or all of them), optionally only some cases by id (the
// ones whose expectations fail), and sorts by any column.

#include <QSet>
#include <QSortFilterProxyModel>
#include <optional>

namespace cw::ui {

class SampleCasesFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SampleCasesFilter(QObject *parent = nullptr);

    // Only cases whose templateId is `templateId`; an empty id shows every case.
    void setTemplateId(const QString &templateId);
    QString templateId() const { return m_templateId; }
    // Only the cases with these ids (as well as of the template); nullopt lifts it.
    void setCaseIds(std::optional<QSet<QString>> caseIds);
    const std::optional<QSet<QString>> &caseIds() const { return m_caseIds; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_templateId;
    std::optional<QSet<QString>> m_caseIds;
};

} // namespace cw::ui
