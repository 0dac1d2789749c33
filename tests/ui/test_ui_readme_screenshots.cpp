// The README's screenshots (docs/screenshots/*.png), rendered from real widgets at 1280×800 on
// the sample project: the condition builder, the template editor, the options matrix, the preview,
// the publish dialog with two conflicts (against the project's Cases emulator), and dark mode
// (the condition builder again).
// Each scene is checked for what it must show before it is saved. scripts/readme-screenshots.sh
// runs this with CASEWRIGHT_README_SCREENSHOTS=docs/screenshots (and renders main-window.png
// with `casewright --screenshot`); under ctest the PNGs land in <build>/screenshots/readme.

#include "dialogs/message_box.h"
#include "document/project_document.h"
#include "explorer_test_support.h"
#include "mainwindow/editor_area.h"
#include "mainwindow/main_window.h"
#include "options/field_options_editor.h"
#include "palette_test_support.h"
#include "preview/preview_pane.h"
#include "rules/rule_editor.h"
#include "sync/publish_dialog.h"
#include "sync/sync_test_support.h"
#include "templates/template_editor.h"
#include "templates/template_field_row.h"

#include <QApplication>
#include <QDockWidget>
#include <QGroupBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>
#include <QtTest>

using namespace cw;
using namespace cw::ui;
using namespace cw::ui::test;

namespace {
const QSize kSceneSize(1280, 800);
const QString kHiddenRule = QStringLiteral("escalation-reason-shown-for-high-priority");
const QString kOptionsRule = QStringLiteral("subcategories-by-category");
const QString kCustomerSupportSlug = QStringLiteral("customer-support");
const QString kCustomerSupportId = QStringLiteral("66fb10d0-289e-58cc-94e8-03b79f8ad8b8");

QString outputDirectory()
{
    const QString chosen = qEnvironmentVariable("CASEWRIGHT_README_SCREENSHOTS");
    return chosen.isEmpty() ? QStringLiteral(CASEWRIGHT_BINARY_DIR "/screenshots/readme") : chosen;
}

void editFile(const QString &path, const char *member, const std::string &value)
{
    Json json = readJson(path);
    json[member] = value;
    QVERIFY(writeJson(path, json));
}
} // namespace

class TestReadmeScreenshots : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QTemporaryDir m_work;
    int m_count = 0;

    // Saves `widget` as <output>/<name>.png, at the scene size and the screen's scale of 1.
    void save(QWidget &widget, const QString &name)
    {
        settleLayouts();
        const QImage image = widget.grab().toImage();
        QCOMPARE(image.size(), kSceneSize);
        QVERIFY(QDir().mkpath(outputDirectory()));
        const QString path = QDir(outputDirectory()).filePath(name + QStringLiteral(".png"));
        QVERIFY2(image.save(path), qPrintable(path));
        QVERIFY(QFileInfo(path).size() > 20000); // a real rendering, not an empty frame
    }

    // The window at the scene size on a fresh copy of the sample, a case picked in the preview.
    bool openWindow(MainWindow &window)
    {
        const QString project = m_work.filePath(QStringLiteral("sample-%1").arg(++m_count));
        if (!copySampleProject(project))
            return false;
        window.resize(kSceneSize);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !window.openProject(project))
            return false;
        return true;
    }

    void pickFirstCase(MainWindow &window)
    {
        auto *preview = window.findChild<PreviewPane *>();
        QVERIFY(preview);
        // The first case listed (the list shows the picked template's cases only).
        auto *table = preview->findChild<QTableView *>();
        QVERIFY(table && table->model()->rowCount() > 0);
        table->setCurrentIndex(table->model()->index(0, 0));
        settleLayouts();
    }

    // The template editor with the "Resolution notes" rule selected: its details box shows.
    void showTemplateWithChip(MainWindow &window)
    {
        selectInExplorer(window, ExplorerModel::ItemKind::Template, kCustomerSupportSlug);
        auto *editor = window.findChild<TemplateEditor *>();
        QVERIFY(editor && editor->isVisible());
        const QList<TemplateFieldRow *> rows = editor->fieldRows();
        const auto withChip = std::find_if(
            rows.begin(), rows.end(), [](const TemplateFieldRow *row) { return !row->chips().isEmpty(); });
        QVERIFY(withChip != rows.end());
        editor->selectAttachment((*withChip)->fieldId(), (*withChip)->chips().front()->info().caseRuleId);
        QVERIFY(editor->selectedRuleBox()->isVisibleTo(editor));
        // Scrolled down to the field rows and their chips: what the editor is for.
        settleLayouts();
        auto *page = editor->findChild<QScrollArea *>();
        QVERIFY(page);
        page->verticalScrollBar()->setValue(rows.front()->mapTo(page->widget(), QPoint()).y() - 60);
    }

