#pragma once
// Edits a sample case's cell with an editor that fits the field: the options of a single-select
// (plus "(empty)"), a spin box for a number, true / false / (empty) for a boolean, text
// otherwise; the template column offers the project's templates. Clearing a value (absent) or
// setting emptyValue on any cell is done with the preview's actions.

#include <QStyledItemDelegate>

namespace cw::ui {

class SampleCasesModel;

class SampleValueDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    // `model` is the source model (views may show it through a proxy).
    explicit SampleValueDelegate(const SampleCasesModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    const SampleCasesModel *m_model;
};

} // namespace cw::ui
