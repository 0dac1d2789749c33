// MainWindow's actions and menus, and what the File and Rule menus do.
#include "commands/document_undo_shortcuts.h"
#include "common/counted.h"
#include "common/std_text.h"
#include "dialogs/message_box.h"
#include "document/project_document.h"
#include "edits/template_edits.h"
#include "explorer/explorer_dock.h"
#include "i18n/language_menu.h"
#include "mainwindow/editor_area.h"
#include "mainwindow/main_window.h"
#include "mainwindow/recent_projects.h"
#include "rules/new_options_rule_dialog.h"
#include "rules/rule_editor.h"
#include "sync/connect_dialog.h"
#include "sync/import_cases_dialog.h"
#include "sync/publish_dialog.h"
#include "sync/pull_dialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QUndoGroup>
#include <set>

namespace cw::ui {
void MainWindow::createActions()
{
    m_openAction = new QAction(tr("&Open Folder\u2026"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFolder);
    m_pullAction = new QAction(tr("&New from Pull\u2026"), this);
    connect(m_pullAction, &QAction::triggered, this, &MainWindow::newFromPull);
    m_publishAction = new QAction(tr("&Publish\u2026"), this);
    connect(m_publishAction, &QAction::triggered, this, &MainWindow::publish);
    // File > Import Cases from the Service…, enabled while a project is open. The imported cases
    // are one undoable edit (a new samples file), saved at once -- as publish saves first -- so the
    // file on disk is the one casewright-cli pull-cases writes.
    auto *importCases = new QAction(tr("&Import Cases from the Service\u2026"), this);
    importCases->setObjectName(QStringLiteral("importCasesAction"));
    importCases->setToolTip(tr("The domain's recent cases as sample cases for the preview"));
    importCases->setEnabled(false);
    connect(this, &MainWindow::documentChanged, importCases,
            [importCases](ProjectDocument *document) { importCases->setEnabled(document != nullptr); });
    connect(importCases, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        auto *dialog = new ImportCasesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->openProject(m_document->loadedProject());
        connectToPractice(dialog->connectionForm());
        connect(dialog, &ImportCasesDialog::casesImported, this,
                [this, dialog](const project::SampleFile &file) {
                    if (!m_document)
                        return;
                    m_document->insertSampleCases(m_document->sampleCount(), file.name, file.cases.cases,
                                                  dialog->windowTitle());
                    save();
                });
        dialog->open();
    });
    m_promoteAction = new QAction(tr("Pro&mote to Another Project\u2026"), this);
    connect(m_promoteAction, &QAction::triggered, this, &MainWindow::promoteToProject);
    m_connectionAction = new QAction(tr("Co&nnection\u2026"), this);
    m_connectionAction->setToolTip(
        tr("The AWS profile, region and endpoint this project pulls from and publishes to"));
    connect(m_connectionAction, &QAction::triggered, this, &MainWindow::editConnection);
    m_practiceAction = new QAction(tr("Practice &Domain\u2026"), this);
    m_practiceAction->setToolTip(tr("Try pull and publish on a local practice service instead of AWS"));
    connect(m_practiceAction, &QAction::triggered, this, &MainWindow::practiceDomain);
    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_closeAction = new QAction(tr("&Close Project"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProject);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    // The editors' text boxes would keep Ctrl+Z for themselves: the document's undo wins there.
    new DocumentUndoShortcuts(m_area, m_undoAction, m_redoAction);
    m_findAction = new QAction(tr("&Find in Explorer"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_explorer->show();
        m_explorer->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_explorer->filterEdit()->selectAll();
    });

    m_newRequiredRule = new QAction(tr("New &Required Rule"), this);
    m_newRequiredRule->setShortcut(QKeySequence::New);
    connect(m_newRequiredRule, &QAction::triggered, this, [this] { addRule(false); });
    m_newHiddenRule = new QAction(tr("New &Hidden Rule"), this);
    connect(m_newHiddenRule, &QAction::triggered, this, [this] { addRule(true); });
    m_newOptionsRule = new QAction(tr("New &Options Rule\u2026"), this);
    connect(m_newOptionsRule, &QAction::triggered, this, &MainWindow::addOptionsRule);
    m_deleteRule = new QAction(tr("&Delete Rule\u2026"), this);
    connect(m_deleteRule, &QAction::triggered, this, &MainWindow::deleteCurrentRule);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_pullAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_publishAction);
    file->addAction(findChild<QAction *>(QStringLiteral("importCasesAction")));
    file->addAction(m_promoteAction);
    file->addAction(m_connectionAction);
    file->addAction(m_practiceAction);
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *rule = menuBar()->addMenu(tr("&Rule"));
    rule->addAction(m_newRequiredRule);
    rule->addAction(m_newHiddenRule);
    rule->addAction(m_newOptionsRule);
    rule->addSeparator();
    rule->addAction(m_deleteRule);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_explorer->toggleViewAction());
    view->addAction(m_previewDock->toggleViewAction());
    view->addAction(m_impactDock->toggleViewAction());
    view->addSeparator();
    i18n::addLanguageMenu(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Casewright"), this, &MainWindow::about);
}

void MainWindow::chooseFolder()
{
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Open a project folder"));
    if (!directory.isEmpty())
        openProject(directory);
}

void MainWindow::newFromPull()
{
    auto *dialog = new PullDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connectToPractice(dialog->connectionForm());
    connect(dialog, &PullDialog::openProjectRequested, this, [this](const QString &folder) {
        // Pulling into the open project rewrote its files: read them again.
        if (m_document && QDir(folder) == QDir(m_document->directory()))
            setDocument(nullptr);
        openProject(folder);
    });
    dialog->open();
}

// Profile, region and endpoint only: a project belongs to its domain (pull another domain into a
// new project instead). The choice is an undoable edit, saved in casewright.json with the project.
void MainWindow::editConnection()
{
    if (!m_document)
        return;
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const project::ProjectConfig &config = m_document->project().config;
    dialog->setChoice({qs(config.profile), qs(config.region), qs(config.endpoint), qs(config.domainId),
                       qs(config.domainName)});
    dialog->form()->setDomainFixed(true);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_document)
            return;
        const ConnectionChoice choice = dialog->choice();
        project::ProjectConfig edited = m_document->project().config;
        edited.profile = choice.profile.trimmed().toStdString();
        edited.region = choice.region.trimmed().toStdString();
        edited.endpoint = choice.endpoint.trimmed().toStdString();
        m_document->editConnection(edited);
    });
    dialog->open();
}

