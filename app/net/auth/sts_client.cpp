#include "auth/sts_client.h"

#include "auth/credential_http.h"
#include "auth/endpoint_resolver.h"
#include "auth/sigv4_signer.h"

#include <QXmlStreamReader>

namespace cw::net {

namespace {

constexpr char kStsVersion[] = "2011-06-15";

cw::Error stsError(const char *code, const QString &message, const QUrl &url)
{
    return cw::makeError(
        code, message.toStdString(),
        cw::Location{{}, {}, 0, 0, url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toStdString()});
}

// Reads the element texts of `xml` into "Root/A/B" -> text, without the root's name.
std::optional<QMap<QString, QString>> readXml(const QByteArray &xml)
{
    QMap<QString, QString> texts;
    QXmlStreamReader reader(xml);
    QStringList stack;
    QString text;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            stack << reader.name().toString();
            text.clear();
            break;
        case QXmlStreamReader::Characters:
            text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            if (stack.size() > 1)
                texts.insert(stack.mid(1).join(QLatin1Char('/')), text.trimmed());
            if (!stack.isEmpty())
                stack.removeLast();
            text.clear();
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return std::nullopt;
    return texts;
}

cw::Result<QMap<QString, QString>> call(const StsEndpoint &endpoint, const QString &action,
                                        const QList<std::pair<QString, QString>> &parameters,
                                        const Credentials *signer, const QDateTime &now, const QString &what)
{
    QList<std::pair<QString, QString>> form{{QStringLiteral("Action"), action},
                                            {QStringLiteral("Version"), QString::fromLatin1(kStsVersion)}};
    form += parameters;
    CredentialHttpRequest request;
    request.method = "POST";
    request.url = endpoint.url;
    request.timeout = endpoint.timeout;
    request.body = formEncode(form);
    request.headers.append(std::pair<QByteArray, QByteArray>(
        "Content-Type", "application/x-www-form-urlencoded; charset=utf-8"));
    request.headers.append(std::pair<QByteArray, QByteArray>("User-Agent", "casewright/" CASEWRIGHT_VERSION));
    if (signer) {
        HttpRequestParts parts;
        parts.method = request.method;
        parts.path = endpoint.url.path(QUrl::FullyEncoded).toUtf8();
        if (parts.path.isEmpty())
            parts.path = "/";
        parts.headers.append(std::pair<QByteArray, QByteArray>("Host", hostHeaderOf(endpoint.url)));
        parts.headers += request.headers;
        parts.body = request.body;
        SigningParams params;
        params.region = endpoint.region;
        params.service = QStringLiteral("sts");
        params.time = now;
        params.credentials = *signer;
        const cw::Result<SigningResult> signature = signHeaders(parts, params);
        if (!signature)
            return signature.error();
        request.headers += signature->headersToAdd;
    }
    const cw::Result<CredentialHttpResponse> response = sendCredentialHttp(request);
    if (!response) {
        cw::Error error = response.error();
        error.message = "STS " + action.toStdString() + " " + what.toStdString() + ": " + error.message;
        return error;
    }
    const std::optional<QMap<QString, QString>> texts = readXml(response->body);
    if (response->status < 200 || response->status >= 300) {
        const QString code = texts ? texts->value(QStringLiteral("Error/Code")) : QString();
        const QString message = texts ? texts->value(QStringLiteral("Error/Message")) : QString();
        return stsError("aws.sts",
                        QStringLiteral("STS %1 %2 was refused (HTTP %3%4%5).")
                            .arg(action, what)
                            .arg(response->status)
                            .arg(code.isEmpty() ? QString() : QStringLiteral(", ") + code,
                                 message.isEmpty() ? QString() : QStringLiteral(": ") + message),
                        endpoint.url);
    }
    if (!texts)
        return stsError("aws.sts-answer",
                        QStringLiteral("STS %1 %2 answered something that is not XML.").arg(action, what),
                        endpoint.url);
    return *texts;
}

cw::Result<Credentials> credentialsFrom(const QMap<QString, QString> &texts, const QString &action,
                                        const QString &what, const QUrl &url)
{
    const QString prefix = action + QStringLiteral("Result/Credentials/");
    Credentials credentials{texts.value(prefix + QStringLiteral("AccessKeyId")),
                            texts.value(prefix + QStringLiteral("SecretAccessKey")),
                            texts.value(prefix + QStringLiteral("SessionToken")), std::nullopt};
    const QDateTime expiration =
        QDateTime::fromString(texts.value(prefix + QStringLiteral("Expiration")), Qt::ISODateWithMs);
    if (!credentials.isValid() || credentials.sessionToken.isEmpty() || !expiration.isValid())
        return stsError("aws.sts-answer",
                        QStringLiteral("STS %1 %2 answered without complete credentials "
                                       "(AccessKeyId, SecretAccessKey, SessionToken, Expiration).")
                            .arg(action, what),
                        url);
    credentials.expiration = expiration.toUTC();
    return credentials;
}

} // namespace

QByteArray formEncode(const QList<std::pair<QString, QString>> &parameters)
{
    QByteArray body;
    for (const auto &[name, value] : parameters) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

std::optional<QString> xmlText(const QByteArray &xml, const QString &path)
{
    const std::optional<QMap<QString, QString>> texts = readXml(xml);
    if (!texts)
        return std::nullopt;
    return texts->value(path);
}

QUrl defaultStsEndpoint(const QString &region)
{
    if (region.isEmpty())
        return QUrl(QStringLiteral("https://sts.amazonaws.com"));
    const QString suffix = region.startsWith(QStringLiteral("cn-")) ? QStringLiteral("amazonaws.com.cn")
                                                                    : QStringLiteral("amazonaws.com");
    return QUrl(QStringLiteral("https://sts.%1.%2").arg(region, suffix));
}

cw::Result<StsEndpoint> resolveStsEndpoint(const AwsEnvironment &environment, const AwsConfigFiles &files,
                                           const QString &profileName, std::chrono::milliseconds timeout)
{
    const cw::Result<ResolvedRegion> region = resolveRegion(environment, files, profileName);
    const QString regionName = region ? region->region : QString();
    const cw::Result<ResolvedEndpoint> endpoint =
        resolveServiceEndpoint(environment, files, profileName, QStringLiteral("sts"),
                               defaultStsEndpoint(regionName), QStringLiteral("the default STS endpoint"));
    if (!endpoint)
        return endpoint.error();
    return StsEndpoint{endpoint->url, regionName.isEmpty() ? QStringLiteral("us-east-1") : regionName,
                       timeout};
}

cw::Result<Credentials> assumeRole(const StsEndpoint &endpoint, const Credentials &source,
                                   const AssumeRoleRequest &request, const QDateTime &now)
{
    QList<std::pair<QString, QString>> parameters{
        {QStringLiteral("RoleArn"), request.roleArn},
        {QStringLiteral("RoleSessionName"), request.roleSessionName}};
    if (!request.externalId.isEmpty())
        parameters.append({QStringLiteral("ExternalId"), request.externalId});
    if (request.durationSeconds)
        parameters.append({QStringLiteral("DurationSeconds"), QString::number(*request.durationSeconds)});
    if (!request.serialNumber.isEmpty()) {
        parameters.append({QStringLiteral("SerialNumber"), request.serialNumber});
        parameters.append({QStringLiteral("TokenCode"), request.tokenCode});
    }
    const QString what = QStringLiteral("of role %1").arg(request.roleArn);
    const cw::Result<QMap<QString, QString>> texts =
        call(endpoint, QStringLiteral("AssumeRole"), parameters, &source, now, what);
    if (!texts)
        return texts.error();
    return credentialsFrom(*texts, QStringLiteral("AssumeRole"), what, endpoint.url);
}

cw::Result<Credentials> assumeRoleWithWebIdentity(const StsEndpoint &endpoint,
                                                  const WebIdentityRequest &request)
{
    QList<std::pair<QString, QString>> parameters{
        {QStringLiteral("RoleArn"), request.roleArn},
        {QStringLiteral("RoleSessionName"), request.roleSessionName},
        {QStringLiteral("WebIdentityToken"), QString::fromUtf8(request.webIdentityToken.trimmed())}};
    if (request.durationSeconds)
        parameters.append({QStringLiteral("DurationSeconds"), QString::number(*request.durationSeconds)});
    const QString what = QStringLiteral("of role %1").arg(request.roleArn);
    const cw::Result<QMap<QString, QString>> texts =
        call(endpoint, QStringLiteral("AssumeRoleWithWebIdentity"), parameters, nullptr, QDateTime(), what);
    if (!texts)
        return texts.error();
    return credentialsFrom(*texts, QStringLiteral("AssumeRoleWithWebIdentity"), what, endpoint.url);
}

cw::Result<CallerIdentity> getCallerIdentity(const StsEndpoint &endpoint, const Credentials &credentials,
                                             const QDateTime &now)
{
    const cw::Result<QMap<QString, QString>> texts =
        call(endpoint, QStringLiteral("GetCallerIdentity"), {}, &credentials, now,
             QStringLiteral("for key %1").arg(credentials.accessKeyId));
    if (!texts)
        return texts.error();
    CallerIdentity identity{texts->value(QStringLiteral("GetCallerIdentityResult/Account")),
                            texts->value(QStringLiteral("GetCallerIdentityResult/Arn")),
                            texts->value(QStringLiteral("GetCallerIdentityResult/UserId"))};
    if (identity.account.isEmpty() || identity.arn.isEmpty())
        return stsError("aws.sts-answer",
                        QStringLiteral("STS GetCallerIdentity answered without Account and Arn."),
                        endpoint.url);
    return identity;
}

} // namespace cw::net
