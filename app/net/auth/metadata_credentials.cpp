#include "auth/metadata_credentials.h"

#include "auth/credential_http.h"
#include "auth/endpoint_resolver.h"

#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>

namespace cw::net {

namespace {

cw::Error metadataError(const char *code, const QString &message, const QString &where)
{
    return cw::makeError(code, message.toStdString(), cw::Location{{}, {}, 0, 0, where.toStdString()});
}

// The hosts the SDKs send container credentials to over plain http.
bool allowedContainerHost(const QString &host)
{
    if (isLoopbackHost(host))
        return true;
    const QHostAddress address(host);
    return address == QHostAddress(QStringLiteral("169.254.170.2")) ||
           address == QHostAddress(QStringLiteral("169.254.170.23")) ||
           address == QHostAddress(QStringLiteral("fd00:ec2::23"));
}

QString originOf(const QUrl &url)
{
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
}

} // namespace

cw::Result<Credentials> readMetadataCredentials(const QByteArray &json, const QString &origin)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    Credentials credentials{object.value(QStringLiteral("AccessKeyId")).toString(),
                            object.value(QStringLiteral("SecretAccessKey")).toString(),
                            object.value(QStringLiteral("Token")).toString(), std::nullopt};
    const QDateTime expiration =
        QDateTime::fromString(object.value(QStringLiteral("Expiration")).toString(), Qt::ISODateWithMs);
    if (!credentials.isValid())
        return metadataError(
            "aws.instance-metadata",
            QStringLiteral("%1 answered without AccessKeyId and SecretAccessKey.").arg(origin), origin);
    if (expiration.isValid())
        credentials.expiration = expiration.toUTC();
    return credentials;
}

