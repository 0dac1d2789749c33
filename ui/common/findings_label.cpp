#include "common/findings_label.h"

#include "common/tone_colors.h"

#include <QLabel>

namespace cw::ui {

QLabel *makeFindingsLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    // Expanding, so a form layout gives it the field column's whole width to wrap in.
    // (The word-wrapped label's height-for-width flag stays set.)
    QSizePolicy policy = label->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Expanding);
    label->setSizePolicy(policy);
    label->hide();
    return label;
}

void showFindingLines(QLabel *label, const FindingLines &lines)
{
    label->setText(lines.lines.join(QLatin1Char('\n')));
    label->setVisible(!lines.isEmpty());
    label->setStyleSheet(lines.isEmpty() ? QString()
                                         : toneStyleSheet(lines.hasError ? Tone::Error : Tone::Warning));
}

} // namespace cw::ui
