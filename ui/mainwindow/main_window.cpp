#include "mainwindow/main_window.h"

#include "common/counted.h"
#include "dialogs/message_box.h"
#include "document/document_opener.h"
#include "document/project_document.h"
#include "explorer/explorer_dock.h"
#include "explorer/explorer_filter_proxy.h"
#include "mainwindow/editor_area.h"
#include "mainwindow/project_status_bar.h"
#include "mainwindow/recent_projects.h"
#include "mainwindow/start_page.h"
#include "rules/rule_editor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QUndoGroup>

namespace cw::ui {
namespace {
const QString kStartPage = QStringLiteral("start");
const QString kOverviewPage = QStringLiteral("overview");

QString pageName(MainWindow::ItemKind kind)
{
    switch (kind) {
    case MainWindow::ItemKind::Rule:
        return QStringLiteral("editor:rule");
    case MainWindow::ItemKind::Template:
        return QStringLiteral("editor:template");
    case MainWindow::ItemKind::Field:
        return QStringLiteral("editor:field");
    }
    return {};
}

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

// The rule editor as a DocumentEditor, registered like any later editor.
class RuleEditorPage : public DocumentEditor {
public:
    explicit RuleEditorPage(RuleEditor *editor) : m_editor(editor) {}
    QWidget *editorWidget() override { return m_editor; }
    void setEditorDocument(ProjectDocument *document) override { m_editor->setDocument(document); }
    void showItem(const QString &key) override { m_editor->showRule(key); }

private:
    RuleEditor *m_editor;
};
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);
    m_undoGroup = new QUndoGroup(this);
    m_area = new EditorArea(this);
    setCentralWidget(m_area);
    m_start = new StartPage(m_area);
    m_area->addPage(kStartPage, m_start);
    m_overview = new QLabel(m_area);
    m_overview->setWordWrap(true);
    m_overview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_overview->setMargin(24);
    m_overview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overview->setAccessibleName(tr("Overview"));
    m_area->addPage(kOverviewPage, m_overview);
    m_ruleEditor = new RuleEditor(m_area);
    m_ruleEditorAdapter = std::make_unique<RuleEditorPage>(m_ruleEditor);
    registerEditor(ItemKind::Rule, m_ruleEditorAdapter.get());

    m_explorer = new ExplorerDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_explorer);
    resizeDocks({m_explorer}, {520}, Qt::Horizontal);
    m_status = new ProjectStatusBar(statusBar());

    createActions();
    createMenus();

    connect(m_explorer, &ExplorerDock::ruleSelected, this,
            [this](const QString &slug) { showItem(ItemKind::Rule, slug); });
    connect(m_explorer, &ExplorerDock::templateSelected, this,
            [this](const QString &slug) { showItem(ItemKind::Template, slug); });
    connect(m_explorer, &ExplorerDock::fieldSelected, this,
            [this](const QString &fieldId) { showItem(ItemKind::Field, fieldId); });
    connect(m_explorer, &ExplorerDock::nothingSelected, this, &MainWindow::showOverview);
    connect(m_ruleEditor, &RuleEditor::ruleGone, this, &MainWindow::showOverview);
    connect(m_area, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_start, &StartPage::openFolderRequested, this, &MainWindow::chooseFolder);
    connect(m_start, &StartPage::newFromPullRequested, this, &MainWindow::newFromPull);
    connect(m_start, &StartPage::recentRequested, this,
            [this](const QString &directory) { openProject(directory); });

    m_area->showPage(kStartPage);
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    setDocument(nullptr);
}

void MainWindow::registerEditor(ItemKind kind, DocumentEditor *editor)
{
    m_editors[kind] = editor;
    m_area->addPage(pageName(kind), editor->editorWidget());
    editor->setEditorDocument(m_document.get());
}

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> document)
{
    // Views let go of the old document before it goes.
    m_explorer->setDocument(nullptr);
    for (const auto &[kind, editor] : m_editors)
        editor->setEditorDocument(nullptr);
    m_status->setDocument(nullptr);
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
    m_document = std::move(document);

    if (m_document) {
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        connect(m_document.get(), &ProjectDocument::modifiedChanged, this, &MainWindow::updateTitle);
        connect(m_document.get(), &ProjectDocument::findingsChanged, this, [this] {
            if (m_area->currentPageName() == kOverviewPage)
                showOverview();
        });
        connect(m_document.get(), &ProjectDocument::autosaveFailed, this, [this](const QString &message) {
            statusBar()->showMessage(tr("Autosave failed: %1").arg(message));
        });
        m_explorer->setDocument(m_document.get());
        for (const auto &[kind, editor] : m_editors)
            editor->setEditorDocument(m_document.get());
        m_status->setDocument(m_document.get());
        showOverview();
    } else {
        m_start->refreshRecent();
        m_area->showPage(kStartPage);
    }
    updateTitle();
    updateActions();
    emit documentChanged(m_document.get());
}

