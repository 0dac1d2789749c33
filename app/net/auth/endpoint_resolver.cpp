#include "auth/endpoint_resolver.h"

#include <QRegularExpression>

namespace cw::net {

namespace {

cw::Error endpointError(const char *code, const QString &message, const QString &source)
{
    return cw::makeError(code, message.toStdString(), cw::Location{{}, {}, 0, 0, source.toStdString()});
}

bool isTrue(const QString &value)
{
    return value.compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
}

// The services-section endpoint of the profile for `serviceKey`, empty when it has none.
cw::Result<QString> servicesEndpoint(const AwsConfigFiles &files, const AwsProfile &profile,
                                     const QString &serviceKey)
{
    const QString servicesName = profile.value(QStringLiteral("services"));
    if (servicesName.isEmpty())
        return QString();
    const IniSection *section = files.servicesSection(servicesName);
    if (!section)
        return endpointError("aws.services-not-found",
                             QStringLiteral("%1 says services = %2, but %3 has no [services %2] section.")
                                 .arg(profile.describe(), servicesName, files.configFile().path),
                             profile.describe());
    return section->nested.value(serviceKey).value(QStringLiteral("endpoint_url"));
}

} // namespace

cw::Result<ResolvedRegion> resolveRegion(const AwsEnvironment &environment, const AwsConfigFiles &files,
                                         const QString &profileName, const QString &explicitRegion)
{
    ResolvedRegion resolved{explicitRegion.trimmed(), QStringLiteral("option")};
    for (const QString &variable : {QStringLiteral("AWS_REGION"), QStringLiteral("AWS_DEFAULT_REGION")}) {
        if (resolved.region.isEmpty())
            resolved = {environment.get(variable), variable};
    }
    const std::optional<AwsProfile> profile = files.profile(profileName);
    if (resolved.region.isEmpty() && profile)
        resolved = {profile->value(QStringLiteral("region")), profile->describe()};
    if (resolved.region.isEmpty())
        return endpointError(
            "aws.no-region",
            QStringLiteral("No AWS region is set for profile '%1'. Set AWS_REGION, add "
                           "'region = us-east-1' (for example) to that profile in %2, or pass "
                           "--region.")
                .arg(profileName, files.configFile().path),
            QStringLiteral("profile ") + profileName);
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!valid.match(resolved.region).hasMatch())
        return endpointError("aws.invalid-region",
                             QStringLiteral("'%1' (from %2) is not an AWS region name such as us-east-1.")
                                 .arg(resolved.region, resolved.source),
                             resolved.source);
    return resolved;
}

cw::Result<ResolvedEndpoint> resolveEndpoint(const AwsEnvironment &environment, const AwsConfigFiles &files,
                                             const QString &profileName, const QString &region,
                                             const QString &explicitUrl)
{
    return resolveServiceEndpoint(environment, files, profileName, QString::fromLatin1(kCasesServiceKey),
                                  defaultCasesEndpoint(region),
                                  QStringLiteral("default for region ") + region, explicitUrl);
}

cw::Result<ResolvedEndpoint> resolveServiceEndpoint(const AwsEnvironment &environment,
                                                    const AwsConfigFiles &files, const QString &profileName,
                                                    const QString &serviceKey, const QUrl &defaultUrl,
                                                    const QString &defaultSource, const QString &explicitUrl)
{
    QString url = explicitUrl.trimmed();
    QString source = QStringLiteral("--endpoint-url");
    const std::optional<AwsProfile> profile = files.profile(profileName);
    const bool ignoreConfigured =
        isTrue(environment.get(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"))) ||
        (profile && isTrue(profile->value(QStringLiteral("ignore_configured_endpoint_urls"))));
    if (url.isEmpty() && !ignoreConfigured) {
        const QString serviceVariable = QStringLiteral("AWS_ENDPOINT_URL_") + serviceKey.toUpper();
        for (const QString &variable : {serviceVariable, QStringLiteral("AWS_ENDPOINT_URL")}) {
            if (url.isEmpty()) {
                url = environment.get(variable);
                source = variable;
            }
        }
        if (url.isEmpty() && profile) {
            const cw::Result<QString> fromServices = servicesEndpoint(files, *profile, serviceKey);
            if (!fromServices)
                return fromServices.error();
            url = *fromServices;
            source = QStringLiteral("[services %1] of %2")
                         .arg(profile->value(QStringLiteral("services")), profile->describe());
            if (url.isEmpty()) {
                url = profile->value(QStringLiteral("endpoint_url"));
                source = QStringLiteral("endpoint_url of ") + profile->describe();
            }
        }
    }
    if (url.isEmpty())
        return ResolvedEndpoint{defaultUrl, defaultSource};
    const cw::Result<QUrl> checked = checkEndpointUrl(url, source);
    if (!checked)
        return checked.error();
    return ResolvedEndpoint{*checked, source};
}

cw::Result<QUrl> checkEndpointUrl(const QString &url, const QString &source)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (scheme != QStringLiteral("https") && scheme != QStringLiteral("http")))
        return endpointError(
            "aws.endpoint-invalid",
            QStringLiteral("The endpoint '%1' (from %2) is not an absolute https:// URL with a "
                           "host, such as https://cases.us-east-1.amazonaws.com.")
                .arg(url, source),
            source);
    if (scheme == QStringLiteral("http") && !isLoopbackHost(parsed.host()))
        return endpointError(
            "aws.endpoint-insecure",
            QStringLiteral("Refusing the plain http:// endpoint '%1' (from %2): credentials and "
                           "case data would cross the network unencrypted. Use https://; plain "
                           "http:// is only accepted for a loopback host (localhost, 127.0.0.1, "
                           "[::1]), e.g. a local emulator.")
                .arg(url, source),
            source);
    return parsed;
}

bool isLoopbackHost(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name == QStringLiteral("localhost") || name == QStringLiteral("::1"))
        return true;
    if (name.startsWith(QStringLiteral("::ffff:")))
        name = name.mid(7);
    static const QRegularExpression ipv4(QStringLiteral("^127\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const QRegularExpressionMatch match = ipv4.match(name);
    if (!match.hasMatch())
        return false;
    for (int group = 1; group <= 3; ++group) {
        if (match.captured(group).toInt() > 255)
            return false;
    }
    return true;
}

QUrl defaultCasesEndpoint(const QString &region)
{
    const QString suffix = region.startsWith(QStringLiteral("cn-")) ? QStringLiteral("amazonaws.com.cn")
                                                                    : QStringLiteral("amazonaws.com");
    return QUrl(
        QStringLiteral("https://%1.%2.%3").arg(QString::fromLatin1(kCasesSigningName), region, suffix));
}

} // namespace cw::net
