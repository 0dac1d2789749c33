#pragma once
// Who a connection acts as (sts:GetCallerIdentity): the account and the user or role ARN, for the
// designer to show before a publish so an admin cannot publish to the wrong account by accident.
// Blocking (auth/credential_http.h): call it where the credentials would be asked for anyway.

#include "auth/aws_environment.h"
#include "auth/sts_client.h"
#include "client/connection.h"
#include "common/result.h"

namespace cw::net {

// Resolves the connection's credentials (an MFA prompt may come up) and asks STS at the profile's
// STS endpoint. Error codes: those of the credentials, "aws.sts", "aws.credential-http".
Result<CallerIdentity> callerIdentity(const ResolvedConnection &connection,
                                      const AwsEnvironment &environment = AwsEnvironment::system());

// "123456789012 as arn:aws:sts::123456789012:assumed-role/Admin/alice"
QString describeIdentity(const CallerIdentity &identity);

} // namespace cw::net
