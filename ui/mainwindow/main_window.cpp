#include "mainwindow/main_window.h"

#include "common/counted.h"
#include "common/std_text.h"
#include "common/tone_colors.h"
#include "common/user_text.h"
#include "dialogs/message_box.h"
#include "document/document_opener.h"
#include "document/project_document.h"
#include "editing/rule_usage.h"
#include "explorer/explorer_dock.h"
#include "explorer/explorer_filter_proxy.h"
#include "fields/field_page.h"
#include "i18n/locale_format.h"
#include "impact/impact_panel.h"
#include "mainwindow/editor_area.h"
#include "mainwindow/project_status_bar.h"
#include "mainwindow/recent_projects.h"
#include "mainwindow/start_page.h"
#include "options/field_options_editor.h"
#include "preview/preview_pane.h"
#include "preview/sample_cases_model.h"
#include "rules/rule_editor.h"
#include "templates/template_editor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <set>

namespace cw::ui {
namespace {
const QString kStartPage = QStringLiteral("start");
const QString kOverviewPage = QStringLiteral("overview");
// Field-options rules have their own editor (the matrix); other rules the condition builder.
const QString kOptionsPage = QStringLiteral("editor:options");

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
    m_templateEditor = new TemplateEditor(m_area);
    registerEditor(ItemKind::Template, m_templateEditor);
    m_fieldPage = new FieldPage(m_area);
    registerEditor(ItemKind::Field, m_fieldPage);
    m_optionsEditor = new FieldOptionsEditor(m_area);
    m_area->addPage(kOptionsPage, m_optionsEditor);

