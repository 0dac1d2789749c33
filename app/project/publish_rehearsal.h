#pragma once
// A publish rehearsed against a local copy of the domain: the practice service (the shipped
// emulator) is started on the project's last pulled state, and the real publish path -- the same
// PublishSession, validation, remote check, journal and requests -- runs against it on a temporary
// copy of the project folder. The project itself is not changed and the real service is never
// contacted: the rehearsal's client is configured only from the practice service's environment.
//
// The report says what each step did, what the service refused and why, how the domain would look
// afterwards (as a readable diff against the pulled state), and how many requests it took.

#include "client/cases_client.h"
#include "common/result.h"
#include "model/domain_snapshot.h"
#include "project_io.h"
#include "publisher.h"

#include <QObject>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace cw::project {

class PracticeService;
class PublishSession;

// The request rate the estimate assumes: what the project's rate-limit benchmark takes as the
// service's limit. The real quota of an account may differ; the estimate says so.
constexpr double kAssumedServiceRequestsPerSecond = 20.0;

struct RehearsalReport {
    PublishReport publish;            // steps carried out, conflicts (when it would stop there)
    std::optional<Error> refusal;     // the step the service refused, and its answer
    std::vector<std::string> changes; // the domain afterwards against the pulled state, one line each
    int requests = 0;                 // requests the rehearsal sent to the practice service
    double estimatedSeconds = 0;      // those requests at kAssumedServiceRequestsPerSecond
    bool succeeded() const { return !refusal && publish.conflicts.empty(); }
};

// Lines like "rule “X”: added", "template “T”, field “F”: + rule “X”", comparing two states of one
// domain by id; names come from `after` (or `before` for what was removed).
std::vector<std::string> describeDomainChanges(const DomainSnapshot &before, const DomainSnapshot &after);

class PublishRehearsal : public QObject {
    Q_OBJECT
public:
    // Rehearses publishing the project folder as saved (the designer saves first, as for publish);
    // the rehearsal works on a copy and never writes to the folder.
    explicit PublishRehearsal(const LoadedProject &project, QObject *parent = nullptr);
    ~PublishRehearsal() override;

    // Runs asynchronously; `done` is called exactly once. An error means the rehearsal itself could
    // not run (no pulled state, the practice service missing); a refused step is a report with
    // `refusal` set.
    void run(std::function<void(Result<RehearsalReport>)> done, PublishProgress progress = {});

private:
    void startPublishing();
    void finish(Result<PublishReport> result);
    void fail(const Error &error);

    std::string m_directory;
    std::optional<DomainSnapshot> m_base;
    QTemporaryDir m_work;
    std::unique_ptr<PracticeService> m_practice;
    std::unique_ptr<PublishSession> m_session;
    std::unique_ptr<net::CasesClient> m_client;
    std::function<void(Result<RehearsalReport>)> m_done;
    PublishProgress m_progress;
};

} // namespace cw::project