std::optional<cw::Result<ContainerCredentialsSettings>>
containerCredentialsSettings(const AwsEnvironment &environment)
{
    const QString relative = environment.get(QStringLiteral("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"));
    const QString full = environment.get(QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"));
    if (relative.isEmpty() && full.isEmpty())
        return std::nullopt;
    ContainerCredentialsSettings settings;
    if (!relative.isEmpty()) {
        settings.url = QUrl(QStringLiteral("http://169.254.170.2") +
                            (relative.startsWith(QLatin1Char('/')) ? relative : QLatin1Char('/') + relative));
    } else {
        settings.url = QUrl(full, QUrl::StrictMode);
        const QString scheme = settings.url.scheme().toLower();
        const bool secure = scheme == QStringLiteral("https");
        if (!settings.url.isValid() || settings.url.host().isEmpty() ||
            (!secure && (scheme != QStringLiteral("http") || !allowedContainerHost(settings.url.host()))))
            return cw::Result<ContainerCredentialsSettings>(metadataError(
                "aws.container-credentials",
                QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI '%1' must be https://, or http:// to a "
                               "loopback address or the container agent (169.254.170.2, 169.254.170.23).")
                    .arg(full),
                QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI")));
    }
    settings.authorizationTokenFile =
        environment.get(QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"));
    settings.authorizationToken = environment.get(QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN"));
    return cw::Result<ContainerCredentialsSettings>(settings);
}

cw::Result<Credentials> containerCredentials(const ContainerCredentialsSettings &settings)
{
    CredentialHttpRequest request;
    request.url = settings.url;
    request.timeout = settings.timeout;
    request.headers.append(std::pair<QByteArray, QByteArray>("Accept", "application/json"));
    QByteArray authorization = settings.authorizationToken.toUtf8();
    if (!settings.authorizationTokenFile.isEmpty()) {
        QFile file(settings.authorizationTokenFile);
        if (!file.open(QIODevice::ReadOnly))
            return metadataError("aws.container-credentials",
                                 QStringLiteral("Cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE %1: %2")
                                     .arg(settings.authorizationTokenFile, file.errorString()),
                                 settings.authorizationTokenFile);
        authorization = file.readAll().trimmed();
    }
    if (authorization.contains('\r') || authorization.contains('\n'))
        return metadataError("aws.container-credentials",
                             QStringLiteral("The container authorization token holds a line break."),
                             QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN"));
    if (!authorization.isEmpty())
        request.headers.append(std::pair<QByteArray, QByteArray>("Authorization", authorization));
    // The SDKs try the container endpoint up to 3 times: the agent may be starting.
    cw::Result<CredentialHttpResponse> response = sendCredentialHttp(request);
    for (int attempt = 1; attempt < 3 && (!response || response->status >= 500); ++attempt)
        response = sendCredentialHttp(request);
    if (!response)
        return response.error();
    const QString origin =
        QStringLiteral("the container credentials endpoint %1").arg(originOf(settings.url));
    if (response->status != 200)
        return metadataError("aws.container-credentials",
                             QStringLiteral("%1 answered HTTP %2.").arg(origin).arg(response->status),
                             origin);
    return readMetadataCredentials(response->body, origin);
}

std::optional<InstanceMetadataSettings> instanceMetadataSettings(const AwsEnvironment &environment,
                                                                 const QString &profileEndpoint)
{
    if (environment.get(QStringLiteral("AWS_EC2_METADATA_DISABLED"))
            .compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0)
        return std::nullopt;
    InstanceMetadataSettings settings;
    QString endpoint = environment.get(QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"));
    if (endpoint.isEmpty())
        endpoint = profileEndpoint.trimmed();
    if (!endpoint.isEmpty())
        settings.endpoint = QUrl(endpoint);
    else if (environment.get(QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"))
                 .compare(QStringLiteral("IPv6"), Qt::CaseInsensitive) == 0)
        settings.endpoint = QUrl(QStringLiteral("http://[fd00:ec2::254]"));
    return settings;
}

cw::Result<Credentials> instanceMetadataCredentials(const InstanceMetadataSettings &settings)
{
    const auto at = [&settings](const QString &path) {
        QUrl url = settings.endpoint;
        QString base = url.path();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        url.setPath(base + path);
        return url;
    };
    const QString origin =
        QStringLiteral("the EC2 instance metadata service %1").arg(originOf(settings.endpoint));
    CredentialHttpRequest tokenRequest;
    tokenRequest.method = "PUT";
    tokenRequest.url = at(QStringLiteral("/latest/api/token"));
    tokenRequest.timeout = settings.timeout;
    tokenRequest.headers.append(
        std::pair<QByteArray, QByteArray>("x-aws-ec2-metadata-token-ttl-seconds", "21600"));
    const cw::Result<CredentialHttpResponse> token = sendCredentialHttp(tokenRequest);
    if (!token)
        return token.error();
    if (token->status != 200 || token->body.trimmed().isEmpty())
        return metadataError(
            "aws.instance-metadata",
            QStringLiteral("%1 gave no session token (HTTP %2).").arg(origin).arg(token->status), origin);
    const QByteArray sessionToken = token->body.trimmed();

    const auto get = [&](const QString &path) {
        CredentialHttpRequest request;
        request.url = at(path);
        request.timeout = settings.timeout;
        request.headers.append(std::pair<QByteArray, QByteArray>("x-aws-ec2-metadata-token", sessionToken));
        return sendCredentialHttp(request);
    };
    const QString rolesPath = QStringLiteral("/latest/meta-data/iam/security-credentials/");
    const cw::Result<CredentialHttpResponse> roles = get(rolesPath);
    if (!roles)
        return roles.error();
    const QString role = QString::fromUtf8(roles->body).split(QLatin1Char('\n')).value(0).trimmed();
    if (roles->status != 200 || role.isEmpty())
        return metadataError(
            "aws.instance-metadata",
            QStringLiteral("%1 has no IAM role for this instance (HTTP %2).").arg(origin).arg(roles->status),
            origin);
    const cw::Result<CredentialHttpResponse> credentials = get(rolesPath + role);
    if (!credentials)
        return credentials.error();
    if (credentials->status != 200)
        return metadataError("aws.instance-metadata",
                             QStringLiteral("%1 refused the credentials of role %2 (HTTP %3).")
                                 .arg(origin, role)
                                 .arg(credentials->status),
                             origin);
    return readMetadataCredentials(credentials->body,
                                   origin + QStringLiteral(" (role ") + role + QLatin1Char(')'));
}

} // namespace cw::net
