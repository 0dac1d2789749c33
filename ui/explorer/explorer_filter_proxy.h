#pragma once
// Filters the explorer by text, case-insensitively, anywhere in an item's name, type, details or
// id. It compares with the text ExplorerModel computed in advance, so a keystroke costs one
// substring search per row. Top-level categories stay while any of their items match.

#include <QSortFilterProxyModel>

namespace cw::ui {

class ExplorerFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ExplorerFilterProxy(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_needle; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_needle; // lower case
};

} // namespace cw::ui
