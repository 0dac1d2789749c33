#pragma once
// "Pull…": fetch a whole domain into a project folder -- a new one, or an existing project whose
// local edits are merged (a project::PullSession, as `casewright-cli pull` runs one). Shows progress from
// the pull's counts, can be cancelled, and ends with the merge report.

#include "project/pull_session.h"
#include "sync/connection_form.h"
#include "sync/run_progress_widgets.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace cw::ui {

class PullDialog : public QDialog {
    Q_OBJECT
public:
    explicit PullDialog(QWidget *parent = nullptr);
    ~PullDialog() override;

    // The folder to pull into. An existing project's stored connection names and domain are
    // filled in (its domain cannot change).
    void setFolder(const QString &folder);
    QString folder() const;

    void startPull();
    // Cancels every request in flight; the pull ends with api.cancelled and writes nothing.
    void cancelPull();
    bool isRunning() const { return m_client != nullptr; }
    const std::optional<project::PullResult> &result() const { return m_result; }

    ConnectionForm *connectionForm() const { return m_connection; }
    QLineEdit *folderEdit() const { return m_folder; }
    QPushButton *pullButton() const { return m_run.start; }
    QPushButton *cancelButton() const { return m_run.cancel; }
    QPushButton *openButton() const { return m_open; }
    QProgressBar *progressBar() const { return m_run.progress; }
    QLabel *progressLabel() const { return m_run.progressLabel; }
    QPlainTextEdit *reportView() const { return m_run.report; }

    // The report's text for a finished pull (also shown in reportView()).
    static QString reportText(const QString &folder, const project::PullResult &result);

signals:
    void pullFinished(bool ok);
    // The user wants the pulled project opened ("Open project").
    void openProjectRequested(const QString &directory);

private:
    void chooseFolder();
    void showProgress(const net::PullProgress &progress);
    void finished(Result<project::PullResult> result);
    void setRunning(bool running);

    project::PullSession m_session;
    std::unique_ptr<net::CasesClient> m_client; // only while pulling
    std::optional<project::PullResult> m_result;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    ConnectionForm *m_connection = nullptr;
    RunProgressWidgets m_run; // progress, cancel, report, Close and Pull
    QPushButton *m_open = nullptr;
};

} // namespace cw::ui
