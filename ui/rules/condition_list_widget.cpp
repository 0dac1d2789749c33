#include "rules/condition_list_widget.h"

#include "rules/condition_builder.h"
#include "rules/condition_group_box.h"
#include "rules/condition_row.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::ui {
using editing::conditionNumber;

namespace {
std::optional<ConditionPath> parsePath(const QString &text)
{
    ConditionPath path;
    for (const QString &part : text.split(QLatin1Char('.'))) {
        bool ok = false;
        const uint number = part.toUInt(&ok);
        if (!ok || number == 0)
            return std::nullopt;
        path.push_back(number - 1);
    }
    return path;
}
} // namespace

ConditionListWidget::ConditionListWidget(ConditionBuilder &builder, ConditionPath listPath,
                                         const ConditionList &conditions, QWidget *parent)
    : QFrame(parent), m_builder(builder), m_listPath(std::move(listPath))
{
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_itemsLayout = new QVBoxLayout;
    m_itemsLayout->setSpacing(4);
    layout->addLayout(m_itemsLayout);
    for (std::size_t i = 0; i < conditions.size(); ++i) {
        ConditionPath path = m_listPath;
        path.push_back(i);
        ConditionItemWidget *item = conditions[i].isCompound()
                                        ? static_cast<ConditionItemWidget *>(
                                              new ConditionGroupBox(builder, path, conditions[i], this))
                                        : new ConditionRow(builder, path, conditions[i], this);
        m_items.push_back(item);
        m_itemsLayout->addWidget(item);
    }
    if (conditions.empty() && m_listPath.empty()) {
        m_empty = new QLabel(tr("No conditions: the rule always gives its default value."), this);
        m_empty->setWordWrap(true);
        m_itemsLayout->addWidget(m_empty);
    }

    auto *buttons = new QHBoxLayout;
    m_addComparison =
        new QPushButton(m_listPath.empty() ? tr("Add condition") : tr("Add condition to group"), this);
    m_addGroup = new QPushButton(m_listPath.empty() ? tr("Add group") : tr("Add group in group"), this);
    const QString where =
        m_listPath.empty() ? tr("the rule") : tr("group %1").arg(conditionNumber(m_listPath));
    m_addComparison->setAccessibleName(tr("Add a condition to %1").arg(where));
    m_addGroup->setAccessibleName(tr("Add an all-of group to %1").arg(where));
    buttons->addWidget(m_addComparison);
    buttons->addWidget(m_addGroup);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_addComparison, &QPushButton::clicked, this, [this] { m_builder.addComparison(m_listPath); });
    connect(m_addGroup, &QPushButton::clicked, this,
            [this] { m_builder.addGroup(m_listPath, Condition::Kind::AndAll); });
}

void ConditionListWidget::showConditions(const ConditionList &conditions)
{
    for (std::size_t i = 0; i < m_items.size() && i < conditions.size(); ++i)
        m_items[i]->showCondition(conditions[i]);
}

void ConditionListWidget::updateActions()
{
    const auto apply = [](QPushButton *button, const Permission &permission, const QString &whenAllowed) {
        button->setEnabled(permission.allowed);
        button->setToolTip(permission.allowed ? whenAllowed : permission.reason);
    };
    apply(m_addComparison, m_builder.permissionToAddComparison(),
          tr("Adds a condition at the end of this list"));
    // Two literals: lupdate would read the escape and the "a" after it as one five-digit escape.
    apply(m_addGroup, m_builder.permissionToAddGroup(m_listPath),
          tr("Adds a group whose conditions must all be true (switch it to \u201c"
             "any\u201d afterwards)"));
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        m_items[i]->updateActions(i, m_items.size());
        if (auto *group = qobject_cast<ConditionGroupBox *>(m_items[i]))
            group->list()->updateActions();
    }
}

std::size_t ConditionListWidget::dropIndexAt(const QPoint &position) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i)
        if (position.y() < m_items[i]->geometry().center().y())
            return i;
    return m_items.size();
}

std::optional<ConditionPath> ConditionListWidget::acceptableDrag(const QMimeData *mime) const
{
    if (!mime || !mime->hasFormat(conditionMimeType()))
        return std::nullopt;
    const QString payload = QString::fromUtf8(mime->data(conditionMimeType()));
    const qsizetype bar = payload.indexOf(QLatin1Char('|'));
    if (bar < 0 || payload.left(bar) != m_builder.dragSource())
        return std::nullopt;
    auto path = parsePath(payload.mid(bar + 1));
    if (!path || !m_builder.permissionToDrop(*path, m_listPath).allowed)
        return std::nullopt;
    return path;
}

void ConditionListWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (!acceptableDrag(event->mimeData())) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
}

void ConditionListWidget::dragMoveEvent(QDragMoveEvent *event)
{
    if (!acceptableDrag(event->mimeData())) {
        event->ignore();
        return;
    }
    m_dropIndex = dropIndexAt(event->position().toPoint());
    event->setDropAction(Qt::MoveAction);
    event->accept();
    update();
}

void ConditionListWidget::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropIndex.reset();
    update();
    QFrame::dragLeaveEvent(event);
}

void ConditionListWidget::dropEvent(QDropEvent *event)
{
    m_dropIndex.reset();
    update();
    const auto from = acceptableDrag(event->mimeData());
    if (!from) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    m_builder.dropCondition(*from, m_listPath, dropIndexAt(event->position().toPoint()));
}

int ConditionListWidget::dropLineY(std::size_t index) const
{
    if (m_items.empty())
        return 2;
    if (index >= m_items.size())
        return m_items.back()->geometry().bottom() + 2;
    return m_items[index]->geometry().top() - 2;
}

void ConditionListWidget::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!m_dropIndex)
        return;
    QPainter painter(this);
    painter.setPen(QPen(palette().highlight(), 2));
    const int y = dropLineY(*m_dropIndex);
    painter.drawLine(0, y, width(), y);
}

} // namespace cw::ui
