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

QString exportHint(const QString &profileName)
{
    return QStringLiteral(
               "As a workaround, let the AWS CLI v2 get the credentials: make another profile with "
               "'credential_process = aws configure export-credentials --profile %1 --format process' "
               "and use that one.")
        .arg(profileName);
}

std::optional<cw::Error> unsupportedSource(const AwsProfile &profile)
{
    const char *what = nullptr;
    if (profile.has(QStringLiteral("role_arn")))
        what = "assumes an IAM role (role_arn)";
    else if (profile.has(QStringLiteral("sso_session")) || profile.has(QStringLiteral("sso_start_url")))
        what = "signs in with IAM Identity Center (sso_session / sso_start_url)";
    else if (profile.has(QStringLiteral("web_identity_token_file")))
        what = "uses a web identity token (web_identity_token_file)";
    else if (profile.has(QStringLiteral("credential_source")))
        what = "uses credential_source";
    if (!what)
        return std::nullopt;
    return profileError("aws.unsupported-credential-source",
                        QStringLiteral("%1 %2, which Casewright cannot do itself yet. %3")
                            .arg(profile.describe(), QString::fromLatin1(what), exportHint(profile.name)),
                        &profile);
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

cw::Result<ProfileCredentialSource> resolveChain(const AwsConfigFiles &files, const QString &name,
                                                 QStringList chain)
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
    if (auto unsupported = unsupportedSource(*profile))
        return *unsupported;

    const cw::Result<std::optional<Credentials>> keys = staticKeys(*profile);
    if (!keys)
        return keys.error();
    const bool keysInCredentialsFile =
        profile->valueFiles.value(QStringLiteral("aws_access_key_id")) == files.credentialsFile().path;
    ProfileCredentialSource source;
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
            return profileError(
                "aws.source-profile-loop",
                QStringLiteral("source_profile loops: %1 -> %2. Point one of them at a profile "
                               "with aws_access_key_id/aws_secret_access_key or credential_process.")
                    .arg(chain.join(QStringLiteral(" -> ")), next),
                &*profile);
        return resolveChain(files, next, chain);
    }
    return profileError(
        "aws.no-credentials",
        QStringLiteral("%1 has no credentials: add aws_access_key_id and aws_secret_access_key "
                       "(e.g. with 'aws configure --profile %2'), credential_process, or "
                       "source_profile.")
            .arg(profile->describe(), name),
        &*profile);
}

} // namespace

cw::Result<ProfileCredentialSource> findProfileCredentials(const AwsConfigFiles &files,
                                                           const QString &profileName)
{
    return resolveChain(files, profileName, {});
}

} // namespace cw::net
