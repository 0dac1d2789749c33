#pragma once
// Region and endpoint of Amazon Connect Cases, chosen like the AWS CLI chooses them.
// Region: explicit option > AWS_REGION > AWS_DEFAULT_REGION > the profile's `region`.
// Endpoint: explicit option > AWS_ENDPOINT_URL_CONNECTCASES > AWS_ENDPOINT_URL > the profile's
// `services` section (`connectcases = \n  endpoint_url = ...`) > the profile's `endpoint_url` >
// https://cases.{region}.amazonaws.com. AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true (or the profile's
// ignore_configured_endpoint_urls) skips the environment and the config file.
// Plain http:// is refused unless the host is a loopback address (a local emulator).

#include "auth/aws_config_files.h"
#include "auth/aws_environment.h"
#include "common/result.h"

#include <QString>
#include <QUrl>

namespace cw::net {

inline constexpr char kCasesSigningName[] = "cases";       // SigV4 service name
inline constexpr char kCasesServiceKey[] = "connectcases"; // services-section key, env suffix

struct ResolvedRegion {
    QString region;
    QString source; // "AWS_REGION", "profile 'dev' (/home/u/.aws/config:3)", "option"
};

struct ResolvedEndpoint {
    QUrl url;
    QString source; // which setting gave it, for diagnostics
};

// Error codes "aws.no-region", "aws.invalid-region".
cw::Result<ResolvedRegion> resolveRegion(const AwsEnvironment &environment, const AwsConfigFiles &files,
                                         const QString &profileName,
                                         const QString &explicitRegion = QString());

// Error codes "aws.endpoint-invalid", "aws.endpoint-insecure", "aws.services-not-found".
cw::Result<ResolvedEndpoint> resolveEndpoint(const AwsEnvironment &environment, const AwsConfigFiles &files,
                                             const QString &profileName, const QString &region,
                                             const QString &explicitUrl = QString());

// The same order for any service: `serviceKey` is its key in a [services] section and, upper-cased,
// the suffix of AWS_ENDPOINT_URL_<KEY> ("sts", "sso", "sso_oidc"); `defaultUrl` when nothing is set.
cw::Result<ResolvedEndpoint> resolveServiceEndpoint(const AwsEnvironment &environment,
                                                    const AwsConfigFiles &files, const QString &profileName,
                                                    const QString &serviceKey, const QUrl &defaultUrl,
                                                    const QString &defaultSource,
                                                    const QString &explicitUrl = QString());

// Checks one endpoint URL: absolute http(s) with a host; http only for loopback hosts.
cw::Result<QUrl> checkEndpointUrl(const QString &url, const QString &source);
// localhost, 127.0.0.0/8, ::1 (and ::ffff:127.x.y.z).
bool isLoopbackHost(const QString &host);
// https://cases.{region}.amazonaws.com (amazonaws.com.cn for cn-* regions).
QUrl defaultCasesEndpoint(const QString &region);

} // namespace cw::net
