#pragma once
// Where and as whom to talk to Cases, resolved the way the AWS CLI does it: the profile, region
// and endpoint a user chose (command-line options, or a project's stored names), falling back to
// the AWS environment and shared config files. Credentials only ever come from the AWS chain;
// Casewright stores none. Shared by casewright-cli and the designer so both connect alike.

#include "auth/aws_environment.h"
#include "auth/credential_resolver.h"
#include "client/client_config.h"
#include "common/result.h"

#include <QString>

namespace cw::net {

struct ConnectionSettings {
    QString profile;     // empty: AWS_PROFILE, else "default"
    QString region;      // empty: AWS_REGION, AWS_DEFAULT_REGION, the profile's region
    QString endpoint;    // empty: AWS_ENDPOINT_URL_CONNECTCASES, AWS_ENDPOINT_URL, the profile, the default
    MfaCodeProvider mfa = {}; // asks for the code of a role's mfa_serial; empty: such roles fail clearly
};

struct ResolvedConnection {
    CasesClientConfig config; // endpoint, region, credentials provider and retry budget filled in
    QString profileName;
    QString description; // "https://cases.us-east-1.amazonaws.com (us-east-1, profile 'dev')"
};

// The retry budget follows the SDKs: AWS_MAX_ATTEMPTS, else the profile's max_attempts, else 3
// (5 in legacy mode). The retry mode: AWS_RETRY_MODE, else the profile's retry_mode, else
// adaptive (Casewright's default; the SDKs' is standard or legacy). Error codes "aws.retry-mode",
// "aws.max-attempts".
Result<ResolvedConnection> resolveConnection(const ConnectionSettings &settings,
                                             const AwsEnvironment &environment = AwsEnvironment::system());

} // namespace cw::net
