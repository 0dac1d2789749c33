// The main window on the sample project: opening, the status bar, editing through the explorer
// and the rule editor, saving, the unsaved-work prompts and the recovery question (answered
// through MessageBox's script), the Rule menu, the command line, and a rendering to PNG.

#include "dialogs/message_box.h"
#include "document/project_document.h"
#include "explorer/explorer_dock.h"
#include "i18n/locale_format.h"
#include "mainwindow/designer_application.h"
#include "mainwindow/editor_area.h"
#include "mainwindow/main_window.h"
#include "mainwindow/project_status_bar.h"
#include "mainwindow/recent_projects.h"
#include "mainwindow/window_state.h"
#include "message_box_support.h"
#include "project/recovery.h"
#include "rules/rule_editor.h"
#include "sync/connect_dialog.h"
#include "ui_test_support.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using test::transcriptHas;

namespace {
const QString kClosedNotes = QStringLiteral("resolution-notes-required-when-closed");

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;

    QString ruleFile() const
    {
        return m_project + QStringLiteral("/rules/") + kClosedNotes + QStringLiteral(".json");
    }

    void renameSelectedRule(MainWindow &window, const QString &suffix)
    {
        window.explorer()->selectRule(kClosedNotes);
        QCOMPARE(window.editorArea()->currentPageName(), QStringLiteral("editor:rule"));
        QLineEdit *name = window.ruleEditor()->nameEdit();
        name->setFocus();
        name->end(false);
        QTest::keyClicks(name, suffix);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("casewright-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("designer-tests"));
        MessageBox::setScripted(true);
    }

    void init()
    {
        QSettings().clear();
        MessageBox::clearTranscript();
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        QVERIFY(test::copySampleProject(m_project));
    }

    void cleanup()
    {
        QCOMPARE(MessageBox::unexpectedQuestions(), 0);
        QCOMPARE(MessageBox::pendingAnswers(), 0);
    }

    void opensTheSampleAndShowsItsStatus()
    {
        MainWindow window;
        QCOMPARE(window.editorArea()->currentPageName(), QStringLiteral("start"));
        QVERIFY(window.openProject(m_project));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Support Centre")));
        QCOMPARE(window.editorArea()->currentPageName(), QStringLiteral("overview"));
        ProjectStatusBar *status = window.projectStatus();
        QCOMPARE(status->editsLabel()->text(), QStringLiteral("0 offline edits"));
        QCOMPARE(status->conflictsLabel()->text(), QStringLiteral("0 conflicts"));
        // Shown in the user's locale (here the test's): the pulled time, converted, not a raw string.
        QCOMPARE(status->lastPullLabel()->text(),
                 QStringLiteral("Last pull: ") +
                     i18n::localizedDateTime(QDateTime(QDate(2026, 5, 2), QTime(8, 0), Qt::UTC)));
        QCOMPARE(status->targetLabel()->text(), QStringLiteral("Target: us-east-1 \u00b7 default profile"));
        QCOMPARE(recentProjects(), QStringList{QDir(m_project).absolutePath()});

        renameSelectedRule(window, QStringLiteral(" (edited)"));
        QCOMPARE(window.ruleEditor()->ruleSlug(), kClosedNotes);
        QTRY_COMPARE(status->editsLabel()->text(), QStringLiteral("1 offline edit"));
        QVERIFY(status->editsLabel()->toolTip().contains(
            QStringLiteral("Resolution notes required when closed")));
        QVERIFY(window.isWindowModified());
        QVERIFY(window.undoAction()->isEnabled());
        window.undoAction()->trigger();
        QTRY_COMPARE(status->editsLabel()->text(), QStringLiteral("0 offline edits"));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.ruleEditor()->nameEdit()->text(),
                 QStringLiteral("Resolution notes required when closed"));
        QVERIFY(window.redoAction()->isEnabled());
    }

