#pragma once
// What every entry of the condition list has, comparison or group: a drag handle, its number,
// the result it gives (top-level entries only: the comparisons of a group share the group's),
// move up/down, "move to" (into or out of a group, by keyboard as well as by dragging) and remove
// buttons, and the findings about it underneath, as text.

#include "editing/condition_tree.h"

#include <QFrame>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace cw::ui {
using editing::ConditionPath;

class ConditionBuilder;

class ConditionItemWidget : public QFrame {
    Q_OBJECT
public:
    ConditionItemWidget(ConditionBuilder &builder, ConditionPath path, QWidget *parent = nullptr);

    const ConditionPath &path() const { return m_path; }
    // Shows the condition (same shape as when built) without emitting edits.
    virtual void showCondition(const Condition &condition);
    // Enables the move buttons by position and the children's actions by the rule's limits.
    virtual void updateActions(std::size_t indexInList, std::size_t listSize);
    // Finding lines ("Error: ..."); `hasError` colours them as errors, else as warnings.
    void setFindings(const QStringList &lines, bool hasError);
    // The control keyboard focus returns to after an edit rebuilt the list.
    virtual QWidget *primaryControl() const = 0;

    QComboBox *resultCombo() const { return m_result; } // null for entries inside a group
    QToolButton *moveUpButton() const { return m_up; }
    QToolButton *moveDownButton() const { return m_down; }
    QToolButton *removeButton() const { return m_remove; }
    // "Move to": into a group or out to the rule's list, the keyboard's way to do what dragging does.
    QToolButton *moveToButton() const { return m_moveTo; }
    QLabel *findingsLabel() const { return m_findings; }
    QLabel *dragHandle() const { return m_handle; }
    // "1.2": where the entry is (conditionNumber of its path).
    QLabel *numberLabel() const { return m_number; }

protected:
    ConditionBuilder &builder() const { return m_builder; }
    // Derived classes put their own controls here, between the number and the result.
    QHBoxLayout *controlsLayout() const { return m_controls; }
    // And anything below the header (a group's list) here.
    QVBoxLayout *bodyLayout() const { return m_body; }
    // "condition 1.2" / "group 2", for accessible names and tooltips.
    virtual QString itemName() const = 0;
    void nameControls();
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startDrag();
    void fillMoveToMenu();

    ConditionBuilder &m_builder;
    ConditionPath m_path;
    QLabel *m_handle = nullptr;
    QLabel *m_number = nullptr;
    QHBoxLayout *m_controls = nullptr;
    QLabel *m_then = nullptr;
    QComboBox *m_result = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_moveTo = nullptr;
    QVBoxLayout *m_body = nullptr;
    QLabel *m_findings = nullptr;
    QPoint m_pressPosition;
    bool m_pressed = false;
};

// The MIME type of a condition being dragged: "<builder id>|<path as 1.2>".
QString conditionMimeType();

} // namespace cw::ui