    m_explorer = new ExplorerDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_explorer);
    resizeDocks({m_explorer}, {520}, Qt::Horizontal);
    m_status = new ProjectStatusBar(statusBar());
    // The preview sits under the editors: change a rule, see the sample cases react.
    m_preview = new PreviewPane(this);
    m_previewDock = new QDockWidget(tr("Preview"), this);
    m_previewDock->setObjectName(QStringLiteral("previewDock"));
    m_previewDock->setWidget(m_preview);
    addDockWidget(Qt::BottomDockWidgetArea, m_previewDock);
    resizeDocks({m_previewDock}, {360}, Qt::Vertical);
    connect(this, &MainWindow::documentChanged, m_preview, &PreviewPane::setDocument);
    // A rule edit that breaks (or mends) the samples' expected outcomes says so at once.
    connect(m_preview, &PreviewPane::expectationsMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    // View > Impact of Edits: what the local edits change in the samples' outcomes. Hidden until
    // asked for (it compares only while shown); an example case clicked there opens in the preview.
    m_impact = new ImpactPanel(this);
    m_impactDock = new QDockWidget(tr("Impact of Edits"), this);
    m_impactDock->setObjectName(QStringLiteral("impactDock"));
    m_impactDock->setWidget(m_impact);
    addDockWidget(Qt::RightDockWidgetArea, m_impactDock);
    m_impactDock->hide();
    connect(this, &MainWindow::documentChanged, m_impact, &ImpactPanel::setDocument);
    connect(m_impact, &ImpactPanel::caseActivated, this, &MainWindow::showSampleCase);

    createActions();
    createMenus();

    connect(m_explorer, &ExplorerDock::ruleSelected, this,
            [this](const QString &slug) { showItem(ItemKind::Rule, slug); });
    connect(m_explorer, &ExplorerDock::templateSelected, this, [this](const QString &slug) {
        showItem(ItemKind::Template, slug);
        if (const project::TemplateFile *file = m_document ? m_document->caseTemplate(slug) : nullptr)
            m_preview->showTemplate(QString::fromStdString(project::Project::templateRef(*file)));
    });
    connect(m_explorer, &ExplorerDock::fieldSelected, this,
            [this](const QString &fieldId) { showItem(ItemKind::Field, fieldId); });
    connect(m_explorer, &ExplorerDock::nothingSelected, this, &MainWindow::showOverview);
    connect(m_explorer, &ExplorerDock::itemOpened, this, &MainWindow::focusEditor);
    connect(m_explorer, &ExplorerDock::deleteRuleRequested, this, &MainWindow::deleteRule);
    connect(m_explorer, &ExplorerDock::renameRuleRequested, this, &MainWindow::renameRule);
    connect(m_explorer, &ExplorerDock::duplicateRuleRequested, this, &MainWindow::duplicateRule);
    connect(m_explorer, &ExplorerDock::ruleUsageRequested, this, &MainWindow::showRuleUsage);
    connect(m_ruleEditor, &RuleEditor::ruleGone, this, &MainWindow::showOverview);
    connect(m_templateEditor, &TemplateEditor::ruleActivated, this, [this](const QString &slug) {
        m_explorer->selectRule(slug);
        showItem(ItemKind::Rule, slug);
    });
    connect(m_templateEditor, &TemplateEditor::templateGone, this, &MainWindow::showOverview);
    // "Where is this used" on a field's page opens the rule it names.
    connect(m_fieldPage, &FieldPage::ruleActivated, this, [this](const QString &ref) {
        if (!m_document)
            return;
        for (const project::RuleFile &file : m_document->project().rules)
            if (qs(project::Project::ruleRef(file)) == ref) {
                m_explorer->selectRule(qs(file.slug));
                showItem(ItemKind::Rule, qs(file.slug));
                return;
            }
    });
    connect(m_optionsEditor, &FieldOptionsEditor::ruleGone, this, &MainWindow::showOverview);
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
    m_optionsEditor->setEditorDocument(nullptr);
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
        m_optionsEditor->setEditorDocument(m_document.get());
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

namespace {
// "changed rule “Refund…”", one per line; the copy's totals when nothing was compared.
QString recoveredChangesText(const project::RecoveryInfo &info)
{
    if (info.changes.empty())
        return MainWindow::tr("%1, %2").arg(
            plural(MainWindow::tr("%n rule(s)", nullptr, int(info.rules)), qsizetype(info.rules)),
            plural(MainWindow::tr("%n template(s)", nullptr, int(info.templates)),
                   qsizetype(info.templates)));
    using Kind = project::RecoveredChange::Kind;
    using Entity = project::RecoveredChange::Entity;
    constexpr std::size_t kShown = 8; // a long list is summed up after these
    QStringList lines;
    for (std::size_t i = 0; i < info.changes.size() && i < kShown; ++i) {
        const project::RecoveredChange &change = info.changes[i];
        const QString name = qs(elideUserText(change.name, 80));
        QString line;
        switch (change.entity) {
        case Entity::Rule:
            line = change.kind == Kind::Added     ? MainWindow::tr("new rule \u201c%1\u201d")
                   : change.kind == Kind::Removed ? MainWindow::tr("deleted rule \u201c%1\u201d")
                                                  : MainWindow::tr("changed rule \u201c%1\u201d");
            break;
        case Entity::Template:
            line = change.kind == Kind::Added     ? MainWindow::tr("new template \u201c%1\u201d")
                   : change.kind == Kind::Removed ? MainWindow::tr("deleted template \u201c%1\u201d")
                                                  : MainWindow::tr("changed template \u201c%1\u201d");
            break;
        case Entity::Samples:
            line = change.kind == Kind::Added     ? MainWindow::tr("new sample cases in %1")
                   : change.kind == Kind::Removed ? MainWindow::tr("deleted sample cases file %1")
                                                  : MainWindow::tr("changed sample cases in %1");
            break;
        }
        lines << QStringLiteral("\u2022 ") + line.arg(name);
    }
    if (info.changes.size() > kShown) {
        const int more = int(info.changes.size() - kShown);
        lines << plural(MainWindow::tr("\u2026 and %n more change(s)", nullptr, more), more);
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

bool MainWindow::openProject(const QString &directory)
{
    // The open project stays open when the new one cannot be read.
    if (!settleUnsavedWork())
        return false;
    const auto askRecovery = [this](const project::RecoveryInfo &info) {
        const QString text =
            tr("Casewright was closed without saving this project. An automatic copy from %1 holds "
               "unsaved edits:\n%2\n\nRestore them, or discard them and open the project as it was "
               "last saved?")
                .arg(i18n::localizedDateTime(info.savedAt), recoveredChangesText(info));
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
    // One document, one question: sample-case edits are the document's edits too.
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
    // New rules and templates follow their names on their own; a published one's file is renamed
    // only when the user agrees (its name is how people know it in git).
    bool renamePublished = false;
    if (const project::FileRenames offer = m_document->publishedFilesToOffer(); !offer.empty()) {
        QStringList moves;
        const auto list = [&](const char *folder, const std::map<std::string, std::string> &renames) {
            for (const auto &[from, to] : renames)
                moves << QStringLiteral("%1/%2.json \u2192 %1/%3.json")
                             .arg(QLatin1String(folder), QString::fromStdString(from),
                                  QString::fromStdString(to));
        };
        list("rules", offer.rules);
        list("templates", offer.templates);
        const QString text =
            tr("These published rules or templates were renamed, but their files keep the old "
               "names:\n\n%1\n\n"
               "Rename the files too? Each file's content moves unchanged, so git sees a rename; the "
               "service is not affected.")
                .arg(moves.join(QLatin1Char('\n')));
        renamePublished = MessageBox::ask(this, tr("Rename the files?"), text,
                                          QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes,
                                          {{QMessageBox::Yes, tr("Rename Files")},
                                           {QMessageBox::No, tr("Keep File Names")}}) == QMessageBox::Yes;
        if (!renamePublished)
            m_document->declinePublishedRenames(offer);
    }
    if (auto status = m_document->save(renamePublished); !status) {
        MessageBox::warn(this, tr("Cannot save the project"), qs(status.error().toString()));
        return false;
    }
    statusBar()->showMessage(tr("Saved to %1").arg(QDir::toNativeSeparators(m_document->directory())), 4000);
    return true;
}

void MainWindow::renameRule(const QString &slug)
{
    if (!m_document || !m_document->rule(slug))
        return;
    m_explorer->selectRule(slug);
    showItem(ItemKind::Rule, slug);
    // The rule editor's name box; an options rule's page has none and opens as it is.
    // Once the gesture that asked (a menu closing hands the focus back) is over.
    if (m_area->currentPageName() == pageName(ItemKind::Rule))
        QTimer::singleShot(0, m_ruleEditor, [this] {
            m_ruleEditor->nameEdit()->setFocus(Qt::OtherFocusReason);
            m_ruleEditor->nameEdit()->selectAll();
        });
}

void MainWindow::duplicateRule(const QString &slug)
{
    const project::RuleFile *file = m_document ? m_document->rule(slug) : nullptr;
    if (!file)
        return;
    std::set<std::string> names;
    for (const project::RuleFile &other : m_document->project().rules)
        names.insert(other.rule.name);
    CaseRule copy = file->rule;
    // A new rule: no id, ARN or service times of the original (publish creates it).
    copy.caseRuleId.clear();
    copy.caseRuleArn.clear();
    copy.createdTime.reset();
    copy.lastModifiedTime.reset();
    copy.deleted.reset();
    const QString base = tr("%1 (copy)").arg(qs(file->rule.name));
    QString name = base;
    for (int n = 2; names.count(name.toStdString()); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    copy.name = name.toStdString();
    const QString added = m_document->addRule(copy, tr("Duplicate rule"));
    renameRule(added);
}

void MainWindow::showRuleUsage(const QString &slug)
{
    const project::RuleFile *file = m_document ? m_document->rule(slug) : nullptr;
    if (!file)
        return;
    const auto usages = editing::ruleUsages(m_document->snapshot());
    const auto used = usages.find(project::Project::ruleRef(*file));
    const QString name = qs(file->rule.name);
    MessageBox::inform(
        this, tr("Where the rule is used"),
        used == usages.end() || used->second.isEmpty()
            ? tr("\u201c%1\u201d is not attached to any template field.").arg(name)
            : tr("\u201c%1\u201d is attached to:\n%2").arg(name, used->second.join(QLatin1Char('\n'))));
}

void MainWindow::showSampleCase(const QString &caseId)
{
    const int row = m_preview->model()->rowOfCase(toStd(caseId));
    if (row < 0)
        return;
    m_previewDock->show();
    m_previewDock->raise();
    m_preview->selectCase(row);
    // Listed only with its own template: show that one.
    if (m_preview->selectedCase() != row &&
        m_preview->showTemplate(qs(m_preview->model()->sampleCase(row).templateId)))
        m_preview->selectCase(row);
}

void MainWindow::focusEditor()
{
    QWidget *page = m_area->currentWidget();
    if (!page)
        return;
    if (page == m_ruleEditor) {
        m_ruleEditor->nameEdit()->setFocus(Qt::TabFocusReason);
        return;
    }
    // The page's first control that takes the keyboard.
    for (QWidget *child : page->findChildren<QWidget *>())
        if (child->isVisible() && child->isEnabled() && (child->focusPolicy() & Qt::TabFocus)) {
            child->setFocus(Qt::TabFocusReason);
            return;
        }
    page->setFocus(Qt::TabFocusReason);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (closeProject())
        event->accept();
    else
        event->ignore();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (isPaletteChange(event) && m_status)
        m_status->refresh(); // the conflict count carries a tone colour
}

void MainWindow::showItem(ItemKind kind, const QString &key)
{
    if (kind == ItemKind::Rule && FieldOptionsEditor::isFieldOptionsRule(m_document.get(), key)) {
        m_optionsEditor->showItem(key);
        m_area->showPage(kOptionsPage);
        updateActions();
        return;
    }
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
            const int rules = caseTemplate.rules ? int(caseTemplate.rules->size()) : 0;
            const int required = caseTemplate.requiredFields ? int(caseTemplate.requiredFields->size()) : 0;
            about = tr("Template \u201c%1\u201d (%2): %3, %4. There is no template editor in this version; "
                       "edit templates/%5.json or the admin website.")
                        .arg(userText(caseTemplate.name), userText(caseTemplate.status))
                        .arg(plural(tr("%n rule(s) attached", nullptr, rules), rules),
                             plural(tr("%n required field(s)", nullptr, required), required), key);
        }
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
    const auto count = [](const QString &text, std::size_t n) { return plural(text, qsizetype(n)); };
    m_overview->setText(
        tr("%1\n%2\n\n%3, %4, %5, %6.\nValidation: %7, %8.\n\n"
           "Select a rule in the explorer to edit it, or add one from the Rule menu.")
            .arg(
                m_document->displayName(), QDir::toNativeSeparators(m_document->directory()),
                count(tr("%n field(s)", nullptr, int(project.fields.size())), project.fields.size()),
                count(tr("%n template(s)", nullptr, int(project.templates.size())), project.templates.size()),
                count(tr("%n rule(s)", nullptr, int(project.rules.size())), project.rules.size()),
                count(tr("%n sample case file(s)", nullptr, int(project.samples.size())),
                      project.samples.size()),
                count(tr("%n error(s)", nullptr, errors), std::size_t(errors)),
                count(tr("%n warning(s)", nullptr, warnings), std::size_t(warnings))));
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
    for (QAction *action : {m_saveAction, m_publishAction, m_promoteAction, m_connectionAction, m_closeAction,
                            m_newRequiredRule, m_newHiddenRule, m_newOptionsRule, m_findAction})
        action->setEnabled(open);
    m_deleteRule->setEnabled(open && m_area->currentPageName() == pageName(ItemKind::Rule) &&
                             !m_ruleEditor->ruleSlug().isEmpty());
}

} // namespace cw::ui
