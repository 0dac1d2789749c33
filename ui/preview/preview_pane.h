#pragma once
// The preview: the project's sample cases in a table, the selected case as the agent's form
// (CaseFormSimulator) with why each field looks as it does, and a chart of how often each field
// of the chosen template is required or hidden across the listed cases. It follows the
// document: every rule or template change recompiles the template and re-runs the cases.
//
// Sample edits are the document's: undo steps on its undo stack, saved with the project.

#include "common/result.h"
#include "evaluator/compiled_template.h"
#include "evaluator/expectation_check.h"

#include <QWidget>
#include <map>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QToolBar;

namespace cw::ui {

class CaseFormSimulator;
class FieldShareCalculator;
class FieldShareChart;
class ProjectDocument;
class SampleCasesFilter;
class SampleCasesModel;

class PreviewPane : public QWidget {
    Q_OBJECT
public:
    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    // The document to preview, or nullptr; its sample cases are the ones listed and edited.
    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const { return m_document; }

    // Picks the template whose rules run, whose fields are the columns and whose cases are listed
    // (a template id as in the working snapshot: its templateId or "local:<slug>"). False when the
    // project has no such template.
    bool showTemplate(const QString &templateId);
    QString templateId() const;
    // Selects a case (a row of model()); -1 clears the selection.
    void selectCase(int modelRow);
    int selectedCase() const; // a row of model(), or -1

    // Imports a .json ({"cases": [...]}) or .csv file (format: sample_import.h) into a new
    // samples/ file named after it; returns how many cases were added.
    Result<int> importFile(const QString &path);
    // Adds generated cases (case_generator.h) for the chosen template to samples/generated.json.
    int generateCases();

    SampleCasesModel *model() const { return m_model; }
    SampleCasesFilter *filter() const { return m_filter; }
    QComboBox *templateCombo() const { return m_templateCombo; }
    QCheckBox *onlyTemplateCasesCheck() const { return m_onlyTemplate; }
    QTableView *casesView() const { return m_table; }
    CaseFormSimulator *simulator() const { return m_simulator; }
    FieldShareChart *chart() const { return m_chart; }
    FieldShareCalculator *shareCalculator() const { return m_calculator; }
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *addCaseAction() const { return m_addCase; }
    QAction *duplicateCaseAction() const { return m_duplicateCase; }
    QAction *deleteCasesAction() const { return m_deleteCases; }
    QAction *clearValueAction() const { return m_clearValue; }
    QAction *emptyValueAction() const { return m_emptyValue; }
    QAction *importAction() const { return m_import; }
    QAction *generateAction() const { return m_generate; }
    // "Expect this outcome": the selected case's "expect" becomes what the form shows (every
    // field of its template); "Forget expectations" removes it. Undo steps like any sample edit.
    QAction *expectOutcomeAction() const { return m_expectOutcome; }
    QAction *forgetExpectationsAction() const { return m_forgetExpectations; }
    void expectOutcome();
    void forgetExpectations();
    // The same for one field of the selected case (the form's per-field "Expect" menu).
    void expectFieldOutcome(const std::string &fieldId);
    void forgetFieldExpectation(const std::string &fieldId);
    // The project's tests as the preview last checked them (all samples with "expect").
    QLabel *expectationsLabel() const { return m_expectationsLabel; }
    int failingExpectations() const { return m_failingExpectations; }
    const std::vector<ExpectationFailure> &expectationFailures() const { return m_failures; }
    // "Only cases whose expectations fail": the table lists the failing cases only.
    QCheckBox *onlyFailingCasesCheck() const { return m_onlyFailing; }
    // Where a "breaks N expectations" link leads: the failing cases listed (the filter above on),
    // on the template of the first of `caseIds` (or of the first failing case), which is selected.
    void showFailingCases(const QStringList &caseIds = {});

signals:
    // After a rule or template edit changed how many expectations fail: "This edit breaks 2
    // expectations" (for the status bar); an empty text when nothing changed.
    void expectationsMessage(const QString &text);
    // After every check of the expectations (expectationFailures() holds the result).
    void expectationsChecked();

protected:
    // A palette change (the system went dark or light) restyles what carries a tone colour.
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void onDocumentChanged();
    void fillTemplateCombo();
    void onTemplatePicked();
    void refreshCase();
    void refreshChart();
    void updateActions();
    // Re-checks every sample's expectations; `afterEdit`: a rule or template changed.
    void refreshExpectations(bool afterEdit);
    void applyFailingFilter();
    // The selected case's template as the preview shows it (its own, else the chosen one).
    std::string shownTemplateId(const SampleCase &sampleCase) const;
    std::shared_ptr<const CompiledTemplate> compiled(const std::string &templateId);
    // The listed cases, interned once (CaseTable) and kept until the cases or the template filter
    // change: a rule edit re-runs them all without hashing a single value again.
    std::shared_ptr<const CaseTable> listedCases();
    std::string pickedTemplateId() const;
    QList<int> selectedRows() const;
    void setCurrentCellValue(const std::optional<Value> &value);
    void chooseImportFile();
    void reportStatus(const Status &status, const QString &title);

    ProjectDocument *m_document = nullptr;
    QList<QMetaObject::Connection> m_documentConnections;
    std::map<std::string, std::shared_ptr<const CompiledTemplate>> m_compiled; // cleared on every change
    std::shared_ptr<const CaseTable> m_listed;
    std::uint64_t m_casesGeneration = 0; // bumped whenever the model's cases change
    std::uint64_t m_listedGeneration = ~std::uint64_t{0};
    QString m_listedFilter;
    SampleCasesModel *m_model = nullptr;
    SampleCasesFilter *m_filter = nullptr;
    FieldShareCalculator *m_calculator = nullptr;
    QComboBox *m_templateCombo = nullptr;
    QCheckBox *m_onlyTemplate = nullptr;
    QCheckBox *m_onlyFailing = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    CaseFormSimulator *m_simulator = nullptr;
    FieldShareChart *m_chart = nullptr;
    QAction *m_addCase = nullptr;
    QAction *m_duplicateCase = nullptr;
    QAction *m_deleteCases = nullptr;
    QAction *m_clearValue = nullptr;
    QAction *m_emptyValue = nullptr;
    QAction *m_import = nullptr;
    QAction *m_generate = nullptr;
    QAction *m_expectOutcome = nullptr;
    QAction *m_forgetExpectations = nullptr;
    QLabel *m_expectationsLabel = nullptr;
    int m_failingExpectations = 0;
    std::vector<ExpectationFailure> m_failures;
};

} // namespace cw::ui
