#include "rules/condition_group_box.h"

#include "rules/condition_builder.h"
#include "rules/condition_list_widget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace cw::ui {
using editing::conditionNumber;

ConditionGroupBox::ConditionGroupBox(ConditionBuilder &builder, ConditionPath path, const Condition &group,
                                     QWidget *parent)
    : ConditionItemWidget(builder, std::move(path), parent)
{
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All of these are true (AND)"), int(Condition::Kind::AndAll));
    m_kind->addItem(tr("Any of these is true (OR)"), int(Condition::Kind::OrAll));
    controlsLayout()->addWidget(m_kind);
    controlsLayout()->addStretch(1);
    connect(m_kind, &QComboBox::activated, this, [this](int row) {
        this->builder().chooseGroupKind(this->path(), Condition::Kind(m_kind->itemData(row).toInt()));
    });
    m_list = new ConditionListWidget(builder, this->path(), group.children, this);
    bodyLayout()->addWidget(m_list);
    nameControls();
    m_kind->setAccessibleName(tr("Kind of %1").arg(itemName()));
    showCondition(group);
}

QString ConditionGroupBox::itemName() const
{
    return tr("group %1").arg(conditionNumber(path()));
}

QWidget *ConditionGroupBox::primaryControl() const
{
    return m_kind;
}

void ConditionGroupBox::showCondition(const Condition &condition)
{
    ConditionItemWidget::showCondition(condition);
    {
        const QSignalBlocker blocker(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(int(condition.kind)));
    }
    m_list->showConditions(condition.children);
}

} // namespace cw::ui
