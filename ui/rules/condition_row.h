#pragma once
// One comparison: field, operator, value (and, at the top level, its result).

#include "rules/condition_item_widget.h"

class QComboBox;
class QLabel;

namespace cw::ui {

class FieldPicker;
class ValueEditor;

class ConditionRow : public ConditionItemWidget {
    Q_OBJECT
public:
    ConditionRow(ConditionBuilder &builder, ConditionPath path, const Condition &condition,
                 QWidget *parent = nullptr);

    void showCondition(const Condition &condition) override;
    QWidget *primaryControl() const override;

    FieldPicker *fieldPicker() const { return m_field; }
    QComboBox *operatorCombo() const { return m_operator; }
    ValueEditor *valueEditor() const { return m_value; }

protected:
    QString itemName() const override;

private:
    FieldPicker *m_field = nullptr;
    QComboBox *m_operator = nullptr;
    ValueEditor *m_value = nullptr;
    QLabel *m_unknown = nullptr; // a condition of a kind this version cannot edit
};

} // namespace cw::ui
