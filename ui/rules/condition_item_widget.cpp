#include "rules/condition_item_widget.h"

#include "common/tone_colors.h"
#include "editing/hidden_reading.h"
#include "rules/condition_builder.h"

#include <QApplication>
#include <QComboBox>
#include <QDrag>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace cw::ui {
using editing::ConditionList;
using editing::conditionNumber;
using editing::ConditionPath;
using editing::decidingResult;
using editing::groupPaths;
using editing::isWithin;
using editing::listAt;
using editing::OutcomeChoice;
using editing::outcomeChoices;
using editing::Permission;

QString conditionMimeType()
{
    return QStringLiteral("application/x-casewright-condition");
}

ConditionItemWidget::ConditionItemWidget(ConditionBuilder &builder, ConditionPath path, QWidget *parent)
    : QFrame(parent), m_builder(builder), m_path(std::move(path))
{
    setFrameShape(QFrame::StyledPanel);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 4, 6, 4);
    outer->setSpacing(2);
    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    outer->addLayout(header);

    m_handle = new QLabel(QStringLiteral("\u2630"), this); // ☰
    m_handle->setCursor(Qt::OpenHandCursor);
    m_handle->installEventFilter(this);
    header->addWidget(m_handle);
    m_number = new QLabel(conditionNumber(m_path) + QLatin1Char('.'), this);
    m_number->setMinimumWidth(m_number->fontMetrics().horizontalAdvance(QStringLiteral("0.0.0.")));
    header->addWidget(m_number);
    m_controls = new QHBoxLayout;
    m_controls->setSpacing(6);
    header->addLayout(m_controls, 1);

    if (m_path.size() == 1) {
        m_then = new QLabel(tr("then"), this);
        header->addWidget(m_then);
        m_result = new QComboBox(this);
        for (const OutcomeChoice &choice : outcomeChoices(builder.ruleKind(), builder.reading()))
            m_result->addItem(choice.label, choice.stored);
        m_then->setBuddy(m_result);
        header->addWidget(m_result);
        connect(m_result, &QComboBox::activated, this,
                [this](int row) { m_builder.chooseResult(m_path, m_result->itemData(row).toBool()); });
    }
    const auto toolButton = [&](Qt::ArrowType arrow, const QString &text) {
        auto *button = new QToolButton(this);
        if (arrow != Qt::NoArrow)
            button->setArrowType(arrow);
        else
            button->setText(text);
        header->addWidget(button);
        return button;
    };
    m_up = toolButton(Qt::UpArrow, {});
    m_down = toolButton(Qt::DownArrow, {});
    m_moveTo = toolButton(Qt::NoArrow, QStringLiteral("\u21c4")); // ⇄
    m_moveTo->setPopupMode(QToolButton::InstantPopup);
    auto *moveToMenu = new QMenu(m_moveTo);
    moveToMenu->setToolTipsVisible(true); // a disabled target says why
    m_moveTo->setMenu(moveToMenu);
    connect(moveToMenu, &QMenu::aboutToShow, this, &ConditionItemWidget::fillMoveToMenu);
    m_remove = toolButton(Qt::NoArrow, QStringLiteral("\u2715")); // ✕
    connect(m_up, &QToolButton::clicked, this, [this] { m_builder.moveCondition(m_path, -1); });
    connect(m_down, &QToolButton::clicked, this, [this] { m_builder.moveCondition(m_path, +1); });
    connect(m_remove, &QToolButton::clicked, this, [this] { m_builder.removeCondition(m_path); });

    m_body = new QVBoxLayout;
    m_body->setContentsMargins(24, 0, 0, 0);
    outer->addLayout(m_body);
    m_findings = new QLabel(this);
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::PlainText);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_findings->hide();
    outer->addWidget(m_findings);
}

void ConditionItemWidget::nameControls()
{
    const QString name = itemName();
    m_handle->setToolTip(tr("Drag to move %1 (or use the arrow buttons)").arg(name));
    m_up->setAccessibleName(tr("Move %1 up").arg(name));
    m_up->setToolTip(m_up->accessibleName());
    m_down->setAccessibleName(tr("Move %1 down").arg(name));
    m_down->setToolTip(m_down->accessibleName());
    m_moveTo->setAccessibleName(tr("Move %1 into or out of a group").arg(name));
    m_moveTo->setToolTip(m_moveTo->accessibleName());
    m_remove->setAccessibleName(tr("Remove %1").arg(name));
    m_remove->setToolTip(m_remove->accessibleName());
    if (m_result) {
        m_result->setAccessibleName(tr("Result of %1").arg(name));
        m_result->setToolTip(tr("What the rule gives when %1 is the first true condition").arg(name));
    }
    m_findings->setAccessibleName(tr("Findings about %1").arg(name));
}

