#pragma once
// The AWS Security Token Service calls the credential chain makes: AssumeRole (signed SigV4 with
// service "sts"), AssumeRoleWithWebIdentity (unsigned) and GetCallerIdentity (signed). STS speaks
// the query protocol: a form-encoded POST to "/", an XML answer
//   <AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>...</Credentials>...
// and errors as <ErrorResponse><Error><Code/><Message/></Error></ErrorResponse>. Blocking: see
// credential_http.h.

#include "auth/aws_config_files.h"
#include "auth/aws_environment.h"
#include "auth/credentials.h"
#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>
#include <utility>

namespace cw::net {

struct StsEndpoint {
    QUrl url;       // https://sts.us-east-1.amazonaws.com, or an override
    QString region; // the signing region
    std::chrono::milliseconds timeout{std::chrono::seconds(10)};
};

struct AssumeRoleRequest {
    QString roleArn;
    QString roleSessionName;
    QString externalId;                 // empty: not sent
    std::optional<int> durationSeconds; // unset: STS's default (1 hour)
    QString serialNumber;               // mfa_serial; with tokenCode
    QString tokenCode;                  // the MFA code
};

struct WebIdentityRequest {
    QString roleArn;
    QString roleSessionName;
    QByteArray webIdentityToken;
    std::optional<int> durationSeconds;
};

struct CallerIdentity {
    QString account;
    QString arn;
    QString userId;
};

// Error codes: "aws.sts" (STS answered an error: the message carries its Code and Message),
// "aws.sts-answer" (an answer that cannot be read), "aws.credential-http" (no answer).
cw::Result<Credentials> assumeRole(const StsEndpoint &endpoint, const Credentials &source,
                                   const AssumeRoleRequest &request, const QDateTime &now);
cw::Result<Credentials> assumeRoleWithWebIdentity(const StsEndpoint &endpoint,
                                                  const WebIdentityRequest &request);
cw::Result<CallerIdentity> getCallerIdentity(const StsEndpoint &endpoint, const Credentials &credentials,
                                             const QDateTime &now);

// Where the profile's STS calls go: AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL, the profile's
// services section or endpoint_url, else the regional endpoint of the profile's region (the
// global one, signed for us-east-1, when it has none).
cw::Result<StsEndpoint> resolveStsEndpoint(const AwsEnvironment &environment, const AwsConfigFiles &files,
                                           const QString &profileName,
                                           std::chrono::milliseconds timeout = std::chrono::seconds(10));

// The pieces, for the fake STS of the tests and for reuse.
QByteArray formEncode(const QList<std::pair<QString, QString>> &parameters);
// The text of every element named in `path` order below the root ("AssumeRoleResult/Credentials/
// AccessKeyId"); empty when absent. nullopt when the XML is malformed.
std::optional<QString> xmlText(const QByteArray &xml, const QString &path);
// https://sts.{region}.amazonaws.com (amazonaws.com.cn for cn-*); https://sts.amazonaws.com
// without a region.
QUrl defaultStsEndpoint(const QString &region);

} // namespace cw::net
