// Entries of a project folder that are not plain files inside it (issue #18): each is refused with
// an error that names its path and says what it is -- never skipped ("0 errors"), never followed
// out of the project, never opened when opening would block (a FIFO).
#include "project/project_io.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace cw;
using namespace cw::project;

namespace {

const QString kSampleProject = QStringLiteral(CASEWRIGHT_SOURCE_DIR "/resources/sample-project");

// A copy of the sample project at `dir`/project; returns its path.
QString copySampleProject(const QTemporaryDir &dir)
{
    const QString target = dir.filePath(QStringLiteral("project"));
    QDirIterator it(kSampleProject, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString copy = target + source.mid(kSampleProject.size());
        QDir().mkpath(QFileInfo(copy).absolutePath());
        QFile::copy(source, copy);
    }
    return target;
}

QString q(const char *text)
{
    return QString::fromUtf8(text);
}

std::string describe(const Result<LoadedProject> &loaded)
{
    return loaded ? std::string("loaded") : loaded.error().toString();
}

} // namespace

class TestFolderEntries : public QObject {
    Q_OBJECT
private slots:
    void sampleProjectLoads()
    {
        QTemporaryDir dir;
        const auto loaded = loadProject(copySampleProject(dir).toStdString());
        QVERIFY2(loaded, describe(loaded).c_str());
    }

    void refusesEntriesThatAreNotFiles_data()
    {
        QTest::addColumn<QString>("entry"); // relative to the project
        QTest::addColumn<QString>("kind");  // folder | dangling | loop | outside | outside-folder | fifo
        QTest::addColumn<QString>("code");
        for (const char *folder : {"rules", "templates", "samples"}) {
            const QString f = QString::fromLatin1(folder);
            QTest::addRow("%s: folder", folder) << f + q("/x.json") << q("folder") << q("project.not-a-file");
            QTest::addRow("%s: dangling link", folder)
                << f + q("/x.json") << q("dangling") << q("project.dangling-link");
            QTest::addRow("%s: link loop", folder) << f + q("/x.json") << q("loop") << q("project.link-loop");
            QTest::addRow("%s: link outside", folder)
                << f + q("/x.json") << q("outside") << q("project.link-outside");
            QTest::addRow("%s: FIFO", folder) << f + q("/x.json") << q("fifo") << q("project.not-a-file");
        }
        QTest::addRow("link to a folder")
            << q("rules/x.json") << q("link-to-folder") << q("project.not-a-file");
        QTest::addRow("rules is a link out")
            << q("rules") << q("outside-folder") << q("project.link-outside");
        QTest::addRow("rules is a file") << q("rules") << q("file") << q("project.not-a-folder");
        QTest::addRow("casewright.json links out")
            << q("casewright.json") << q("outside") << q("project.link-outside");
        QTest::addRow("fields.json dangles")
            << q("fields.json") << q("dangling") << q("project.dangling-link");
        QTest::addRow("base.json is a folder")
            << q(".casewright/base.json") << q("folder") << q("project.not-a-file");
    }

    void refusesEntriesThatAreNotFiles()
    {
        QFETCH(QString, entry);
        QFETCH(QString, kind);
        QFETCH(QString, code);
        QTemporaryDir dir;
        const QString project = copySampleProject(dir);
        const QString path = project + q("/") + entry;
        if (QFileInfo(path).isDir())
            QVERIFY(QDir(path).removeRecursively());
        else
            QFile::remove(path);
        // Outside the project: a valid rule file and a folder of them.
        const QString outsideFile = dir.filePath(QStringLiteral("outside.json"));
        QVERIFY(QFile::copy(kSampleProject + q("/rules/resolution-notes-required-when-closed.json"),
                            outsideFile));
        const QString outsideFolder = dir.filePath(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkpath(outsideFolder));
        QVERIFY(QFile::copy(outsideFile, outsideFolder + q("/r.json")));

        if (kind == q("folder"))
            QVERIFY(QDir().mkpath(path + q("/inner")));
        else if (kind == q("dangling"))
            QVERIFY(QFile::link(project + q("/no-such-file.json"), path));
        else if (kind == q("loop"))
            QVERIFY(QFile::link(path, path));
        else if (kind == q("outside"))
            QVERIFY(QFile::link(outsideFile, path));
        else if (kind == q("outside-folder"))
            QVERIFY(QFile::link(outsideFolder, path));
        else if (kind == q("link-to-folder"))
            QVERIFY(QFile::link(project + q("/templates"), path));
        else if (kind == q("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (kind == q("file")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }

        const auto loaded = loadProject(project.toStdString());
        QVERIFY2(!loaded, "an entry that is not a readable file of the project was skipped or followed");
        const Error &error = loaded.error();
        QVERIFY2(error.code == code.toStdString(), describe(loaded).c_str());
        QVERIFY2(QString::fromStdString(error.where.file).endsWith(entry) ||
                     (kind == q("outside-folder") &&
                      QString::fromStdString(error.where.file).contains(q("/rules/"))),
                 describe(loaded).c_str());
    }

    void linksInsideTheProjectAreRead()
    {
        QTemporaryDir dir;
        const QString project = copySampleProject(dir);
        // A rule kept in a sub-folder of the project, linked (relatively) from rules/.
        QVERIFY(QDir().mkpath(project + q("/shared")));
        const QString rule = q("/rules/resolution-notes-required-when-closed.json");
        QVERIFY(QFile::rename(project + rule, project + q("/shared/r.json")));
        QVERIFY(QFile::link(QStringLiteral("../shared/r.json"), project + rule));
        const auto loaded = loadProject(project.toStdString());
        QVERIFY2(loaded, describe(loaded).c_str());
        QCOMPARE(loaded->project.rules.size(), std::size_t(10));
    }

    // Each load resolves the folders afresh (FolderRealPaths lives for one load): a rules folder
    // replaced by a link out of the project after a clean load is refused at the next one.
    void aFolderReplacedByALinkIsSeenAtTheNextLoad()
    {
        QTemporaryDir dir;
        const QString project = copySampleProject(dir);
        const auto first = loadProject(project.toStdString());
        QVERIFY2(first, describe(first).c_str());
        const QString outside = dir.filePath(QStringLiteral("elsewhere"));
        QVERIFY(QDir().rename(project + q("/rules"), outside));
        QVERIFY(QFile::link(outside, project + q("/rules")));
        const auto second = loadProject(project.toStdString());
        QVERIFY2(!second, "a rules folder linked out of the project was followed");
        QCOMPARE(second.error().code, std::string("project.link-outside"));
    }

    void hiddenAndOtherEntriesAreStillIgnored()
    {
        QTemporaryDir dir;
        const QString project = copySampleProject(dir);
        QVERIFY(QDir().mkpath(project + q("/rules/.git.json"))); // hidden: as before, not read
        QVERIFY(QDir().mkpath(project + q("/rules/drafts")));    // not *.json
        QVERIFY(QFile::link(project + q("/nowhere"), project + q("/rules/notes.txt")));
        const auto loaded = loadProject(project.toStdString());
        QVERIFY2(loaded, describe(loaded).c_str());
    }
};

QTEST_GUILESS_MAIN(TestFolderEntries)
#include "test_folder_entries.moc"
