#pragma once
// The promote dialog's mapping table: one row per source rule, field, option value and template,
// with the target it maps to and how (by name, overridden by the map, new, missing). Missing rows
// come first, in the error colour, and say why in their tooltip.

#include "project/promote.h"

#include <QAbstractTableModel>
#include <vector>

namespace cw::ui {

class PromoteMappingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, SourceColumn, TargetColumn, MatchColumn, ColumnCount };

    explicit PromoteMappingModel(QObject *parent = nullptr);

    void setMapping(std::vector<project::PromoteMapping> mapping);
    const std::vector<project::PromoteMapping> &mapping() const { return m_rows; }
    int missingCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(project::PromoteMapping::Kind kind);
    static QString matchText(project::PromoteMapping::Match match);

private:
    std::vector<project::PromoteMapping> m_rows;
};

} // namespace cw::ui
