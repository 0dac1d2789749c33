#pragma once
// Publish: carries out the plan through the Cases API, without ever silently overwriting a
// remote change and without creating anything twice.
//
//   1. An unfinished publish (a journal exists) is reconciled first: its confirmed steps are
//      applied to the files, and creations that were sent but never confirmed are looked up
//      remotely (by name and content) and adopted instead of being sent again.
//   2. The plan is computed from the files and the base.
//   3. Every entity the plan updates or deletes is read back from the service; one that changed
//      since the base is a conflict. Publish stops there (nothing written) unless the user chose
//      to take mine (overwrite) or theirs (accept the remote version into the files): for every
//      conflict at once (--take-mine / --take-theirs), or entity by entity against the remote
//      version shown to them (the designer) -- a remote version that changed again since it was
//      shown stops publish as an unchosen conflict would.
//   4. The steps run in order; each is journaled before and after its request, and its result
//      (new ids, rewritten "local:" references, the base) is saved at once.
//   5. A non-retryable error stops publish with the step, the entity and the service's message;
//      what succeeded stays recorded.
//   6. A creation whose answer was lost (a 5xx, a timeout, a dropped connection: the service may
//      or may not have created it, and the API has no client token) is not resent blindly: the
//      publish reconciles as in 1 -- adopting what the service did create -- and plans again,
//      at most kMaxUnclearCreations times before it stops and says so.

#include "client/cases_client.h"
#include "plan.h"
#include "project_io.h"
#include "publish_journal.h"
#include "pull_merge.h"

#include <QObject>
#include <functional>
#include <map>
#include <set>

namespace cw::project {

// A choice made for one conflict after seeing the remote version `theirs` (comparable form,
// null: deleted remotely).
struct ChosenConflict {
    std::string kind; // "rule" | "template"
    std::string id;
    Json theirs;
    Resolution resolution = Resolution::TakeMine;
};

// How publish settles the conflicts its remote check finds; a conflict without a choice stops it.
struct ConflictChoices {
    std::optional<Resolution> forAll; // --take-mine / --take-theirs: whatever the remote holds
    std::vector<ChosenConflict> perEntity;
};

struct PublishOptions {
    bool dryRun = false; // plan and conflict check only
    // Publish even when the project's tests (the samples' "expect") fail: PublishSession runs them
    // first and otherwise refuses, sending nothing.
    bool skipTests = false;
    ConflictChoices choices;
    // Test hook: "after-request:N" or "after-journal:N" ends the process (as kill -9 would) right
    // after the N-th step's request succeeded / its journal entry was written.
    std::string crashPoint;
};

struct RemoteConflict {
    std::string kind; // "rule" | "template"
    std::string slug;
    std::string id;
    std::string name;
    Json mine;   // the working file's comparable form (null: deleted locally)
    Json theirs; // the service's current form (null: deleted remotely)
    Json base;   // as last pulled
};

struct PublishReport {
    Plan plan;                             // what was (or, with dryRun, would be) done
    std::vector<std::string> completed;    // one line per step carried out
    std::vector<RemoteConflict> conflicts; // non-empty: publish stopped before writing
    std::vector<std::string> adopted;      // conflicts resolved for all at once, and reconciled creations
    // Entity choices: "rule “X”" labels of conflicts whose remote version changed again since the
    // choice was made (publish stopped), and of those kept as mine over a remote deletion
    // (published again as new).
    std::vector<std::string> changedAgain;
    std::vector<std::string> recreated;
    bool resumed = false; // an interrupted publish was picked up
};

// Settles one conflict the remote check found, as chosen. Mine records the remote version as the
// base mine replaces; over a remote deletion (conflict.theirs null) mine is published again as a
// new rule or template (a deleted-here one stays deleted). Theirs accepts the remote version into
// the files, removing them when it was deleted. `remoteRule` / `remoteTemplate`: the version read
// (null when gone). Returns true when mine became a new entity.
bool settleRemoteConflict(Project &project, const RemoteConflict &conflict, Resolution resolution,
                          const CaseRule *remoteRule, const CaseTemplate *remoteTemplate);

// A read that failed because the entity does not exist (the typed not-found of the Cases client):
// it was deleted remotely.
bool deletedRemotely(const Error &error);

using PublishProgress = std::function<void(int done, int total, const std::string &what)>;

class Publisher : public QObject {
    Q_OBJECT
public:
    Publisher(net::CasesClient &client, LoadedProject &project, PublishOptions options,
              QObject *parent = nullptr);

    // Runs asynchronously; `done` is called exactly once.
    void run(std::function<void(Result<PublishReport>)> done, PublishProgress progress = {});
    // The project's files were written (reconciled steps, settled conflicts, new ids, the base):
    // true even when publish failed later.
    bool wroteFiles() const { return m_wroteFiles; }

private:
    void reconcile();
    void reconcileRules(std::vector<std::size_t> started);
    void reconcileTemplates(std::vector<std::size_t> started);
    void finishReconcile();
    void planAndCheck();
    void checkRules(const std::vector<std::string> &ids);
    void checkTemplates(std::vector<std::string> ids);
    void resolveConflictsAndGo();
    void settle(const RemoteConflict &conflict, Resolution resolution);
    void startSteps();
    void runStep(std::size_t index);
    void stepSucceeded(std::size_t index, const std::string &id, const std::string &arn);
    void maybeCrash(const char *point, std::size_t stepNumber) const;
    void fail(const Error &error);
    void succeed();
    Status save();
    std::string describe(const JournalStep &step) const;

    net::CasesClient &m_client;
    LoadedProject &m_loaded;
    PublishOptions m_options;
    std::function<void(Result<PublishReport>)> m_done;
    PublishProgress m_progress;
    PublishReport m_report;
    Journal m_journal;
    std::map<std::string, CaseRule> m_remoteRules;         // read back for the conflict check
    std::map<std::string, CaseTemplate> m_remoteTemplates; // ditto
    std::set<std::string> m_remoteMissing;                 // ids the service no longer has
    int m_pending = 0;
    int m_unclearCreations = 0; // creations whose outcome was unclear in this run (6.)
    bool m_failed = false;
    bool m_wroteFiles = false;
};

} // namespace cw::project
