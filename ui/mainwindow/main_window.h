#pragma once
// The designer's window: the explorer dock on the left, the editor area in the centre (start
// page, overview, rule editor and whatever editors are registered), menus, and a status bar that
// says what publish would do. It owns the open ProjectDocument and asks -- through MessageBox, so
// tests can answer -- before unsaved work could be lost.

#include "document/document_editor.h"

#include <QMainWindow>
#include <map>
#include <memory>

class QDockWidget;
class QLabel;
namespace cw::project {
class PracticeService;
}
class QMenu;
class QUndoGroup;

namespace cw::ui {

class ConnectionForm;
class EditorArea;
class ExplorerDock;
class ProjectDocument;
class ProjectStatusBar;
class FieldOptionsEditor;
class PreviewPane;
class RuleEditor;
class TemplateEditor;
class StartPage;
class FieldPage;
class ImpactPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class ItemKind { Rule, Template, Field };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project folder, first asking about unsaved edits in the open one. When the last
    // session left a recovery copy, asks whether to restore it. Returns false when nothing was
    // opened (the reason was shown, or the user cancelled).
    bool openProject(const QString &directory);
    // `casewright [PROJECT_DIR]`: the folder given, else the last project, else the start page.
    void openInitialProject(const QStringList &positionalArguments);
    // Asks about unsaved edits (save, discard, cancel); false when the user cancelled.
    bool closeProject();
    bool save();

    // Another editor for the central area: shown, and given the item, when the explorer selects
    // an item of `kind`. The window does not take ownership of `editor`, only of its widget.
    void registerEditor(ItemKind kind, DocumentEditor *editor);

    ProjectDocument *document() const { return m_document.get(); }
    ExplorerDock *explorer() const { return m_explorer; }
    EditorArea *editorArea() const { return m_area; }
    RuleEditor *ruleEditor() const { return m_ruleEditor; }
    FieldPage *fieldPage() const { return m_fieldPage; }
    ProjectStatusBar *projectStatus() const { return m_status; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *newRequiredRuleAction() const { return m_newRequiredRule; }
    QAction *newHiddenRuleAction() const { return m_newHiddenRule; }
    QAction *newOptionsRuleAction() const { return m_newOptionsRule; }
    QAction *deleteRuleAction() const { return m_deleteRule; }
    QAction *connectionAction() const { return m_connectionAction; }
    QAction *publishAction() const { return m_publishAction; }
    QAction *promoteAction() const { return m_promoteAction; }
    QAction *practiceAction() const { return m_practiceAction; }
    // The practice service File > Practice Domain started, or nullptr; and its status-bar label.
    project::PracticeService *practiceService() const { return m_practice; }
    QLabel *practiceLabel() const { return m_practiceLabel; }

signals:
    // After a project was opened or closed (nullptr); docks such as a preview listen here.
    void documentChanged(cw::ui::ProjectDocument *document);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void setDocument(std::unique_ptr<ProjectDocument> document);
    // Asks about unsaved edits and saves or discards them; false when the user cancelled.
    bool settleUnsavedWork();
    void showItem(ItemKind kind, const QString &key);
    void showOverview();
    void updateTitle();
    void updateActions();
    void chooseFolder();
    void newFromPull();
    void publish();
    // File > Promote to Another Project: this project's rules into another domain's project
    // folder (main_window_promote.cpp).
    void promoteToProject();
    void editConnection();
    // File > Practice Domain: start casewright-emulator on the sample or on a copy of this
    // project's pulled state (or stop it); pull and publish then go there (main_window_practice.cpp).
    void practiceDomain();
    void practiceListening();
    void practiceEnded(const QString &message);
    // Points a pull or publish dialog's connection at the practice service while it runs.
    void connectToPractice(ConnectionForm *form) const;
    void addRule(bool hidden);
    // Asks for the child and parent fields (NewOptionsRuleDialog), then adds the rule and opens it.
    void addOptionsRule();
    void deleteCurrentRule();
    // Asks, then deletes the rule (Rule › Delete Rule…, Delete in the explorer, its menu).
    void deleteRule(const QString &slug);
    void duplicateRule(const QString &slug);
    void renameRule(const QString &slug);
    void showRuleUsage(const QString &slug);
    // The editor shown gets the keyboard focus (Enter in the explorer).
    void focusEditor();
    // Shows a sample case (by id) in the preview, switching its template when the case is not listed.
    void showSampleCase(const QString &caseId);
    void fillRecentMenu();
    void about();

    std::unique_ptr<ProjectDocument> m_document;
    QUndoGroup *m_undoGroup = nullptr;
    ExplorerDock *m_explorer = nullptr;
    EditorArea *m_area = nullptr;
    StartPage *m_start = nullptr;
    QLabel *m_overview = nullptr;
    RuleEditor *m_ruleEditor = nullptr;
    TemplateEditor *m_templateEditor = nullptr;
    FieldPage *m_fieldPage = nullptr;
    PreviewPane *m_preview = nullptr;
    QDockWidget *m_previewDock = nullptr;
    ImpactPanel *m_impact = nullptr;
    QDockWidget *m_impactDock = nullptr;
    QAction *m_publishAction = nullptr;
    QAction *m_promoteAction = nullptr;
    QAction *m_connectionAction = nullptr;
    QAction *m_practiceAction = nullptr;
    project::PracticeService *m_practice = nullptr; // a child QObject, created on first use
    QLabel *m_practiceLabel = nullptr;
    FieldOptionsEditor *m_optionsEditor = nullptr;
    std::unique_ptr<DocumentEditor> m_ruleEditorAdapter;
    std::map<ItemKind, DocumentEditor *> m_editors;
    ProjectStatusBar *m_status = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_pullAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_newRequiredRule = nullptr;
    QAction *m_newHiddenRule = nullptr;
    QAction *m_newOptionsRule = nullptr;
    QAction *m_deleteRule = nullptr;
};

} // namespace cw::ui