    void conflictsAreCounted()
    {
        const QString state = m_project + QStringLiteral("/.casewright/state.json");
        QFile file(state);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"conflicts": [{"kind": "rule", "slug": "resolution-notes-required-when-closed",
                       "id": "f6e5c101-ac35-5737-849f-9d43f00e9135", "theirs": null}],
                       "lastPullTime": "2026-05-02T08:00:00Z"})");
        file.close();
        MainWindow window;
        QVERIFY(window.openProject(m_project));
        QCOMPARE(window.projectStatus()->conflictsLabel()->text(), QStringLiteral("1 conflict"));
        QVERIFY(window.projectStatus()->conflictsLabel()->toolTip().contains(kClosedNotes));
        QCOMPARE(window.projectStatus()->editsLabel()->text(), QStringLiteral("0 offline edits"));
    }

    void savingWritesTheFiles()
    {
        MainWindow window;
        QVERIFY(window.openProject(m_project));
        const QByteArray before = fileContent(ruleFile());
        renameSelectedRule(window, QStringLiteral(" v2"));
        QVERIFY(window.saveAction()->shortcut() == QKeySequence(QKeySequence::Save));
        MessageBox::setNextAnswer(QMessageBox::No); // the published rule's file keeps its name
        window.saveAction()->trigger();
        QVERIFY(transcriptHas(QStringLiteral("Rename the files?")));
        QVERIFY(!window.isWindowModified());
        const QByteArray after = fileContent(ruleFile());
        QVERIFY(after != before);
        QVERIFY(after.contains("Resolution notes required when closed v2"));
    }

    void closingAsksAboutUnsavedWork()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_project));
        renameSelectedRule(window, QStringLiteral(" v3"));

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY(transcriptHas(QStringLiteral("Save changes?")));
        QVERIFY(window.document()->isModified());

        MessageBox::setNextAnswer(QMessageBox::Save);
        MessageBox::setNextAnswer(QMessageBox::No); // the published rule's file keeps its name
        QVERIFY(window.close());
        QVERIFY(fileContent(ruleFile()).contains("Resolution notes required when closed v3"));
    }

    void theRecoveryCopyIsOfferedOnReopen()
    {
        {
            MainWindow crashed;
            QVERIFY(crashed.openProject(m_project));
            renameSelectedRule(crashed, QStringLiteral(" unsaved"));
            QVERIFY(crashed.document()->writeRecoveryNow().ok());
        } // gone without a close: as after a crash

        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::Yes); // "Restore"
        QVERIFY(window.openProject(m_project));
        QVERIFY(transcriptHas(QStringLiteral("Restore unsaved edits?")));
        // It says what the copy changes -- one rule -- not how much the project holds.
        QVERIFY2(transcriptHas(QStringLiteral(
                     "\u2022 changed rule \u201cResolution notes required when closed unsaved\u201d")),
                 qPrintable(MessageBox::transcript().join(QLatin1Char('\n'))));
        QVERIFY(!transcriptHas(QStringLiteral("10 rules")));
        QCOMPARE(window.document()->rule(kClosedNotes)->rule.name,
                 std::string("Resolution notes required when closed unsaved"));
        QVERIFY(window.isWindowModified());
        QVERIFY(!fileContent(ruleFile()).contains("unsaved")); // restored, not yet saved

        MessageBox::setNextAnswer(QMessageBox::Discard); // do not save; the copy goes too
        QVERIFY(window.closeProject());
        auto recovery = project::findRecovery(m_project.toStdString());
        QVERIFY(recovery.ok() && !recovery->has_value());
        MessageBox::clearTranscript();
        QVERIFY(window.openProject(m_project));
        QVERIFY(!transcriptHas(QStringLiteral("Restore unsaved edits?")));
        QCOMPARE(window.document()->rule(kClosedNotes)->rule.name,
                 std::string("Resolution notes required when closed"));
    }

    void rulesAreAddedAndDeletedFromTheRuleMenu()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_project));
        QVERIFY(!window.deleteRuleAction()->isEnabled());
        window.newHiddenRuleAction()->trigger();
        const QString slug = window.ruleEditor()->ruleSlug();
        QCOMPARE(slug, QStringLiteral("new-hidden-rule"));
        QCOMPARE(window.editorArea()->currentPageName(), QStringLiteral("editor:rule"));
        QCOMPARE(window.focusWidget(), window.ruleEditor()->nameEdit());
        QVERIFY(window.ruleEditor()->showReadingButton()->isVisible());
        QTRY_COMPARE(window.projectStatus()->editsLabel()->text(), QStringLiteral("1 offline edit"));
        window.newHiddenRuleAction()->trigger();
        QCOMPARE(window.ruleEditor()->ruleSlug(), QStringLiteral("new-hidden-rule-2"));
        QCOMPARE(window.document()->rule(QStringLiteral("new-hidden-rule-2"))->rule.name,
                 std::string("New hidden rule 2"));

        QVERIFY(window.deleteRuleAction()->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.deleteRuleAction()->trigger();
        QVERIFY(!window.document()->rule(QStringLiteral("new-hidden-rule-2")));
        // The explorer moves on to a neighbour, which the editor then shows.
        QVERIFY(window.ruleEditor()->ruleSlug() != QStringLiteral("new-hidden-rule-2"));
        QVERIFY(window.document()->rule(window.ruleEditor()->ruleSlug()));

        window.explorer()->selectRule(kClosedNotes);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        window.deleteRuleAction()->trigger();
        QVERIFY(transcriptHas(QStringLiteral("attached to 3 template fields")));
        QVERIFY(transcriptHas(QStringLiteral("Publishing will then delete it from the domain")));
        QVERIFY(window.document()->rule(kClosedNotes));
    }

    void aFolderThatIsNoProjectIsExplained()
    {
        MainWindow window;
        QVERIFY(!window.openProject(m_dir.filePath(QStringLiteral("nowhere"))));
        QVERIFY(transcriptHas(QStringLiteral("Cannot open the project")));
        QVERIFY(transcriptHas(QStringLiteral("no such project folder")));
        QCOMPARE(window.editorArea()->currentPageName(), QStringLiteral("start"));
    }

    void theLastProjectOpensWithoutAnArgument()
    {
        {
            MainWindow first;
            first.openInitialProject({m_project});
            QVERIFY(first.document());
        }
        MainWindow window;
        window.openInitialProject({});
        QVERIFY(window.document());
        QCOMPARE(window.document()->directory(), QDir(m_project).absolutePath());
        QSettings().clear();
        MainWindow fresh;
        fresh.openInitialProject({});
        QVERIFY(!fresh.document());
        QCOMPARE(fresh.editorArea()->currentPageName(), QStringLiteral("start"));
    }

    void commandLineInformation()
    {
        QString text;
        QTextStream out(&text);
        QCOMPARE(
            answerInfoOptions(QStringList{QStringLiteral("casewright"), QStringLiteral("--version")}, out),
            std::optional<int>(0));
        QVERIFY(text.startsWith(QStringLiteral("Casewright " CASEWRIGHT_VERSION "\n")));
        QVERIFY(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
        QVERIFY(!answerInfoOptions(QStringList{QStringLiteral("casewright"), QStringLiteral("folder")}, out));
        QCOMPARE(
            projectArguments({QStringLiteral("casewright"), QStringLiteral("-x"), QStringLiteral("folder")}),
            QStringList{QStringLiteral("folder")});
    }

    // File > Connection...: profile, region and endpoint, as an undoable edit saved in casewright.json.
    void theConnectionIsEditedFromTheFileMenu()
    {
        MainWindow window;
        QVERIFY(!window.connectionAction()->isEnabled()); // no project, nothing to connect
        QVERIFY(window.openProject(m_project));
        QVERIFY(window.connectionAction()->isEnabled());
        window.connectionAction()->trigger();
        auto *dialog = window.findChild<ConnectDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->form()->regionEdit()->text(), QStringLiteral("us-east-1"));
        QVERIFY(!dialog->form()->domainCombo()->isEnabled()); // the project's own domain
        dialog->form()->regionEdit()->setText(QStringLiteral("eu-west-2"));
        dialog->form()->endpointEdit()->setText(QStringLiteral("http://127.0.0.1:4566"));
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();

        ProjectStatusBar *status = window.projectStatus();
        QCOMPARE(window.document()->project().config.region, std::string("eu-west-2"));
        QVERIFY(window.isWindowModified());
        QTRY_COMPARE(status->targetLabel()->text(),
                     QStringLiteral("Target: eu-west-2 \u00b7 http://127.0.0.1:4566 \u00b7 default profile"));
        QCOMPARE(window.undoAction()->text(), QStringLiteral("&Undo Change Connection"));
        window.undoAction()->trigger();
        QCOMPARE(window.document()->project().config.region, std::string("us-east-1"));
        QTRY_COMPARE(status->targetLabel()->text(),
                     QStringLiteral("Target: us-east-1 \u00b7 default profile"));
        window.redoAction()->trigger();
        QVERIFY(window.save());
        const QByteArray saved = fileContent(m_project + QStringLiteral("/casewright.json"));
        QVERIFY2(saved.contains("\"region\": \"eu-west-2\""), saved.constData());
        QVERIFY(saved.contains("\"endpoint\": \"http://127.0.0.1:4566\""));
    }

    // Size, position and docks come back in the next session (main() saves and restores them).
    void theWindowLayoutIsRemembered()
    {
        {
            MainWindow first;
            first.resize(1000, 640);
            first.findChild<QDockWidget *>(QStringLiteral("previewDock"))->hide();
            saveWindowState(first);
        }
        MainWindow second;
        QCOMPARE(second.size(), QSize(1280, 800)); // the default until restored
        restoreWindowState(second);
        QCOMPARE(second.size(), QSize(1000, 640));
        QVERIFY(second.findChild<QDockWidget *>(QStringLiteral("previewDock"))->isHidden());
        QVERIFY(!second.findChild<QDockWidget *>(QStringLiteral("explorerDock"))->isHidden());
    }

    void theApplicationHasItsIconInEverySize()
    {
        const QString organization = QCoreApplication::organizationName();
        const QString application = QCoreApplication::applicationName();
        describeApplication();
        const QIcon icon = QGuiApplication::windowIcon();
        QCoreApplication::setOrganizationName(organization);
        QCoreApplication::setApplicationName(application);
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        QVERIFY2(sizes.contains(QSize(16, 16)) && sizes.contains(QSize(256, 256)),
                 qPrintable(QStringLiteral("%1 sizes").arg(sizes.size())));
    }

    void rendersToPng()
    {
        rememberProject(m_project);
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        test::settleLayouts();
        QVERIFY(window.grab().save(QStringLiteral(CASEWRIGHT_BINARY_DIR "/tests/ui/start-page.png")));
        QVERIFY(window.openProject(m_project));
        test::settleLayouts();
        QVERIFY(window.grab().save(QStringLiteral(CASEWRIGHT_BINARY_DIR "/tests/ui/overview.png")));
        const auto render = [&](const QString &slug, const QString &file) {
            window.explorer()->selectRule(slug);
            test::settleLayouts();
            const QString path = QStringLiteral(CASEWRIGHT_BINARY_DIR "/tests/ui/") + file;
            QVERIFY(window.grab().save(path));
            QVERIFY(QFileInfo(path).size() > 10000);
        };
        render(QStringLiteral("escalation-reason-shown-for-high-priority"),
               QStringLiteral("main-window.png"));
        render(QStringLiteral("knowledge-article-required-for-technical-fixes"),
               QStringLiteral("main-window-nested.png"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_ui_main_window.moc"
