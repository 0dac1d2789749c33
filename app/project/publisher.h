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
//      to take mine (overwrite) or theirs (accept the remote version into the files).
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

#include <QObject>
#include <functional>
#include <map>
#include <set>

namespace cw::project {

enum class ConflictChoice { Stop, TakeMine, TakeTheirs };

struct PublishOptions {
    bool dryRun = false; // plan and conflict check only
    ConflictChoice onConflict = ConflictChoice::Stop;
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
    std::vector<std::string> adopted;      // conflicts resolved as "theirs", and reconciled creations
    bool resumed = false;                  // an interrupted publish was picked up
};

using PublishProgress = std::function<void(int done, int total, const std::string &what)>;

class Publisher : public QObject {
    Q_OBJECT
public:
    Publisher(net::CasesClient &client, LoadedProject &project, PublishOptions options,
              QObject *parent = nullptr);

    // Runs asynchronously; `done` is called exactly once.
    void run(std::function<void(Result<PublishReport>)> done, PublishProgress progress = {});

private:
    void reconcile();
    void reconcileRules(std::vector<std::size_t> started);
    void reconcileTemplates(std::vector<std::size_t> started);
    void finishReconcile();
    void planAndCheck();
    void checkRules(const std::vector<std::string> &ids);
    void checkTemplates(std::vector<std::string> ids);
    void resolveConflictsAndGo();
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
};

} // namespace cw::project
