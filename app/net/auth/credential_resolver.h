#pragma once
// Finds AWS credentials like the AWS CLI: the environment (AWS_ACCESS_KEY_ID,
// AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_CREDENTIAL_EXPIRATION), then the profile (an
// explicit --profile, AWS_PROFILE, or "default") in the shared credentials and config files. As
// in the AWS CLI, an explicit profile skips the environment keys. Not supported: container and
// EC2 instance metadata credentials, role assumption and SSO (see profile_credentials.h).

#include "auth/aws_environment.h"
#include "auth/credential_process.h"
#include "auth/credentials.h"
#include "common/result.h"

#include <QString>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace cw::net {

struct CredentialResolverOptions {
    QString profile; // a --profile option; empty: AWS_PROFILE, else "default"
    std::chrono::seconds refreshMargin{std::chrono::minutes(5)}; // credential_process refresh lead
    std::chrono::milliseconds processTimeout{std::chrono::seconds(60)};
    Clock clock; // default: QDateTime::currentDateTimeUtc
};

class CredentialResolver {
public:
    explicit CredentialResolver(AwsEnvironment environment, CredentialResolverOptions options = {});
    ~CredentialResolver();
    CredentialResolver(const CredentialResolver &) = delete;
    CredentialResolver &operator=(const CredentialResolver &) = delete;

    // Thread-safe. The first call finds the source; later calls reuse it (a credential_process runs again
    // only when its credentials are near expiry). Failures are not cached: the next call retries. Error
    // codes: those of profile_credentials.h, "aws.partial-credentials" for half-set environment keys,
    // "aws.config-syntax", "aws.credential-process".
    cw::Result<Credentials> resolve();

    QString profileName() const { return m_profileName; }
    // Where the credentials come from, e.g. "environment variables" or "profile 'dev'
    // (/home/u/.aws/credentials:1)"; empty before a successful resolve().
    QString sourceDescription() const;

private:
    cw::Result<Credentials> resolveFirstTime();
    std::optional<cw::Result<Credentials>> fromEnvironment() const;
    cw::Error noCredentialsError(const cw::Error &profileError) const;

    AwsEnvironment m_environment;
    CredentialResolverOptions m_options;
    QString m_profileName;
    QString m_source;
    std::optional<Credentials> m_fixed;
    std::unique_ptr<CachedCredentialProcess> m_process;
    mutable std::mutex m_mutex;
};

// A copyable callable over a shared resolver, e.g. for a client's credentials-provider setting.
std::function<cw::Result<Credentials>()> makeCredentialsProvider(AwsEnvironment environment,
                                                                 CredentialResolverOptions options = {});

} // namespace cw::net
