#include "connection.h"

#include "cli_io.h"
#include "client/connection.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace cw::cli {

void addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("profile"), QStringLiteral("AWS profile (from ~/.aws/config)."),
                      QStringLiteral("P")});
    parser.addOption({QStringLiteral("region"), QStringLiteral("AWS region, e.g. us-east-1."), QStringLiteral("R")});
    parser.addOption({QStringLiteral("endpoint"),
                      QStringLiteral("Cases endpoint URL (default https://cases.REGION.amazonaws.com)."),
                      QStringLiteral("URL")});
}

Result<Connection> connect(const QCommandLineParser &parser, const project::ProjectConfig *stored)
{
    const auto pick = [&](const char *option, const std::string &fromProject) {
        const QString given = parser.value(QString::fromLatin1(option));
        return given.isEmpty() ? fromStd(fromProject) : given;
    };
    net::ConnectionSettings settings;
    settings.profile = pick("profile", stored ? stored->profile : std::string());
    settings.region = pick("region", stored ? stored->region : std::string());
    settings.endpoint = pick("endpoint", stored ? stored->endpoint : std::string());
    auto resolved = net::resolveConnection(settings);
    if (!resolved)
        return resolved.error();
    Connection connection;
    connection.region = resolved->config.region;
    connection.description = resolved->description;
    connection.client = std::make_unique<net::CasesClient>(std::move(resolved->config));
    return connection;
}

void waitUntil(const bool &finished)
{
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace cw::cli
