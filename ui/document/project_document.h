#pragma once
// The open project as the designer edits it: the loaded files, the undo stack and the findings of
// the working snapshot. Every edit goes through here -- views call the edit members, which push
// undo commands, and the commands call the apply members -- and every change is announced, so
// views only listen. Saving, autosave and the recovery copy are the project layer's; this class
// decides only *when* they run.

#include "document/sample_row.h"
#include "project/file_renames.h"
#include "project/identity_changes.h"
#include "project/project_io.h"
#include "validation/finding.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUndoStack>
#include <chrono>
#include <map>
#include <optional>
#include <set>

namespace cw::ui {

class FolderWatcher;

class ProjectDocument : public QObject {
    Q_OBJECT
public:
    explicit ProjectDocument(project::LoadedProject loaded, QObject *parent = nullptr);

    const project::Project &project() const { return m_loaded.project; }
    // The project with the record of its files as last read or saved (what publish starts from).
    const project::LoadedProject &loadedProject() const { return m_loaded; }
    QString directory() const;
    // The domain's name, or the folder's when the project has none.
    QString displayName() const;
    // project().workingSnapshot(), recomputed after each change.
    const DomainSnapshot &snapshot() const { return m_snapshot; }
    // validateSnapshot + lintSnapshot of snapshot(): errors first, each part in document order.
    const std::vector<Finding> &findings() const { return m_findings; }
    // The findings inside one rule's entry ("/caseRules/N..."), with that prefix removed from
    // where.pointer, so "/rule/required/conditions/0/equalTo/..." or "/name" is left.
    std::vector<Finding> ruleFindings(const QString &slug) const;
    QUndoStack *undoStack() { return &m_undoStack; }

    const project::RuleFile *rule(const QString &slug) const;
    std::optional<std::size_t> ruleIndex(const QString &slug) const;
    const project::TemplateFile *caseTemplate(const QString &slug) const;
    std::optional<std::size_t> templateIndex(const QString &slug) const;

    // Edits. Each pushes one undo command named `description` ("Change condition value"...).
    // Commands with the same non-empty `mergeKey` pushed one after another on the same rule merge
    // into one undo step (typing a name is one step, not one per key).
    void editRule(const QString &slug, const CaseRule &rule, const QString &description,
                  const QString &mergeKey = {});
    // Adds a rule in a new file named after it; returns the file's slug.
    QString addRule(const CaseRule &rule, const QString &description);
    // Removes the rule's file and detaches it from every template that uses it, as one step.
    void removeRule(const QString &slug);
    void editTemplate(const QString &slug, const CaseTemplate &caseTemplate, const QString &description,
                      const QString &mergeKey = {});
    // Where the project connects: profile, region and endpoint (the domain is the project's own).
    void editConnection(const project::ProjectConfig &config);

    // Applied by the undo commands only.
    void applyRule(const QString &slug, const CaseRule &rule);
    void applyInsertRule(std::size_t index, project::RuleFile file);
    project::RuleFile applyRemoveRule(const QString &slug);
    void applyTemplate(const QString &slug, const CaseTemplate &caseTemplate);
    void applyConfig(const project::ProjectConfig &config);

    // Sample cases: one row per case of every samples/*.json file, the files in the project's
    // order and each file's cases together, as they are saved. Their edits are undo steps on
    // undoStack() like any other, so they mark the document modified, are saved by save() and
    // kept by the recovery copy.
    int sampleCount() const;
    const SampleCase &sampleCase(int row) const;
    const std::string &sampleFileOf(int row) const;
    // Replaces one case. Edits with the same non-empty mergeKey pushed one after another on the
    // same row merge into one undo step (typing).
    void editSampleCase(int row, const SampleCase &sampleCase, const QString &description,
                        const QString &mergeKey = {});
    // Inserts cases into `file` (a new file goes after the others) at `row`, moved to the nearest
    // row among that file's cases; returns the row of the first.
    int insertSampleCases(int row, const std::string &file, std::vector<SampleCase> cases,
                          const QString &description);
    // Removes the rows (in any order, repeats ignored) as one undo step.
    void removeSampleCases(QList<int> rows, const QString &description);

    // Applied by the sample undo commands only.
    void applySampleCase(int row, const SampleCase &sampleCase);
    void applyInsertSamples(int row, const std::vector<SampleRow> &rows);
    std::vector<SampleRow> applyRemoveSamples(int row, int count);

    // Unsaved edits: the undo stack is away from its clean state, or a recovery copy was restored.
    bool isModified() const;
    // Writes the changed files (saveProject); on success the document is clean and the recovery
    // copy is removed. When saving is refused (a file changed on disk...), the edits go to the
    // recovery copy and the document stays modified.
    // Files follow their names (project/file_renames.h): a new rule or template renamed is saved
    // under its new name, a published one too with `renamePublishedFiles`. The old slugs keep
    // working as keys (views and the undo history hold them), and the "local:" references that
    // undo brings back follow the rename.
    Status save(bool renamePublishedFiles = false);
    // The published rules and templates whose files do not follow their names, not declined yet:
    // "old slug -> new slug" for the save prompt.
    project::FileRenames publishedFilesToOffer() const;
    // The user said no to renaming these: not offered again until a name changes again.
    void declinePublishedRenames(const project::FileRenames &renames);
    // Writes .casewright/recovery.json now; the autosave timer calls it while the document is
    // modified.
    Status writeRecoveryNow();
    Status discardRecoveryCopy();
    void setAutosaveInterval(std::chrono::milliseconds interval);
    bool isAutosaveRunning() const { return m_autosave.isActive(); }
    // The project holds a restored recovery copy: modified although nothing was undone or done.
    void markRestored();

