#pragma once
// A throwaway home directory for credential tests: ~/.aws files, scripts, and an AwsEnvironment
// that holds only PATH, AWS_EC2_METADATA_DISABLED=true (no instance metadata beyond loopback) and
// the variables a test sets, so the real ~/.aws and AWS_* never leak in.

#include "auth/aws_environment.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

namespace cw::net::testing {

class AwsTestHome {
public:
    bool isValid() const { return m_dir.isValid(); }
    QString path(const QString &relative) const { return m_dir.filePath(relative); }
    // Writes a file below the home directory, creating folders; returns its absolute path.
    QString writeFile(const QString &relative, const QByteArray &content) const;
    QString writeConfig(const QByteArray &content) const
    {
        return writeFile(QStringLiteral(".aws/config"), content);
    }
    QString writeCredentials(const QByteArray &content) const
    {
        return writeFile(QStringLiteral(".aws/credentials"), content);
    }
    // Writes an executable /bin/sh script; returns its absolute path.
    QString writeScript(const QString &name, const QByteArray &body) const;
    AwsEnvironment environment(const QMap<QString, QString> &variables = {}) const;

private:
    QTemporaryDir m_dir;
};

} // namespace cw::net::testing
