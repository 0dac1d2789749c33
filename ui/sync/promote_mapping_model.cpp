#include "promote_mapping_model.h"

#include "common/tone_colors.h"

#include <QFont>
#include <algorithm>

namespace cw::ui {
using project::PromoteMapping;

PromoteMappingModel::PromoteMappingModel(QObject *parent) : QAbstractTableModel(parent) {}

void PromoteMappingModel::setMapping(std::vector<PromoteMapping> mapping)
{
    beginResetModel();
    m_rows = std::move(mapping);
    // What does not map first: that is what the user has to act on.
    std::stable_partition(m_rows.begin(), m_rows.end(), [](const PromoteMapping &row) {
        return row.match == PromoteMapping::Match::Missing;
    });
    endResetModel();
}

int PromoteMappingModel::missingCount() const
{
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const PromoteMapping &row) {
        return row.match == PromoteMapping::Match::Missing;
    }));
}

int PromoteMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PromoteMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PromoteMappingModel::kindText(PromoteMapping::Kind kind)
{
    switch (kind) {
    case PromoteMapping::Kind::Rule:
        return tr("Rule");
    case PromoteMapping::Kind::Field:
        return tr("Field");
    case PromoteMapping::Kind::Option:
        return tr("Option value");
    case PromoteMapping::Kind::Template:
        return tr("Template");
    case PromoteMapping::Kind::User:
        return tr("User ARN");
    }
    return {};
}

QString PromoteMappingModel::matchText(PromoteMapping::Match match)
{
    switch (match) {
    case PromoteMapping::Match::ByName:
        return tr("matched by name");
    case PromoteMapping::Match::Overridden:
        return tr("overridden by the map");
    case PromoteMapping::Match::New:
        return tr("new in the target");
    case PromoteMapping::Match::Missing:
        return tr("missing");
    }
    return {};
}

QVariant PromoteMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PromoteMapping &row = m_rows[static_cast<std::size_t>(index.row())];
    const bool missing = row.match == PromoteMapping::Match::Missing;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindText(row.kind);
        case SourceColumn:
            return QString::fromStdString(row.source);
        case TargetColumn:
            return QString::fromStdString(row.target);
        case MatchColumn:
            return matchText(row.match);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (missing)
            return QString::fromStdString(row.problem);
        if (index.column() == SourceColumn)
            return QString::fromStdString(row.sourceId);
        if (index.column() == TargetColumn)
            return QString::fromStdString(row.targetId);
        return {};
    case Qt::ForegroundRole:
        if (missing)
            return toneColor(Tone::Error);
        return {};
    case Qt::FontRole:
        if (row.match == PromoteMapping::Match::Overridden && index.column() == MatchColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant PromoteMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case SourceColumn:
        return tr("In this project");
    case TargetColumn:
        return tr("In the target");
    case MatchColumn:
        return tr("How");
    default:
        return {};
    }
}

} // namespace cw::ui
