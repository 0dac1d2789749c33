#pragma once
// "Import cases from the service…": the domain's own recent cases as sample cases, exactly as
// casewright-cli pull-cases reads them (project::CasePullSession) -- the project's connection,
// one template or all, the newest N, those created since a day, an optional filter file --
// with progress and cancel. The cases are announced as samples/pulled-<date>.json (the name
// pull-cases would write) for the document to add -- an undoable edit, saved at once, so the preview
// shows them and the file is what pull-cases writes; a cancelled or failed import changes nothing.

#include "project/project_io.h"
#include "project/pull_cases.h"
#include "sync/connection_form.h"
#include "sync/run_progress_widgets.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace cw::ui {

class ImportCasesDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportCasesDialog(QWidget *parent = nullptr);
    ~ImportCasesDialog() override;

    // The project the cases go into (the document's): its connection and templates.
    void openProject(const project::LoadedProject &project);

    void startImport();
    void cancelImport();
    bool isRunning() const { return m_session.isRunning(); }
    // What the last import read, when it succeeded.
    const std::optional<project::SampleFile> &imported() const { return m_imported; }

    ConnectionForm *connectionForm() const { return m_connection; }
    QComboBox *templateCombo() const { return m_template; }
    QCheckBox *limitCheck() const { return m_limit; }
    QSpinBox *maxSpin() const { return m_max; }
    QCheckBox *sinceCheck() const { return m_sinceCheck; }
    QDateEdit *sinceEdit() const { return m_since; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *importButton() const { return m_run.start; }
    QPushButton *cancelButton() const { return m_run.cancel; }
    QProgressBar *progressBar() const { return m_run.progress; }
    QLabel *progressLabel() const { return m_run.progressLabel; }
    QPlainTextEdit *report() const { return m_run.report; }

signals:
    // The cases and the samples file they belong in; the document adds them.
    void casesImported(const cw::project::SampleFile &file);
    void importFinished(bool ok);

private:
    void setRunning(bool running);
    void chooseFilterFile();
    void showProgress(const project::CasePullProgress &progress);
    void finished(Result<project::CasePullResult> result);
    Result<project::CasePullPlan> planFromForm() const;

    std::optional<project::LoadedProject> m_project;
    std::optional<project::SampleFile> m_imported;
    project::CasePullSession m_session;
    std::unique_ptr<net::CasesClient> m_client;

    ConnectionForm *m_connection = nullptr;
    QComboBox *m_template = nullptr;
    QCheckBox *m_limit = nullptr;
    QSpinBox *m_max = nullptr;
    QCheckBox *m_sinceCheck = nullptr;
    QDateEdit *m_since = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_browseFilter = nullptr;
    RunProgressWidgets m_run; // progress, cancel, report, Close and Import
};

} // namespace cw::ui
