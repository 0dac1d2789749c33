#pragma once
// One publish, as every front end runs it: `casewright-cli publish` and the designer's Publish
// dialog both open a session on a project they hold in memory, and only present what it says.
//
//   open       the project (and the DiskState its files were read or saved with); the conflicts a
//              pull left are listed at once
//   plan       what publish would do, with the pull conflicts settled as chosen so far (mine
//              where nothing is chosen yet)
//   check      a dry run: reads back what the plan changes; every entity someone changed remotely
//              since the last pull is a conflict to choose for
//   choose     mine or theirs per conflict (pull-left or publish-found), or one choice for all
//   tests      the samples' expectations (project_tests.h) on the project as it would be
//              published; publish runs them first and refuses, sending nothing, when one fails
//   publish    settles the choices and runs the plan through Publisher (journaled, resumable,
//              with progress and cancel); the session's project then holds what was written
//
// The caller owns the project it opened the session with; the session works on its own copy and
// hands it back through project() once files were written, for the caller to adopt.

#include "evaluator/expectation_check.h"
#include "publisher.h"
#include "pull_merge.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace cw::project {

struct ConflictEntry {
    enum class Origin { Pull, Publish };
    Origin origin = Origin::Publish;
    std::string kind; // "rule" | "template"
    std::string slug;
    std::string id;
    std::string name;
    Json mine; // comparable forms (plan.h); null: deleted on that side
    Json theirs;
    Json base;
    bool hasBase = true; // a pull conflict's base is already theirs: nothing to show
    std::optional<Resolution> choice;
};

// The conflicts a pull left in `project`, and one publish found, as entries to choose for.
std::vector<ConflictEntry> pullConflictEntries(const Project &project);
ConflictEntry publishConflictEntry(const RemoteConflict &conflict);

// resolveConflict for every pull entry with a choice (one without stays a conflict: plan refuses
// to publish it).
Status applyPullChoices(Project &project, const std::vector<ConflictEntry> &entries);
// A copy of `project` with the pull conflicts resolved as chosen (mine where nothing is chosen
// yet), for planning and the dry run before anything is decided.
Project withPullChoices(Project project, const std::vector<ConflictEntry> &entries);
// The publish entries' choices as the publisher takes them (entries without a choice are left
// out: publish stops at them).
ConflictChoices publishChoices(const std::vector<ConflictEntry> &entries);
// The publish conflicts found now replace the earlier ones; a choice made before stays when the
// conflict is still the same (mine and theirs unchanged). Pull entries are kept.
void mergePublishConflicts(std::vector<ConflictEntry> &entries, const std::vector<RemoteConflict> &found);

class PublishSession : public QObject {
    Q_OBJECT
public:
    explicit PublishSession(LoadedProject project, QObject *parent = nullptr);
    ~PublishSession() override;

    // The project as the session holds it: as opened, plus whatever publish wrote.
    const LoadedProject &project() const { return m_loaded; }
    // An earlier publish was interrupted (a journal exists): publish finishes it first.
    bool interrupted() const { return m_interrupted; }

    Result<Plan> plan() const;
    // The tests on the project as plan() sees it (the pull conflicts settled as chosen so far).
    Result<ExpectationResults> tests() const;
    // What the last publish() found when it ran the tests (nullopt: it did not run them); when
    // they failed, publish ended with publish.tests-failed and sent nothing.
    const std::optional<Result<ExpectationResults>> &lastTests() const { return m_lastTests; }

    const std::vector<ConflictEntry> &conflicts() const { return m_conflicts; }
    void choose(std::size_t conflict, Resolution resolution);
    // The same choice for every conflict, those listed now and those publish finds
    // (--take-mine / --take-theirs).
    void chooseForAll(Resolution resolution);
    bool allChosen() const;

    // Resolves the pull conflicts as chosen and, with `save`, writes the files. publish() does
    // this itself; the CLI does it before connecting, as it always has.
    Status settlePullConflicts(bool save);

    // The dry run: plans as if the pull conflicts were settled as chosen so far, reads what the
    // plan changes, and lists the conflicts found (keeping choices still valid). Writes nothing.
    void check(net::CasesClient &client, std::function<void(Result<PublishReport>)> done);

    // Publishes: the tests (unless options.skipTests or dryRun: a failing or unrunnable test ends
    // it with publish.tests-failed / publish.tests-error before anything is sent), pull choices,
    // then the remote check with the conflict choices, then the plan.
    // With options.dryRun nothing is written (the CLI's --dry-run). A conflict without a choice,
    // or whose remote version changed since it was chosen, stops publish before anything is sent:
    // the report lists the conflicts, which replace the session's publish conflicts. When publish
    // stops without writing, the pull choices are not written either.
    void publish(net::CasesClient &client, PublishOptions options,
                 std::function<void(Result<PublishReport>)> done, PublishProgress progress = {});

    // Cancels the requests in flight; check or publish then ends with api.cancelled (what was
    // done is journaled: publish again to finish).
    void cancel();
    bool isRunning() const { return m_publisher != nullptr; }
    // The last publish (or settlePullConflicts) wrote the project's files: project() changed.
    bool wroteFiles() const { return m_wroteFiles; }

private:
    void releasePublisher();
    void refreshInterrupted();

    LoadedProject m_loaded;
    std::vector<ConflictEntry> m_conflicts;
    std::optional<Resolution> m_forAll;
    bool m_interrupted = false;
    bool m_wroteFiles = false;
    std::optional<Result<ExpectationResults>> m_lastTests;
    // While check or publish runs: the client and the publisher (which works on a copy of the
    // project that lives as long as the publisher).
    net::CasesClient *m_client = nullptr;
    std::unique_ptr<Publisher> m_publisher;
};

} // namespace cw::project
