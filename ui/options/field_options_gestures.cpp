// The options editor's gestures on whole rows and columns -- buttons on the current cell and the
// headers' context menus -- and the filter that decides which rows and columns they cover.

#include "common/std_text.h"
#include "editing/options_matrix_filter.h"
#include "options/field_options_editor.h"
#include "options/options_matrix_model.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>

namespace cw::ui {
using editing::filterMatrix;
using editing::MatrixFilter;

QList<int> FieldOptionsEditor::shownColumns() const
{
    QList<int> columns;
    for (int column = 1; column < m_model->columnCount(); ++column)
        if (!m_view->isColumnHidden(column))
            columns << column;
    return columns;
}

QList<int> FieldOptionsEditor::shownRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (!m_view->isRowHidden(row))
            rows << row;
    return rows;
}

bool FieldOptionsEditor::offerRow(int row, bool offered)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QList<int> columns = offered ? m_model->activeOptionColumns(shownColumns()) : shownColumns();
    const QString parent = qs(m_model->parentAt(row).name);
    return m_model->setCells({row}, columns, offered,
                             offered ? tr("Offer all options for %1").arg(parent)
                                     : tr("Clear %1").arg(parent));
}

bool FieldOptionsEditor::offerColumn(int column, bool offered)
{
    if (column < 1 || column >= m_model->columnCount())
        return false;
    const QString child = qs(m_model->childAt(column).name);
    return m_model->setCells(shownRows(), {column}, offered,
                             offered ? tr("Offer %1 for every parent value").arg(child)
                                     : tr("Offer %1 for no parent value").arg(child));
}

void FieldOptionsEditor::applyFilter()
{
    const MatrixFilter filter = filterMatrix(m_model->parents(), m_model->children(), m_filter->text());
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->setRowHidden(row, !filter.rowShown[std::size_t(row)] || filter.matchesNothing);
    for (int column = 1; column < m_model->columnCount(); ++column)
        m_view->setColumnHidden(column, !filter.columnShown[std::size_t(column - 1)]);
    m_filterNote->setVisible(filter.matchesNothing);
    m_filterNote->setText(
        tr("No parent or child option matches \u201c%1\u201d.").arg(m_filter->text().trimmed()));
    updateButtons();
}

void FieldOptionsEditor::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() && !m_view->isRowHidden(current.row()) ? current.row() : -1;
    const int column = current.isValid() && current.column() >= 1 && !m_view->isColumnHidden(current.column())
                           ? current.column()
                           : -1;
    const auto setUp = [](QPushButton *button, bool available, const QString &refusal, const QString &help) {
        button->setEnabled(available && refusal.isEmpty());
        button->setToolTip(!available ? help : (refusal.isEmpty() ? help : refusal));
    };
    const QString pickCell = tr("Click a cell of the matrix first.");
    const bool hasRow = row >= 0;
    const bool hasColumn = column >= 1;
    const QList<int> columns = shownColumns();
    const QList<int> rows = shownRows();
    setUp(m_rowAll, hasRow,
          hasRow ? m_model->refusal({row}, m_model->activeOptionColumns(columns), true) : QString(),
          hasRow ? tr("Offer every active option shown for %1").arg(userText(m_model->parentAt(row).name))
                 : pickCell);
    setUp(m_rowNone, hasRow, hasRow ? m_model->refusal({row}, columns, false) : QString(),
          hasRow ? tr("Clear the options shown for %1; with none left it is not mapped and the child offers "
                      "all its options")
                       .arg(userText(m_model->parentAt(row).name))
                 : pickCell);
    setUp(m_columnAll, hasColumn, hasColumn ? m_model->refusal(rows, {column}, true) : QString(),
          hasColumn ? tr("Offer %1 for every parent value shown").arg(userText(m_model->childAt(column).name))
                    : pickCell);
    setUp(m_columnNone, hasColumn, hasColumn ? m_model->refusal(rows, {column}, false) : QString(),
          hasColumn ? tr("Offer %1 for no parent value shown").arg(userText(m_model->childAt(column).name))
                    : pickCell);
}

void FieldOptionsEditor::rowHeaderMenu(const QPoint &position)
{
    const int row = m_view->verticalHeader()->logicalIndexAt(position);
    if (row < 0)
        return;
    const QString parent = qs(m_model->parentAt(row).name);
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    const QString allRefusal = m_model->refusal({row}, m_model->activeOptionColumns(shownColumns()), true);
    QAction *all = menu.addAction(tr("Offer All Options for %1").arg(parent), this,
                                  [this, row] { offerRow(row, true); });
    all->setEnabled(allRefusal.isEmpty());
    all->setToolTip(allRefusal);
    const QString noneRefusal = m_model->refusal({row}, shownColumns(), false);
    QAction *none = menu.addAction(tr("Clear %1").arg(parent), this, [this, row] { offerRow(row, false); });
    none->setEnabled(noneRefusal.isEmpty());
    none->setToolTip(noneRefusal);
    menu.exec(m_view->verticalHeader()->mapToGlobal(position));
}

void FieldOptionsEditor::columnHeaderMenu(const QPoint &position)
{
    const int column = m_view->horizontalHeader()->logicalIndexAt(position);
    if (column < 1)
        return;
    const QString child = qs(m_model->childAt(column).name);
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    const QString allRefusal = m_model->refusal(shownRows(), {column}, true);
    QAction *all = menu.addAction(tr("Offer %1 for Every Parent Value").arg(child), this,
                                  [this, column] { offerColumn(column, true); });
    all->setEnabled(allRefusal.isEmpty());
    all->setToolTip(allRefusal);
    const QString noneRefusal = m_model->refusal(shownRows(), {column}, false);
    QAction *none = menu.addAction(tr("Offer %1 for No Parent Value").arg(child), this,
                                   [this, column] { offerColumn(column, false); });
    none->setEnabled(noneRefusal.isEmpty());
    none->setToolTip(noneRefusal);
    menu.exec(m_view->horizontalHeader()->mapToGlobal(position));
}

} // namespace cw::ui
