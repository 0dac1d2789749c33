// One malformed file does not lock the admin out of the project (issue #15, item 3): the window
// opens it anyway and says so; the broken file is listed under "Unreadable files" with its error
// and shown read-only with the error's line marked; its rule is left out of the preview's
// snapshot; publish is off until it is fixed, with the reason; saving never writes over or
// removes it. The folder is watched: the file fixed on disk is read again into a normal rule; a
// file changed on disk reloads when it has no unsaved edit here and otherwise asks (reload / keep
// mine). File › Save As copies the project with the edits and goes on there.
// Screenshot: <build>/screenshots/unreadable-file.png.

#include "dialogs/message_box.h"
#include "document/project_document.h"
#include "document/unreadable_file_page.h"
#include "explorer/explorer_dock.h"
#include "explorer/explorer_filter_proxy.h"
#include "explorer/explorer_model.h"
#include "mainwindow/editor_area.h"
#include "mainwindow/main_window.h"
#include "mainwindow/project_status_bar.h"
#include "message_box_support.h"
#include "project/project_io.h"
#include "project/publish_readiness.h"
#include "project_copy_support.h"
#include "rules/rule_editor.h"
#include "sync/publish_dialog.h"
#include "ui_test_support.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace cw;
using namespace cw::ui;

namespace {
const QString kClosedNotes = QStringLiteral("resolution-notes-required-when-closed");
const QString kBroken = QStringLiteral("rules/") + kClosedNotes + QStringLiteral(".json");
const QString kOtherSlug = QStringLiteral("refund-amount-required-for-refunds");
const QString kOther = QStringLiteral("rules/") + kOtherSlug + QStringLiteral(".json");
const QByteArray kBrokenText = "{\n  \"name\": \"Resolution notes required when closed\",\n  \"rule\": {\n";
constexpr int kWatchTimeout = 5000;

// The same rule file with another name: a hand edit made in a text editor, or a checkout.
QByteArray renamedRuleText(const QByteArray &text, const std::string &name)
{
    Json json = Json::parse(text.toStdString());
    json["name"] = name;
    return QByteArray::fromStdString(json.dump(2) + "\n");
}

} // namespace

