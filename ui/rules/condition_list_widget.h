#pragma once
// A list of conditions -- the rule's own or a group's -- with its "Add condition" and "Add group"
// buttons, which are disabled, with the reason as tooltip, when the rule's limits are reached.
// Conditions dragged by their handle are dropped here, between two entries.

#include "editing/condition_tree.h"

#include <QFrame>
#include <optional>
#include <vector>

class QLabel;
class QMimeData;
class QPushButton;
class QVBoxLayout;

namespace cw::ui {
using editing::ConditionList;
using editing::ConditionPath;

class ConditionBuilder;
class ConditionItemWidget;

class ConditionListWidget : public QFrame {
    Q_OBJECT
public:
    ConditionListWidget(ConditionBuilder &builder, ConditionPath listPath, const ConditionList &conditions,
                        QWidget *parent = nullptr);

    const ConditionPath &listPath() const { return m_listPath; }
    // Shows conditions of the same shape as when built, without emitting edits.
    void showConditions(const ConditionList &conditions);
    // Enables actions by position and limits, in this list and the groups inside it.
    void updateActions();
    const std::vector<ConditionItemWidget *> &items() const { return m_items; }
    QPushButton *addComparisonButton() const { return m_addComparison; }
    QPushButton *addGroupButton() const { return m_addGroup; }
    // The position a drop at `position` (in this widget's coordinates) inserts at.
    std::size_t dropIndexAt(const QPoint &position) const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // The dragged condition's path when the data comes from this builder and may land here.
    std::optional<ConditionPath> acceptableDrag(const QMimeData *mime) const;
    int dropLineY(std::size_t index) const;

    ConditionBuilder &m_builder;
    ConditionPath m_listPath;
    QVBoxLayout *m_itemsLayout = nullptr;
    std::vector<ConditionItemWidget *> m_items;
    QLabel *m_empty = nullptr;
    QPushButton *m_addComparison = nullptr;
    QPushButton *m_addGroup = nullptr;
    std::optional<std::size_t> m_dropIndex;
};

} // namespace cw::ui
