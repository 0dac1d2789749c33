#pragma once
// pull-cases: the domain's own recent cases as sample cases. SearchCases (newest first, paged,
// with the caller's filter and --since) asks for exactly the fields the project's templates show
// and their rules read (templateFieldIds); fields beyond SearchCases' 25 are read with GetCase.
// The cases are written, values exactly as the service returned them, to
// samples/pulled-<date>.json -- atomically, so a cancelled or failed pull leaves no file.
// Both front ends (casewright-cli pull-cases, File > Import cases from the service) run this.

#include "client/search_cases.h"
#include "project.h"

#include <QDate>
#include <QObject>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cw::project {

struct CasePullOptions {
    std::string templateRef;             // a template's id or exact name; empty: every template
    std::optional<std::size_t> maxCases; // stop after this many cases
    std::string since;                   // "YYYY-MM-DD" or an RFC 3339 time; empty: no limit
    std::optional<Json> filter;          // a CaseFilter (wire shape), e.g. from --filter FILE
    std::string filterFile;              // where `filter` came from, for messages
};

// The system field SearchCases filters and sorts on for --since and "newest first".
inline constexpr char kCreatedDateTimeField[] = "created_datetime";

struct CasePullPlan {
    std::string domainId;
    std::vector<std::string> templateIds;   // the project's published templates the cases may have
    std::vector<std::string> fieldIds;      // every field asked for
    net::SearchCasesQuery query;            // the first 25 fields, the filter, newest first
    std::vector<std::string> extraFieldIds; // the rest: GetCase per case
    std::optional<std::size_t> maxCases;
    bool everyTemplate = true; // no --template: the service's totalCount is the progress's total
};

// "2026-05-01" -> "2026-05-01T00:00:00.000Z"; an RFC 3339 time -> the same instant in UTC with
// milliseconds (how the service writes created_datetime); an error for anything else.
Result<std::string> normalizeSinceDate(const std::string &text);

// Checks the options against the project: a published domain, a known template (id or name;
// one not published yet has no cases), a well-formed filter. Errors name what is wrong and where.
Result<CasePullPlan> planCasePull(const Project &project, const CasePullOptions &options);

struct CasePullProgress {
    std::size_t received = 0;            // cases the service returned so far
    std::size_t kept = 0;                // of those, of the templates asked for
    std::optional<std::size_t> expected; // how many the pull will keep, once the service said
};

struct CasePullResult {
    std::vector<net::FoundCase> cases;
    std::size_t skipped = 0; // cases of templates the pull did not ask for
};

// {"cases": [{"id": caseId, "templateId", "fields": [...as returned...]}]}: the samples format.
Json pulledCasesJson(const std::vector<net::FoundCase> &cases);

// The file a pull wrote: where, and what, as the project reads it back.
struct PulledCasesFile {
    std::string path;
    SampleFile file; // name ("pulled-2026-12-06.json") and the cases
};

// The cases as the samples reader reads them (values kept exactly); an error when the service
// returned something the samples format cannot hold.
Result<SampleCaseSet> pulledSampleCases(const std::vector<net::FoundCase> &cases);
// "pulled-<day>.json", or "pulled-<day>-2.json", ... when that name is taken in samples/.
std::string pulledCasesFileName(const std::string &projectDirectory, const QDate &day);

// Writes `cases` to <project>/samples/pulled-<day>.json (pulled-<day>-2.json, ... when that name
// is taken) atomically, written exactly as saving the project writes a samples file (so the
// designer can adopt it without a rewrite). An answer the samples reader refuses is an error,
// and nothing is written.
Result<PulledCasesFile> writePulledCases(const std::string &projectDirectory,
                                         const std::vector<net::FoundCase> &cases, const QDate &day);

class CasePullSession : public QObject {
    Q_OBJECT
public:
    explicit CasePullSession(QObject *parent = nullptr);

    // Runs the plan; `progress` after each page, `done` exactly once. Writes nothing.
    void start(net::CasesClient &client, CasePullPlan plan,
               std::function<void(const CasePullProgress &)> progress,
               std::function<void(Result<CasePullResult>)> done);
    // Cancels the requests in flight: `done` gets api.cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

private:
    struct Run;
    void fetchPage(std::shared_ptr<Run> run);
    void pageDone(std::shared_ptr<Run> run, std::vector<net::FoundCase> cases,
                  std::optional<std::string> token);
    void finish(std::shared_ptr<Run> run, Result<CasePullResult> result);

    net::CancelToken m_cancel;
    bool m_running = false;
};

} // namespace cw::project
