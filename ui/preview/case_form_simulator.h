#pragma once
// The selected sample case as an agent would see it on the template: one row per field with a
// label, an editor and why it looks as it does. Required fields carry a red asterisk, hidden ones
// are greyed (or left out: a toggle), and a single-select offers only the options the rules allow,
// in the order the agent sees them. Editing a value here emits valueEdited(); the preview writes
// it into the sample and shows the case again, so the form follows every keystroke. Each row's
// "Expect" button (and the label's context menu) pins or forgets that one field's outcome.

#include "evaluator/case_outcome.h"
#include "model/domain_snapshot.h"
#include "model/sample_case.h"

#include <QStringList>
#include <QWidget>
#include <map>
#include <optional>
#include <set>

class QAction;
class QCheckBox;
class QGridLayout;
class QLabel;
class QMenu;
class QToolButton;

namespace cw::ui {

class CaseFormSimulator : public QWidget {
    Q_OBJECT
public:
    explicit CaseFormSimulator(QWidget *parent = nullptr);

    // The fields to show, in order; names, types and options come from `snapshot`, which must
    // outlive the next setForm(). Rebuilds the rows only when the field list changes.
    void setForm(const DomainSnapshot *snapshot, const std::vector<std::string> &fieldIds);
    // The case, and the evaluator's outcome for it (with explanations); nullptr shows no case.
    void showCase(const SampleCase *sampleCase, const CaseOutcome *outcome, const QString &heading);
    void setShowHiddenFields(bool show);
    // The case's failing expectations (its "expect" the rules do not meet), per field id: one
    // line each, "expected …, the rules give …", shown in red beside the field. Set before
    // showCase(); empty clears them.
    void setExpectationFailures(std::map<std::string, QStringList> failures);
    // The fields the case has expectations of (their "Expect" button says "Expected"). Set before
    // showCase().
    void setExpectedFields(std::set<std::string> fieldIds);
    bool showsHiddenFields() const { return m_showHidden; }

    QCheckBox *showHiddenToggle() const { return m_showHiddenToggle; }
    QLabel *headingLabel() const { return m_heading; }
    QLabel *labelFor(const std::string &fieldId) const;
    QWidget *editorFor(const std::string &fieldId) const;
    QLabel *whyFor(const std::string &fieldId) const;
    // The red note of a failing expectation; hidden when the field's expectations hold.
    QLabel *expectationFor(const std::string &fieldId) const;
    // The row's "Expect" button and the actions of its menu (also the label's context menu).
    QToolButton *expectButtonFor(const std::string &fieldId) const;
    QAction *expectFieldActionFor(const std::string &fieldId) const;
    QAction *forgetFieldActionFor(const std::string &fieldId) const;
    bool isMarkedExpected(const std::string &fieldId) const;
    bool isMarkedRequired(const std::string &fieldId) const;
    bool isMarkedHidden(const std::string &fieldId) const;
    bool isRowShown(const std::string &fieldId) const;
    // A single-select's offered option values, in the order listed ("(empty)" and a current value
    // that is not offered left out).
    QStringList offeredOptions(const std::string &fieldId) const;

signals:
    // nullopt: the field was cleared (absent). `typing`: one keystroke of text being typed.
    void valueEdited(const QString &fieldId, const std::optional<cw::Value> &value, bool typing);
    // "Expect this field's outcome" / "Forget this field's expectation" on a row.
    void expectFieldRequested(const QString &fieldId);
    void forgetFieldRequested(const QString &fieldId);

private:
    struct Row {
        std::string fieldId;
        FieldType type = FieldType::Text;
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QLabel *why = nullptr;
        QLabel *expectation = nullptr;
        QToolButton *expect = nullptr;
        QAction *expectField = nullptr;
        QAction *forgetField = nullptr;
        bool required = false;
        bool hidden = false;
    };

    void rebuildRows();
    QWidget *makeEditor(Row &row);
    QToolButton *makeExpectButton(Row &row);
    void showRow(Row &row, const Value *value, const FieldOutcome *outcome);
    void fillChoices(Row &row, const Value *value, const FieldOutcome *outcome);
    void applyVisibility(Row &row);
    const Row *findRow(const std::string &fieldId) const;

    const DomainSnapshot *m_snapshot = nullptr;
    std::vector<std::string> m_fieldIds;
    std::vector<Row> m_rows;
    std::map<std::string, QStringList> m_expectationFailures;
    std::set<std::string> m_expectedFields;
    bool m_showHidden = true;
    QLabel *m_heading = nullptr;
    QLabel *m_placeholder = nullptr;
    QCheckBox *m_showHiddenToggle = nullptr;
    QWidget *m_rowsWidget = nullptr;
    QGridLayout *m_grid = nullptr;
};

} // namespace cw::ui
