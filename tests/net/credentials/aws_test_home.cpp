#include "aws_test_home.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace cw::net::testing {

QString AwsTestHome::writeFile(const QString &relative, const QByteArray &content) const
{
    const QString absolute = m_dir.filePath(relative);
    QDir().mkpath(QFileInfo(absolute).absolutePath());
    QFile file(absolute);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(absolute));
    return absolute;
}

QString AwsTestHome::writeScript(const QString &name, const QByteArray &body) const
{
    const QString absolute = writeFile(name, "#!/bin/sh\n" + body);
    QFile::setPermissions(absolute, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return absolute;
}

AwsEnvironment AwsTestHome::environment(const QMap<QString, QString> &variables) const
{
    QProcessEnvironment process;
    process.insert(QStringLiteral("PATH"), QProcessEnvironment::systemEnvironment().value(
                                               QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin")));
    // Tests reach loopback only: the default profile's last fallback, EC2 instance metadata at
    // 169.254.169.254, stays off unless a test points it at a fake.
    process.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        process.insert(it.key(), it.value());
    return AwsEnvironment{process, m_dir.path()};
}

} // namespace cw::net::testing
