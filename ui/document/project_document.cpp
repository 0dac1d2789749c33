#include "document/project_document.h"

#include "commands/add_rule_command.h"
#include "commands/edit_connection_command.h"
#include "commands/edit_rule_command.h"
#include "commands/edit_template_command.h"
#include "commands/remove_rule_command.h"
#include "common/std_text.h"
#include "document/folder_watcher.h"
#include "project/recovery.h"
#include "project/slug.h"
#include "validation/lint.h"
#include "wire/wire_json.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <set>

namespace cw::ui {
namespace {
constexpr std::chrono::milliseconds kDefaultAutosaveInterval{5000};
// A checkout or an editor's save writes in several steps: look once they have settled.
constexpr std::chrono::milliseconds kDiskSettleTime{300};

// What the file `relative` ("rules/x.json", "samples/y.json", "casewright.json") would hold for
// `project`, as JSON; null when the project has no such file. Two projects whose files would
// hold the same differ in nothing a save writes there.
Json fileContent(const project::Project &project, const QString &relative)
{
    const qsizetype slash = relative.indexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : relative.left(slash);
    QString name = relative.mid(slash + 1);
    if (relative == QStringLiteral("casewright.json"))
        return project::configJson(project.config);
    if (folder == QStringLiteral("samples")) {
        for (const project::SampleFile &file : project.samples)
            if (file.name == toStd(name))
                return wire::writeSampleCaseSet(file.cases);
        return Json();
    }
    if (!name.endsWith(QStringLiteral(".json")))
        return Json();
    name.chop(5);
    if (folder == QStringLiteral("rules"))
        if (const project::RuleFile *file = project.findRuleBySlug(toStd(name)))
            return project::ruleFileJson(file->rule);
    if (folder == QStringLiteral("templates"))
        if (const project::TemplateFile *file = project.findTemplateBySlug(toStd(name)))
            return project::templateFileJson(file->caseTemplate);
    return Json(); // fields, layouts, the base and the state are never edited here
}

// Puts `mine`'s version of the file `relative` into `merged` (or takes the file out of it when
// `mine` has none), in the place loadProject would list it.
void keepMyVersion(project::Project &merged, const project::Project &mine, const QString &relative)
{
    const std::string path = toStd(relative);
    std::erase_if(merged.unreadable,
                  [&](const project::UnreadableFile &file) { return file.relative == path; });
    const qsizetype slash = relative.indexOf(QLatin1Char('/'));
    const QString folder = slash < 0 ? QString() : relative.left(slash);
    QString name = relative.mid(slash + 1);
    if (relative == QStringLiteral("casewright.json")) {
        merged.config = mine.config;
        return;
    }
    const auto replace = [](auto &files, const auto &key, const auto *file, const auto &keyOf) {
        std::erase_if(files, [&](const auto &f) { return keyOf(f) == key; });
        if (file)
            files.insert(std::lower_bound(files.begin(), files.end(), key,
                                          [&](const auto &f, const std::string &k) { return keyOf(f) < k; }),
                         *file);
    };
    if (folder == QStringLiteral("samples")) {
        const auto keyOf = [](const project::SampleFile &file) { return file.name; };
        const project::SampleFile *file = nullptr;
        for (const project::SampleFile &candidate : mine.samples)
            if (candidate.name == toStd(name))
                file = &candidate;
        replace(merged.samples, toStd(name), file, keyOf);
        return;
    }
    name.chop(5); // ".json"
    if (folder == QStringLiteral("rules"))
        replace(merged.rules, toStd(name), mine.findRuleBySlug(toStd(name)),
                [](const project::RuleFile &file) { return file.slug; });
    else if (folder == QStringLiteral("templates"))
        replace(merged.templates, toStd(name), mine.findTemplateBySlug(toStd(name)),
                [](const project::TemplateFile &file) { return file.slug; });
}

// The files either project has that a user edits here (relative paths).
std::set<QString> editableFiles(const project::Project &a, const project::Project &b)
{
    std::set<QString> files{QStringLiteral("casewright.json")};
    for (const project::Project *project : {&a, &b}) {
        for (const project::RuleFile &file : project->rules)
            files.insert(QStringLiteral("rules/%1.json").arg(qs(file.slug)));
        for (const project::TemplateFile &file : project->templates)
            files.insert(QStringLiteral("templates/%1.json").arg(qs(file.slug)));
        for (const project::SampleFile &file : project->samples)
            files.insert(QStringLiteral("samples/") + qs(file.name));
    }
    return files;
}

QString errorText(const Error &error)
{
    return QString::fromStdString(error.toString());
}
} // namespace

ProjectDocument::ProjectDocument(project::LoadedProject loaded, QObject *parent)
    : QObject(parent), m_loaded(std::move(loaded))
{
    m_autosave.setInterval(kDefaultAutosaveInterval);
    connect(&m_autosave, &QTimer::timeout, this, &ProjectDocument::autosave);
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, &ProjectDocument::updateModified);
    m_snapshot = m_loaded.project.workingSnapshot();
    m_findings = checkSnapshot(m_snapshot);
    m_onDisk = m_loaded.project;
    m_watcher = new FolderWatcher(this);
    m_diskSettle.setSingleShot(true);
    m_diskSettle.setInterval(kDiskSettleTime);
    connect(m_watcher, &FolderWatcher::entryChanged, this, &ProjectDocument::noteEntryChanged);
    connect(m_watcher, &FolderWatcher::folderChanged, this, &ProjectDocument::noteFolderChanged);
    connect(&m_diskSettle, &QTimer::timeout, this, &ProjectDocument::checkDisk);
    watchFolder();
}

