#pragma once
// The process environment and home directory the AWS configuration is read from. Injectable, so
// tests (and a "--profile"/"--region" CLI) never depend on the real ~/.aws or the real variables.

#include <QProcessEnvironment>
#include <QString>

namespace cw::net {

struct AwsEnvironment {
    QProcessEnvironment variables;
    QString homeDirectory;

    // The running process's environment and the user's home directory.
    static AwsEnvironment system();

    // The variable's value, trimmed; empty when unset or blank (the AWS CLI ignores blank ones).
    QString get(const QString &name) const;
    // "~" or "~/x" at the start of `path` expanded with `homeDirectory`.
    QString expandHome(const QString &path) const;
    // AWS_CONFIG_FILE, else ~/.aws/config.
    QString configFilePath() const;
    // AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/credentials.
    QString credentialsFilePath() const;
    // explicitProfile (a --profile option), else AWS_PROFILE, else AWS_DEFAULT_PROFILE, else "default".
    QString profileName(const QString &explicitProfile = QString()) const;
};

} // namespace cw::net
