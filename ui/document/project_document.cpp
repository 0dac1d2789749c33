#include "document/project_document.h"

#include "commands/add_rule_command.h"
#include "commands/edit_connection_command.h"
#include "commands/edit_rule_command.h"
#include "commands/edit_template_command.h"
#include "commands/remove_rule_command.h"
#include "common/std_text.h"
#include "project/recovery.h"
#include "project/slug.h"
#include "validation/lint.h"

#include <QDateTime>
#include <QDir>
#include <algorithm>
#include <set>

namespace cw::ui {
namespace {
constexpr std::chrono::milliseconds kDefaultAutosaveInterval{5000};

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
    m_restored = true;
    updateModified();
}

void ProjectDocument::adoptPublished(project::LoadedProject published)
{
    if (auto changes = project::identityChanges(m_loaded.project, published.project); !changes.empty())
        m_publishedIdentities.push_back(std::move(changes));
    emit sampleRowsAboutToBeReset(); // the sample cases come with the rest
    m_loaded = std::move(published);
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

} // namespace cw::ui
