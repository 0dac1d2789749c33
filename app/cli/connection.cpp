#include "connection.h"

#include "auth/credential_resolver.h"
#include "auth/endpoint_resolver.h"
#include "cli_io.h"

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
    Connection connection;
    connection.profile = pick("profile", stored ? stored->profile : std::string());
    const QString explicitRegion = pick("region", stored ? stored->region : std::string());
    const QString explicitEndpoint = pick("endpoint", stored ? stored->endpoint : std::string());

    const net::AwsEnvironment environment = net::AwsEnvironment::system();
    auto files = net::AwsConfigFiles::load(environment);
    if (!files)
        return files.error();
    const QString profileName = environment.profileName(connection.profile);
    auto region = net::resolveRegion(environment, *files, profileName, explicitRegion);
    if (!region)
        return region.error();
    auto endpoint = net::resolveEndpoint(environment, *files, profileName, region->region, explicitEndpoint);
    if (!endpoint)
        return endpoint.error();

    net::CredentialResolverOptions credentialOptions;
    credentialOptions.profile = connection.profile;
    net::CasesClientConfig config;
    // The retry budget, set like the AWS SDKs and CLI: AWS_MAX_ATTEMPTS, else the profile's
    // max_attempts, else the standard mode's 3.
    QString maxAttempts = environment.get(QStringLiteral("AWS_MAX_ATTEMPTS"));
    if (maxAttempts.isEmpty())
        if (const auto profile = files->profile(profileName))
            maxAttempts = profile->value(QStringLiteral("max_attempts"));
    if (!maxAttempts.isEmpty()) {
        bool valid = false;
        const int attempts = maxAttempts.toInt(&valid);
        if (!valid || attempts < 1 || attempts > 50)
            return makeError("aws.max-attempts",
                             "AWS_MAX_ATTEMPTS / max_attempts must be a whole number from 1 to 50, not \"" +
                                 toStd(maxAttempts) + "\"");
        config.retry.maxAttempts = attempts;
    }
    config.endpoint = endpoint->url;
    config.region = region->region;
    config.credentials = net::makeCredentialsProvider(environment, credentialOptions);
    connection.client = std::make_unique<net::CasesClient>(std::move(config));
    connection.region = region->region;
    connection.endpoint = endpoint->url.toString();
    connection.description = QStringLiteral("%1 (%2, profile '%3')")
                                 .arg(connection.endpoint, connection.region, profileName);
    return connection;
}

void waitUntil(const bool &finished)
{
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace cw::cli
