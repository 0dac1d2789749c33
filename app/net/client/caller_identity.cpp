#include "client/caller_identity.h"

#include <QDateTime>

namespace cw::net {

Result<CallerIdentity> callerIdentity(const ResolvedConnection &connection, const AwsEnvironment &environment)
{
    if (!connection.config.credentials)
        return makeError("api.auth", "no AWS credentials are configured");
    const Result<Credentials> credentials = connection.config.credentials();
    if (!credentials)
        return credentials.error();
    const Result<AwsConfigFiles> files = AwsConfigFiles::load(environment);
    if (!files)
        return files.error();
    const Result<StsEndpoint> endpoint = resolveStsEndpoint(environment, *files, connection.profileName);
    if (!endpoint)
        return endpoint.error();
    return getCallerIdentity(*endpoint, *credentials, QDateTime::currentDateTimeUtc());
}

QString describeIdentity(const CallerIdentity &identity)
{
    return QStringLiteral("%1 as %2").arg(identity.account, identity.arn);
}

} // namespace cw::net