QString ProjectDocument::directory() const
{
    return QString::fromStdString(m_loaded.project.directory);
}

QString ProjectDocument::displayName() const
{
    if (!m_loaded.project.config.domainName.empty())
        return QString::fromStdString(m_loaded.project.config.domainName);
    return QDir(directory()).dirName();
}

std::vector<Finding> ProjectDocument::ruleFindings(const QString &slug) const
{
    const auto index = ruleIndex(slug);
    if (!index)
        return {};
    return findingsUnder(m_findings, pointerJoin("/caseRules", *index));
}

namespace {
// Follows the renames from `slug` while it names no file (a few hops: one per save at most).
template <typename Exists>
QString followRenames(const std::map<QString, QString> &renames, QString slug, Exists exists)
{
    for (int hop = 0; hop < 16 && !exists(slug); ++hop) {
        const auto renamed = renames.find(slug);
        if (renamed == renames.end())
            break;
        slug = renamed->second;
    }
    return slug;
}
} // namespace

QString ProjectDocument::currentRuleSlug(const QString &slug) const
{
    return followRenames(m_renamedRules, slug, [this](const QString &s) {
        return m_loaded.project.findRuleBySlug(toStd(s)) != nullptr;
    });
}

QString ProjectDocument::currentTemplateSlug(const QString &slug) const
{
    return followRenames(m_renamedTemplates, slug, [this](const QString &s) {
        return m_loaded.project.findTemplateBySlug(toStd(s)) != nullptr;
    });
}

const project::RuleFile *ProjectDocument::rule(const QString &slug) const
{
    return m_loaded.project.findRuleBySlug(toStd(currentRuleSlug(slug)));
}

std::optional<std::size_t> ProjectDocument::ruleIndex(const QString &slug) const
{
    const auto &rules = m_loaded.project.rules;
    const std::string wanted = toStd(currentRuleSlug(slug));
    for (std::size_t i = 0; i < rules.size(); ++i)
        if (rules[i].slug == wanted)
            return i;
    return std::nullopt;
}

const project::TemplateFile *ProjectDocument::caseTemplate(const QString &slug) const
{
    return m_loaded.project.findTemplateBySlug(toStd(currentTemplateSlug(slug)));
}

std::optional<std::size_t> ProjectDocument::templateIndex(const QString &slug) const
{
    const auto &templates = m_loaded.project.templates;
    const std::string wanted = toStd(currentTemplateSlug(slug));
    for (std::size_t i = 0; i < templates.size(); ++i)
        if (templates[i].slug == wanted)
            return i;
    return std::nullopt;
}

void ProjectDocument::editRule(const QString &slug, const CaseRule &rule, const QString &description,
                               const QString &mergeKey)
{
    const project::RuleFile *file = this->rule(slug);
    if (!file)
        return;
    m_undoStack.push(new EditRuleCommand(*this, slug, file->rule, rule, description, mergeKey));
}

