#include "client/caller_identity.h"

#include <QDateTime>
#include <QThreadPool>
#include <mutex>
#include <utility>

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

QString principalOf(const CallerIdentity &identity)
{
    // arn:partition:service:region:account:resource -- the resource may itself hold colons.
    const QStringList parts = identity.arn.split(QLatin1Char(':'));
    if (parts.size() < 6 || parts.front() != QLatin1String("arn"))
        return identity.arn;
    return parts.mid(5).join(QLatin1Char(':'));
}

// Shared by the lookup and its pool task. The task posts the answer while holding the mutex, and
// abandoning takes the mutex too: so the answer is either posted to a receiver that is still
// alive (Qt drops events posted to an object when it is deleted) or not posted at all.
struct CallerIdentityLookup::Pending {
    std::mutex mutex;
    QObject *receiver = nullptr;
    Done done;
};

CallerIdentityLookup::CallerIdentityLookup() = default;

CallerIdentityLookup::~CallerIdentityLookup()
{
    abandon();
}

void CallerIdentityLookup::abandon()
{
    const std::shared_ptr<Pending> running = std::exchange(m_running, nullptr);
    if (!running)
        return;
    std::lock_guard lock(running->mutex);
    running->receiver = nullptr;
    running->done = nullptr;
}

void CallerIdentityLookup::start(ResolvedConnection connection, AwsEnvironment environment, Done done)
{
    abandon();
    auto pending = std::make_shared<Pending>();
    pending->receiver = &m_receiver;
    pending->done = std::move(done);
    m_running = pending;
    QThreadPool::globalInstance()->start(
        [this, pending, connection = std::move(connection), environment = std::move(environment)]() mutable {
            Result<CallerIdentity> result = callerIdentity(connection, environment);
            std::lock_guard lock(pending->mutex);
            if (!pending->receiver)
                return;
            QMetaObject::invokeMethod(
                pending->receiver,
                [this, pending, answer = std::move(result)]() mutable {
                    // On the owner's thread, so `this` is alive (it owns the receiver). abandon()
                    // or a new start() may have run since the answer was posted: then it is dropped.
                    if (m_running != pending)
                        return;
                    Done deliver = std::move(pending->done);
                    m_running.reset();
                    if (deliver)
                        deliver(std::move(answer)); // may start another lookup
                },
                Qt::QueuedConnection);
        });
}

} // namespace cw::net
