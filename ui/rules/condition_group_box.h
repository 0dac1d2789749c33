#pragma once
// An all-of (andAll) or any-of (orAll) group and the conditions inside it.

#include "rules/condition_item_widget.h"

class QComboBox;

namespace cw::ui {

class ConditionListWidget;

class ConditionGroupBox : public ConditionItemWidget {
    Q_OBJECT
public:
    ConditionGroupBox(ConditionBuilder &builder, ConditionPath path, const Condition &group,
                      QWidget *parent = nullptr);

    void showCondition(const Condition &condition) override;
    QWidget *primaryControl() const override;

    QComboBox *kindCombo() const { return m_kind; }
    ConditionListWidget *list() const { return m_list; }

protected:
    QString itemName() const override;

private:
    QComboBox *m_kind = nullptr;
    ConditionListWidget *m_list = nullptr;
};

} // namespace cw::ui