QString ProjectDocument::addRule(const CaseRule &rule, const QString &description)
{
    std::set<std::string> taken;
    for (const project::RuleFile &file : m_loaded.project.rules)
        taken.insert(file.slug);
    // A slug a rename left behind still means the renamed rule to the undo history.
    for (const auto &[old, renamed] : m_renamedRules)
        taken.insert(toStd(old));
    // An unreadable file's name is taken too: saving never overwrites it.
    taken.merge(m_loaded.project.unreadableSlugs("rules"));
    project::RuleFile file{project::uniqueSlug(rule.name, taken), rule};
    // Files are listed by name when a project is read, so the same order keeps a reopened project
    // looking the same.
    const auto &rules = m_loaded.project.rules;
    const auto position =
        std::lower_bound(rules.begin(), rules.end(), file.slug,
                         [](const project::RuleFile &a, const std::string &b) { return a.slug < b; });
    const QString slug = QString::fromStdString(file.slug);
    m_undoStack.push(
        new AddRuleCommand(*this, std::size_t(position - rules.begin()), std::move(file), description));
    return slug;
}

void ProjectDocument::removeRule(const QString &slug)
{
    if (!rule(slug))
        return;
    m_undoStack.push(new RemoveRuleCommand(*this, slug));
}

void ProjectDocument::editTemplate(const QString &slug, const CaseTemplate &caseTemplate,
                                   const QString &description, const QString &mergeKey)
{
    const project::TemplateFile *file = this->caseTemplate(slug);
    if (!file)
        return;
    m_undoStack.push(
        new EditTemplateCommand(*this, slug, file->caseTemplate, caseTemplate, description, mergeKey));
}

void ProjectDocument::editConnection(const project::ProjectConfig &config)
{
    const project::ProjectConfig &current = m_loaded.project.config;
    if (config.profile == current.profile && config.region == current.region &&
        config.endpoint == current.endpoint)
        return; // OK without a change is not an edit
    m_undoStack.push(new EditConnectionCommand(*this, current, config));
}

void ProjectDocument::applyRule(const QString &slug, const CaseRule &rule)
{
    project::RuleFile *file = mutableRule(slug);
    if (!file)
        return;
    file->rule = rule;
    for (project::IdentityChanges &changes : m_publishedIdentities)
        project::updateIdentity(changes, file->slug, file->rule);
    recompute();
    emit ruleChanged(slug);
    emit findingsChanged();
}

void ProjectDocument::applyInsertRule(std::size_t index, project::RuleFile file)
{
    for (project::IdentityChanges &changes : m_publishedIdentities)
        project::updateIdentity(changes, file.slug, file.rule);
    auto &rules = m_loaded.project.rules;
    rules.insert(rules.begin() + std::ptrdiff_t(std::min(index, rules.size())), std::move(file));
    recompute();
    emit rulesReset();
    emit findingsChanged();
}

project::RuleFile ProjectDocument::applyRemoveRule(const QString &slug)
{
    auto &rules = m_loaded.project.rules;
    const auto index = ruleIndex(slug);
    if (!index)
        return {};
    project::RuleFile removed = std::move(rules[*index]);
    rules.erase(rules.begin() + std::ptrdiff_t(*index));
    recompute();
    emit rulesReset();
    emit findingsChanged();
    return removed;
}

void ProjectDocument::applyTemplate(const QString &slug, const CaseTemplate &caseTemplate)
{
    project::TemplateFile *file = mutableTemplate(slug);
    if (!file)
        return;
    file->caseTemplate = caseTemplate;
    for (const project::IdentityChanges &changes : m_publishedIdentities)
        project::updateIdentity(changes, file->slug, file->caseTemplate);
    recompute();
    emit templateChanged(slug);
    emit findingsChanged();
}

void ProjectDocument::applyConfig(const project::ProjectConfig &config)
{
    m_loaded.project.config = config;
    emit configChanged();
}

bool ProjectDocument::isModified() const
{
    return m_restored || !m_undoStack.isClean();
}

Status ProjectDocument::save(bool renamePublishedFiles)
{
    const project::FileRenames renames = project::filesToRename(m_loaded.project, renamePublishedFiles);
    std::optional<project::Project> renamed;
    if (!renames.empty()) {
        renamed = m_loaded.project;
        project::applyFileRenames(*renamed, renames);
    }
    if (auto status = project::saveProject(renamed ? *renamed : m_loaded.project, m_loaded.disk); !status) {
        // The edits must outlive a refused save (a file changed on disk...): keep them in the
        // recovery copy, which the next open offers.
        (void)writeRecoveryNow();
        return status;
    }
    if (renamed)
        adoptFileRenames(std::move(*renamed), renames);
    m_onDisk = m_loaded.project;
    m_restored = false;
    m_undoStack.setClean();
    updateModified();
    emit saved();
    // The files now hold everything the copy held.
    return project::discardRecovery(m_loaded.project.directory);
}