bool MainWindow::openProject(const QString &directory)
{
    // The open project stays open when the new one cannot be read.
    if (!settleUnsavedWork())
        return false;
    const auto askRecovery = [this](const project::RecoveryInfo &info) {
        const QString text = tr("Casewright was closed without saving this project. An automatic copy from "
                                "%1 holds the unsaved "
                                "edits (%2 rules, %3 templates).\n\nRestore them, or discard them and open "
                                "the project as it was "
                                "last saved?")
                                 .arg(qs(info.savedAt))
                                 .arg(info.rules)
                                 .arg(info.templates);
        const auto answer =
            MessageBox::ask(this, tr("Restore unsaved edits?"), text,
                            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Yes,
                            {{QMessageBox::Yes, tr("Restore")}, {QMessageBox::Cancel, tr("Decide Later")}});
        if (answer == QMessageBox::Yes)
            return RecoveryChoice::Restore;
        if (answer == QMessageBox::Discard)
            return RecoveryChoice::Discard;
        return RecoveryChoice::KeepForLater;
    };
    auto opened = openProjectDocument(directory, askRecovery);
    if (!opened) {
        MessageBox::warn(this, tr("Cannot open the project"), qs(opened.error().toString()));
        return false;
    }
    setDocument(std::move(opened->document));
    rememberProject(directory);
    for (const QString &notice : opened->notices)
        MessageBox::inform(this, tr("Project opened"), notice);
    return true;
}

void MainWindow::openInitialProject(const QStringList &positionalArguments)
{
    if (!positionalArguments.isEmpty()) {
        openProject(positionalArguments.front());
        return;
    }
    const QStringList recent = recentProjects();
    if (!recent.isEmpty() && QFileInfo(recent.front()).isDir())
        openProject(recent.front());
}

bool MainWindow::closeProject()
{
    if (!settleUnsavedWork())
        return false;
    setDocument(nullptr);
    return true;
}

bool MainWindow::settleUnsavedWork()
{
    if (m_document && m_document->isModified()) {
        const auto answer = MessageBox::ask(
            this, tr("Save changes?"),
            tr("The project \u201c%1\u201d has unsaved changes. Save them before closing?")
                .arg(m_document->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Save) {
            if (!save())
                return false;
        } else if (answer == QMessageBox::Discard) {
            // The user chose to lose the edits: do not offer them again at the next open.
            if (auto status = m_document->discardRecoveryCopy(); !status)
                MessageBox::warn(this, tr("Cannot remove the recovery copy"), qs(status.error().toString()));
        } else {
            return false;
        }
    }
    return true;
}

bool MainWindow::save()
{
    if (!m_document)
        return false;
    if (auto status = m_document->save(); !status) {
        MessageBox::warn(this, tr("Cannot save the project"), qs(status.error().toString()));
        return false;
    }
    statusBar()->showMessage(tr("Saved to %1").arg(QDir::toNativeSeparators(m_document->directory())), 4000);
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (closeProject())
        event->accept();
    else
        event->ignore();
}

void MainWindow::showItem(ItemKind kind, const QString &key)
{
    const auto editor = m_editors.find(kind);
    if (editor != m_editors.end()) {
        editor->second->showItem(key);
        m_area->showPage(pageName(kind));
        updateActions();
        return;
    }
    // No editor for this kind yet: say what it is, and that it is read here only.
    showOverview();
    QString about;
    if (kind == ItemKind::Template) {
        if (const project::TemplateFile *file = m_document ? m_document->caseTemplate(key) : nullptr) {
            const CaseTemplate &caseTemplate = file->caseTemplate;
            about =
                tr("Template \u201c%1\u201d (%2): %3, %4. There is no template editor in this version; "
                   "edit templates/%5.json or the admin website.")
                    .arg(qs(caseTemplate.name), qs(caseTemplate.status))
                    .arg(counted(caseTemplate.rules ? qsizetype(caseTemplate.rules->size()) : 0,
                                 tr("%1 rule attached"), tr("%1 rules attached")),
                         counted(caseTemplate.requiredFields ? qsizetype(caseTemplate.requiredFields->size())
                                                             : 0,
                                 tr("%1 required field"), tr("%1 required fields")),
                         key);
        }
    } else if (kind == ItemKind::Field) {
        if (const Field *field = m_document ? m_document->snapshot().findField(key.toStdString()) : nullptr)
            about = tr("Field \u201c%1\u201d: %2, id %3. Fields come from the domain and are read-only here.")
                        .arg(qs(field->name), qs(field->type), key);
    }
    if (!about.isEmpty())
        m_overview->setText(about + QStringLiteral("\n\n") + m_overview->text());
}

void MainWindow::showOverview()
{
    if (!m_document) {
        m_area->showPage(kStartPage);
        return;
    }
    const project::Project &project = m_document->project();
    int errors = 0;
    int warnings = 0;
    for (const Finding &finding : m_document->findings())
        (finding.severity == Finding::Severity::Error ? errors : warnings) += 1;
    m_overview->setText(tr("%1\n%2\n\n%3 fields, %4 templates, %5 rules, %6 sample case files.\nValidation: "
                           "%7 errors, %8 warnings.\n\n"
                           "Select a rule in the explorer to edit it, or add one from the Rule menu.")
                            .arg(m_document->displayName(), QDir::toNativeSeparators(m_document->directory()))
                            .arg(project.fields.size())
                            .arg(project.templates.size())
                            .arg(project.rules.size())
                            .arg(project.samples.size())
                            .arg(errors)
                            .arg(warnings));
    m_area->showPage(kOverviewPage);
    updateActions();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Casewright"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(tr("%1[*] \u2014 Casewright").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    for (QAction *action : {m_saveAction, m_closeAction, m_newRequiredRule, m_newHiddenRule, m_findAction})
        action->setEnabled(open);
    m_deleteRule->setEnabled(open && m_area->currentPageName() == pageName(ItemKind::Rule) &&
                             !m_ruleEditor->ruleSlug().isEmpty());
}

} // namespace cw::ui
