#include "options/options_matrix_model.h"

#include "common/counted.h"
#include "common/std_text.h"
#include "common/tone_colors.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>

namespace cw::ui {
namespace {

bool sameEntries(const std::vector<MatrixEntry> &a, const std::vector<MatrixEntry> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const MatrixEntry &x, const MatrixEntry &y) {
        return x.value == y.value && x.name == y.name && x.active == y.active && x.isOption == y.isOption;
    });
}

bool sameMappings(const FieldOptionsRule &a, const FieldOptionsRule &b)
{
    return std::equal(a.mappings.begin(), a.mappings.end(), b.mappings.begin(), b.mappings.end(),
                      [](const OptionsMapping &x, const OptionsMapping &y) {
                          return x.parentValue == y.parentValue && x.childValues == y.childValues;
                      });
}

bool isMarked(const MatrixEntry &entry)
{
    return !entry.active || !entry.isOption;
}

} // namespace

OptionsMatrixModel::OptionsMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void OptionsMatrixModel::setMatrix(const std::vector<FieldOption> *parentOptions,
                                   const std::vector<FieldOption> *childOptions, const FieldOptionsRule &rule)
{
    std::vector<MatrixEntry> parents = parentEntries(parentOptions, rule);
    std::vector<MatrixEntry> children = childEntries(childOptions, rule);
    if (sameEntries(parents, m_parents) && sameEntries(children, m_children)) {
        m_rule = rule;
        rebuildChecks();
        if (!m_parents.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_rule = rule;
    m_parents = std::move(parents);
    m_children = std::move(children);
    rebuildChecks();
    endResetModel();
}

void OptionsMatrixModel::rebuildChecks()
{
    m_checked.assign(m_parents.size(), std::vector<bool>(m_children.size(), false));
    m_mappedCount.assign(m_parents.size(), -1);
    for (std::size_t row = 0; row < m_parents.size(); ++row) {
        const OptionsMapping *mapping = findMapping(m_rule, m_parents[row].value);
        if (!mapping)
            continue;
        for (std::size_t column = 0; column < m_children.size(); ++column)
            m_checked[row][column] = std::find(mapping->childValues.begin(), mapping->childValues.end(),
                                               m_children[column].value) != mapping->childValues.end();
        m_mappedCount[row] = int(std::count(m_checked[row].begin(), m_checked[row].end(), true));
    }
}

int OptionsMatrixModel::rowOfParent(const std::string &value) const
{
    for (std::size_t row = 0; row < m_parents.size(); ++row)
        if (m_parents[row].value == value)
            return int(row);
    return -1;
}

int OptionsMatrixModel::columnOfChild(const std::string &value) const
{
    for (std::size_t column = 0; column < m_children.size(); ++column)
        if (m_children[column].value == value)
            return int(column) + 1;
    return -1;
}

QList<int> OptionsMatrixModel::activeOptionColumns(const QList<int> &columns) const
{
    QList<int> result;
    for (const int column : columns)
        if (column >= 1 && column < columnCount() && childAt(column).isOption && childAt(column).active)
            result << column;
    return result;
}

FieldOptionsRule OptionsMatrixModel::edited(const QList<int> &rows, const QList<int> &columns,
                                            bool offered) const
{
    std::vector<std::string> parents;
    std::vector<std::string> children;
    for (const int row : rows)
        if (row >= 0 && row < rowCount())
            parents.push_back(parentAt(row).value);
    for (const int column : columns)
        if (column >= 1 && column < columnCount())
            children.push_back(childAt(column).value);
    FieldOptionsRule after = m_rule;
    setOffered(after, m_parents, m_children, parents, children, offered);
    return after;
}

QString OptionsMatrixModel::limitBroken(const FieldOptionsRule &after) const
{
    if (after.mappings.size() > kMaxOptionMappings && after.mappings.size() > m_rule.mappings.size())
        return tr("This rule would map %1 parent values; the service accepts at most %2. Clear some rows "
                  "first.")
            .arg(after.mappings.size())
            .arg(kMaxOptionMappings);
    for (const OptionsMapping &mapping : after.mappings) {
        const OptionsMapping *before = findMapping(m_rule, mapping.parentValue);
        const std::size_t had = before ? before->childValues.size() : 0;
        if (mapping.childValues.size() > kMaxChildValuesPerMapping && mapping.childValues.size() > had)
            return tr("\u201c%1\u201d would offer %2 child values; one mapping holds at most %3.")
                .arg(userText(mapping.parentValue))
                .arg(mapping.childValues.size())
                .arg(kMaxChildValuesPerMapping);
    }
    if (after.mappings.size() < kMinOptionMappings && m_rule.mappings.size() >= kMinOptionMappings)
        return tr("A field options rule needs at least one mapping: offer another option before clearing "
                  "this one.");
    return {};
}

QString OptionsMatrixModel::refusal(const QList<int> &rows, const QList<int> &columns, bool offered) const
{
    return limitBroken(edited(rows, columns, offered));
}

// The one-cell case of refusal(), without copying the rule: flags() asks it for every cell.
QString OptionsMatrixModel::cellRefusal(int row, int column) const
{
    const bool checked = m_checked[std::size_t(row)][std::size_t(column - 1)];
    const int mapped = m_mappedCount[std::size_t(row)];
    const QString parent = qs(parentAt(row).name);
    if (checked) {
        if (mapped == 1 && m_rule.mappings.size() <= kMinOptionMappings)
            return tr("A field options rule needs at least one mapping: offer another option before clearing "
                      "%1's last one.")
                .arg(parent);
        return {};
    }
    if (mapped < 0 && m_rule.mappings.size() >= kMaxOptionMappings)
        return tr("This rule already maps %1 parent values, the most the service accepts; clear a row before "
                  "mapping %2.")
            .arg(m_rule.mappings.size())
            .arg(parent);
    if (mapped >= 0) {
        const OptionsMapping *mapping = findMapping(m_rule, parentAt(row).value);
        if (mapping && mapping->childValues.size() >= kMaxChildValuesPerMapping)
            return tr("%1 already offers %2 child values, the most one mapping holds.")
                .arg(parent)
                .arg(kMaxChildValuesPerMapping);
    }
    return {};
}

bool OptionsMatrixModel::setCells(const QList<int> &rows, const QList<int> &columns, bool offered,
                                  const QString &description)
{
    FieldOptionsRule after = edited(rows, columns, offered);
    if (!limitBroken(after).isEmpty())
        return false;
    if (sameMappings(after, m_rule))
        return true;
    m_rule = std::move(after);
    rebuildChecks();
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit mappingsEdited(description);
    return true;
}

int OptionsMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parents.size());
}

int OptionsMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_children.size()) + 1;
}

QString OptionsMatrixModel::countText(int row) const
{
    const int mapped = m_mappedCount[std::size_t(row)];
    if (mapped < 0)
        return tr("all (not mapped)");
    const auto options = std::count_if(m_children.begin(), m_children.end(),
                                       [](const MatrixEntry &entry) { return entry.isOption; });
    return tr("%1 of %2").arg(mapped).arg(options);
}

QString OptionsMatrixModel::entryLabel(const MatrixEntry &entry) const
{
    QString label = qs(entry.name);
    if (!entry.isOption)
        label += tr(" (not an option)");
    else if (!entry.active)
        label += tr(" (inactive)");
    return label;
}

QVariant OptionsMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const MatrixEntry &parent = parentAt(row);
    if (column == kCountColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return countText(row);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        case Qt::ToolTipRole:
            return m_mappedCount[std::size_t(row)] < 0
                       ? tr("%1 is not mapped: when it is chosen, the child field offers all its active "
                            "options.")
                             .arg(userText(parent.name))
                       : plural(tr("%1 offers %n child value(s).", nullptr, m_mappedCount[std::size_t(row)]),
                                m_mappedCount[std::size_t(row)])
                             .arg(userText(parent.name));
        default:
            return {};
        }
    }
    const MatrixEntry &child = childAt(column);
    const bool checked = m_checked[std::size_t(row)][std::size_t(column - 1)];
    switch (role) {
    case Qt::CheckStateRole:
        return checked ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: {
        const QString why = cellRefusal(row, column);
        if (!why.isEmpty())
            return why;
        return (checked ? tr("%1 \u2192 %2: offered") : tr("%1 \u2192 %2: not offered"))
            .arg(entryLabel(parent), entryLabel(child));
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(entryLabel(parent), entryLabel(child));
    case Qt::BackgroundRole:
        if (isMarked(parent) || isMarked(child))
            return QBrush(markedCellBackground());
        return {};
    default:
        return {};
    }
}

QVariant OptionsMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool horizontal = orientation == Qt::Horizontal;
    if (section < 0 || section >= (horizontal ? columnCount() : rowCount()))
        return {};
    if (horizontal && section == kCountColumn) {
        if (role == Qt::DisplayRole)
            return tr("Offered");
        if (role == Qt::ToolTipRole)
            return tr("How many child values each parent value offers");
        return {};
    }
    const MatrixEntry &entry = horizontal ? childAt(section) : parentAt(section);
    switch (role) {
    case Qt::DisplayRole:
        return entryLabel(entry);
    case Qt::ToolTipRole: {
        QString tip = tr("Option value: %1").arg(userText(entry.value));
        if (!entry.isOption)
            tip += QLatin1Char('\n') + tr("The rule maps this value, but the field has no such option.");
        else if (!entry.active)
            tip += QLatin1Char('\n') + tr("An inactive option: agents cannot pick it on new cases.");
        return tip;
    }
    case Qt::FontRole:
        if (isMarked(entry)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags OptionsMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (index.column() == kCountColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    if (cellRefusal(index.row(), index.column()).isEmpty())
        flags |= Qt::ItemIsEnabled;
    return flags;
}

bool OptionsMatrixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() == kCountColumn)
        return false;
    const bool offered = value.toInt() == Qt::Checked;
    const int row = index.row();
    const int column = index.column();
    if (m_checked[std::size_t(row)][std::size_t(column - 1)] == offered)
        return true;
    if (!cellRefusal(row, column).isEmpty())
        return false;
    const QString parent = qs(parentAt(row).name);
    const QString child = qs(childAt(column).name);
    return setCells({row}, {column}, offered,
                    offered ? tr("Offer %1 for %2").arg(child, parent)
                            : tr("Stop offering %1 for %2").arg(child, parent));
}

} // namespace cw::ui
