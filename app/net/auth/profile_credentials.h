#pragma once
// Where a profile's credentials come from, following the AWS CLI's order inside one profile:
// role_arn (an assumed role: source_profile, chained, or credential_source), role_arn with
// web_identity_token_file, IAM Identity Center (sso_session or the legacy sso_start_url), static
// keys in the credentials file, credential_process, static keys in the config file. Casewright
// also follows `source_profile` without `role_arn` to the named profile's credentials. Loops are
// reported. This only reads the files: the credential resolver makes the calls.

#include "auth/aws_config_files.h"
#include "auth/credentials.h"
#include "common/result.h"

#include <QString>
#include <memory>
#include <optional>

namespace cw::net {

struct ProfileCredentialSource {
    enum class Kind {
        StaticKeys,
        Process,
        AssumeRole,       // STS AssumeRole signed with `roleSource`'s credentials
        WebIdentity,      // STS AssumeRoleWithWebIdentity with the token in webIdentityTokenFile
        Sso,              // IAM Identity Center
        Environment,      // credential_source = Environment
        Container,        // credential_source = EcsContainer
        InstanceMetadata, // credential_source = Ec2InstanceMetadata
    };
    Kind kind = Kind::StaticKeys;
    Credentials credentials; // StaticKeys
    QString command;         // Process: the credential_process command line
    QString origin;          // "profile 'dev' (/home/u/.aws/credentials:1)", for messages
    QString profileName;     // the profile these settings come from

    // AssumeRole and WebIdentity
    QString roleArn;
    QString roleSessionName; // empty: the resolver makes one, as botocore does
    QString externalId;
    QString mfaSerial;
    std::optional<int> durationSeconds;
    std::shared_ptr<const ProfileCredentialSource> roleSource; // AssumeRole
    QString webIdentityTokenFile;                              // WebIdentity

    // Sso
    QString ssoSession; // empty for the legacy form
    QString ssoStartUrl;
    QString ssoRegion;
    QString ssoAccountId;
    QString ssoRoleName;

    bool isTemporary() const { return kind != Kind::StaticKeys; }
};

// Error codes: "aws.profile-not-found" (the profile is in neither file), "aws.no-credentials"
// (it is, without credentials), "aws.partial-credentials", "aws.source-profile-loop",
// "aws.source-profile-not-found", "aws.role-config" (role_arn without a source, both sources, an
// unknown credential_source, a bad duration_seconds), "aws.sso-config" (a missing sso_* setting
// or sso-session section).
cw::Result<ProfileCredentialSource> findProfileCredentials(const AwsConfigFiles &files,
                                                           const QString &profileName);

} // namespace cw::net