private slots:
    void initTestCase()
    {
        useEmulatorEnvironment(m_home.path());
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setStyle(QStringLiteral("Fusion")); // the same look on every machine
        QApplication::setPalette(lightPalette());
        MessageBox::setScripted(true);
    }

    void conditionBuilder()
    {
        MainWindow window;
        QVERIFY(openWindow(window));
        selectInExplorer(window, ExplorerModel::ItemKind::Rule, kHiddenRule);
        QCOMPARE(window.editorArea()->currentPageName(), QStringLiteral("editor:rule"));
        QCOMPARE(window.ruleEditor()->nameEdit()->text(),
                 QStringLiteral("Escalation reason shown for high priority"));
        pickFirstCase(window);
        save(window, QStringLiteral("condition-builder"));
    }

    void templateEditor()
    {
        MainWindow window;
        QVERIFY(openWindow(window));
        showTemplateWithChip(window);
        pickFirstCase(window);
        save(window, QStringLiteral("template-editor"));
    }

    void optionsMatrix()
    {
        MainWindow window;
        QVERIFY(openWindow(window));
        selectInExplorer(window, ExplorerModel::ItemKind::Rule, kOptionsRule);
        QCOMPARE(window.editorArea()->currentPageName(), QStringLiteral("editor:options"));
        auto *matrix = window.findChild<FieldOptionsEditor *>()->findChild<QTableView *>();
        QVERIFY(matrix && matrix->isVisible());
        QVERIFY(matrix->model()->rowCount() >= 4); // the four categories
        pickFirstCase(window);
        save(window, QStringLiteral("options-matrix"));
    }

    // The preview dock undocked and enlarged, as a user does to work on the sample cases.
    void preview()
    {
        MainWindow window;
        QVERIFY(openWindow(window));
        auto *pane = window.findChild<PreviewPane *>();
        QVERIFY(pane->showTemplate(kCustomerSupportId));
        pane->selectCase(0);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("previewDock"));
        QVERIFY(dock);
        dock->setFloating(true);
        dock->resize(kSceneSize);
        QVERIFY(QTest::qWaitForWindowExposed(dock));
        QVERIFY(pane->findChild<QTableView *>()->model()->rowCount() >= 10);
        save(*dock, QStringLiteral("preview"));
    }

    void publishDialog()
    {
        emu::testing::EmulatorProcess emulator;
        QVERIFY2(startEmulator(emulator), qPrintable(emulator.errorText()));
        const QString project = m_work.filePath(QStringLiteral("pulled"));
        auto pulled = pullSample(emulator.url(), project);
        QVERIFY2(pulled, pulled ? "" : pulled.error().toString().c_str());
        const QString resolutionFile = QDir(project).filePath(kResolutionRuleFile);
        const QString subcategoryFile = QDir(project).filePath(kSubcategoryRuleFile);
        editFile(resolutionFile, "description", "Mine: notes when closed.");
        editFile(subcategoryFile, "description", "Mine: subcategories.");
        // Someone edits both in the admin website meanwhile.
        emu::testing::EmulatorClient client(emulator.url());
        for (const auto &[file, body] :
             {std::pair{resolutionFile, Json{{"name", "Renamed in the admin website"}}},
              std::pair{subcategoryFile, Json{{"description", "Theirs: subcategories."}}}}) {
            const std::string id = readJson(file)["caseRuleId"];
            QCOMPARE(
                client.call("PUT", "/domains/" + kDomainId.toStdString() + "/case-rules/" + id, body).status,
                200);
        }
        PublishDialog dialog;
        dialog.open();
        QVERIFY(dialog.openProject(project));
        QSignalSpy checked(&dialog, &PublishDialog::conflictsChecked);
        dialog.checkConflicts();
        QVERIFY(checked.count() > 0 || checked.wait(15000));
        QCOMPARE(checked.front().front().toInt(), 2);
        QVERIFY(dialog.conflictsBox()->isVisibleTo(&dialog));
        dialog.showConflict(0);
        dialog.conflictTable()->selectRow(0);
        dialog.resize(kSceneSize);
        save(dialog, QStringLiteral("publish-dialog"));
        dialog.reject();
    }

    void darkMode()
    {
        QApplication::setPalette(darkPalette());
        {
            MainWindow window;
            QVERIFY(openWindow(window));
            selectInExplorer(window, ExplorerModel::ItemKind::Rule, kHiddenRule);
            pickFirstCase(window);
            QVERIFY(window.palette().color(QPalette::Window).lightness() < 80);
            save(window, QStringLiteral("dark-mode"));
        }
        QApplication::setPalette(lightPalette());
    }
};

QTEST_MAIN(TestReadmeScreenshots)
#include "test_ui_readme_screenshots.moc"
