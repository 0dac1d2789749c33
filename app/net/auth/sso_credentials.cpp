#include "auth/sso_credentials.h"

#include "auth/credential_http.h"
#include "auth/endpoint_resolver.h"
#include "auth/profile_credentials.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrlQuery>
#include <algorithm>

namespace cw::net {

namespace {

// The SDKs refresh a token this long before it ends.
constexpr std::chrono::minutes kRefreshWindow{15};

cw::Error ssoError(const char *code, const QString &message, const QString &where)
{
    return cw::makeError(code, message.toStdString(), cw::Location{where.toStdString(), {}, 0, 0, {}});
}

QString who(const SsoSettings &settings)
{
    return settings.sessionName.isEmpty() ? QStringLiteral("the start URL %1").arg(settings.startUrl)
                                          : QStringLiteral("sso_session '%1'").arg(settings.sessionName);
}

// An OIDC error answer's "error" member (authorization_pending, invalid_grant...), or empty.
QString oidcErrorOf(const cw::Error &error)
{
    const std::string &message = error.message;
    const std::size_t comma = message.find(", ");
    if (error.code != "aws.sso-oidc" || comma == std::string::npos)
        return {};
    const std::size_t end = message.find_first_of(":)", comma + 2);
    return QString::fromStdString(
        message.substr(comma + 2, end == std::string::npos ? std::string::npos : end - comma - 2));
}

cw::Result<QJsonObject> postJson(const SsoSettings &settings, const QString &path, const QJsonObject &body)
{
    CredentialHttpRequest request;
    request.method = "POST";
    request.url = settings.oidcEndpoint;
    request.url.setPath(request.url.path() + path);
    request.timeout = settings.timeout;
    request.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const cw::Result<CredentialHttpResponse> response = sendCredentialHttp(request);
    if (!response)
        return response.error();
    const QJsonObject answer = QJsonDocument::fromJson(response->body).object();
    if (response->status < 200 || response->status >= 300) {
        const QString type = answer.value(QStringLiteral("error")).toString();
        const QString description = answer.value(QStringLiteral("error_description")).toString();
        return ssoError("aws.sso-oidc",
                        QStringLiteral("SSO OIDC %1 was refused (HTTP %2%3%4).")
                            .arg(path)
                            .arg(response->status)
                            .arg(type.isEmpty() ? QString() : QStringLiteral(", ") + type,
                                 description.isEmpty() ? QString() : QStringLiteral(": ") + description),
                        settings.oidcEndpoint.toString());
    }
    return answer;
}

// CreateToken with the refresh_token grant; nullopt-like error when the token cannot be refreshed.
cw::Result<SsoToken> refreshed(const SsoSettings &settings, const SsoToken &token, const QDateTime &now)
{
    if (token.refreshToken.isEmpty() || token.clientId.isEmpty() || token.clientSecret.isEmpty())
        return ssoError("aws.sso-token", QStringLiteral("the cached token has no refresh token"), {});
    const QDateTime registrationEnds = QDateTime::fromString(token.registrationExpiresAt, Qt::ISODateWithMs);
    if (!registrationEnds.isValid() || registrationEnds <= now)
        return ssoError("aws.sso-token", QStringLiteral("the client registration has expired"), {});
    const cw::Result<QJsonObject> answer =
        postJson(settings, QStringLiteral("/token"),
                 QJsonObject{{QStringLiteral("grantType"), QStringLiteral("refresh_token")},
                             {QStringLiteral("clientId"), token.clientId},
                             {QStringLiteral("clientSecret"), token.clientSecret},
                             {QStringLiteral("refreshToken"), token.refreshToken}});
    if (!answer)
        return answer.error();
    SsoToken next = token;
    next.accessToken = answer->value(QStringLiteral("accessToken")).toString();
    const int expiresIn = answer->value(QStringLiteral("expiresIn")).toInt();
    if (next.accessToken.isEmpty() || expiresIn <= 0)
        return ssoError("aws.sso-oidc",
                        QStringLiteral("SSO OIDC CreateToken answered without accessToken/expiresIn"),
                        settings.oidcEndpoint.toString());
    next.expiresAt = now.addSecs(expiresIn).toUTC();
    if (answer->contains(QStringLiteral("refreshToken")))
        next.refreshToken = answer->value(QStringLiteral("refreshToken")).toString();
    next.startUrl = settings.startUrl;
    next.region = settings.ssoRegion;
    return next;
}

} // namespace

cw::Result<SsoSettings> ssoSettingsFor(const AwsEnvironment &environment, const AwsConfigFiles &files,
                                       const QString &profileName)
{
    const cw::Result<ProfileCredentialSource> source = findProfileCredentials(files, profileName);
    if (!source)
        return source.error();
    if (source->kind != ProfileCredentialSource::Kind::Sso)
        return ssoError(
            "aws.sso-config",
            QStringLiteral("The AWS profile '%1' does not sign in with IAM Identity Center (it has no "
                           "sso_session or sso_start_url).")
                .arg(profileName),
            files.configFile().path);
    SsoSettings settings;
    settings.profileName = profileName;
    settings.sessionName = source->ssoSession;
    settings.startUrl = source->ssoStartUrl;
    settings.ssoRegion = source->ssoRegion;
    settings.accountId = source->ssoAccountId;
    settings.roleName = source->ssoRoleName;
    settings.cacheDirectory = QDir(environment.homeDirectory).filePath(QStringLiteral(".aws/sso/cache"));
    const cw::Result<ResolvedEndpoint> portal = resolveServiceEndpoint(
        environment, files, profileName, QStringLiteral("sso"),
        QUrl(QStringLiteral("https://portal.sso.%1.amazonaws.com").arg(settings.ssoRegion)),
        QStringLiteral("the default IAM Identity Center portal"));
    if (!portal)
        return portal.error();
    const cw::Result<ResolvedEndpoint> oidc =
        resolveServiceEndpoint(environment, files, profileName, QStringLiteral("sso_oidc"),
                               QUrl(QStringLiteral("https://oidc.%1.amazonaws.com").arg(settings.ssoRegion)),
                               QStringLiteral("the default IAM Identity Center OIDC endpoint"));
    if (!oidc)
        return oidc.error();
    settings.portalEndpoint = portal->url;
    settings.oidcEndpoint = oidc->url;
    return settings;
}

QString ssoCacheKey(const SsoSettings &settings)
{
    const QString input = settings.sessionName.isEmpty() ? settings.startUrl : settings.sessionName;
    return QString::fromLatin1(QCryptographicHash::hash(input.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString ssoCachePath(const SsoSettings &settings)
{
    return QDir(settings.cacheDirectory).filePath(ssoCacheKey(settings) + QStringLiteral(".json"));
}

QString ssoTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

QString ssoLoginHint(const SsoSettings &settings)
{
    return QStringLiteral("Sign in again: run 'aws sso login --profile %1'.").arg(settings.profileName);
}

cw::Result<SsoToken> loadSsoToken(const SsoSettings &settings)
{
    const QString path = ssoCachePath(settings);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ssoError(
            "aws.sso-token",
            QStringLiteral("No IAM Identity Center sign-in is cached for %1 (%2 does not exist). %3")
                .arg(who(settings), path, ssoLoginHint(settings)),
            path);
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    SsoToken token;
    token.accessToken = json.value(QStringLiteral("accessToken")).toString();
    token.expiresAt =
        QDateTime::fromString(json.value(QStringLiteral("expiresAt")).toString(), Qt::ISODateWithMs);
    token.refreshToken = json.value(QStringLiteral("refreshToken")).toString();
    token.clientId = json.value(QStringLiteral("clientId")).toString();
    token.clientSecret = json.value(QStringLiteral("clientSecret")).toString();
    token.registrationExpiresAt = json.value(QStringLiteral("registrationExpiresAt")).toString();
    token.region = json.value(QStringLiteral("region")).toString();
    token.startUrl = json.value(QStringLiteral("startUrl")).toString();
    if (token.accessToken.isEmpty() || !token.expiresAt.isValid())
        return ssoError("aws.sso-token",
                        QStringLiteral("The cached IAM Identity Center token for %1 in %2 has no accessToken "
                                       "or expiresAt. %3")
                            .arg(who(settings), path, ssoLoginHint(settings)),
                        path);
    token.expiresAt = token.expiresAt.toUTC();
    return token;
}

cw::Status saveSsoToken(const SsoSettings &settings, const SsoToken &token)
{
    QDir().mkpath(settings.cacheDirectory);
    QJsonObject json{{QStringLiteral("startUrl"), token.startUrl},
                     {QStringLiteral("region"), token.region},
                     {QStringLiteral("accessToken"), token.accessToken},
                     {QStringLiteral("expiresAt"), ssoTimestamp(token.expiresAt)},
                     {QStringLiteral("clientId"), token.clientId},
                     {QStringLiteral("clientSecret"), token.clientSecret},
                     {QStringLiteral("registrationExpiresAt"), token.registrationExpiresAt}};
    if (!token.refreshToken.isEmpty())
        json.insert(QStringLiteral("refreshToken"), token.refreshToken);
    const QString path = ssoCachePath(settings);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ssoError("aws.sso-token", QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()),
                        path);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return ssoError("aws.sso-token", QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()),
                        path);
    return cw::Ok{};
}

cw::Result<SsoToken> currentSsoToken(const SsoSettings &settings, const QDateTime &now)
{
    cw::Result<SsoToken> token = loadSsoToken(settings);
    if (!token)
        return token;
    if (now.secsTo(token->expiresAt) >= std::chrono::seconds(kRefreshWindow).count())
        return token;
    // The legacy form (no sso_session) has no refreshable token, as in the SDKs.
    std::optional<cw::Error> refreshProblem;
    if (!settings.sessionName.isEmpty()) {
        const cw::Result<SsoToken> next = refreshed(settings, *token, now);
        if (next) {
            if (const cw::Status saved = saveSsoToken(settings, *next); !saved)
                return saved.error();
            return next;
        }
        refreshProblem = next.error();
    }
    if (token->expiresAt > now)
        return token; // still valid for a while: use it, try refreshing next time
    const QString why = refreshProblem ? QStringLiteral(" and could not be refreshed (%1)")
                                             .arg(QString::fromStdString(refreshProblem->message))
                                       : QString();
    return ssoError("aws.sso-token",
                    QStringLiteral("The IAM Identity Center sign-in for %1 expired at %2%3. %4")
                        .arg(who(settings), ssoTimestamp(token->expiresAt), why, ssoLoginHint(settings)),
                    ssoCachePath(settings));
}

cw::Result<Credentials> ssoRoleCredentials(const SsoSettings &settings, const QDateTime &now)
{
    const cw::Result<SsoToken> token = currentSsoToken(settings, now);
    if (!token)
        return token.error();
    CredentialHttpRequest request;
    request.url = settings.portalEndpoint;
    request.url.setPath(request.url.path() + QStringLiteral("/federation/credentials"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("role_name"), settings.roleName);
    query.addQueryItem(QStringLiteral("account_id"), settings.accountId);
    request.url.setQuery(query);
    request.timeout = settings.timeout;
    request.headers.append(
        std::pair<QByteArray, QByteArray>("x-amz-sso_bearer_token", token->accessToken.toUtf8()));
    const cw::Result<CredentialHttpResponse> response = sendCredentialHttp(request);
    if (!response)
        return response.error();
    const QJsonObject json = QJsonDocument::fromJson(response->body).object();
    if (response->status < 200 || response->status >= 300) {
        QString type =
            QString::fromUtf8(response->header("x-amzn-ErrorType")).section(QLatin1Char(':'), 0, 0);
        if (type.isEmpty())
            type = json.value(QStringLiteral("__type")).toString().section(QLatin1Char('#'), -1);
        const QString message = json.value(QStringLiteral("message")).toString();
        const bool signInAgain = response->status == 401 || type == QStringLiteral("UnauthorizedException");
        return ssoError("aws.sso",
                        QStringLiteral("IAM Identity Center refused role %1 in account %2 (HTTP %3%4%5).%6")
                            .arg(settings.roleName, settings.accountId)
                            .arg(response->status)
                            .arg(type.isEmpty() ? QString() : QStringLiteral(", ") + type,
                                 message.isEmpty() ? QString() : QStringLiteral(": ") + message,
                                 signInAgain ? QStringLiteral(" The sign-in is no longer valid. ") +
                                                   ssoLoginHint(settings)
                                             : QString()),
                        settings.portalEndpoint.toString());
    }
    const QJsonObject role = json.value(QStringLiteral("roleCredentials")).toObject();
    Credentials credentials{role.value(QStringLiteral("accessKeyId")).toString(),
                            role.value(QStringLiteral("secretAccessKey")).toString(),
                            role.value(QStringLiteral("sessionToken")).toString(), std::nullopt};
    const qint64 expiration = qint64(role.value(QStringLiteral("expiration")).toDouble());
    if (!credentials.isValid() || expiration <= 0)
        return ssoError("aws.sso", QStringLiteral("IAM Identity Center answered without role credentials."),
                        settings.portalEndpoint.toString());
    credentials.expiration = QDateTime::fromMSecsSinceEpoch(expiration, Qt::UTC);
    return credentials;
}

cw::Result<SsoClientRegistration> registerSsoClient(const SsoSettings &settings, const QString &clientName)
{
    const cw::Result<QJsonObject> answer =
        postJson(settings, QStringLiteral("/client/register"),
                 QJsonObject{{QStringLiteral("clientName"), clientName},
                             {QStringLiteral("clientType"), QStringLiteral("public")},
                             {QStringLiteral("scopes"), QJsonArray{QStringLiteral("sso:account:access")}}});
    if (!answer)
        return answer.error();
    SsoClientRegistration client{
        answer->value(QStringLiteral("clientId")).toString(),
        answer->value(QStringLiteral("clientSecret")).toString(),
        QDateTime::fromSecsSinceEpoch(
            qint64(answer->value(QStringLiteral("clientSecretExpiresAt")).toDouble()), Qt::UTC)};
    if (client.clientId.isEmpty() || client.clientSecret.isEmpty())
        return ssoError("aws.sso-oidc", QStringLiteral("SSO OIDC RegisterClient answered without a client."),
                        settings.oidcEndpoint.toString());
    return client;
}

cw::Result<SsoDeviceAuthorization> startSsoDeviceAuthorization(const SsoSettings &settings,
                                                               const SsoClientRegistration &client)
{
    const cw::Result<QJsonObject> answer =
        postJson(settings, QStringLiteral("/device_authorization"),
                 QJsonObject{{QStringLiteral("clientId"), client.clientId},
                             {QStringLiteral("clientSecret"), client.clientSecret},
                             {QStringLiteral("startUrl"), settings.startUrl}});
    if (!answer)
        return answer.error();
    SsoDeviceAuthorization authorization;
    authorization.deviceCode = answer->value(QStringLiteral("deviceCode")).toString();
    authorization.userCode = answer->value(QStringLiteral("userCode")).toString();
    authorization.verificationUri = QUrl(answer->value(QStringLiteral("verificationUri")).toString());
    authorization.verificationUriComplete =
        QUrl(answer->value(QStringLiteral("verificationUriComplete")).toString());
    authorization.expiresInSeconds = answer->value(QStringLiteral("expiresIn")).toInt(600);
    authorization.intervalSeconds = std::max(1, answer->value(QStringLiteral("interval")).toInt(5));
    if (authorization.deviceCode.isEmpty() || authorization.userCode.isEmpty() ||
        !authorization.verificationUri.isValid())
        return ssoError("aws.sso-oidc",
                        QStringLiteral("SSO OIDC StartDeviceAuthorization answered without a code."),
                        settings.oidcEndpoint.toString());
    if (!authorization.verificationUriComplete.isValid())
        authorization.verificationUriComplete = authorization.verificationUri;
    return authorization;
}

cw::Result<std::optional<SsoToken>> pollSsoDeviceToken(const SsoSettings &settings,
                                                       const SsoClientRegistration &client,
                                                       const SsoDeviceAuthorization &authorization,
                                                       const QDateTime &now)
{
    const cw::Result<QJsonObject> answer =
        postJson(settings, QStringLiteral("/token"),
                 QJsonObject{{QStringLiteral("clientId"), client.clientId},
                             {QStringLiteral("clientSecret"), client.clientSecret},
                             {QStringLiteral("grantType"),
                              QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                             {QStringLiteral("deviceCode"), authorization.deviceCode}});
    if (!answer) {
        const QString error = oidcErrorOf(answer.error());
        if (error == QStringLiteral("authorization_pending") || error == QStringLiteral("slow_down"))
            return std::optional<SsoToken>();
        return answer.error();
    }
    SsoToken token;
    token.accessToken = answer->value(QStringLiteral("accessToken")).toString();
    const int expiresIn = answer->value(QStringLiteral("expiresIn")).toInt();
    if (token.accessToken.isEmpty() || expiresIn <= 0)
        return ssoError("aws.sso-oidc",
                        QStringLiteral("SSO OIDC CreateToken answered without accessToken/expiresIn"),
                        settings.oidcEndpoint.toString());
    token.expiresAt = now.addSecs(expiresIn).toUTC();
    token.refreshToken = answer->value(QStringLiteral("refreshToken")).toString();
    token.clientId = client.clientId;
    token.clientSecret = client.clientSecret;
    token.registrationExpiresAt = ssoTimestamp(client.expiresAt);
    token.region = settings.ssoRegion;
    token.startUrl = settings.startUrl;
    if (const cw::Status saved = saveSsoToken(settings, token); !saved)
        return saved.error();
    return std::optional<SsoToken>(token);
}

} // namespace cw::net