    // After a publish (which started from this document, saved): the project as publish wrote it
    // -- new ids in place of "local:" references, the new base, settled conflicts -- becomes the
    // document's, clean. The undo history stays usable: a rule or template an undo or redo brings
    // back gets the ids publish gave it (project/identity_changes.h), so undoing an edit made
    // before the publish is a local edit again, relative to the new base.
    void adoptPublished(project::LoadedProject published);

    // The folder on disk. Its folders are watched (folder_watcher.h: one watch per folder, not per
    // file): when git or an editor adds, changes or removes project files, changedOnDisk() names
    // them (paths relative to the folder), once the writing settled. Only the files the watcher
    // named are read to tell whether they changed; this returns those that did.
    QStringList filesChangedOnDisk() const;
    // The document holds an edit to this file (a path relative to the folder) that is not saved.
    bool hasUnsavedEditTo(const QString &relative) const;
    // Reads again the files that changed on disk (project_io.h reloadChangedFiles: only those when
    // they are rules/, templates/ or samples/ files, the whole project when casewright.json,
    // fields.json, layouts.json or .casewright/ changed; unreadable files kept aside) and takes
    // every file from disk but those with an unsaved edit here, which stay as edited -- unless they
    // are in `overwrite`, whose disk version wins too. Files kept as edited are known in their new
    // disk state, so the next save writes over it ("keep mine"). The undo history stays.
    Status reloadFromDisk(const QStringList &overwrite = {});
    // The folder watcher (tests look at what it watches).
    const FolderWatcher *folderWatcher() const { return m_watcher; }
    // File > Save As: the project folder copied to `target` (new or empty) with the edits saved
    // in the copy, which becomes the open project; the original folder keeps its files.
    Status saveAs(const QString &target);

signals:
    void ruleChanged(const QString &slug);
    void templateChanged(const QString &slug);
    void rulesReset(); // rules were added or removed
    // After every change, once the change's own signal above has been delivered.
    void findingsChanged();
    void modifiedChanged(bool modified);
    void saved();
    void autosaveFailed(const QString &message);
    void configChanged(); // casewright.json's settings (the connection)
    // The project was read again from disk, or moved by Save As: views refresh all they show.
    void reloaded();
    // Project files changed on disk since they were read or saved (relative paths).
    void changedOnDisk(const QStringList &files);
    // Files read from disk after the watcher saw a change (relative paths, sorted): to tell which
    // of those it named changed, then to take them in. What a change on disk costs.
    void filesReadFromDisk(const QStringList &files);
    // Sample cases, in the order of QAbstractItemModel's row signals, so a table can follow.
    void sampleCaseChanged(int row);
    void sampleRowsAboutToBeInserted(int first, int last);
    void sampleRowsInserted(int first, int last);
    void sampleRowsAboutToBeRemoved(int first, int last);
    void sampleRowsRemoved(int first, int last);
    void sampleRowsAboutToBeReset();
    void sampleRowsReset();

private:
    // The slug a file has now: `slug` itself, or where the renames on save took it.
    QString currentRuleSlug(const QString &slug) const;
    QString currentTemplateSlug(const QString &slug) const;
    void adoptFileRenames(project::Project renamed, const project::FileRenames &renames);
    project::RuleFile *mutableRule(const QString &slug);
    project::TemplateFile *mutableTemplate(const QString &slug);
    void recompute();
    void updateModified();
    void autosave();
    void watchFolder();
    // What the watcher saw: an entry of a watched folder, or a folder whose entries are unknown.
    void noteEntryChanged(const QString &path);
    void noteFolderChanged(const QString &folder);
    // The files the watcher named since the last look (relative paths).
    std::vector<std::string> diskCandidates() const;
    void checkDisk();
    // `loaded` (the disk's files, perhaps with edits kept) becomes the document; `onDisk` is what
    // the files themselves hold.
    void takeLoaded(project::LoadedProject loaded, project::Project onDisk);
    // The file and the index in it of a sample row (row < sampleCount()).
    std::pair<std::size_t, std::size_t> locateSample(int row) const;
    int firstSampleRowOf(std::size_t fileIndex) const;

    project::LoadedProject m_loaded;
    // The project as its files hold it (last read, saved or published): what "an unsaved edit to
    // a file" is measured against.
    project::Project m_onDisk;
    FolderWatcher *m_watcher = nullptr;
    std::map<QString, std::string>
        m_watchedFolders;                   // a watched folder's path -> project::projectFolders()'s name
    std::set<std::string> m_diskCandidates; // files the watcher named, not looked at yet
    std::set<std::string> m_foldersToScan;  // folders whose changed entries are not known
    QTimer m_diskSettle; // a git checkout touches many files: look once they are all written
    bool m_checkingDisk = false;
    // One per publish adopted and per save that renamed new files, in order.
    std::vector<project::IdentityChanges> m_publishedIdentities;
    // Slugs files had before a save renamed them -> the slug they got (project/file_renames.h).
    std::map<QString, QString> m_renamedRules;
    std::map<QString, QString> m_renamedTemplates;
    std::set<std::pair<std::string, std::string>> m_declinedRenames; // (slug, name) not to offer
    DomainSnapshot m_snapshot;
    std::vector<Finding> m_findings;
    QUndoStack m_undoStack;
    QTimer m_autosave;
    bool m_restored = false;
    bool m_lastModified = false;
};

} // namespace cw::ui
