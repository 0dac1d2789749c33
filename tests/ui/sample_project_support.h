#pragma once
// The sample project the designer's tests open: resources/sample-project, or a writable copy.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace cw::ui::test {

inline QString sampleProjectDir()
{
    return QStringLiteral(CASEWRIGHT_SOURCE_DIR "/resources/sample-project");
}

// Copies the committed sample project (hidden .casewright folder included) into `target`.
inline bool copySampleProject(const QString &target)
{
    const QDir source(sampleProjectDir());
    QDirIterator it(source.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    int copied = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString destination = QDir(target).filePath(source.relativeFilePath(path));
        if (!QDir().mkpath(QFileInfo(destination).absolutePath()) || !QFile::copy(path, destination))
            return false;
        ++copied;
    }
    return copied > 0;
}

} // namespace cw::ui::test