project::FileRenames ProjectDocument::publishedFilesToOffer() const
{
    project::FileRenames offer = project::publishedFilesToRename(m_loaded.project);
    std::erase_if(offer.rules, [this](const auto &entry) {
        const project::RuleFile *file = m_loaded.project.findRuleBySlug(entry.first);
        return m_declinedRenames.count({entry.first, file->rule.name}) != 0;
    });
    std::erase_if(offer.templates, [this](const auto &entry) {
        const project::TemplateFile *file = m_loaded.project.findTemplateBySlug(entry.first);
        return m_declinedRenames.count({entry.first, file->caseTemplate.name}) != 0;
    });
    return offer;
}

void ProjectDocument::declinePublishedRenames(const project::FileRenames &renames)
{
    for (const auto &[slug, renamed] : renames.rules)
        if (const project::RuleFile *file = m_loaded.project.findRuleBySlug(slug))
            m_declinedRenames.insert({slug, file->rule.name});
    for (const auto &[slug, renamed] : renames.templates)
        if (const project::TemplateFile *file = m_loaded.project.findTemplateBySlug(slug))
            m_declinedRenames.insert({slug, file->caseTemplate.name});
}

// The saved files have their new names: so does the document. Views and undo commands keep the
// old slugs, which now lead to the new ones; a template or rule value undo brings back gets the
// new "local:" references, as after a publish.
void ProjectDocument::adoptFileRenames(project::Project renamed, const project::FileRenames &renames)
{
    project::IdentityChanges changes;
    for (const auto &[old, now] : renames.rules) {
        m_renamedRules[QString::fromStdString(old)] = QString::fromStdString(now);
        m_renamedRules.erase(QString::fromStdString(now));
        if (const project::RuleFile *file = renamed.findRuleBySlug(now);
            file && file->rule.caseRuleId.empty())
            changes.ruleRefs[project::localRuleRef(old)] = project::localRuleRef(now);
    }
    for (const auto &[old, now] : renames.templates) {
        m_renamedTemplates[QString::fromStdString(old)] = QString::fromStdString(now);
        m_renamedTemplates.erase(QString::fromStdString(now));
    }
    if (!changes.empty())
        m_publishedIdentities.push_back(std::move(changes));
    const bool samplesFollow = !renames.templates.empty(); // "local:" template references in them
    if (samplesFollow)
        emit sampleRowsAboutToBeReset();
    m_loaded.project = std::move(renamed);
    if (samplesFollow)
        emit sampleRowsReset();
    recompute();
    emit rulesReset();
    emit templateChanged(QString());
    emit findingsChanged();
}

Status ProjectDocument::writeRecoveryNow()
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return project::writeRecovery(m_loaded.project, now.toStdString());
}

Status ProjectDocument::discardRecoveryCopy()
{
    return project::discardRecovery(m_loaded.project.directory);
}

void ProjectDocument::setAutosaveInterval(std::chrono::milliseconds interval)
{
    m_autosave.setInterval(interval);
}

void ProjectDocument::markRestored()
{
    // The restored edits are unsaved edits to the files: measure them against the files.
    if (auto onDisk = project::loadProject(m_loaded.project.directory, project::LoadMode::KeepUnreadable))
        m_onDisk = std::move(onDisk->project);
    m_restored = true;
    updateModified();
}

void ProjectDocument::adoptPublished(project::LoadedProject published)
{
    if (auto changes = project::identityChanges(m_loaded.project, published.project); !changes.empty())
        m_publishedIdentities.push_back(std::move(changes));
    emit sampleRowsAboutToBeReset(); // the sample cases come with the rest
    m_loaded = std::move(published);
    m_onDisk = m_loaded.project;
    emit sampleRowsReset();
    recompute();
    emit rulesReset();
    emit templateChanged(QString());
    emit findingsChanged();
    // What the files hold is what the document shows: clean, with the history kept.
    m_restored = false;
    m_undoStack.setClean();
    updateModified();
    emit saved();
}

