#include "rules/condition_row.h"

#include "common/std_text.h"
#include "rules/condition_builder.h"
#include "rules/field_picker.h"
#include "rules/value_editor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace cw::ui {
using editing::conditionNumber;
using editing::operatorLabel;
using editing::operatorOf;
using editing::takesValue;

ConditionRow::ConditionRow(ConditionBuilder &builder, ConditionPath path, const Condition &condition,
                           QWidget *parent)
    : ConditionItemWidget(builder, std::move(path), parent)
{
    if (condition.kind == Condition::Kind::Unknown) {
        m_unknown =
            new QLabel(tr("A \u201c%1\u201d condition, which this version of Casewright cannot edit; it is "
                          "kept as it is.")
                           .arg(userText(condition.unknownKey)),
                       this);
        m_unknown->setWordWrap(true);
        controlsLayout()->addWidget(m_unknown, 1);
        nameControls();
        showCondition(condition);
        return;
    }
    m_field = new FieldPicker(builder.fieldModel(), this);
    m_operator = new QComboBox(this);
    for (ConditionOperator op : {ConditionOperator::Equals, ConditionOperator::NotEquals,
                                 ConditionOperator::IsEmpty, ConditionOperator::IsNotEmpty})
        m_operator->addItem(operatorLabel(op), int(op));
    m_value = new ValueEditor(this);
    controlsLayout()->addWidget(m_field, 3);
    controlsLayout()->addWidget(m_operator, 0);
    controlsLayout()->addWidget(m_value, 2);

    connect(m_field, &FieldPicker::fieldChosen, this, [this](const QString &fieldId) {
        this->builder().chooseField(this->path(), fieldId.toStdString());
    });
    connect(m_operator, &QComboBox::activated, this, [this](int row) {
        this->builder().chooseOperator(this->path(), ConditionOperator(m_operator->itemData(row).toInt()));
    });
    connect(m_value, &ValueEditor::valueEdited, this, [this](const Value &value, bool typing) {
        this->builder().editValue(this->path(), value, typing);
    });
    nameControls();
    const QString name = itemName();
    m_field->setAccessibleName(tr("Field of %1").arg(name));
    m_operator->setAccessibleName(tr("Operator of %1").arg(name));
    m_value->setAccessibleNames(tr("Value of %1").arg(name));
    showCondition(condition);
}

QString ConditionRow::itemName() const
{
    return tr("condition %1").arg(conditionNumber(path()));
}

QWidget *ConditionRow::primaryControl() const
{
    return m_field ? static_cast<QWidget *>(m_field) : static_cast<QWidget *>(removeButton());
}

void ConditionRow::showCondition(const Condition &condition)
{
    ConditionItemWidget::showCondition(condition);
    if (!m_field || !condition.isComparison())
        return;
    const DomainSnapshot &context = builder().context();
    m_field->setFieldId(condition.fieldId);
    const ConditionOperator op = operatorOf(condition);
    {
        const QSignalBlocker blocker(m_operator);
        m_operator->setCurrentIndex(m_operator->findData(int(op)));
    }
    m_value->showValue(context.findField(condition.fieldId), context.optionsOf(condition.fieldId),
                       takesValue(op), condition.operand);
}

} // namespace cw::ui