void MainWindow::publish()
{
    if (!m_document)
        return;
    // Publish journals each step and writes its results into the files at once, so it starts
    // from saved files: unsaved edits are saved first, or publish is not started. It works on the
    // document's project as saved -- nothing is read again.
    if (m_document->isModified() && !save())
        return;
    auto *dialog = new PublishDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->openProject(m_document->loadedProject());
    connectToPractice(dialog->connectionForm());
    // What publish wrote (new ids, the base, settled conflicts) becomes the document's; the undo
    // history stays.
    connect(dialog, &PublishDialog::projectWritten, this, [this, dialog] {
        if (m_document && dialog->project())
            m_document->adoptPublished(*dialog->project());
    });
    dialog->open();
}

void MainWindow::addRule(bool hidden)
{
    if (!m_document)
        return;
    std::set<std::string> names;
    for (const project::RuleFile &file : m_document->project().rules)
        names.insert(file.rule.name);
    const QString base = hidden ? tr("New hidden rule") : tr("New required rule");
    QString name = base;
    for (int n = 2; names.count(name.toStdString()); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    CaseRule rule;
    rule.name = name.toStdString();
    rule.rule.kind = hidden ? RuleDetails::Kind::Hidden : RuleDetails::Kind::Required;
    rule.rule.boolean.defaultValue = false;
    const QString slug = m_document->addRule(rule, hidden ? tr("Add hidden rule") : tr("Add required rule"));
    m_explorer->selectRule(slug);
    showItem(ItemKind::Rule, slug);
    m_ruleEditor->nameEdit()->setFocus(Qt::OtherFocusReason);
    m_ruleEditor->nameEdit()->selectAll();
}

void MainWindow::addOptionsRule()
{
    if (!m_document)
        return;
    auto *dialog = new NewOptionsRuleDialog(m_document->snapshot(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const DomainSnapshot &snapshot = m_document->snapshot();
        const Field *child = snapshot.findField(dialog->childFieldId());
        const Field *parent = snapshot.findField(dialog->parentFieldId());
        if (!child || !parent)
            return;
        std::set<std::string> names;
        for (const project::RuleFile &file : m_document->project().rules)
            names.insert(file.rule.name);
        const CaseRule rule = newOptionsRule(*child, *parent, snapshot, names);
        const QString slug = m_document->addRule(rule, tr("Add options rule"));
        m_explorer->selectRule(slug);
        showItem(ItemKind::Rule, slug);
    });
    dialog->open();
}

void MainWindow::deleteCurrentRule()
{
    deleteRule(m_ruleEditor->ruleSlug());
}

void MainWindow::deleteRule(const QString &slug)
{
    const project::RuleFile *file = m_document ? m_document->rule(slug) : nullptr;
    if (!file)
        return;
    int attachments = 0;
    const std::string ref = project::Project::ruleRef(*file);
    for (const project::TemplateFile &templateFile : m_document->project().templates)
        if (templateFile.caseTemplate.rules)
            for (const TemplateRule &attachment : *templateFile.caseTemplate.rules)
                attachments += attachment.caseRuleId == ref ? 1 : 0;
    QString text = tr("Delete the rule \u201c%1\u201d?").arg(userText(file->rule.name));
    if (attachments > 0)
        text +=
            QLatin1Char(' ') + plural(tr("It is attached to %n template field(s), which will lose it too.",
                                         nullptr, attachments),
                                      attachments);
    if (!file->rule.caseRuleId.empty())
        text += QLatin1Char(' ') + tr("Publishing will then delete it from the domain.");
    text += QLatin1Char(' ') + tr("You can undo this.");
    if (MessageBox::ask(this, tr("Delete rule"), text, QMessageBox::Yes | QMessageBox::Cancel,
                        QMessageBox::Cancel, {{QMessageBox::Yes, tr("Delete")}}) != QMessageBox::Yes)
        return;
    m_document->removeRule(slug);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentProjects();
    for (const QString &directory : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(directory), this,
                                [this, directory] { openProject(directory); });
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::about()
{
    MessageBox::inform(
        this, tr("About Casewright"),
        tr("Casewright %1\nA designer for Amazon Connect Cases case rules.\nBuilt with Qt %2, running on "
           "Qt %3.")
            .arg(QStringLiteral(CASEWRIGHT_VERSION), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
}

} // namespace cw::ui
