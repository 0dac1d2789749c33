#include "auth/credential_resolver.h"

#include "auth/aws_config_files.h"
#include "auth/profile_credentials.h"

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

} // namespace

CredentialResolver::CredentialResolver(AwsEnvironment environment, CredentialResolverOptions options)
    : m_environment(std::move(environment)), m_options(std::move(options)),
      m_profileName(m_environment.profileName(m_options.profile))
{
}

CredentialResolver::~CredentialResolver() = default;

cw::Result<Credentials> CredentialResolver::resolve()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_fixed)
        return *m_fixed;
    if (m_process)
        return m_process->credentials();
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

cw::Result<Credentials> CredentialResolver::resolveFirstTime()
{
    if (m_options.profile.trimmed().isEmpty()) {
        if (auto fromEnv = fromEnvironment()) {
            if (fromEnv->ok()) {
                m_fixed = fromEnv->value();
                m_source = QStringLiteral("environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY");
            }
            return *fromEnv;
        }
    }
    const cw::Result<AwsConfigFiles> files = AwsConfigFiles::load(m_environment);
    if (!files)
        return files.error();
    const cw::Result<ProfileCredentialSource> source = findProfileCredentials(*files, m_profileName);
    if (!source) {
        const std::string &code = source.error().code;
        if (code == "aws.profile-not-found" || code == "aws.no-credentials")
            return noCredentialsError(source.error());
        return source.error();
    }
    m_source = source->origin;
    if (source->kind == ProfileCredentialSource::Kind::StaticKeys) {
        m_fixed = source->credentials;
        return *m_fixed;
    }
    CredentialProcessOptions processOptions;
    processOptions.timeout = m_options.processTimeout;
    processOptions.environment = m_environment.variables;
    m_process = std::make_unique<CachedCredentialProcess>(source->command, source->origin, processOptions,
                                                          m_options.refreshMargin, m_options.clock);
    cw::Result<Credentials> first = m_process->credentials();
    if (!first)
        m_process.reset(); // retry from scratch next time: the user may have fixed the config
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
