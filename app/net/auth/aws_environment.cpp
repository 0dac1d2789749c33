#include "auth/aws_environment.h"

#include <QDir>

namespace cw::net {

AwsEnvironment AwsEnvironment::system()
{
    return AwsEnvironment{QProcessEnvironment::systemEnvironment(), QDir::homePath()};
}

QString AwsEnvironment::get(const QString &name) const
{
    return variables.value(name).trimmed();
}

QString AwsEnvironment::expandHome(const QString &path) const
{
    if (path == QStringLiteral("~"))
        return homeDirectory;
    if (path.startsWith(QStringLiteral("~/")))
        return homeDirectory + path.mid(1);
    return path;
}

QString AwsEnvironment::configFilePath() const
{
    const QString overridden = get(QStringLiteral("AWS_CONFIG_FILE"));
    return expandHome(overridden.isEmpty() ? QStringLiteral("~/.aws/config") : overridden);
}

QString AwsEnvironment::credentialsFilePath() const
{
    const QString overridden = get(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"));
    return expandHome(overridden.isEmpty() ? QStringLiteral("~/.aws/credentials") : overridden);
}

QString AwsEnvironment::profileName(const QString &explicitProfile) const
{
    if (!explicitProfile.trimmed().isEmpty())
        return explicitProfile.trimmed();
    for (const QString &variable : {QStringLiteral("AWS_PROFILE"), QStringLiteral("AWS_DEFAULT_PROFILE")}) {
        const QString value = get(variable);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("default");
}

} // namespace cw::net