project::RuleFile *ProjectDocument::mutableRule(const QString &slug)
{
    const auto index = ruleIndex(slug);
    return index ? &m_loaded.project.rules[*index] : nullptr;
}

project::TemplateFile *ProjectDocument::mutableTemplate(const QString &slug)
{
    const auto index = templateIndex(slug);
    return index ? &m_loaded.project.templates[*index] : nullptr;
}

// Listeners of the specific change signals see the new snapshot and findings; findingsChanged
// comes last, once every structural listener has caught up.
void ProjectDocument::recompute()
{
    m_snapshot = m_loaded.project.workingSnapshot();
    m_findings = checkSnapshot(m_snapshot);
}

void ProjectDocument::updateModified()
{
    const bool modified = isModified();
    if (modified && !m_autosave.isActive())
        m_autosave.start();
    else if (!modified)
        m_autosave.stop();
    if (modified != m_lastModified) {
        m_lastModified = modified;
        emit modifiedChanged(modified);
    }
}

void ProjectDocument::autosave()
{
    if (!isModified())
        return;
    if (auto status = writeRecoveryNow(); !status)
        emit autosaveFailed(errorText(status.error()));
}

// --- the folder on disk -----------------------------------------------------------------------

void ProjectDocument::watchFolder()
{
    // The project's folders, each through one watch (folder_watcher.h). .casewright/ too: the
    // autosave writes its recovery copy there every few seconds, but the watcher names the entry,
    // and entries that are no project file are let go (noteEntryChanged). The files are for the
    // watcher's fallback, which sees a file written in place only by watching the file. Watching
    // again after every look sees a folder that git or an editor replaced.
    const QDir folder(directory());
    QStringList folders;
    m_watchedFolders.clear();
    for (const std::string &sub : project::projectFolders()) {
        const QString path =
            QDir::cleanPath(sub.empty() ? folder.absolutePath() : folder.absoluteFilePath(qs(sub)));
        folders << path;
        m_watchedFolders[path] = sub;
    }
    QStringList files;
    for (const auto &[relative, hash] : m_loaded.disk.contentHashes)
        files << folder.absoluteFilePath(qs(relative));
    for (const project::UnreadableFile &file : m_loaded.project.unreadable)
        files << folder.absoluteFilePath(qs(file.relative));
    m_watcher->watch(folders, files);
}

void ProjectDocument::noteEntryChanged(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const auto watched = m_watchedFolders.find(path.left(slash));
    if (slash < 0 || watched == m_watchedFolders.end()) {
        noteFolderChanged(QString()); // not where it was looked for: look everywhere
        return;
    }
    const std::string name = toStd(path.mid(slash + 1));
    const std::string relative = watched->second.empty() ? name : watched->second + "/" + name;
    const auto &folders = project::projectFolders();
    if (std::find(folders.begin(), folders.end(), relative) != folders.end())
        m_foldersToScan.insert(relative); // rules/ itself added, removed or replaced
    else if (project::isProjectFile(relative))
        m_diskCandidates.insert(relative);
    else
        return; // the recovery copy, an editor's temporary file, a README...
    m_diskSettle.start();
}

void ProjectDocument::noteFolderChanged(const QString &folder)
{
    if (const auto watched = m_watchedFolders.find(folder); watched != m_watchedFolders.end())
        m_foldersToScan.insert(watched->second);
    else
        for (const std::string &sub : project::projectFolders())
            m_foldersToScan.insert(sub);
    m_diskSettle.start();
}

std::vector<std::string> ProjectDocument::diskCandidates() const
{
    std::set<std::string> candidates = m_diskCandidates;
    const auto folderOf = [](const std::string &relative) {
        const auto slash = relative.rfind('/');
        return slash == std::string::npos ? std::string() : relative.substr(0, slash);
    };
    for (const std::string &folder : m_foldersToScan) {
        // What is there now, and what was there when the files were read.
        for (std::string &relative : project::projectFilesIn(m_loaded.project.directory, folder))
            candidates.insert(std::move(relative));
        for (const auto &[relative, hash] : m_loaded.disk.contentHashes)
            if (folderOf(relative) == folder)
                candidates.insert(relative);
        for (const project::UnreadableFile &file : m_loaded.project.unreadable)
            if (folderOf(file.relative) == folder)
                candidates.insert(file.relative);
    }
    return {candidates.begin(), candidates.end()};
}

