#pragma once
// Credentials of the machine Casewright runs on, for the CLI in CI on AWS:
// - container (ECS, EKS Pod Identity, CodeBuild): AWS_CONTAINER_CREDENTIALS_RELATIVE_URI (below
//   http://169.254.170.2) or AWS_CONTAINER_CREDENTIALS_FULL_URI (https, or http to a loopback or
//   the ECS/EKS link-local hosts), with AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE (read at each call)
//   or AWS_CONTAINER_AUTHORIZATION_TOKEN as the Authorization header;
// - EC2 instance metadata, IMDSv2: PUT /latest/api/token, then the role name and its
//   credentials below /latest/meta-data/iam/security-credentials/. AWS_EC2_METADATA_SERVICE_ENDPOINT
//   (or the profile's ec2_metadata_service_endpoint) overrides http://169.254.169.254;
//   AWS_EC2_METADATA_DISABLED=true turns it off.
// Short timeouts (1 s for the instance, 2 s for the container, as the SDKs) keep a laptop fast.

#include "auth/aws_environment.h"
#include "auth/credentials.h"
#include "common/result.h"

#include <QUrl>
#include <chrono>
#include <optional>

namespace cw::net {

struct ContainerCredentialsSettings {
    QUrl url;
    QString authorizationTokenFile; // read at each call: the platform rotates it
    QString authorizationToken;
    std::chrono::milliseconds timeout{2000};
};

// nullopt when neither URI variable is set. Error code "aws.container-credentials" for a
// FULL_URI Casewright must not send credentials to.
std::optional<cw::Result<ContainerCredentialsSettings>>
containerCredentialsSettings(const AwsEnvironment &environment);
// Error codes "aws.container-credentials", "aws.credential-http".
cw::Result<Credentials> containerCredentials(const ContainerCredentialsSettings &settings);

struct InstanceMetadataSettings {
    QUrl endpoint = QUrl(QStringLiteral("http://169.254.169.254"));
    std::chrono::milliseconds timeout{1000};
};

// nullopt when AWS_EC2_METADATA_DISABLED is true. `profileEndpoint` is the profile's
// ec2_metadata_service_endpoint (the variable wins).
std::optional<InstanceMetadataSettings> instanceMetadataSettings(const AwsEnvironment &environment,
                                                                 const QString &profileEndpoint = QString());
// Error codes "aws.instance-metadata", "aws.credential-http".
cw::Result<Credentials> instanceMetadataCredentials(const InstanceMetadataSettings &settings);

// {"AccessKeyId", "SecretAccessKey", "Token", "Expiration"} as both endpoints answer.
cw::Result<Credentials> readMetadataCredentials(const QByteArray &json, const QString &origin);

} // namespace cw::net
