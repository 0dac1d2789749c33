#include "pull_session.h"

#include <QDir>

namespace cw::project {

Result<std::optional<ProjectConfig>> storedProjectConfig(const std::string &directory)
{
    if (directory.empty() ||
        !QDir(QString::fromStdString(directory)).exists(QStringLiteral("casewright.json")))
        return std::optional<ProjectConfig>();
    auto loaded = loadProject(directory);
    if (!loaded)
        return loaded.error();
    return std::optional<ProjectConfig>(loaded->project.config);
}

PullSession::PullSession(QObject *parent) : QObject(parent) {}

void PullSession::start(net::CasesClient &client, const std::string &directory, const ProjectConfig &config,
                        net::PullProgressCallback progress, std::function<void(Result<PullResult>)> done)
{
    if (isRunning())
        return;
    m_client = &client;
    pullIntoProject(client, directory, config, std::move(progress),
                    [this, done = std::move(done)](Result<PullResult> result) {
                        m_client = nullptr;
                        done(std::move(result));
                    });
}

void PullSession::cancel()
{
    if (m_client)
        m_client->cancelAll();
}

} // namespace cw::project
