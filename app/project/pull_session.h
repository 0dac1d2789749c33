#pragma once
// One pull, as every front end runs it: `casewright-cli pull` and the designer's Pull dialog
// ("New from Pull") both read the folder's stored connection through here, run the pull and
// three-way merge (pull_project.h, pull_merge.h) through a PullSession, and only present
// progress and the report.

#include "pull_project.h"

#include <QObject>
#include <functional>
#include <optional>

namespace cw::project {

// The connection settings stored in the folder's casewright.json when it holds a project;
// nullopt for a new or non-project folder; an error when the project there cannot be read.
Result<std::optional<ProjectConfig>> storedProjectConfig(const std::string &directory);

class PullSession : public QObject {
    Q_OBJECT
public:
    explicit PullSession(QObject *parent = nullptr);

    // Pulls the domain into `directory` (see pullIntoProject); `done` is called exactly once.
    void start(net::CasesClient &client, const std::string &directory, const ProjectConfig &config,
               net::PullProgressCallback progress, std::function<void(Result<PullResult>)> done);
    // Cancels every request in flight: the pull ends with api.cancelled and writes nothing.
    void cancel();
    bool isRunning() const { return m_client != nullptr; }

private:
    net::CasesClient *m_client = nullptr;
};

} // namespace cw::project
