#include "auth/credential_resolver.h"

#include "auth/aws_config_files.h"
#include "auth/endpoint_resolver.h"
#include "auth/metadata_credentials.h"
#include "auth/profile_credentials.h"
#include "auth/sso_credentials.h"
#include "auth/sts_client.h"

#include <QDir>
#include <QFile>

namespace cw::net {

namespace {

QString fileState(const IniFile &file, const QString &profileName, bool isConfig)
{
    if (!file.exists)
        return file.path + QStringLiteral(" (no such file)");
    const QString section = isConfig && profileName != QStringLiteral("default")
                                ? QStringLiteral("[profile %1]").arg(profileName)
                                : QStringLiteral("[%1]").arg(profileName);
    return file.path + QStringLiteral(" (no usable ") + section + QStringLiteral(" section)");
}

// botocore's default session name: the same for every refresh of one role.
QString defaultSessionName(const QDateTime &now)
{
    return QStringLiteral("botocore-session-%1").arg(now.toSecsSinceEpoch());
}

cw::Error withContext(cw::Error error, const QString &prefix)
{
    error.message = prefix.toStdString() + error.message;
    return error;
}

} // namespace

CredentialResolver::CredentialResolver(AwsEnvironment environment, CredentialResolverOptions options)
    : m_environment(std::move(environment)), m_options(std::move(options)),
      m_profileName(m_environment.profileName(m_options.profile))
{
    if (!m_options.clock)
        m_options.clock = [] { return QDateTime::currentDateTimeUtc(); };
}

CredentialResolver::~CredentialResolver() = default;

cw::Result<Credentials> CredentialResolver::resolve()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_fetch)
        return m_fetch();
    return resolveFirstTime();
}

QString CredentialResolver::sourceDescription() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_source;
}

