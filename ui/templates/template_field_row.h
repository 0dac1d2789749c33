#pragma once
// One field of a template in the template editor: its name and type, "always required" when it is
// one of the template's required fields, the rules attached to it as chips, the buttons that attach
// an existing rule or create a new one, and the findings about its attachments.

#include "templates/rule_chip.h"

#include <QFrame>
#include <QList>

class QGridLayout;
class QLabel;
class QMenu;
class QToolButton;

namespace cw::ui {

struct FindingLines;

struct FieldRowInfo {
    QString fieldId;
    QString title; // the field's name, or its id when the project does not know it
    QString type;  // "SingleSelect"; empty when unknown
    bool alwaysRequired = false;
    bool canHaveOptionsRule = false; // a single-select field with another single-select to depend on
};

class TemplateFieldRow : public QFrame {
    Q_OBJECT
public:
    TemplateFieldRow(const FieldRowInfo &info, const QList<RuleChipInfo> &chips, QWidget *parent = nullptr);

    QString fieldId() const { return m_info.fieldId; }
    QLabel *titleLabel() const { return m_title; }
    QToolButton *attachButton() const { return m_attach; }
    QToolButton *newRuleButton() const { return m_newRule; }
    // The "New Rule" menu's action for `kind` (Required, Hidden, FieldOptions).
    QAction *newRuleAction(RuleDetails::Kind kind) const;
    QList<RuleChip *> chips() const { return m_chips; }
    RuleChip *chip(const QString &caseRuleId) const;
    QLabel *findingsLabel() const { return m_findings; }
    // How several rules of one kind on this field combine; hidden when no kind has two.
    QLabel *combinationLabel() const { return m_combination; }

    void setFindings(const FindingLines &lines);
    // At the template's rule limit: attaching and creating are refused, the tooltip says why.
    void setRuleLimitReason(const QString &reason);
    void selectChip(const QString &caseRuleId); // empty: none

signals:
    void attachRequested();
    void newRuleRequested(cw::RuleDetails::Kind kind);
    void chipSelected(const QString &caseRuleId);
    void detachRequested(const QString &caseRuleId);
    void openRequested(const QString &slug);

private:
    FieldRowInfo m_info;
    QLabel *m_title = nullptr;
    QToolButton *m_attach = nullptr;
    QToolButton *m_newRule = nullptr;
    QMenu *m_newRuleMenu = nullptr;
    QList<RuleChip *> m_chips;
    QLabel *m_combination = nullptr;
    QLabel *m_findings = nullptr;
};

} // namespace cw::ui
