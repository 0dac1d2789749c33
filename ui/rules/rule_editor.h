#pragma once
// The editor of one rule: name and description, the conditions (ConditionBuilder), the default
// value, for hidden rules the "Show when… / Hide when…" reading, a live plain-language summary,
// and the validator's and lint's findings next to the element each concerns. While the rule is
// edited, a note says live which of the samples' expected outcomes the rule now breaks, with a
// link to them in the preview. Field-options rules
// get their name, description and summary here; their mappings belong to the options editor.

#include "editing/hidden_reading.h"
#include "evaluator/expectation_check.h"
#include "rules/rule_finding_map.h"

#include <QStringList>
#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace cw::ui {
using editing::HiddenReading;

class ConditionBuilder;
class ProjectDocument;

class RuleEditor : public QWidget {
    Q_OBJECT
public:
    explicit RuleEditor(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    // Shows the rule in rules/<slug>.json; an unknown or empty slug shows nothing.
    void showRule(const QString &slug);
    QString ruleSlug() const { return m_slug; }
    void setReading(HiddenReading reading);
    HiddenReading reading() const { return m_reading; }
    // Every failing expectation of the samples (as the preview last checked them); the note shows
    // those this rule decides (editing/rule_expectations.h).
    void setExpectationFailures(std::vector<ExpectationFailure> failures);

    ConditionBuilder *conditionBuilder() const { return m_builder; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QRadioButton *showReadingButton() const { return m_showReading; }
    QRadioButton *hideReadingButton() const { return m_hideReading; }
    QComboBox *defaultCombo() const { return m_default; }
    QLabel *headingLabel() const { return m_heading; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *countLabel() const { return m_count; }
    QLabel *nameFindingsLabel() const { return m_nameFindings; }
    QLabel *conditionsFindingsLabel() const { return m_conditionsFindings; }
    QLabel *otherFindingsLabel() const { return m_otherFindings; }
    // "This rule breaks 1 expectation: …  Show them in the preview"; hidden when none fails.
    QLabel *expectationsNote() const { return m_expectationsNote; }

signals:
    // The rule shown was removed (deleted, or its addition undone).
    void ruleGone();
    // The note's link: show these cases (ids, the first to be selected) and their failures.
    void failingCasesRequested(const QStringList &caseIds);

protected:
    // A palette change (the system went dark or light) restyles what carries a tone colour.
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshFindings();
    void refreshExpectationsNote();
    void fillDefaultChoices();
    void rename(const QString &name);
    void describe(const QString &description);
    void chooseDefault(int row);

    ProjectDocument *m_document = nullptr;
    QString m_slug;
    HiddenReading m_reading = HiddenReading::ShowWhen;
    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameFindings = nullptr;
    QLineEdit *m_description = nullptr;
    QLabel *m_descriptionFindings = nullptr;
    QLabel *m_usedBy = nullptr;
    QWidget *m_readingRow = nullptr;
    QRadioButton *m_showReading = nullptr;
    QRadioButton *m_hideReading = nullptr;
    QWidget *m_conditionsSection = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_conditionsFindings = nullptr;
    ConditionBuilder *m_builder = nullptr;
    QComboBox *m_default = nullptr;
    QLabel *m_defaultFindings = nullptr;
    QLabel *m_otherKindNote = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_otherFindings = nullptr;
    QLabel *m_expectationsNote = nullptr;
    std::vector<ExpectationFailure> m_expectationFailures;
    QStringList m_failingCaseIds; // of the rule shown, in the failures' order, each once
};

} // namespace cw::ui
