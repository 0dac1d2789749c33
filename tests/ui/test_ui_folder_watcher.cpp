// The designer's folder watcher: the project's folders are watched, one watch each, not every
// file; a change on disk reads only the files that changed (a rule written in place, or replaced
// by an editor's write-then-rename), merged into the open project, which ends up as a full read
// of the folder would give it; a file added to rules/ appears and one removed goes; a file with
// an unsaved edit still asks Reload / Keep Mine; casewright.json, fields.json or .casewright/
// changed reads the whole project; the autosave's recovery copy is no change.

#include "dialogs/message_box.h"
#include "document/folder_watcher.h"
#include "document/project_document.h"
#include "explorer/explorer_dock.h"
#include "explorer/explorer_model.h"
#include "mainwindow/main_window.h"
#include "message_box_support.h"
#include "project/project_io.h"
#include "project_copy_support.h"
#include "rules/rule_editor.h"
#include "ui_test_support.h"
#include "wire/wire_json.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cstdio>
#include <set>

using namespace cw;
using namespace cw::ui;

namespace {
const QString kRuleSlug = QStringLiteral("refund-amount-required-for-refunds");
const QString kRule = QStringLiteral("rules/") + kRuleSlug + QStringLiteral(".json");
const QString kOtherSlug = QStringLiteral("resolution-notes-required-when-closed");
const QString kOther = QStringLiteral("rules/") + kOtherSlug + QStringLiteral(".json");
constexpr int kWatchTimeout = 5000;

// An editor's or git's save: a temporary file beside it, renamed over it.
bool writeByRename(const QString &path, const QByteArray &bytes)
{
    const QString temporary = path + QStringLiteral(".tmp~");
    return test::writeInPlace(temporary, bytes) &&
           std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) == 0;
}

QByteArray withMembers(const QByteArray &text, const Json &members, bool dropId = false)
{
    Json json = Json::parse(text.toStdString());
    for (const auto &[key, value] : members.items())
        json[key] = value;
    if (dropId)
        json.erase("caseRuleId");
    return QByteArray::fromStdString(json.dump(2) + "\n");
}

// Every file the document read after changes on disk, however many times it announced reads.
std::set<QString> filesRead(const QSignalSpy &spy)
{
    std::set<QString> files;
    for (const QList<QVariant> &arguments : spy)
        for (const QString &file : arguments.at(0).toStringList())
            files.insert(file);
    return files;
}

QString readText(const QSignalSpy &spy)
{
    QStringList files;
    for (const QString &file : filesRead(spy))
        files << file;
    return files.join(QStringLiteral(", "));
}

// The document's files as they are saved: what it took from disk.
std::map<std::string, std::string> savedForm(const project::Project &project)
{
    std::map<std::string, std::string> files;
    for (const project::RuleFile &file : project.rules)
        files["rules/" + file.slug] = project::ruleFileJson(file.rule).dump();
    for (const project::TemplateFile &file : project.templates)
        files["templates/" + file.slug] = project::templateFileJson(file.caseTemplate).dump();
    for (const project::SampleFile &file : project.samples)
        files["samples/" + file.name] = wire::writeSampleCaseSet(file.cases).dump();
    for (const project::UnreadableFile &file : project.unreadable)
        files["unreadable " + file.relative] = file.error.toString() + " ids " + Json(file.ids).dump();
    return files;
}

// The document as a full read of the folder gives it: what reading only the changes must reach.
bool matchesFullRead(const ProjectDocument &document)
{
    auto full = project::loadProject(document.directory().toStdString(), project::LoadMode::KeepUnreadable);
    if (!full)
        return false;
    const bool same = savedForm(full->project) == savedForm(document.project()) &&
                      full->disk.contentHashes == document.loadedProject().disk.contentHashes;
    if (!same)
        qWarning("the document differs from a full read of %s", qPrintable(document.directory()));
    return same;
}
} // namespace

