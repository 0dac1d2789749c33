#include "auth/profile_credentials.h"

namespace cw::net {

namespace {

cw::Error profileError(const char *code, const QString &message, const AwsProfile *profile)
{
    cw::Location where;
    if (profile) {
        const bool inCredentials = !profile->credentialsFile.isEmpty();
        where.file = (inCredentials ? profile->credentialsFile : profile->configFile).toStdString();
        where.line = inCredentials ? profile->credentialsLine : profile->configLine;
        where.entity = "profile " + profile->name.toStdString();
    }
    return cw::makeError(code, message.toStdString(), std::move(where));
}

// Static keys of the profile, nullopt when it has none; an error when only half is there.
cw::Result<std::optional<Credentials>> staticKeys(const AwsProfile &profile)
{
    const QString keyId = profile.value(QStringLiteral("aws_access_key_id"));
    const QString secret = profile.value(QStringLiteral("aws_secret_access_key"));
    if (keyId.isEmpty() && secret.isEmpty())
        return std::optional<Credentials>();
    if (keyId.isEmpty() || secret.isEmpty())
        return profileError("aws.partial-credentials",
                            QStringLiteral("%1 has %2 but no %3; set both.")
                                .arg(profile.describe(),
                                     keyId.isEmpty() ? QStringLiteral("aws_secret_access_key")
                                                     : QStringLiteral("aws_access_key_id"),
                                     keyId.isEmpty() ? QStringLiteral("aws_access_key_id")
                                                     : QStringLiteral("aws_secret_access_key")),
                            &profile);
    return std::optional<Credentials>(
        Credentials{keyId, secret, profile.value(QStringLiteral("aws_session_token")), std::nullopt});
}

cw::Error loopError(const QStringList &chain, const QString &next, const AwsProfile &profile)
{
    return profileError("aws.source-profile-loop",
                        QStringLiteral("source_profile loops: %1 -> %2. Point one of them at a profile "
                                       "with aws_access_key_id/aws_secret_access_key or credential_process.")
                            .arg(chain.join(QStringLiteral(" -> ")), next),
                        &profile);
}

bool hasStaticKeys(const AwsProfile &profile)
{
    return profile.has(QStringLiteral("aws_access_key_id")) ||
           profile.has(QStringLiteral("aws_secret_access_key"));
}

cw::Result<ProfileCredentialSource> resolveChain(const AwsConfigFiles &files, const QString &name,
                                                 QStringList chain, bool ignoreRole);

cw::Result<ProfileCredentialSource> ssoSource(const AwsConfigFiles &files, const AwsProfile &profile)
{
    ProfileCredentialSource source;
    source.kind = ProfileCredentialSource::Kind::Sso;
    source.profileName = profile.name;
    source.origin = QStringLiteral("IAM Identity Center of ") + profile.describe();
    source.ssoSession = profile.value(QStringLiteral("sso_session"));
    source.ssoAccountId = profile.value(QStringLiteral("sso_account_id"));
    source.ssoRoleName = profile.value(QStringLiteral("sso_role_name"));
    QStringList missing;
    if (!source.ssoSession.isEmpty()) {
        const IniSection *session = files.ssoSessionSection(source.ssoSession);
        if (!session)
            return profileError(
                "aws.sso-config",
                QStringLiteral("%1 says sso_session = %2, but %3 has no [sso-session %2] section.")
                    .arg(profile.describe(), source.ssoSession, files.configFile().path),
                &profile);
        source.ssoStartUrl = session->values.value(QStringLiteral("sso_start_url"));
        source.ssoRegion = session->values.value(QStringLiteral("sso_region"));
        for (const char *key : {"sso_start_url", "sso_region"})
            if (session->values.value(QString::fromLatin1(key)).isEmpty())
                missing
                    << QStringLiteral("%1 (in [sso-session %2])").arg(QLatin1String(key), source.ssoSession);
        // A profile may repeat the session's values; different ones are a mistake the SDKs refuse.
        for (const char *key : {"sso_start_url", "sso_region"}) {
            const QString own = profile.value(QString::fromLatin1(key));
            if (!own.isEmpty() && own != session->values.value(QString::fromLatin1(key)))
                return profileError("aws.sso-config",
                                    QStringLiteral("%1 sets %2 = %3, but its [sso-session %4] says %5.")
                                        .arg(profile.describe(), QLatin1String(key), own, source.ssoSession,
                                             session->values.value(QString::fromLatin1(key))),
                                    &profile);
        }
    } else {
        source.ssoStartUrl = profile.value(QStringLiteral("sso_start_url"));
        source.ssoRegion = profile.value(QStringLiteral("sso_region"));
        for (const char *key : {"sso_start_url", "sso_region"})
            if (profile.value(QString::fromLatin1(key)).isEmpty())
                missing << QString::fromLatin1(key);
    }
    for (const char *key : {"sso_account_id", "sso_role_name"})
        if (profile.value(QString::fromLatin1(key)).isEmpty())
            missing << QString::fromLatin1(key);
    if (!missing.isEmpty())
        return profileError(
            "aws.sso-config",
            QStringLiteral("%1 signs in with IAM Identity Center but lacks %2. 'aws configure sso "
                           "--profile %3' writes a complete profile.")
                .arg(profile.describe(), missing.join(QStringLiteral(", ")), profile.name),
            &profile);
    return source;
}

cw::Result<ProfileCredentialSource> roleSource(const AwsConfigFiles &files, const AwsProfile &profile,
                                               const QStringList &chain)
{
    ProfileCredentialSource source;
    source.profileName = profile.name;
    source.roleArn = profile.value(QStringLiteral("role_arn"));
    source.roleSessionName = profile.value(QStringLiteral("role_session_name"));
    source.externalId = profile.value(QStringLiteral("external_id"));
    source.mfaSerial = profile.value(QStringLiteral("mfa_serial"));
    const QString duration = profile.value(QStringLiteral("duration_seconds"));
    if (!duration.isEmpty()) {
        bool ok = false;
        const int seconds = duration.toInt(&ok);
        if (!ok || seconds < 900 || seconds > 43200)
            return profileError("aws.role-config",
                                QStringLiteral("%1 has duration_seconds = %2; STS accepts a whole number of "
                                               "seconds from 900 (15 minutes) to 43200 (12 hours).")
                                    .arg(profile.describe(), duration),
                                &profile);
        source.durationSeconds = seconds;
    }
    const QString tokenFile = profile.value(QStringLiteral("web_identity_token_file"));
    const QString sourceProfile = profile.value(QStringLiteral("source_profile"));
    const QString credentialSource = profile.value(QStringLiteral("credential_source"));
    if (!tokenFile.isEmpty() && sourceProfile.isEmpty() && credentialSource.isEmpty()) {
        source.kind = ProfileCredentialSource::Kind::WebIdentity;
        source.webIdentityTokenFile = tokenFile;
        source.origin = QStringLiteral("web identity role %1 of %2").arg(source.roleArn, profile.describe());
        return source;
    }
    source.kind = ProfileCredentialSource::Kind::AssumeRole;
    source.origin = QStringLiteral("role %1 of %2").arg(source.roleArn, profile.describe());
    if (!sourceProfile.isEmpty() && !credentialSource.isEmpty())
        return profileError("aws.role-config",
                            QStringLiteral("%1 has both source_profile and credential_source; keep one.")
                                .arg(profile.describe()),
                            &profile);
    if (sourceProfile.isEmpty() && credentialSource.isEmpty())
        return profileError("aws.role-config",
                            QStringLiteral("%1 has role_arn but neither source_profile nor credential_source "
                                           "to assume it with.")
                                .arg(profile.describe()),
                            &profile);
    auto signer = std::make_shared<ProfileCredentialSource>();
    signer->profileName = profile.name;
    if (!credentialSource.isEmpty()) {
        const QString kind = credentialSource.toLower();
        if (kind == QStringLiteral("environment"))
            signer->kind = ProfileCredentialSource::Kind::Environment;
        else if (kind == QStringLiteral("ecscontainer"))
            signer->kind = ProfileCredentialSource::Kind::Container;
        else if (kind == QStringLiteral("ec2instancemetadata"))
            signer->kind = ProfileCredentialSource::Kind::InstanceMetadata;
        else
            return profileError("aws.role-config",
                                QStringLiteral("%1 has credential_source = %2; it must be Environment, "
                                               "EcsContainer or Ec2InstanceMetadata.")
                                    .arg(profile.describe(), credentialSource),
                                &profile);
        signer->origin =
            QStringLiteral("credential_source %1 of %2").arg(credentialSource, profile.describe());
        source.roleSource = signer;
        return source;
    }
    // A profile may name itself as source_profile when it has its own keys (the SDKs allow it).
    const bool selfWithKeys = sourceProfile == profile.name && hasStaticKeys(profile);
    if (chain.contains(sourceProfile) && !selfWithKeys)
        return loopError(chain, sourceProfile, profile);
    // The source profile's own credentials when it has keys or no role of its own; else its role.
    const std::optional<AwsProfile> next = files.profile(sourceProfile);
    const bool nextAssumes = next && next->has(QStringLiteral("role_arn")) && !hasStaticKeys(*next);
    cw::Result<ProfileCredentialSource> sourceCredentials =
        resolveChain(files, sourceProfile, selfWithKeys ? QStringList() : chain, !nextAssumes);
    if (!sourceCredentials)
        return sourceCredentials.error();
    source.roleSource = std::make_shared<ProfileCredentialSource>(std::move(sourceCredentials).value());
    return source;
}

cw::Result<ProfileCredentialSource> resolveChain(const AwsConfigFiles &files, const QString &name,
                                                 QStringList chain, bool ignoreRole)
{
    const std::optional<AwsProfile> profile = files.profile(name);
    if (!profile) {
        if (chain.isEmpty())
            return profileError("aws.profile-not-found",
                                QStringLiteral("The AWS profile '%1' is not in %2 nor in %3.")
                                    .arg(name, files.configFile().path, files.credentialsFile().path),
                                nullptr);
        const std::optional<AwsProfile> parent = files.profile(chain.last());
        return profileError("aws.source-profile-not-found",
                            QStringLiteral("%1 names source_profile '%2', which is not in %3 nor in %4. %5")
                                .arg(parent->describe(), name, files.configFile().path,
                                     files.credentialsFile().path, files.missingProfileHint(name)),
                            &*parent);
    }
    chain << name;
    if (!ignoreRole && profile->has(QStringLiteral("role_arn")))
        return roleSource(files, *profile, chain);
    if (profile->has(QStringLiteral("web_identity_token_file")) && !profile->has(QStringLiteral("role_arn")))
        return profileError(
            "aws.role-config",
            QStringLiteral("%1 has web_identity_token_file but no role_arn to assume with it.")
                .arg(profile->describe()),
            &*profile);
    if (profile->has(QStringLiteral("sso_session")) || profile->has(QStringLiteral("sso_start_url")) ||
        profile->has(QStringLiteral("sso_account_id")))
        return ssoSource(files, *profile);

    const cw::Result<std::optional<Credentials>> keys = staticKeys(*profile);
    if (!keys)
        return keys.error();
    const bool keysInCredentialsFile =
        profile->valueFiles.value(QStringLiteral("aws_access_key_id")) == files.credentialsFile().path;
    ProfileCredentialSource source;
    source.profileName = name;
    source.origin = profile->describe();
    if (keys->has_value() && keysInCredentialsFile) {
        source.credentials = **keys;
        return source;
    }
    if (profile->has(QStringLiteral("credential_process"))) {
        source.kind = ProfileCredentialSource::Kind::Process;
        source.command = profile->value(QStringLiteral("credential_process"));
        source.origin = QStringLiteral("credential_process of ") + profile->describe();
        return source;
    }
    if (keys->has_value()) {
        source.credentials = **keys;
        return source;
    }
    const QString next = profile->value(QStringLiteral("source_profile"));
    if (!next.isEmpty()) {
        if (chain.contains(next))
            return loopError(chain, next, *profile);
        return resolveChain(files, next, chain, false);
    }
    return profileError(
        "aws.no-credentials",
        QStringLiteral("%1 has no credentials: add aws_access_key_id and aws_secret_access_key "
                       "(e.g. with 'aws configure --profile %2'), credential_process, role_arn, "
                       "sso_session, or source_profile.")
            .arg(profile->describe(), name),
        &*profile);
}

} // namespace

cw::Result<ProfileCredentialSource> findProfileCredentials(const AwsConfigFiles &files,
                                                           const QString &profileName)
{
    return resolveChain(files, profileName, {}, false);
}

} // namespace cw::net
