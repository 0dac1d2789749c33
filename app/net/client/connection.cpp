#include "client/connection.h"

#include "auth/aws_config_files.h"
#include "auth/credential_resolver.h"
#include "auth/endpoint_resolver.h"

namespace cw::net {

Result<ResolvedConnection> resolveConnection(const ConnectionSettings &settings,
                                             const AwsEnvironment &environment)
{
    auto files = AwsConfigFiles::load(environment);
    if (!files)
        return files.error();
    ResolvedConnection connection;
    connection.profileName = environment.profileName(settings.profile);
    auto region = resolveRegion(environment, *files, connection.profileName, settings.region);
    if (!region)
        return region.error();
    auto endpoint =
        resolveEndpoint(environment, *files, connection.profileName, region->region, settings.endpoint);
    if (!endpoint)
        return endpoint.error();

    // Casewright's pull and publish default to the adaptive mode: the service throttles by request
    // rate per account, and adaptive slows the client down instead of spending its attempts.
    QString retryMode = environment.get(QStringLiteral("AWS_RETRY_MODE"));
    if (retryMode.isEmpty())
        if (const auto profile = files->profile(connection.profileName))
            retryMode = profile->value(QStringLiteral("retry_mode")).trimmed();
    RetryMode mode = RetryMode::Adaptive;
    if (!retryMode.isEmpty()) {
        const std::optional<RetryMode> parsed = parseRetryMode(retryMode.toStdString());
        if (!parsed)
            return makeError("aws.retry-mode",
                             "AWS_RETRY_MODE / retry_mode must be legacy, standard or adaptive, "
                             "not \"" +
                                 retryMode.toStdString() + "\"");
        mode = *parsed;
    }
    connection.config.retry = retryOptionsFor(mode);

    QString maxAttempts = environment.get(QStringLiteral("AWS_MAX_ATTEMPTS"));
    if (maxAttempts.isEmpty())
        if (const auto profile = files->profile(connection.profileName))
            maxAttempts = profile->value(QStringLiteral("max_attempts"));
    if (!maxAttempts.isEmpty()) {
        bool valid = false;
        const int attempts = maxAttempts.toInt(&valid);
        if (!valid || attempts < 1 || attempts > 50)
            return makeError("aws.max-attempts",
                             "AWS_MAX_ATTEMPTS / max_attempts must be a whole number from 1 to 50, "
                             "not \"" +
                                 maxAttempts.toStdString() + "\"");
        connection.config.retry.maxAttempts = attempts;
    }

    CredentialResolverOptions credentialOptions;
    credentialOptions.profile = settings.profile;
    credentialOptions.mfa = settings.mfa;
    connection.config.endpoint = endpoint->url;
    connection.config.region = region->region;
    connection.config.credentials = makeCredentialsProvider(environment, credentialOptions);
    connection.description = QStringLiteral("%1 (%2, profile '%3')")
                                 .arg(endpoint->url.toString(), region->region, connection.profileName);
    return connection;
}

} // namespace cw::net
