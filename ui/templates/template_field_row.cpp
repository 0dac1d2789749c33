#include "templates/template_field_row.h"

#include "common/findings_label.h"
#include "common/tone_colors.h"
#include "templates/flow_layout.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <map>

namespace cw::ui {

TemplateFieldRow::TemplateFieldRow(const FieldRowInfo &info, const QList<RuleChipInfo> &chips,
                                   QWidget *parent)
    : QFrame(parent), m_info(info)
{
    setFrameShape(QFrame::NoFrame);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->setHorizontalSpacing(8);

    // The type and "always required" as quieter text; the row is rebuilt when the palette changes.
    const QString muted = toneColor(Tone::Muted).name();
    QString title = m_info.title.toHtmlEscaped();
    if (!m_info.type.isEmpty())
        title +=
            QStringLiteral(" <span style=\"color:%1\">(%2)</span>").arg(muted, m_info.type.toHtmlEscaped());
    if (m_info.alwaysRequired)
        title += QStringLiteral("<br><span style=\"color:%1\">%2</span>").arg(muted, tr("always required"));
    m_title = new QLabel(title, this);
    m_title->setTextFormat(Qt::RichText);
    // A long name wraps in its column rather than squeezing the chips and the row's buttons.
    m_title->setWordWrap(true);
    m_title->setFixedWidth(140);
    m_title->setToolTip(tr("Field id: %1").arg(m_info.fieldId));
    grid->addWidget(m_title, 0, 0, Qt::AlignTop);

    // The chips wrap onto more lines when the editor is narrow: the buttons stay in sight.
    auto *chipArea = new QWidget(this);
    auto *chipLayout = new FlowLayout(chipArea);
    for (const RuleChipInfo &chipInfo : chips) {
        auto *chip = new RuleChip(chipInfo, chipArea);
        m_chips << chip;
        chipLayout->addWidget(chip);
        const QString id = chipInfo.caseRuleId;
        const QString slug = chipInfo.slug;
        connect(chip, &RuleChip::selected, this, [this, id] { emit chipSelected(id); });
        connect(chip, &RuleChip::detachRequested, this, [this, id] { emit detachRequested(id); });
        connect(chip, &RuleChip::openRequested, this, [this, slug] {
            if (!slug.isEmpty())
                emit openRequested(slug);
        });
    }
    if (chips.isEmpty()) {
        auto *none = new QLabel(tr("no rules"), chipArea);
        keepTone(none, Tone::Muted);
        chipLayout->addWidget(none);
    }
    grid->addWidget(chipArea, 0, 1);
    grid->setColumnStretch(1, 1);

    m_attach = new QToolButton(this);
    m_attach->setText(tr("Attach Rule\u2026"));
    m_attach->setAccessibleName(tr("Attach a rule to %1").arg(m_info.title));
    connect(m_attach, &QToolButton::clicked, this, &TemplateFieldRow::attachRequested);
    m_newRule = new QToolButton(this);
    m_newRule->setText(tr("New Rule"));
    m_newRule->setAccessibleName(tr("New rule for %1").arg(m_info.title));
    m_newRule->setPopupMode(QToolButton::InstantPopup);
    m_newRuleMenu = new QMenu(m_newRule);
    m_newRuleMenu->setToolTipsVisible(true);
    const auto addKind = [this](RuleDetails::Kind kind, const QString &text) {
        QAction *action = m_newRuleMenu->addAction(text);
        action->setData(int(kind));
        connect(action, &QAction::triggered, this, [this, kind] { emit newRuleRequested(kind); });
        return action;
    };
    addKind(RuleDetails::Kind::Required, tr("&Required Rule"));
    addKind(RuleDetails::Kind::Hidden, tr("&Hidden Rule"));
    QAction *options = addKind(RuleDetails::Kind::FieldOptions, tr("&Options Rule"));
    options->setEnabled(m_info.canHaveOptionsRule);
    options->setToolTip(
        m_info.canHaveOptionsRule
            ? tr("Limit this field's options by another single-select field's value")
            : tr("Only a single-select field can have its options limited, and only by another "
                 "single-select field."));
    m_newRule->setMenu(m_newRuleMenu);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_newRule);
    grid->addLayout(buttons, 0, 2, Qt::AlignTop);
    setRuleLimitReason({});

    // Several rules of one kind on the field combine as docs/evaluation.md decides: say how, next
    // to the chips, so nobody expects the first one to win.
    std::map<RuleDetails::Kind, int> kinds;
    for (const RuleChipInfo &chipInfo : chips)
        ++kinds[chipInfo.kind];
    QStringList notes;
    if (const int n = kinds[RuleDetails::Kind::Required]; n > 1)
        notes << tr("%1 required rules: the field is required when any of them says required.").arg(n);
    if (const int n = kinds[RuleDetails::Kind::Hidden]; n > 1)
        notes << tr("%1 hidden rules: the field is hidden when any of them says hidden.").arg(n);
    if (const int n = kinds[RuleDetails::Kind::FieldOptions]; n > 1)
        notes << tr("%1 options rules: the field offers only the options that every one of them allows.")
                     .arg(n);
    m_combination = new QLabel(notes.join(QLatin1Char('\n')), this);
    m_combination->setWordWrap(true);
    m_combination->setAccessibleName(tr("How the rules of %1 combine").arg(m_info.title));
    keepTone(m_combination, Tone::Muted);
    m_combination->setVisible(!notes.isEmpty());
    grid->addWidget(m_combination, 1, 1, 1, 2);

    m_findings = makeFindingsLabel(this, tr("Findings about the rules of %1").arg(m_info.title));
    grid->addWidget(m_findings, 2, 0, 1, 3);
}

QAction *TemplateFieldRow::newRuleAction(RuleDetails::Kind kind) const
{
    for (QAction *action : m_newRuleMenu->actions())
        if (action->data().toInt() == int(kind))
            return action;
    return nullptr;
}

RuleChip *TemplateFieldRow::chip(const QString &caseRuleId) const
{
    for (RuleChip *chip : m_chips)
        if (chip->info().caseRuleId == caseRuleId)
            return chip;
    return nullptr;
}

void TemplateFieldRow::setFindings(const FindingLines &lines)
{
    showFindingLines(m_findings, lines);
}

void TemplateFieldRow::setRuleLimitReason(const QString &reason)
{
    m_attach->setEnabled(reason.isEmpty());
    m_newRule->setEnabled(reason.isEmpty());
    m_attach->setToolTip(reason.isEmpty() ? tr("Attach a rule of the project to %1").arg(m_info.title)
                                          : reason);
    m_newRule->setToolTip(reason.isEmpty() ? tr("Create a rule for %1 and attach it").arg(m_info.title)
                                           : reason);
}

void TemplateFieldRow::selectChip(const QString &caseRuleId)
{
    for (RuleChip *chip : m_chips)
        chip->setSelected(!caseRuleId.isEmpty() && chip->info().caseRuleId == caseRuleId);
}

} // namespace cw::ui
