#pragma once
// A rule attached to a template field, drawn as a chip: a letter for its kind (R required,
// H hidden, O options, ? unknown), its name, and a button that detaches it. The tooltip gives the
// rule's plain-language summary and where else it is used. Clicking the name selects the chip
// (the editor shows the rule's details); double-clicking or "Open Rule" asks to open the rule.

#include "model/case_rule.h"

#include <QFrame>
#include <QStringList>

class QLabel;
class QToolButton;

namespace cw::ui {

struct RuleChipInfo {
    QString caseRuleId; // as the template refers to it (an id, or "local:<slug>")
    QString slug;       // the rule's file; empty when the project holds no such rule
    QString name;
    RuleDetails::Kind kind = RuleDetails::Kind::Unknown;
    QString summary;
    QStringList alsoUsedBy; // "Template › Field"
    bool hasErrors = false; // the rule itself has validation errors
};

class RuleChip : public QFrame {
    Q_OBJECT
public:
    explicit RuleChip(RuleChipInfo info, QWidget *parent = nullptr);

    static QString kindLetter(RuleDetails::Kind kind);
    static QString kindName(RuleDetails::Kind kind); // "Required rule", ...

    const RuleChipInfo &info() const { return m_info; }
    QLabel *badge() const { return m_badge; }
    QToolButton *nameButton() const { return m_name; }
    QToolButton *detachButton() const { return m_detach; }
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

signals:
    void selected();
    void detachRequested();
    void openRequested();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateStyle();

    RuleChipInfo m_info;
    QLabel *m_badge = nullptr;
    QToolButton *m_name = nullptr;
    QToolButton *m_detach = nullptr;
    bool m_selected = false;
};

} // namespace cw::ui
