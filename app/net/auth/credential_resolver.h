#pragma once
// Finds AWS credentials like the AWS CLI, in this order:
//  1. the environment: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN,
//     AWS_CREDENTIAL_EXPIRATION (skipped when a profile is chosen explicitly, as in the CLI);
//  2. the profile's role_arn (profile_credentials.h): STS AssumeRole with source_profile's
//     credentials (chained) or credential_source (Environment, EcsContainer, Ec2InstanceMetadata);
//  3. a web identity: AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN (+ AWS_ROLE_SESSION_NAME), or
//     the profile's web_identity_token_file + role_arn: STS AssumeRoleWithWebIdentity;
//  4. IAM Identity Center: the profile's sso_session (or legacy sso_start_url) and the token the
//     AWS CLI caches (sso_credentials.h);
//  5. static keys in the credentials file, credential_process, static keys in the config file;
//  6. for the default profile only, when it has none of these: container credentials, then EC2
//     instance metadata (metadata_credentials.h).
// Temporary credentials are cached in memory and fetched again before they expire.

#include "auth/aws_environment.h"
#include "auth/credential_process.h"
#include "auth/credentials.h"
#include "auth/refreshing_credentials.h"
#include "common/result.h"

#include <QString>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace cw::net {

class AwsConfigFiles;
struct ProfileCredentialSource;

// What an assumed role with mfa_serial needs a code for.
struct MfaRequest {
    QString profileName;
    QString mfaSerial;
    QString roleArn;
};
// Returns the code the user typed, or an error (e.g. cancelled). Called on the thread that asks
// for credentials, each time the role's credentials are fetched.
using MfaCodeProvider = std::function<cw::Result<QString>(const MfaRequest &)>;

struct CredentialResolverOptions {
    QString profile; // a --profile option; empty: AWS_PROFILE, else "default"
    // How long before their expiration temporary credentials are fetched again.
    std::chrono::seconds refreshMargin{std::chrono::minutes(5)};
    std::chrono::milliseconds processTimeout{std::chrono::seconds(60)};
    std::chrono::milliseconds serviceTimeout{std::chrono::seconds(10)}; // STS and IAM Identity Center
    Clock clock;         // default: QDateTime::currentDateTimeUtc
    MfaCodeProvider mfa; // empty: a role with mfa_serial fails with "aws.mfa-required"
};

class CredentialResolver {
public:
    explicit CredentialResolver(AwsEnvironment environment, CredentialResolverOptions options = {});
    ~CredentialResolver();
    CredentialResolver(const CredentialResolver &) = delete;
    CredentialResolver &operator=(const CredentialResolver &) = delete;

    // Thread-safe. The first call finds the source; later calls reuse it (temporary credentials
    // are fetched again only near their expiry). Failures are not cached: the next call retries.
    // Error codes: those of profile_credentials.h, "aws.partial-credentials" for half-set
    // environment keys, "aws.config-syntax", "aws.credential-process", "aws.sts", "aws.sts-answer",
    // "aws.sso", "aws.sso-token", "aws.mfa-required", "aws.web-identity", "aws.credential-http",
    // "aws.container-credentials", "aws.instance-metadata".
    cw::Result<Credentials> resolve();

    QString profileName() const { return m_profileName; }
    // Where the credentials come from, e.g. "environment variables" or "role arn:... of profile
    // 'dev' (/home/u/.aws/config:1)"; empty before a successful resolve().
    QString sourceDescription() const;

private:
    cw::Result<Credentials> resolveFirstTime();
    std::optional<cw::Result<Credentials>> fromEnvironment() const;
    cw::Error noCredentialsError(const cw::Error &profileError) const;
    cw::Result<CredentialsFetch> makeFetch(const ProfileCredentialSource &source,
                                           const AwsConfigFiles &files);
    CredentialsFetch refreshing(CredentialsFetch fetch) const;

    AwsEnvironment m_environment;
    CredentialResolverOptions m_options;
    QString m_profileName;
    QString m_source;
    CredentialsFetch m_fetch;
    mutable std::mutex m_mutex;
};

// A copyable callable over a shared resolver, e.g. for a client's credentials-provider setting.
std::function<cw::Result<Credentials>()> makeCredentialsProvider(AwsEnvironment environment,
                                                                 CredentialResolverOptions options = {});

} // namespace cw::net
