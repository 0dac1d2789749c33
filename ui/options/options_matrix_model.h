#pragma once
// The options matrix as a table: one row per parent value, column 0 the count of child values the
// row offers ("3 of 11"), then one check-box column per child value. Inactive options and mapped
// values that are no option are marked in the headers, in words as well as in italics.
//
// The model edits its own copy of the rule and announces it (mappingsEdited); the editor turns
// that into one undoable ProjectDocument::editRule and hands the stored rule back with setMatrix.
// Gestures the service's limits forbid are refused, and the cell or header says why.

#include "edits/options_matrix_edits.h"

#include <QAbstractTableModel>
#include <QList>
#include <vector>

namespace cw::ui {

class OptionsMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kCountColumn = 0;

    explicit OptionsMatrixModel(QObject *parent = nullptr);

    // Shows `rule` between the two fields' options (null: the project holds none for the field).
    // When the rows and columns stay the same, only the cells change (the view keeps its current
    // cell and scroll position).
    void setMatrix(const std::vector<FieldOption> *parentOptions,
                   const std::vector<FieldOption> *childOptions, const FieldOptionsRule &rule);
    const FieldOptionsRule &rule() const { return m_rule; }
    const std::vector<MatrixEntry> &parents() const { return m_parents; }
    const std::vector<MatrixEntry> &children() const { return m_children; }
    const MatrixEntry &parentAt(int row) const { return m_parents[std::size_t(row)]; }
    // `column` >= 1.
    const MatrixEntry &childAt(int column) const { return m_children[std::size_t(column - 1)]; }
    int rowOfParent(const std::string &value) const;
    int columnOfChild(const std::string &value) const;
    // Columns of options that are active: what "offer all" offers.
    QList<int> activeOptionColumns(const QList<int> &columns) const;

    // Every cell of rows x columns (column 0 ignored) offered or not, as one edit named
    // `description`. Refused, changing nothing, when a limit forbids it.
    bool setCells(const QList<int> &rows, const QList<int> &columns, bool offered,
                  const QString &description);
    // Why setCells would refuse, or an empty string.
    QString refusal(const QList<int> &rows, const QList<int> &columns, bool offered) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // The user changed the mappings; rule() holds them.
    void mappingsEdited(const QString &description);

private:
    void rebuildChecks();
    FieldOptionsRule edited(const QList<int> &rows, const QList<int> &columns, bool offered) const;
    QString limitBroken(const FieldOptionsRule &after) const;
    QString cellRefusal(int row, int column) const;
    QString countText(int row) const;
    QString entryLabel(const MatrixEntry &entry) const;

    FieldOptionsRule m_rule;
    std::vector<MatrixEntry> m_parents;
    std::vector<MatrixEntry> m_children;
    std::vector<std::vector<bool>> m_checked; // [row][column - 1]
    std::vector<int> m_mappedCount;           // child values per row; -1: the row is not mapped
};

} // namespace cw::ui
