#pragma once
// Shared by the CLI tests that run the real casewright-cli on copies of the sample project.

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QStringList>

namespace cw::clitest {

inline const QString kSampleSnapshot =
    QStringLiteral(CASEWRIGHT_SOURCE_DIR "/resources/sample/support-centre.snapshot.json");
inline const QString kSampleProject = QStringLiteral(CASEWRIGHT_SOURCE_DIR "/resources/sample-project");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CASEWRIGHT_CLI_PATH), arguments);
    process.waitForFinished(60000);
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

// Every file below `from` (hidden ones too: a project's .casewright/) copied below `to`.
inline bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// Every file's path and hash: equal before and after means nothing was written.
inline QMap<QString, QByteArray> fingerprint(const QString &directory)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files[path] = QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
    }
    return files;
}

} // namespace cw::clitest
