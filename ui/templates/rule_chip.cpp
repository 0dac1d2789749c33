#include "templates/rule_chip.h"

#include "common/std_text.h"
#include "common/tone_colors.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace cw::ui {
namespace {

constexpr int kMaxNameWidth = 260; // px of a chip's name before it is elided

QString badgeColour(RuleDetails::Kind kind)
{
    switch (kind) {
    case RuleDetails::Kind::Required:
        return QStringLiteral("#b3261e");
    case RuleDetails::Kind::Hidden:
        return QStringLiteral("#1f5fa8");
    case RuleDetails::Kind::FieldOptions:
        return QStringLiteral("#2e7d32");
    case RuleDetails::Kind::Unknown:
        break;
    }
    return QStringLiteral("#666666");
}

} // namespace

QString RuleChip::kindLetter(RuleDetails::Kind kind)
{
    switch (kind) {
    case RuleDetails::Kind::Required:
        return QStringLiteral("R");
    case RuleDetails::Kind::Hidden:
        return QStringLiteral("H");
    case RuleDetails::Kind::FieldOptions:
        return QStringLiteral("O");
    case RuleDetails::Kind::Unknown:
        break;
    }
    return QStringLiteral("?");
}

QString RuleChip::kindName(RuleDetails::Kind kind)
{
    switch (kind) {
    case RuleDetails::Kind::Required:
        return tr("Required rule");
    case RuleDetails::Kind::Hidden:
        return tr("Hidden rule");
    case RuleDetails::Kind::FieldOptions:
        return tr("Field options rule");
    case RuleDetails::Kind::Unknown:
        break;
    }
    return tr("Rule of an unknown kind");
}

RuleChip::RuleChip(RuleChipInfo info, QWidget *parent) : QFrame(parent), m_info(std::move(info))
{
    setObjectName(QStringLiteral("ruleChip"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 1, 2, 1);
    layout->setSpacing(3);

    m_badge = new QLabel(kindLetter(m_info.kind), this);
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setFixedSize(18, 18);
    m_badge->setAccessibleName(kindName(m_info.kind));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 9px; "
                                          "font-weight: bold; }")
                               .arg(badgeColour(m_info.kind)));
    layout->addWidget(m_badge);

    m_name = new QToolButton(this);
    m_name->setAutoRaise(true);
    const QString name =
        m_info.slug.isEmpty() ? tr("%1 (not in the project)").arg(userText(m_info.caseRuleId)) : m_info.name;
    // A long name is cut with "…" so the chip fits a narrow editor; the tooltip and the
    // accessible name carry it whole.
    m_name->setText(m_name->fontMetrics().elidedText(name, Qt::ElideRight, kMaxNameWidth));
    m_name->setAccessibleName(tr("%1: %2").arg(kindName(m_info.kind), name));
    m_name->installEventFilter(this);
    layout->addWidget(m_name);

    m_detach = new QToolButton(this);
    m_detach->setAutoRaise(true);
    m_detach->setText(QStringLiteral("\u00d7"));
    m_detach->setToolTip(tr("Detach this rule from the field"));
    m_detach->setAccessibleName(tr("Detach %1").arg(name));
    layout->addWidget(m_detach);

    QStringList tip{tr("%1: %2").arg(kindName(m_info.kind), name)};
    if (!m_info.summary.isEmpty())
        tip << m_info.summary;
    if (m_info.hasErrors)
        tip << tr("The rule has errors; open it to see them.");
    tip << (m_info.alsoUsedBy.isEmpty()
                ? tr("Used nowhere else.")
                : tr("Also used by:\n  %1").arg(m_info.alsoUsedBy.join(QStringLiteral("\n  "))));
    setToolTip(tip.join(QLatin1Char('\n')));
    m_name->setToolTip(toolTip());

    connect(m_name, &QToolButton::clicked, this, &RuleChip::selected);
    connect(m_detach, &QToolButton::clicked, this, &RuleChip::detachRequested);
    updateStyle();
}

void RuleChip::setSelected(bool selected)
{
    if (selected == m_selected)
        return;
    m_selected = selected;
    updateStyle();
}

void RuleChip::updateStyle()
{
    // The border says "selected" and "has errors"; the tooltip and the details panel say it in words.
    const QString border = m_info.hasErrors ? toneColor(Tone::Error).name() : QStringLiteral("#9e9e9e");
    setStyleSheet(
        QStringLiteral("QFrame#ruleChip { border: %1px solid %2; border-radius: 11px; background: %3; }")
            .arg(m_selected ? 2 : 1)
            .arg(border, chipBackground(m_selected).name()));
}

bool RuleChip::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_name && event->type() == QEvent::MouseButtonDblClick) {
        emit openRequested();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void RuleChip::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *open = menu.addAction(tr("&Open Rule"), this, &RuleChip::openRequested);
    open->setEnabled(!m_info.slug.isEmpty());
    menu.addAction(tr("&Detach from Field"), this, &RuleChip::detachRequested);
    menu.exec(event->globalPos());
}

} // namespace cw::ui