QStringList ProjectDocument::filesChangedOnDisk() const
{
    QStringList files;
    for (const std::string &relative :
         project::filesChangedAmong(m_loaded.project.directory, m_loaded.disk, diskCandidates()))
        files << qs(relative);
    return files;
}

void ProjectDocument::checkDisk()
{
    // The question about edited files may be open, with its own event loop: one at a time.
    if (m_checkingDisk) {
        m_diskSettle.start();
        return;
    }
    m_checkingDisk = true;
    watchFolder();
    const std::vector<std::string> candidates = diskCandidates();
    const QStringList files = filesChangedOnDisk();
    // The files that did not change are settled; those that did stay named until they are read.
    m_foldersToScan.clear();
    m_diskCandidates.clear();
    for (const QString &file : files)
        m_diskCandidates.insert(toStd(file));
    if (!candidates.empty()) {
        QStringList read;
        for (const std::string &relative : candidates)
            read << qs(relative);
        emit filesReadFromDisk(read);
    }
    if (!files.isEmpty())
        emit changedOnDisk(files);
    m_checkingDisk = false;
}

bool ProjectDocument::hasUnsavedEditTo(const QString &relative) const
{
    return fileContent(m_loaded.project, relative) != fileContent(m_onDisk, relative);
}

Status ProjectDocument::reloadFromDisk(const QStringList &overwrite)
{
    // Only what changed since the files were read (more may have since the question was asked).
    const std::vector<std::string> candidates = diskCandidates();
    const std::vector<std::string> changed =
        project::filesChangedAmong(m_loaded.project.directory, m_loaded.disk, candidates);
    std::vector<std::string> read;
    auto fresh = project::reloadChangedFiles(m_onDisk, m_loaded.disk, changed, &read);
    if (!fresh)
        return fresh.error();
    std::set<std::string> readNow(candidates.begin(), candidates.end());
    readNow.insert(read.begin(), read.end());
    if (!readNow.empty()) {
        QStringList files;
        for (const std::string &relative : readNow)
            files << qs(relative);
        emit filesReadFromDisk(files);
    }
    project::Project onDisk = fresh->project;
    const std::set<QString> files = editableFiles(m_loaded.project, m_onDisk);
    // Every file from disk, but those with an unsaved edit here that the user keeps: theirs stay
    // as edited, and the next save writes them over what is on disk now.
    for (const QString &relative : files)
        if (hasUnsavedEditTo(relative) && !overwrite.contains(relative))
            keepMyVersion(fresh->project, m_loaded.project, relative);
    takeLoaded(std::move(fresh).value(), std::move(onDisk));
    // Nothing of mine left (the disk won everywhere): nothing to save either.
    if (std::none_of(files.begin(), files.end(),
                     [this](const QString &file) { return hasUnsavedEditTo(file); })) {
        m_restored = false;
        m_undoStack.setClean();
        updateModified();
        // The recovery copy held edits that are gone now: not offered at the next open.
        (void)project::discardRecovery(m_loaded.project.directory);
    }
    return Ok{};
}

Status ProjectDocument::saveAs(const QString &target)
{
    auto copy = project::saveProjectAs(m_loaded, toStd(QDir::cleanPath(QDir(target).absolutePath())));
    if (!copy)
        return copy.error();
    // The original's recovery copy held the edits now saved in the copy.
    (void)project::discardRecovery(m_loaded.project.directory);
    takeLoaded(std::move(copy).value(), project::Project());
    m_onDisk = m_loaded.project;
    m_restored = false;
    m_undoStack.setClean();
    updateModified();
    emit saved();
    return Ok{};
}

void ProjectDocument::takeLoaded(project::LoadedProject loaded, project::Project onDisk)
{
    // Whatever the watcher named is read now (or belongs to the folder left by Save As).
    m_diskCandidates.clear();
    m_foldersToScan.clear();
    emit sampleRowsAboutToBeReset();
    m_loaded = std::move(loaded);
    m_onDisk = std::move(onDisk);
    emit sampleRowsReset();
    recompute();
    emit rulesReset();
    emit templateChanged(QString());
    emit configChanged();
    emit findingsChanged();
    emit reloaded();
    updateModified();
    watchFolder();
}

} // namespace cw::ui
