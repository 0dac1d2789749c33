#include "publish_session.h"

#include "plan.h"
#include "project_tests.h"
#include "publish_journal.h"
#include "wire/wire_json.h"

#include <algorithm>

namespace cw::project {
namespace {
// The wire form a pull recorded, as plan compares it; kept as it is when it cannot be read.
Json comparableFromWire(const std::string &kind, const Json &wire)
{
    if (wire.is_null())
        return wire;
    if (kind == "rule") {
        auto rule = wire::readCaseRule(wire);
        return rule ? comparableRule(*rule) : wire;
    }
    auto caseTemplate = wire::readTemplate(wire);
    return caseTemplate ? comparableTemplate(*caseTemplate) : wire;
}
} // namespace

std::vector<ConflictEntry> pullConflictEntries(const Project &project)
{
    std::vector<ConflictEntry> entries;
    for (const Conflict &conflict : project.state.conflicts) {
        ConflictEntry entry;
        entry.origin = ConflictEntry::Origin::Pull;
        entry.kind = conflict.kind;
        entry.slug = conflict.slug;
        entry.id = conflict.id;
        entry.theirs = comparableFromWire(conflict.kind, conflict.theirs);
        entry.hasBase = false;
        if (conflict.kind == "rule") {
            if (const RuleFile *file = project.findRuleBySlug(conflict.slug)) {
                entry.mine = comparableRule(file->rule);
                entry.name = file->rule.name;
            }
        } else if (const TemplateFile *file = project.findTemplateBySlug(conflict.slug)) {
            entry.mine = comparableTemplate(file->caseTemplate);
            entry.name = file->caseTemplate.name;
        }
        if (entry.name.empty() && entry.theirs.is_object())
            entry.name = entry.theirs.value("name", conflict.slug);
        entries.push_back(std::move(entry));
    }
    return entries;
}

ConflictEntry publishConflictEntry(const RemoteConflict &conflict)
{
    ConflictEntry entry;
    entry.origin = ConflictEntry::Origin::Publish;
    entry.kind = conflict.kind;
    entry.slug = conflict.slug;
    entry.id = conflict.id;
    entry.name = conflict.name;
    entry.mine = conflict.mine;
    entry.theirs = conflict.theirs;
    entry.base = conflict.base;
    return entry;
}

Status applyPullChoices(Project &project, const std::vector<ConflictEntry> &entries)
{
    for (const ConflictEntry &entry : entries)
        if (entry.origin == ConflictEntry::Origin::Pull && entry.choice)
            if (auto status = resolveConflict(project, entry.kind, entry.slug, *entry.choice); !status)
                return status;
    return Ok{};
}

Project withPullChoices(Project project, const std::vector<ConflictEntry> &entries)
{
    for (const ConflictEntry &entry : entries)
        if (entry.origin == ConflictEntry::Origin::Pull)
            (void)resolveConflict(project, entry.kind, entry.slug,
                                  entry.choice.value_or(Resolution::TakeMine));
    return project;
}

ConflictChoices publishChoices(const std::vector<ConflictEntry> &entries)
{
    ConflictChoices choices;
    for (const ConflictEntry &entry : entries)
        if (entry.origin == ConflictEntry::Origin::Publish && entry.choice)
            choices.perEntity.push_back({entry.kind, entry.id, entry.theirs, *entry.choice});
    return choices;
}

void mergePublishConflicts(std::vector<ConflictEntry> &entries, const std::vector<RemoteConflict> &found)
{
    std::vector<ConflictEntry> merged;
    for (const ConflictEntry &entry : entries)
        if (entry.origin == ConflictEntry::Origin::Pull)
            merged.push_back(entry);
    for (const RemoteConflict &conflict : found) {
        ConflictEntry entry = publishConflictEntry(conflict);
        for (const ConflictEntry &old : entries)
            if (old.origin == entry.origin && old.kind == entry.kind && old.id == entry.id &&
                old.theirs == entry.theirs && old.mine == entry.mine)
                entry.choice = old.choice;
        merged.push_back(std::move(entry));
    }
    entries = std::move(merged);
}

PublishSession::PublishSession(LoadedProject project, QObject *parent)
    : QObject(parent), m_loaded(std::move(project))
{
    m_conflicts = pullConflictEntries(m_loaded.project);
    refreshInterrupted();
}

PublishSession::~PublishSession() = default;

void PublishSession::refreshInterrupted()
{
    auto journal = readJournal(m_loaded.project.directory);
    m_interrupted = journal && journal->has_value();
}

Result<Plan> PublishSession::plan() const
{
    return computePlan(withPullChoices(m_loaded.project, m_conflicts));
}

Result<ExpectationResults> PublishSession::tests() const
{
    return testProject(withPullChoices(m_loaded.project, m_conflicts));
}

void PublishSession::choose(std::size_t conflict, Resolution resolution)
{
    if (conflict < m_conflicts.size())
        m_conflicts[conflict].choice = resolution;
}

void PublishSession::chooseForAll(Resolution resolution)
{
    m_forAll = resolution;
    for (ConflictEntry &entry : m_conflicts)
        entry.choice = resolution;
}

bool PublishSession::allChosen() const
{
    return std::all_of(m_conflicts.begin(), m_conflicts.end(),
                       [](const ConflictEntry &entry) { return entry.choice.has_value(); });
}

Status PublishSession::settlePullConflicts(bool save)
{
    if (auto status = applyPullChoices(m_loaded.project, m_conflicts); !status)
        return status;
    std::erase_if(m_conflicts, [&](const ConflictEntry &entry) {
        return entry.origin == ConflictEntry::Origin::Pull && entry.choice;
    });
    if (!save)
        return Ok{};
    if (auto status = saveProject(m_loaded.project, m_loaded.disk); !status)
        return status;
    m_wroteFiles = true;
    return Ok{};
}

void PublishSession::check(net::CasesClient &client, std::function<void(Result<PublishReport>)> done)
{
    if (isRunning())
        return;
    // It writes nothing, but works on a copy all the same.
    auto work = std::make_shared<LoadedProject>(
        LoadedProject{withPullChoices(m_loaded.project, m_conflicts), m_loaded.disk});
    PublishOptions options;
    options.dryRun = true;
    m_client = &client;
    m_publisher = std::make_unique<Publisher>(client, *work, options);
    m_publisher->run([this, work, done = std::move(done)](Result<PublishReport> result) {
        releasePublisher();
        if (result)
            mergePublishConflicts(m_conflicts, result->conflicts);
        done(std::move(result));
    });
}

void PublishSession::publish(net::CasesClient &client, PublishOptions options,
                             std::function<void(Result<PublishReport>)> done, PublishProgress progress)
{
    if (isRunning())
        return;
    m_wroteFiles = false;
    auto work = std::make_shared<LoadedProject>(m_loaded);
    const bool pullSettled = std::any_of(m_conflicts.begin(), m_conflicts.end(), [](const ConflictEntry &e) {
        return e.origin == ConflictEntry::Origin::Pull && e.choice;
    });
    if (auto status = applyPullChoices(work->project, m_conflicts); !status)
        return done(status.error());
    // The gate: the rules as they would be published must meet the samples' expectations.
    // Checked before the client is touched, so a refusal sends no request at all.
    m_lastTests.reset();
    if (!options.dryRun && !options.skipTests) {
        m_lastTests = testProject(work->project);
        const Result<ExpectationResults> &tests = *m_lastTests;
        if (!tests)
            return done(makeError("publish.tests-error",
                                  "the tests cannot run (" + tests.error().message +
                                      "): publish refused, nothing was sent",
                                  tests.error().where));
        if (!tests->passed())
            return done(
                makeError("publish.tests-failed",
                          "the tests fail (" + tests->summary() + "): publish refused, nothing was sent",
                          tests->failures.front().where));
    }
    if (m_forAll)
        options.choices.forAll = m_forAll;
    else
        options.choices = publishChoices(m_conflicts);
    const bool dryRun = options.dryRun;
    m_client = &client;
    m_publisher = std::make_unique<Publisher>(client, *work, std::move(options));
    m_publisher->run(
        [this, work, pullSettled, dryRun, done = std::move(done)](Result<PublishReport> result) {
            bool wrote = m_publisher->wroteFiles();
            // Only pull conflicts were settled and nothing else needed writing: write them now.
            // When publish stopped at conflicts, nothing of this attempt is kept.
            if (result && result->conflicts.empty() && !wrote && pullSettled && !dryRun) {
                if (auto status = saveProject(work->project, work->disk); !status)
                    result = status.error();
                else
                    wrote = true;
            }
            releasePublisher();
            if (wrote) {
                m_loaded = *work;
                m_wroteFiles = true;
            }
            // The conflicts now: the pull's still in the project (their choices kept), and the
            // ones this publish found (choices kept where still the same).
            std::vector<ConflictEntry> previous = std::move(m_conflicts);
            m_conflicts = pullConflictEntries(m_loaded.project);
            for (ConflictEntry &entry : m_conflicts)
                for (const ConflictEntry &old : previous)
                    if (old.origin == entry.origin && old.kind == entry.kind && old.slug == entry.slug)
                        entry.choice = old.choice;
            if (result) {
                for (ConflictEntry &old : previous)
                    if (old.origin == ConflictEntry::Origin::Publish)
                        m_conflicts.push_back(std::move(old));
                mergePublishConflicts(m_conflicts, result->conflicts);
            }
            refreshInterrupted();
            done(std::move(result));
        },
        std::move(progress));
}

void PublishSession::cancel()
{
    if (m_client)
        m_client->cancelAll();
}

void PublishSession::releasePublisher()
{
    // Called from the publisher's own callback: it goes once that has returned. The copy it
    // worked on goes with it (its callback holds it).
    if (m_publisher)
        m_publisher.release()->deleteLater();
    m_client = nullptr;
}

} // namespace cw::project