class TestUnreadableFiles : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;
    QByteArray m_original; // the broken rule's file as committed, before it was broken
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
        m_original = test::fileContent(file(kBroken));
        QVERIFY(!m_original.isEmpty());
        QVERIFY(test::writeInPlace(file(kBroken), kBrokenText));
        MessageBox::clearTranscript();
    }

    void cleanup()
    {
        QCOMPARE(MessageBox::unexpectedQuestions(), 0);
        QCOMPARE(MessageBox::pendingAnswers(), 0);
    }

    void theProjectOpensWithoutTheBrokenFile()
    {
        // casewright-cli's reading stays strict: the file is the load's error.
        QVERIFY(!project::loadProject(m_project.toStdString()));
        auto window = openWindow();
        QVERIFY2(window, qPrintable(test::transcriptText()));
        QVERIFY(window->document());
        // Said once, naming the file and what is wrong with it.
        QVERIFY2(test::transcriptHas(kBroken), qPrintable(test::transcriptText()));
        QVERIFY(test::transcriptHas(QStringLiteral("cannot be read")));
        const project::Project &project = window->document()->project();
        QCOMPARE(project.unreadable.size(), std::size_t(1));
        const project::UnreadableFile unreadable = project.unreadable.front();
        QCOMPARE(QString::fromStdString(unreadable.relative), kBroken);
        QVERIFY(unreadable.error.where.line > 0);
        // Its rule is out of the project and of the snapshot the preview evaluates.
        QVERIFY(!window->document()->rule(kClosedNotes));
        for (const CaseRule &rule : window->document()->snapshot().caseRules)
            QVERIFY(rule.name != "Resolution notes required when closed");

        // Listed with its error in the explorer, and shown read-only with the error marked.
        ExplorerDock *explorer = window->explorer();
        QAbstractItemModelTester tester(explorer->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex category = explorer->model()->categoryIndex(ExplorerModel::Category::Unreadable);
        QVERIFY(category.isValid());
        QCOMPARE(category.data().toString(), QStringLiteral("Unreadable files (1)"));
        const QModelIndex source = explorer->model()->itemIndex(ExplorerModel::ItemKind::Unreadable, kBroken);
        QVERIFY(source.isValid());
        QCOMPARE(source.siblingAtColumn(ExplorerModel::DetailColumn).data().toString(),
                 QString::fromStdString(unreadable.error.message));
        const QModelIndex row = explorer->proxy()->mapFromSource(source);
        QVERIFY(row.isValid());
        explorer->view()->scrollTo(row);
        QTest::mouseClick(explorer->view()->viewport(), Qt::LeftButton, {},
                          explorer->view()->visualRect(row).center());
        QCOMPARE(window->editorArea()->currentPageName(), QStringLiteral("editor:unreadable"));
        UnreadableFilePage *page = window->unreadablePage();
        QVERIFY(page->isVisible());
        const QString error = page->errorLabel()->text();
        QVERIFY2(error.contains(kBroken) && error.contains(QString::number(unreadable.error.where.line)),
                 qPrintable(error));
        QVERIFY(page->textView()->isReadOnly());
        QCOMPARE(page->textView()->toPlainText().toUtf8(), kBrokenText);
        QCOMPARE(page->markedLine(), unreadable.error.where.line);
        QCOMPARE(page->textView()->extraSelections().size(), qsizetype(1));
        QCOMPARE(page->textView()->textCursor().blockNumber() + 1, unreadable.error.where.line);
        test::settleLayouts();
        QVERIFY(QDir().mkpath(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots")));
        QVERIFY(
            window->grab().save(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/unreadable-file.png")));

        // Publish is off until it is fixed, and says why.
        const auto blocker = project::publishBlocker(window->document()->project());
        QVERIFY(blocker);
        QVERIFY2(blocker->message.find(kBroken.toStdString()) != std::string::npos, blocker->message.c_str());
        PublishDialog dialog;
        dialog.openProject(window->document()->loadedProject());
        QVERIFY(!dialog.publishButton()->isEnabled());
        QVERIFY2(dialog.publishButton()->toolTip().contains(kBroken),
                 qPrintable(dialog.publishButton()->toolTip()));

        // An edit elsewhere is saved; the broken file is neither overwritten nor removed.
        test::typeIntoRuleName(*window, kOtherSlug, QStringLiteral(" (edited)"));
        QVERIFY(window->document()->isModified());
        MessageBox::setNextAnswer(QMessageBox::No); // keep the published rule's file name
        QVERIFY2(window->save(), qPrintable(test::transcriptText()));
        QCOMPARE(test::fileContent(file(kBroken)), kBrokenText);
        QVERIFY(test::fileContent(file(kOther)).contains("(edited)"));
        QVERIFY(window->document()->project().unreadable.size() == 1);
    }

    void theFixedFileIsReadAgain()
    {
        auto window = openWindow();
        QVERIFY(window);
        QAbstractItemModelTester tester(window->explorer()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window->explorer()->view()->setCurrentIndex(window->explorer()->proxy()->mapFromSource(
            window->explorer()->model()->itemIndex(ExplorerModel::ItemKind::Unreadable, kBroken)));
        QCOMPARE(window->unreadablePage()->file(), kBroken);
        QSignalSpy reloaded(window->document(), &ProjectDocument::reloaded);
        QVERIFY(test::writeInPlace(file(kBroken), m_original)); // fixed in a text editor
        QVERIFY(reloaded.wait(kWatchTimeout));
        QVERIFY(window->document()->project().unreadable.empty());
        QVERIFY(window->document()->rule(kClosedNotes));
        bool evaluated = false;
        for (const CaseRule &rule : window->document()->snapshot().caseRules)
            evaluated = evaluated || rule.name == "Resolution notes required when closed";
        QVERIFY(evaluated);
        QVERIFY(!window->explorer()->model()->categoryIndex(ExplorerModel::Category::Unreadable).isValid());
        QVERIFY(
            window->explorer()->model()->itemIndex(ExplorerModel::ItemKind::Rule, kClosedNotes).isValid());
        QVERIFY(!window->document()->isModified()); // the files hold what is shown
        QVERIFY(!project::publishBlocker(window->document()->project()));
        QVERIFY(window->unreadablePage()->errorLabel()->text().contains(QStringLiteral("reads again")));
    }

    void aFileWithoutEditsHereReloadsSilently()
    {
        QVERIFY(test::writeInPlace(file(kBroken), m_original));
        auto window = openWindow();
        QVERIFY(window);
        QVERIFY2(MessageBox::transcript().isEmpty(), qPrintable(test::transcriptText()));
        // An unsaved edit to one rule...
        test::typeIntoRuleName(*window, kClosedNotes, QStringLiteral(" mine"));
        QVERIFY(window->document()->isModified());
        // ...while git changes another one.
        QSignalSpy reloaded(window->document(), &ProjectDocument::reloaded);
        QVERIFY(test::writeInPlace(
            file(kOther), renamedRuleText(test::fileContent(file(kOther)), "Refunds need an amount")));
        QVERIFY(reloaded.wait(kWatchTimeout));
        QVERIFY2(MessageBox::transcript().isEmpty(), qPrintable(test::transcriptText())); // nothing to ask
        QCOMPARE(window->document()->rule(kOtherSlug)->rule.name, std::string("Refunds need an amount"));
        QVERIFY(window->document()->rule(kClosedNotes)->rule.name.find(" mine") != std::string::npos);
        QVERIFY(window->document()->isModified());
        // Saving writes my edit and keeps theirs.
        MessageBox::setNextAnswer(QMessageBox::No); // keep the published rules' file names
        QVERIFY2(window->save(), qPrintable(test::transcriptText()));
        QVERIFY(test::fileContent(file(kOther)).contains("Refunds need an amount"));
        QVERIFY(test::fileContent(file(kBroken)).contains(" mine"));
    }

    void aFileWithAnUnsavedEditAsksReloadOrKeepMine()
    {
        QVERIFY(test::writeInPlace(file(kBroken), m_original));
        auto window = openWindow();
        QVERIFY(window);
        test::typeIntoRuleName(*window, kClosedNotes, QStringLiteral(" mine"));
        QSignalSpy reloaded(window->document(), &ProjectDocument::reloaded);

        // Keep mine: the edit stays, and saving writes it over the disk's version.
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(test::writeInPlace(file(kBroken), renamedRuleText(m_original, "Theirs")));
        QVERIFY(reloaded.wait(kWatchTimeout));
        QVERIFY2(test::transcriptHas(kBroken), qPrintable(test::transcriptText()));
        QVERIFY(window->document()->rule(kClosedNotes)->rule.name.find(" mine") != std::string::npos);
        QVERIFY(window->document()->isModified());
        MessageBox::setNextAnswer(QMessageBox::No); // keep the published rule's file name
        QVERIFY2(window->save(), qPrintable(test::transcriptText()));
        QVERIFY(test::fileContent(file(kBroken)).contains(" mine"));

        // Reload: the disk's version wins, and nothing is left to save.
        test::typeIntoRuleName(*window, kClosedNotes, QStringLiteral(" again"));
        QVERIFY(window->document()->isModified());
        MessageBox::clearTranscript();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        reloaded.clear();
        QVERIFY(test::writeInPlace(file(kBroken), renamedRuleText(m_original, "Theirs")));
        QVERIFY(reloaded.wait(kWatchTimeout));
        QVERIFY(test::transcriptHas(kBroken));
        QCOMPARE(window->document()->rule(kClosedNotes)->rule.name, std::string("Theirs"));
        QVERIFY(!window->document()->isModified());
        QCOMPARE(window->ruleEditor()->nameEdit()->text(), QStringLiteral("Theirs"));
    }

    void saveAsCopiesTheProjectWithTheEdits()
    {
        auto window = openWindow();
        QVERIFY(window);
        test::typeIntoRuleName(*window, kOtherSlug, QStringLiteral(" (copy edit)"));
        const QByteArray before = test::fileContent(file(kOther));
        const QString copy = m_dir.filePath(QStringLiteral("copy-%1").arg(m_count));
        QVERIFY(window->saveAsAction()->isEnabled());
        QVERIFY2(window->saveAs(copy), qPrintable(test::transcriptText()));
        QCOMPARE(window->document()->directory(), copy);
        QVERIFY(!window->document()->isModified());
        QVERIFY(window->windowTitle().contains(window->document()->displayName()));
        // The copy holds the edit, the unreadable file as it was and the pulled state;
        QVERIFY(test::fileContent(QDir(copy).filePath(kOther)).contains("(copy edit)"));
        QCOMPARE(test::fileContent(QDir(copy).filePath(kBroken)), kBrokenText);
        QVERIFY(QFileInfo::exists(QDir(copy).filePath(QStringLiteral(".casewright/base.json"))));
        QCOMPARE(window->document()->project().unreadable.size(), std::size_t(1));
        // the original is as it was.
        QCOMPARE(test::fileContent(file(kOther)), before);
        // The copy is watched now: fixing its broken file there reads it again.
        QSignalSpy reloaded(window->document(), &ProjectDocument::reloaded);
        QVERIFY(test::writeInPlace(QDir(copy).filePath(kBroken), m_original));
        QVERIFY(reloaded.wait(kWatchTimeout));
        QVERIFY(window->document()->rule(kClosedNotes));
        // A folder that is not empty is refused, and said so.
        MessageBox::clearTranscript();
        QVERIFY(!window->saveAs(m_project));
        QVERIFY2(test::transcriptHas(QStringLiteral("new or empty folder")),
                 qPrintable(test::transcriptText()));
        QCOMPARE(window->document()->directory(), copy);
    }

    // The status bar counts only real edits: the rule in the broken file is not deleted, just
    // unreadable now, and the bar says so with the file's name; publish's plan deletes nothing.
    void theStatusBarCountsNoEditForTheUnreadableFile()
    {
        auto window = openWindow();
        QVERIFY(window);
        ProjectStatusBar *status = window->projectStatus();
        status->refresh();
        QCOMPARE(status->editsLabel()->text(), QStringLiteral("0 offline edits"));
        QVERIFY2(!status->editsLabel()->toolTip().contains(QStringLiteral("delete rule")),
                 qPrintable(status->editsLabel()->toolTip()));
        QVERIFY2(status->editsLabel()->toolTip().contains(kBroken),
                 qPrintable(status->editsLabel()->toolTip()));
        QLabel *unreadable = status->unreadableLabel();
        QVERIFY(unreadable->isVisible());
        QCOMPARE(unreadable->text(), QStringLiteral("1 unreadable file"));
        QVERIFY2(unreadable->toolTip().contains(kBroken) &&
                     unreadable->toolTip().contains(QStringLiteral("publishing waits")),
                 qPrintable(unreadable->toolTip()));
        test::settleLayouts();
        QVERIFY(QDir().mkpath(QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots")));
        QVERIFY(window->statusBar()->grab().save(
            QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/unreadable-status-bar.png")));

        PublishDialog dialog;
        dialog.openProject(window->document()->loadedProject());
        QStringList shown;
        bool deletes = false;
        for (int i = 0; i < dialog.planTree()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = dialog.planTree()->topLevelItem(i);
            shown << item->text(0);
            deletes = deletes || item->data(0, Qt::UserRole).toString() == QStringLiteral("deleteRule");
        }
        QVERIFY2(!deletes, qPrintable(shown.join(QLatin1Char('\n'))));
        QVERIFY2(shown.join(QLatin1Char('\n')).contains(kBroken), qPrintable(shown.join(QLatin1Char('\n'))));

        // A real edit is counted beside it.
        test::typeIntoRuleName(*window, kOtherSlug, QStringLiteral(" (edited)"));
        QTRY_COMPARE(status->editsLabel()->text(), QStringLiteral("1 offline edit"));
        QCOMPARE(unreadable->text(), QStringLiteral("1 unreadable file"));

        // Fixed on disk, the file reads again and the note goes.
        QSignalSpy reloaded(window->document(), &ProjectDocument::reloaded);
        QVERIFY(test::writeInPlace(file(kBroken), m_original));
        QVERIFY(reloaded.wait(kWatchTimeout));
        QTRY_VERIFY(!unreadable->isVisible());
        QTRY_COMPARE(status->editsLabel()->text(), QStringLiteral("1 offline edit"));
    }
};

QTEST_MAIN(TestUnreadableFiles)
#include "test_ui_unreadable_files.moc"
