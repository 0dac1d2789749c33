#pragma once
// Where a profile's credentials come from, following the AWS CLI's order inside one profile:
// static keys in the credentials file, then credential_process, then static keys in the config
// file. Casewright also follows `source_profile` without `role_arn` to the named profile's
// credentials (loops are reported). Profiles that need an AWS service call (role_arn, SSO, web
// identity, credential_source) are reported as not supported, with the workaround.

#include "auth/aws_config_files.h"
#include "auth/credentials.h"
#include "common/result.h"

#include <QString>

namespace cw::net {

struct ProfileCredentialSource {
    enum class Kind { StaticKeys, Process };
    Kind kind = Kind::StaticKeys;
    Credentials credentials; // StaticKeys
    QString command;         // Process: the credential_process command line
    QString origin;          // "profile 'dev' (/home/u/.aws/credentials:1)", for messages
};

// Error codes: "aws.profile-not-found" (the profile is in neither file), "aws.no-credentials"
// (it is, without credentials), "aws.partial-credentials", "aws.source-profile-loop",
// "aws.source-profile-not-found", "aws.unsupported-credential-source".
cw::Result<ProfileCredentialSource> findProfileCredentials(const AwsConfigFiles &files,
                                                           const QString &profileName);

} // namespace cw::net