void ConditionItemWidget::showCondition(const Condition &condition)
{
    if (!m_result)
        return;
    const bool result = decidingResult(condition, !m_builder.defaultValue());
    const QSignalBlocker blocker(m_result);
    m_result->setCurrentIndex(m_result->findData(result));
}

void ConditionItemWidget::updateActions(std::size_t indexInList, std::size_t listSize)
{
    m_up->setEnabled(indexInList > 0);
    m_down->setEnabled(indexInList + 1 < listSize);
}

// Every list the condition could go to other than its own: the rule's list and each group that is
// not the condition itself or inside it. A target the limits forbid is listed disabled, with the
// reason as its tooltip, as every other action of the builder is.
void ConditionItemWidget::fillMoveToMenu()
{
    QMenu *menu = m_moveTo->menu();
    menu->clear();
    const ConditionList &conditions = m_builder.conditions();
    const ConditionPath ownList(m_path.begin(), m_path.end() - 1);
    std::vector<std::pair<ConditionPath, QString>> targets;
    if (!ownList.empty())
        targets.emplace_back(ConditionPath{}, tr("Out of the group, to the end of the rule's conditions"));
    for (const ConditionPath &group : groupPaths(conditions))
        if (group != ownList && !isWithin(group, m_path))
            targets.emplace_back(group, tr("Into group %1").arg(conditionNumber(group)));
    if (targets.empty()) {
        menu->addAction(tr("No group to move into: add a group first"))->setEnabled(false);
        return;
    }
    for (const auto &[target, label] : targets) {
        QAction *action = menu->addAction(label);
        const Permission permission = m_builder.permissionToDrop(m_path, target);
        action->setEnabled(permission.allowed);
        action->setToolTip(permission.reason);
        const ConditionList *list = listAt(conditions, target);
        const std::size_t end = list ? list->size() : 0;
        // Queued: the move rebuilds the list, and with it this widget and its menu.
        connect(action, &QAction::triggered, this, [this, target, end] {
            QMetaObject::invokeMethod(
                &m_builder,
                [builder = &m_builder, from = m_path, target, end] {
                    builder->dropCondition(from, target, end);
                },
                Qt::QueuedConnection);
        });
    }
}

void ConditionItemWidget::setFindings(const QStringList &lines, bool hasError)
{
    m_findings->setText(lines.join(QLatin1Char('\n')));
    m_findings->setVisible(!lines.isEmpty());
    m_findings->setStyleSheet(lines.isEmpty() ? QString()
                                              : toneStyleSheet(hasError ? Tone::Error : Tone::Warning));
}

bool ConditionItemWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_handle)
        return QFrame::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonPress) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        m_pressed = mouse->button() == Qt::LeftButton;
        m_pressPosition = mouse->position().toPoint();
        return true;
    }
    if (event->type() == QEvent::MouseButtonRelease) {
        m_pressed = false;
        return true;
    }
    if (event->type() == QEvent::MouseMove && m_pressed) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if ((mouse->position().toPoint() - m_pressPosition).manhattanLength() >=
            QApplication::startDragDistance()) {
            m_pressed = false;
            startDrag();
        }
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void ConditionItemWidget::startDrag()
{
    auto *mime = new QMimeData;
    mime->setData(conditionMimeType(),
                  (m_builder.dragSource() + QLatin1Char('|') + conditionNumber(m_path)).toUtf8());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->setPixmap(grab().scaledToWidth(std::min(width(), 320), Qt::SmoothTransformation));
    // The builder outlives this widget; keep it at hand for after exec(), which must not touch
    // `this` again if a rebuild were ever to remove it.
    ConditionBuilder &builder = m_builder;
    builder.beginDrag();
    drag->exec(Qt::MoveAction);
    builder.endDrag();
}

} // namespace cw::ui
