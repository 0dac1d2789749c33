#pragma once
// "Publish…": the plan (what will be created, updated, deleted), the conflicts with changes made
// remotely since the last pull -- each settled on its own, mine or theirs, after comparing mine,
// theirs and base side by side -- then the publish itself with progress and cancel, and what was
// done or the precise error. The dialog only presents: the plan, the choices and the publish are
// a project::PublishSession's, exactly as casewright-cli publish runs one. It is opened on the
// document's project (saved first), and announces when publish wrote the files (settled
// conflicts, new ids, the new base) so the document adopts that state -- nothing is read again.
// Before Publish can be pressed it shows whom the connection publishes as (sts:GetCallerIdentity,
// asked off the GUI thread), so an admin cannot publish to the wrong account by accident.

#include "client/caller_identity.h"
#include "project/project_io.h"
#include "project/publish_rehearsal.h"
#include "project/publish_session.h"
#include "sync/connection_form.h"

#include <QDialog>
#include <QTimer>
#include <memory>
#include <optional>

class QButtonGroup;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace cw::ui {

class SideBySideView;

class PublishDialog : public QDialog {
    Q_OBJECT
public:
    explicit PublishDialog(QWidget *parent = nullptr);
    ~PublishDialog() override;

    // Shows the project's plan and the conflicts a pull left (no network yet). `project` is the
    // document's, as saved (its DiskState is what the files were written with).
    void openProject(project::LoadedProject project);
    // The same for a folder that is not open in the designer: reads it first.
    Status openProject(const QString &directory);
    QString directory() const;
    // The project as publish left it: adopt it after projectWritten().
    const project::LoadedProject *project() const;

    // A dry run: the plan, and every entity the plan changes that someone changed remotely. While
    // the identity check runs it waits for it (and signs with the credentials it fetched).
    void checkConflicts();
    // Settles the conflicts as chosen, then publishes. Every conflict needs a choice.
    void publish();
    // Publishes to a local practice copy of the last pulled state instead (project/publish_rehearsal.h):
    // the same steps, a report in resultView(), nothing sent to the service, the project unchanged.
    void rehearse();
    // Cancels the requests in flight; publish stops with the step it was on (run it again to finish).
    void cancel();
    bool isRunning() const { return m_stage != Stage::Idle; }

    const std::optional<project::Plan> &plan() const { return m_plan; }
    const std::vector<project::ConflictEntry> &conflicts() const;
    // As clicking the conflict's "mine" or "theirs" button.
    void chooseResolution(int conflict, project::Resolution resolution);
    void showConflict(int conflict);
    bool allConflictsChosen() const;

    // Asks STS whom the connection acts as (identityLabel() shows it; Publish waits for the
    // answer, or for the failure, which is shown too). Run on its own when the connection changes.
    void checkIdentity();
    bool isCheckingIdentity() const { return m_identityPending; }

    ConnectionForm *connectionForm() const { return m_connection; }
    QLabel *identityLabel() const { return m_identity; }
    QTreeWidget *planTree() const { return m_planTree; }
    QLabel *planMessage() const { return m_planMessage; }
    // The samples' tests (their "expect") on the project as planned: publish is refused while
    // one fails, as casewright-cli publish refuses.
    QLabel *testsLabel() const { return m_testsLabel; }
    bool testsPass() const { return m_testsPass; }
    QGroupBox *conflictsBox() const { return m_conflictsBox; }
    QTableWidget *conflictTable() const { return m_conflictTable; }
    SideBySideView *sideBySide() const { return m_sideBySide; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *rehearseButton() const { return m_rehearse; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QPlainTextEdit *resultView() const { return m_result; }

signals:
    // After a dry run (or a publish that stopped at new conflicts): how many need a choice.
    void conflictsChecked(int count);
    // The identity check ended: shown in identityLabel(), ok or not.
    void identityChecked(bool ok);
    void publishFinished(bool ok);
    void rehearsalFinished(bool ok);
    // Publish wrote the project's files (resolutions, new ids, the base): project() holds what
    // was written, for the document to adopt.
    void projectWritten();

private:
    enum class Stage { Idle, Checking, Publishing, Rehearsing };

    void refreshPlan();
    void refreshTests();
    void fillConflicts();
    void updateButtons();
    void setStage(Stage stage);
    bool startClient();
    void releaseClient();
    void publishDone(Result<project::PublishReport> result);
    void showStatus(const QString &text, bool error = false);
    void connectionChanged();
    void identityDone(Result<net::CallerIdentity> identity);
    void setIdentityPending(bool pending);

    QString m_directory;
    bool m_hasJournal = false;
    QString m_blocker; // why publish would refuse (project/publish_readiness.h); empty when it would not
    std::optional<project::Plan> m_plan;
    Stage m_stage = Stage::Idle;
    std::unique_ptr<project::PublishSession> m_session;
    std::unique_ptr<project::PublishRehearsal> m_rehearsal;
    // Declared after the session: destroyed first, so no late callback sees a dead session.
    std::unique_ptr<net::CasesClient> m_client;
    // The connection the identity was asked for: publish signs with the same credentials provider,
    // so an MFA code typed for the identity check is not asked for again.
    std::optional<net::ResolvedConnection> m_resolved;
    net::CallerIdentityLookup m_identityLookup;
    QTimer m_identityDelay; // one check for a burst of connection changes
    bool m_identityPending = false;
    // "Check for conflicts" was clicked while the identity check ran: it runs when that ends. The
    // check's credentials resolution may be waiting for the MFA dialog on the GUI thread; signing
    // here meanwhile would block the GUI thread on it, and neither could go on.
    bool m_checkAfterIdentity = false;
    QLabel *m_identity = nullptr;

    ConnectionForm *m_connection = nullptr;
    QLabel *m_projectLabel = nullptr;
    QTreeWidget *m_planTree = nullptr;
    QLabel *m_planMessage = nullptr;
    QLabel *m_testsLabel = nullptr;
    bool m_testsPass = true;
    QGroupBox *m_conflictsBox = nullptr;
    QTableWidget *m_conflictTable = nullptr;
    QList<QButtonGroup *> m_choiceGroups;
    SideBySideView *m_sideBySide = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_cancel = nullptr;
    QPlainTextEdit *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_rehearse = nullptr;
};

} // namespace cw::ui
