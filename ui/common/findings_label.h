#pragma once
// A label that shows validation and lint findings next to the element they concern: words first
// ("Error: ... [code]"), coloured only as a second hint, hidden when there is nothing to say.

#include "rules/rule_finding_map.h"

class QLabel;
class QString;
class QWidget;

namespace cw::ui {

QLabel *makeFindingsLabel(QWidget *parent, const QString &accessibleName);
void showFindingLines(QLabel *label, const FindingLines &lines);

} // namespace cw::ui