std::optional<cw::Result<Credentials>> CredentialResolver::fromEnvironment() const
{
    const QString keyId = m_environment.get(QStringLiteral("AWS_ACCESS_KEY_ID"));
    const QString secret = m_environment.get(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    if (keyId.isEmpty() && secret.isEmpty())
        return std::nullopt;
    if (keyId.isEmpty() || secret.isEmpty())
        return cw::Result<Credentials>(cw::makeError(
            "aws.partial-credentials",
            std::string(keyId.isEmpty() ? "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not"
                                        : "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not") +
                ": set both, or unset both to use the profile '" + m_profileName.toStdString() + "'.",
            cw::Location{{}, {}, 0, 0, "environment"}));
    Credentials credentials{keyId, secret, m_environment.get(QStringLiteral("AWS_SESSION_TOKEN")),
                            std::nullopt};
    const QString expiration = m_environment.get(QStringLiteral("AWS_CREDENTIAL_EXPIRATION"));
    if (!expiration.isEmpty()) {
        const QDateTime when = QDateTime::fromString(expiration, Qt::ISODateWithMs);
        if (when.isValid())
            credentials.expiration = when.toUTC();
    }
    return cw::Result<Credentials>(credentials);
}

CredentialsFetch CredentialResolver::refreshing(CredentialsFetch fetch) const
{
    auto cache =
        std::make_shared<RefreshingCredentials>(std::move(fetch), m_options.refreshMargin, m_options.clock);
    return [cache] { return cache->credentials(); };
}

cw::Result<CredentialsFetch> CredentialResolver::makeFetch(const ProfileCredentialSource &source,
                                                           const AwsConfigFiles &files)
{
    using Kind = ProfileCredentialSource::Kind;
    switch (source.kind) {
    case Kind::StaticKeys:
        return CredentialsFetch(
            [credentials = source.credentials] { return cw::Result<Credentials>(credentials); });
    case Kind::Process: {
        CredentialProcessOptions processOptions;
        processOptions.timeout = m_options.processTimeout;
        processOptions.environment = m_environment.variables;
        auto process = std::make_shared<CachedCredentialProcess>(
            source.command, source.origin, processOptions, m_options.refreshMargin, m_options.clock);
        return CredentialsFetch([process] { return process->credentials(); });
    }
    case Kind::Environment:
        return CredentialsFetch([this, origin = source.origin]() -> cw::Result<Credentials> {
            if (std::optional<cw::Result<Credentials>> found = fromEnvironment())
                return *found;
            return cw::makeError(
                "aws.no-credentials",
                QString(origin + QStringLiteral(": AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set."))
                    .toStdString());
        });
    case Kind::Container: {
        const auto settings = containerCredentialsSettings(m_environment);
        if (!settings)
            return cw::makeError(
                "aws.container-credentials",
                QString(source.origin + QStringLiteral(": neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor "
                                                       "AWS_CONTAINER_CREDENTIALS_FULL_URI is set."))
                    .toStdString());
        if (!*settings)
            return settings->error();
        return refreshing([settings = settings->value()] { return containerCredentials(settings); });
    }
    case Kind::InstanceMetadata: {
        const std::optional<AwsProfile> profile = files.profile(m_profileName);
        const auto settings = instanceMetadataSettings(
            m_environment,
            profile ? profile->value(QStringLiteral("ec2_metadata_service_endpoint")) : QString());
        if (!settings)
            return cw::makeError(
                "aws.instance-metadata",
                QString(source.origin + QStringLiteral(": AWS_EC2_METADATA_DISABLED is true."))
                    .toStdString());
        return refreshing([settings = *settings] { return instanceMetadataCredentials(settings); });
    }
    case Kind::AssumeRole:
    case Kind::WebIdentity: {
        const cw::Result<StsEndpoint> stsEndpoint =
            resolveStsEndpoint(m_environment, files, m_profileName, m_options.serviceTimeout);
        if (!stsEndpoint)
            return stsEndpoint.error();
        const StsEndpoint sts = *stsEndpoint;
        const QString sessionName =
            source.roleSessionName.isEmpty() ? defaultSessionName(m_options.clock()) : source.roleSessionName;
        if (source.kind == Kind::WebIdentity) {
            WebIdentityRequest request{source.roleArn, sessionName, {}, source.durationSeconds};
            return refreshing([sts, request, file = m_environment.expandHome(source.webIdentityTokenFile),
                               origin = source.origin]() mutable -> cw::Result<Credentials> {
                QFile token(file); // read at each refresh: CI systems rotate it
                if (!token.open(QIODevice::ReadOnly))
                    return cw::makeError("aws.web-identity",
                                         QStringLiteral("%1: cannot read the web identity token file %2: %3")
                                             .arg(origin, file, token.errorString())
                                             .toStdString(),
                                         cw::Location{file.toStdString(), {}, 0, 0, {}});
                request.webIdentityToken = token.readAll();
                return assumeRoleWithWebIdentity(sts, request);
            });
        }
        const cw::Result<CredentialsFetch> signer = makeFetch(*source.roleSource, files);
        if (!signer)
            return signer.error();
        AssumeRoleRequest request{source.roleArn,         sessionName,      source.externalId,
                                  source.durationSeconds, source.mfaSerial, {}};
        return refreshing([this, sts, request, signer = *signer, origin = source.origin,
                           profileName = source.profileName,
                           signerOrigin = source.roleSource->origin]() mutable -> cw::Result<Credentials> {
            const cw::Result<Credentials> sourceCredentials = signer();
            if (!sourceCredentials)
                return withContext(sourceCredentials.error(),
                                   QStringLiteral("Cannot assume %1: its source (%2) has no credentials: ")
                                       .arg(origin, signerOrigin));
            if (!request.serialNumber.isEmpty()) {
                if (!m_options.mfa)
                    return cw::makeError(
                        "aws.mfa-required",
                        QStringLiteral(
                            "%1 needs a code from the MFA device %2, and nothing here can ask for it. "
                            "Run Casewright in a terminal or the designer, or use a profile without "
                            "mfa_serial.")
                            .arg(origin, request.serialNumber)
                            .toStdString(),
                        cw::Location{{}, {}, 0, 0, "profile " + profileName.toStdString()});
                const cw::Result<QString> code =
                    m_options.mfa(MfaRequest{profileName, request.serialNumber, request.roleArn});
                if (!code)
                    return code.error();
                request.tokenCode = code->trimmed();
            }
            return assumeRole(sts, *sourceCredentials, request, m_options.clock());
        });
    }
    case Kind::Sso: {
        cw::Result<SsoSettings> settings = ssoSettingsFor(m_environment, files, source.profileName);
        if (!settings)
            return settings.error();
        settings->profileName = m_profileName; // the hint names the profile the user chose
        settings->timeout = m_options.serviceTimeout;
        return refreshing([settings = *settings, clock = m_options.clock] {
            return ssoRoleCredentials(settings, clock());
        });
    }
    }
    return cw::makeError("aws.no-credentials", "unknown credential source");
}

cw::Result<Credentials> CredentialResolver::resolveFirstTime()
{
    const bool explicitProfile = !m_options.profile.trimmed().isEmpty();
    if (!explicitProfile) {
        if (auto fromEnv = fromEnvironment()) {
            if (fromEnv->ok()) {
                const Credentials fixed = fromEnv->value();
                m_fetch = [fixed] { return cw::Result<Credentials>(fixed); };
                m_source = QStringLiteral("environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY");
            }
            return *fromEnv;
        }
    }
    const cw::Result<AwsConfigFiles> files = AwsConfigFiles::load(m_environment);
    if (!files)
        return files.error();
    cw::Result<ProfileCredentialSource> source = findProfileCredentials(*files, m_profileName);

    // The web identity variables come after an assumed role of the profile and before the rest.
    const QString tokenFile = m_environment.get(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"));
    const QString roleArn = m_environment.get(QStringLiteral("AWS_ROLE_ARN"));
    const bool profileAssumes = source && source->kind == ProfileCredentialSource::Kind::AssumeRole;
    if (!explicitProfile && !profileAssumes && !tokenFile.isEmpty() && !roleArn.isEmpty()) {
        ProfileCredentialSource web;
        web.kind = ProfileCredentialSource::Kind::WebIdentity;
        web.profileName = m_profileName;
        web.roleArn = roleArn;
        web.roleSessionName = m_environment.get(QStringLiteral("AWS_ROLE_SESSION_NAME"));
        web.webIdentityTokenFile = tokenFile;
        web.origin =
            QStringLiteral("web identity role %1 of AWS_WEB_IDENTITY_TOKEN_FILE/AWS_ROLE_ARN").arg(roleArn);
        source = web;
    }

    if (!source) {
        const std::string &code = source.error().code;
        if (code != "aws.profile-not-found" && code != "aws.no-credentials")
            return source.error();
        // Only the default profile falls through to the machine's own credentials, as in the SDKs.
        const bool implicitDefault = m_profileName == QStringLiteral("default") && !explicitProfile &&
                                     m_environment.get(QStringLiteral("AWS_PROFILE")).isEmpty();
        ProfileCredentialSource machine;
        machine.profileName = m_profileName;
        if (implicitDefault && containerCredentialsSettings(m_environment)) {
            machine.kind = ProfileCredentialSource::Kind::Container;
            machine.origin = QStringLiteral("container credentials (AWS_CONTAINER_CREDENTIALS_*_URI)");
        } else if (implicitDefault && instanceMetadataSettings(m_environment)) {
            machine.kind = ProfileCredentialSource::Kind::InstanceMetadata;
            machine.origin = QStringLiteral("EC2 instance metadata");
        } else {
            return noCredentialsError(source.error());
        }
        cw::Result<CredentialsFetch> fetch = makeFetch(machine, *files);
        cw::Result<Credentials> first = fetch ? (*fetch)() : cw::Result<Credentials>(fetch.error());
        if (!first) {
            // Not on AWS: the profile's own error explains what to set up.
            if (machine.kind == ProfileCredentialSource::Kind::InstanceMetadata &&
                first.error().code == "aws.credential-http")
                return noCredentialsError(source.error());
            return first;
        }
        m_fetch = *fetch;
        m_source = machine.origin;
        return first;
    }
    cw::Result<CredentialsFetch> fetch = makeFetch(*source, *files);
    if (!fetch)
        return fetch.error();
    cw::Result<Credentials> first = (*fetch)();
    if (!first)
        return first; // retry from scratch next time: the user may have fixed the config
    m_fetch = *fetch;
    m_source = source->origin;
    return first;
}

cw::Error CredentialResolver::noCredentialsError(const cw::Error &profileError) const
{
    const cw::Result<AwsConfigFiles> files = AwsConfigFiles::load(m_environment);
    QString message = QString::fromStdString(profileError.message);
    QString checked;
    if (m_options.profile.trimmed().isEmpty())
        checked = QStringLiteral("the environment (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY not set), ");
    if (files) {
        checked += fileState(files->credentialsFile(), m_profileName, false) + QStringLiteral(", ") +
                   fileState(files->configFile(), m_profileName, true);
        const QString hint = files->missingProfileHint(m_profileName);
        if (!hint.isEmpty())
            message += QLatin1Char(' ') + hint;
        const QStringList known = files->profileNames();
        if (!known.isEmpty() && profileError.code == "aws.profile-not-found")
            message +=
                QStringLiteral(" Profiles found: ") + known.join(QStringLiteral(", ")) + QLatin1Char('.');
    }
    const QString configure = m_profileName == QStringLiteral("default")
                                  ? QStringLiteral("aws configure")
                                  : QStringLiteral("aws configure --profile ") + m_profileName;
    message =
        QStringLiteral("No AWS credentials found for profile '%1'. %2 Checked: %3. To fix: run '%4', set "
                       "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or choose another profile with "
                       "AWS_PROFILE or --profile.")
            .arg(m_profileName, message, checked, configure);
    cw::Location where = profileError.where;
    if (where.entity.empty())
        where.entity = "profile " + m_profileName.toStdString();
    return cw::makeError(profileError.code, message.toStdString(), std::move(where));
}

std::function<cw::Result<Credentials>()> makeCredentialsProvider(AwsEnvironment environment,
                                                                 CredentialResolverOptions options)
{
    auto resolver = std::make_shared<CredentialResolver>(std::move(environment), std::move(options));
    return [resolver] { return resolver->resolve(); };
}

} // namespace cw::net