class TestFolderWatcher : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;
    int m_count = 0;

    QString file(const QString &relative) const { return QDir(m_project).filePath(relative); }

    std::unique_ptr<MainWindow> openWindow() { return test::openProjectWindow(m_project); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setScripted(true);
    }

    void init()
    {
        m_project = m_dir.filePath(QString::number(++m_count));
        QVERIFY(test::copySampleProject(m_project));
        MessageBox::clearTranscript();
    }

    void cleanup()
    {
        QCOMPARE(MessageBox::unexpectedQuestions(), 0);
        QCOMPARE(MessageBox::pendingAnswers(), 0);
    }

    // The premise: on Linux one watch on the folder sees a file written in place, and names it.
    void oneFolderWatchSeesAFileWrittenInPlace_data()
    {
        QTest::addColumn<bool>("native");
        QTest::newRow("native") << true;
        QTest::newRow("QFileSystemWatcher fallback") << false;
    }

    void oneFolderWatchSeesAFileWrittenInPlace()
    {
        QFETCH(bool, native);
#ifndef Q_OS_LINUX
        if (native)
            QSKIP("the native folder watch is Linux's inotify");
#endif
        const QString folder = QDir::cleanPath(m_dir.filePath(QStringLiteral("plain-%1").arg(m_count)));
        QVERIFY(QDir().mkpath(folder));
        QStringList files;
        for (int i = 0; i < 20; ++i) {
            files << folder + QStringLiteral("/f%1.json").arg(i);
            QVERIFY(test::writeInPlace(files.back(), "{}\n"));
        }
        FolderWatcher watcher(nullptr,
                              native ? FolderWatcher::Engine::Native : FolderWatcher::Engine::QtWatcher);
        watcher.watch({folder}, files);
        // Native: the folder alone, whatever it holds; the fallback: the folder and every file.
        QCOMPARE(watcher.watchCount(), native ? 1 : 21);
        QCOMPARE(watcher.nativelyWatched(), native ? QStringList{folder} : QStringList());
        QSignalSpy entries(&watcher, &FolderWatcher::entryChanged);
        QVERIFY(test::writeInPlace(files.at(7), "{\"changed\": true}\n"));
        QVERIFY(entries.wait(kWatchTimeout));
        QTest::qWait(100);
        for (const QList<QVariant> &arguments : entries)
            QCOMPARE(arguments.at(0).toString(), files.at(7));
    }

    void theProjectsFoldersAreWatchedNotItsFiles()
    {
#ifndef Q_OS_LINUX
        QSKIP("the native folder watch is Linux's inotify");
#endif
        auto window = openWindow();
        QVERIFY(window);
        const FolderWatcher *watcher = window->document()->folderWatcher();
        QStringList folders;
        const QDir dir(QDir::cleanPath(QDir(window->document()->directory()).absolutePath()));
        for (const char *sub : {"", ".casewright", "rules", "samples", "templates"})
            folders << QDir::cleanPath(*sub ? dir.filePath(QString::fromLatin1(sub)) : dir.path());
        QStringList watched = watcher->nativelyWatched();
        watched.sort();
        folders.sort();
        QCOMPARE(watched, folders);
        QCOMPARE(watcher->watchCount(), 5); // 19 project files, 5 watches
        QVERIFY(window->document()->loadedProject().disk.contentHashes.size() > 15);
    }

    void aRuleChangedOnDiskIsTheOnlyFileReadAgain_data()
    {
        QTest::addColumn<bool>("inPlace");
        QTest::newRow("written in place") << true;
        QTest::newRow("replaced by a rename") << false;
    }

    void aRuleChangedOnDiskIsTheOnlyFileReadAgain()
    {
        QFETCH(bool, inPlace);
        auto window = openWindow();
        QVERIFY(window);
        ProjectDocument *document = window->document();
        QSignalSpy read(document, &ProjectDocument::filesReadFromDisk);
        QSignalSpy reloaded(document, &ProjectDocument::reloaded);
        const QByteArray text =
            withMembers(test::fileContent(file(kRule)), {{"name", "Refunds need an amount"}});
        QVERIFY(inPlace ? test::writeInPlace(file(kRule), text) : writeByRename(file(kRule), text));
        QVERIFY(reloaded.wait(kWatchTimeout));
        QCOMPARE(document->rule(kRuleSlug)->rule.name, std::string("Refunds need an amount"));
        QVERIFY2(MessageBox::transcript().isEmpty(), qPrintable(test::transcriptText())); // nothing to ask
        QVERIFY(!document->isModified());
        // Only that file was read, to see that it changed and to take it in.
        QCOMPARE(readText(read), kRule);
        QVERIFY(matchesFullRead(*document));
        // Read once: settled, a later look reads nothing more.
        QTest::qWait(600);
        QCOMPARE(reloaded.size(), 1);
        QVERIFY(document->filesChangedOnDisk().isEmpty());
    }

    void aFileWithAnUnsavedEditStillAsks()
    {
        auto window = openWindow();
        QVERIFY(window);
        ProjectDocument *document = window->document();
        test::typeIntoRuleName(*window, kRuleSlug, QStringLiteral(" mine"));
        QVERIFY(document->isModified());
        QSignalSpy read(document, &ProjectDocument::filesReadFromDisk);
        QSignalSpy reloaded(document, &ProjectDocument::reloaded);
        MessageBox::setNextAnswer(QMessageBox::No); // Keep Mine
        QVERIFY(
            writeByRename(file(kRule), withMembers(test::fileContent(file(kRule)), {{"name", "Theirs"}})));
        QVERIFY(reloaded.wait(kWatchTimeout));
        QVERIFY2(test::transcriptText().contains(kRule), qPrintable(test::transcriptText()));
        QVERIFY(document->rule(kRuleSlug)->rule.name.find(" mine") != std::string::npos);
        QVERIFY(document->isModified());
        QCOMPARE(readText(read), kRule);
        // Another file changed meanwhile is taken in without a question; my edit stays.
        MessageBox::clearTranscript();
        read.clear();
        reloaded.clear();
        QVERIFY(test::writeInPlace(
            file(kOther), withMembers(test::fileContent(file(kOther)), {{"name", "Notes on close"}})));
        QVERIFY(reloaded.wait(kWatchTimeout));
        QVERIFY2(MessageBox::transcript().isEmpty(), qPrintable(test::transcriptText()));
        QCOMPARE(document->rule(kOtherSlug)->rule.name, std::string("Notes on close"));
        QVERIFY(document->rule(kRuleSlug)->rule.name.find(" mine") != std::string::npos);
        QCOMPARE(readText(read), kOther);
        // Saving writes mine over theirs ("keep mine" knows the disk's new version).
        MessageBox::setNextAnswer(QMessageBox::No); // keep the published rule's file name
        QVERIFY2(window->save(), qPrintable(test::transcriptText()));
        QVERIFY(test::fileContent(file(kRule)).contains(" mine"));
        QVERIFY(test::fileContent(file(kOther)).contains("Notes on close"));
    }

    void aRuleFileAddedAppearsAndOneRemovedGoes()
    {
        auto window = openWindow();
        QVERIFY(window);
        ProjectDocument *document = window->document();
        QAbstractItemModelTester tester(window->explorer()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy read(document, &ProjectDocument::filesReadFromDisk);
        QSignalSpy reloaded(document, &ProjectDocument::reloaded);
        const QString added = QStringLiteral("rules/brand-new.json");
        QVERIFY(writeByRename(file(added), withMembers(test::fileContent(file(kRule)),
                                                       {{"name", "Brand new"}}, /*dropId=*/true)));
        QVERIFY(reloaded.wait(kWatchTimeout));
        QVERIFY(document->rule(QStringLiteral("brand-new")));
        QCOMPARE(document->rule(QStringLiteral("brand-new"))->rule.name, std::string("Brand new"));
        QVERIFY(window->explorer()
                    ->model()
                    ->itemIndex(ExplorerModel::ItemKind::Rule, QStringLiteral("brand-new"))
                    .isValid());
        QCOMPARE(readText(read), added);
        QVERIFY(matchesFullRead(*document));

        read.clear();
        reloaded.clear();
        QVERIFY(QFile::remove(file(kOther)));
        QVERIFY(reloaded.wait(kWatchTimeout));
        QVERIFY(!document->rule(kOtherSlug));
        QVERIFY(!window->explorer()->model()->itemIndex(ExplorerModel::ItemKind::Rule, kOtherSlug).isValid());
        // Looked for, not found: no other file read.
        QCOMPARE(readText(read), kOther);
        QVERIFY(matchesFullRead(*document));
        QVERIFY(!document->isModified());
    }

    // A copy of a rule file holds the same rule id: the copy cannot be read while the original is
    // there. Removing the original makes the copy readable -- a file that did not change, read
    // again because an unreadable file's trouble may lie in another file.
    void aFileUnreadableBecauseOfAnotherIsReadAgainWhenThatOneGoes()
    {
        auto window = openWindow();
        QVERIFY(window);
        ProjectDocument *document = window->document();
        QSignalSpy read(document, &ProjectDocument::filesReadFromDisk);
        QSignalSpy reloaded(document, &ProjectDocument::reloaded);
        const QString copy = QStringLiteral("rules/zz-copy.json");
        QVERIFY(test::writeInPlace(file(copy), test::fileContent(file(kRule))));
        QVERIFY(reloaded.wait(kWatchTimeout));
        QCOMPARE(document->project().unreadable.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(document->project().unreadable.front().relative), copy);
        QCOMPARE(document->project().unreadable.front().error.code, std::string("project.duplicate-id"));
        QVERIFY(matchesFullRead(*document));
        QCOMPARE(readText(read), copy);

        read.clear();
        reloaded.clear();
        QVERIFY(QFile::remove(file(kRule)));
        QVERIFY(reloaded.wait(kWatchTimeout));
        QVERIFY(document->project().unreadable.empty());
        QVERIFY(document->rule(QStringLiteral("zz-copy")));
        QVERIFY(!document->rule(kRuleSlug));
        QCOMPARE(readText(read), kRule + QStringLiteral(", ") + copy);
        QVERIFY(matchesFullRead(*document));
    }

    // fields.json says what every rule means: the whole project is read again.
    void aChangeToFieldsReadsTheWholeProject()
    {
        auto window = openWindow();
        QVERIFY(window);
        ProjectDocument *document = window->document();
        QSignalSpy read(document, &ProjectDocument::filesReadFromDisk);
        QSignalSpy reloaded(document, &ProjectDocument::reloaded);
        QVERIFY(test::writeInPlace(file(QStringLiteral("fields.json")),
                                   test::fileContent(file(QStringLiteral("fields.json"))) + "\n"));
        QVERIFY(reloaded.wait(kWatchTimeout));
        const std::set<QString> files = filesRead(read);
        QVERIFY2(files.count(kRule) == 1 && files.count(QStringLiteral(".casewright/base.json")) == 1,
                 qPrintable(readText(read)));
        QCOMPARE(files.size(), document->loadedProject().disk.contentHashes.size());
        QVERIFY(matchesFullRead(*document));
    }

    // The autosave writes .casewright/recovery.json every few seconds while there are edits: it is
    // no project file, so nothing is read or asked.
    void theRecoveryCopyIsNoChange()
    {
        auto window = openWindow();
        QVERIFY(window);
        ProjectDocument *document = window->document();
        document->setAutosaveInterval(std::chrono::milliseconds(50));
        QSignalSpy read(document, &ProjectDocument::filesReadFromDisk);
        QSignalSpy changed(document, &ProjectDocument::changedOnDisk);
        test::typeIntoRuleName(*window, kRuleSlug, QStringLiteral(" mine"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(file(QStringLiteral(".casewright/recovery.json"))),
                                 kWatchTimeout);
        QTest::qWait(800);
        QVERIFY2(read.isEmpty(), qPrintable(readText(read)));
        QVERIFY(changed.isEmpty());
        QVERIFY(document->discardRecoveryCopy());
        document->undoStack()->setClean();
    }

    // A 500-rule project: one rule changed on disk reads that one file, not 500. The time from the
    // write to the document holding it, and what a full read (the watcher's cost before) takes.
    void fiveHundredRulesOneChanged()
    {
        const QByteArray rule = test::fileContent(file(kRule));
        for (int i = 0; i < 490; ++i)
            QVERIFY(test::writeInPlace(
                file(QStringLiteral("rules/generated-%1.json").arg(i, 3, 10, QLatin1Char('0'))),
                withMembers(rule, {{"name", "Generated " + std::to_string(i)}}, true)));
        auto window = openWindow();
        QVERIFY(window);
        ProjectDocument *document = window->document();
        QCOMPARE(document->project().rules.size(), std::size_t(500));
        QSignalSpy read(document, &ProjectDocument::filesReadFromDisk);
        QSignalSpy reloaded(document, &ProjectDocument::reloaded);
        const QString changed = QStringLiteral("rules/generated-250.json");
        QElapsedTimer timer;
        qint64 reloadTook = 0;
        // From the first look at the disk (the watcher's files hashed) to the document holding them.
        connect(document, &ProjectDocument::filesReadFromDisk, this, [&] {
            if (!timer.isValid())
                timer.start();
        });
        connect(document, &ProjectDocument::reloaded, this, [&] {
            if (reloadTook == 0)
                reloadTook = timer.nsecsElapsed();
        });
        QVERIFY(test::writeInPlace(file(changed), withMembers(rule, {{"name", "Changed"}}, true)));
        QVERIFY(reloaded.wait(kWatchTimeout));
        QCOMPARE(document->rule(QStringLiteral("generated-250"))->rule.name, std::string("Changed"));
        QCOMPARE(readText(read), changed);
        QVERIFY(matchesFullRead(*document));

        // Before: every change hashed every file (filesChangedSince) and read the whole project.
        QElapsedTimer full;
        full.start();
        const auto changedFiles =
            project::filesChangedSince(m_project.toStdString(), document->loadedProject().disk);
        auto whole = project::loadProject(m_project.toStdString(), project::LoadMode::KeepUnreadable);
        const qint64 fullTook = full.nsecsElapsed();
        QVERIFY(whole);
        QVERIFY(changedFiles.empty());
        // Now: the file the watcher named hashed, then read again into the project.
        reloaded.clear();
        QVERIFY(test::writeInPlace(file(changed), withMembers(rule, {{"name", "Changed again"}}, true)));
        QElapsedTimer partial;
        partial.start();
        const auto found = project::filesChangedAmong(m_project.toStdString(), document->loadedProject().disk,
                                                      {changed.toStdString()});
        auto merged = project::reloadChangedFiles(document->project(), document->loadedProject().disk, found);
        const qint64 partialTook = partial.nsecsElapsed();
        QCOMPARE(found.size(), std::size_t(1));
        QVERIFY(merged);
        QCOMPARE(merged->project.findRuleBySlug("generated-250")->rule.name, std::string("Changed again"));
        qInfo("500 rules, one changed on disk: %d file(s) read; %.1f ms from the first look at the disk to "
              "the document reloaded, views included. Finding and reading the change: %.1f ms now, %.1f ms "
              "before (every file hashed, the whole project read)",
              int(filesRead(read).size()), double(reloadTook) / 1e6, double(partialTook) / 1e6,
              double(fullTook) / 1e6);
        QVERIFY(reloaded.wait(kWatchTimeout));
        QCOMPARE(document->rule(QStringLiteral("generated-250"))->rule.name, std::string("Changed again"));
    }
};

QTEST_MAIN(TestFolderWatcher)
#include "test_ui_folder_watcher.moc"
