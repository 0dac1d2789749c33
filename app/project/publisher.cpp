#include "publisher.h"

#include "common/user_text.h"
#include "publish_apply.h"
#include "publish_readiness.h"
#include "slug.h"

#include <QDateTime>
#include <algorithm>
#include <cstdlib>

namespace cw::project {
namespace {
std::string nowRfc3339()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
}

// The request reached the service but no answer says what it did (the client does not resend
// creations after these: ApiRequest::safeToResend).
bool outcomeUnclear(const Error &error)
{
    const auto kind = net::apiErrorKind(error);
    return kind == net::ApiErrorKind::Server || kind == net::ApiErrorKind::Timeout ||
           kind == net::ApiErrorKind::Network;
}

// How often one publish may find a creation's outcome unclear before it stops: each time costs a
// listing and a new plan, and a service failing that often is better retried later.
constexpr int kMaxUnclearCreations = 5;

std::string conflictLabel(const RemoteConflict &conflict)
{
    return conflict.kind + " \u201c" + elideUserText(conflict.name) + "\u201d";
}

const char *kindOf(PlanStep::Action action)
{
    return action == PlanStep::Action::CreateTemplate || action == PlanStep::Action::UpdateTemplate
               ? "template"
               : "rule";
}
} // namespace

Publisher::Publisher(net::CasesClient &client, LoadedProject &project, PublishOptions options,
                     QObject *parent)
    : QObject(parent), m_client(client), m_loaded(project), m_options(std::move(options))
{
}

void Publisher::run(std::function<void(Result<PublishReport>)> done, PublishProgress progress)
{
    m_done = std::move(done);
    m_progress = std::move(progress);
    auto journal = readJournal(m_loaded.project.directory);
    if (!journal)
        return fail(journal.error());
    if (*journal) {
        m_journal = std::move(**journal);
        m_report.resumed = true;
        return reconcile();
    }
    planAndCheck();
}

std::string Publisher::describe(const JournalStep &step) const
{
    std::string text = std::string(toString(step.action)) + " " + quoteUserText(step.name, '"');
    if (!step.slug.empty())
        text += std::string(" (") + kindOf(step.action) + "s/" + step.slug + ".json)";
    return text;
}

// --- 1. reconcile an interrupted publish -------------------------------------------------

void Publisher::reconcile()
{
    if (m_options.dryRun)
        return fail(
            makeError("publish.interrupted",
                      "an earlier publish was interrupted; run publish without --dry-run to finish it",
                      Location{journalPath(m_loaded.project.directory), {}, 0, 0, {}}));
    std::vector<std::size_t> startedRules, startedTemplates;
    for (std::size_t i = 0; i < m_journal.steps.size(); ++i) {
        const JournalStep &step = m_journal.steps[i];
        if (step.state != JournalStep::State::Started)
            continue;
        if (step.action == PlanStep::Action::CreateRule)
            startedRules.push_back(i);
        else if (step.action == PlanStep::Action::CreateTemplate)
            startedTemplates.push_back(i);
        // Updates and deletions are idempotent: the recomputed plan simply sends them again.
    }
    if (startedRules.empty())
        return reconcileTemplates(std::move(startedTemplates));
    m_client.listAllCaseRules(
        m_loaded.project.config.domainId,
        [this, startedRules, startedTemplates](Result<std::vector<net::CaseRuleSummary>> listed) {
            if (!listed)
                return fail(listed.error());
            // Candidates: remote rules with a started creation's name that the base does not know.
            std::vector<std::string> ids;
            for (const net::CaseRuleSummary &summary : *listed) {
                const bool known =
                    m_loaded.project.base && m_loaded.project.base->findRule(summary.caseRuleId);
                if (known)
                    continue;
                for (std::size_t index : startedRules)
                    if (m_journal.steps[index].name == summary.name)
                        ids.push_back(summary.caseRuleId);
            }
            if (ids.empty())
                return reconcileTemplates(startedTemplates);
            m_client.batchGetCaseRule(
                m_loaded.project.config.domainId, ids,
                [this, startedRules, startedTemplates](Result<net::BatchResult<CaseRule>> read) {
                    if (!read)
                        return fail(read.error());
                    for (std::size_t index : startedRules) {
                        JournalStep &step = m_journal.steps[index];
                        for (const CaseRule &remote : read->items)
                            if (remote.name == step.name && comparableRule(remote) == step.after) {
                                step.id = remote.caseRuleId;
                                step.arn = remote.caseRuleArn;
                                step.state = JournalStep::State::Done;
                                m_report.adopted.push_back(
                                    "rule " + quoteUserText(step.name, '"') + " had been created by an " +
                                    "earlier attempt (an interrupted publish or a lost answer); adopted id " +
                                    step.id);
                                break;
                            }
                    }
                    reconcileTemplates(startedTemplates);
                });
        });
}

void Publisher::reconcileTemplates(std::vector<std::size_t> started)
{
    if (started.empty())
        return finishReconcile();
    m_client.listAllTemplates(
        m_loaded.project.config.domainId, [this, started](Result<std::vector<net::TemplateSummary>> listed) {
            if (!listed)
                return fail(listed.error());
            // Template names are unique in a domain, so a name match is the template we created.
            for (std::size_t index : started) {
                JournalStep &step = m_journal.steps[index];
                for (const net::TemplateSummary &summary : *listed)
                    if (summary.name == step.name &&
                        !(m_loaded.project.base && m_loaded.project.base->findTemplate(summary.templateId))) {
                        step.id = summary.templateId;
                        step.arn = summary.templateArn;
                        step.state = JournalStep::State::Done;
                        m_report.adopted.push_back(
                            "template " + quoteUserText(step.name, '"') + " had been created by an " +
                            "earlier attempt (an interrupted publish or a lost answer); adopted id " +
                            step.id);
                        break;
                    }
            }
            finishReconcile();
        });
}

void Publisher::finishReconcile()
{
    for (const JournalStep &step : m_journal.steps)
        if (step.state == JournalStep::State::Done)
            applyDoneStep(m_loaded.project, step);
    if (auto status = save(); !status)
        return fail(status.error());
    if (auto status = removeJournal(m_loaded.project.directory); !status)
        return fail(status.error());
    planAndCheck();
}

// --- 2./3. plan and conflict check ---------------------------------------------------------

void Publisher::planAndCheck()
{
    // What cannot be read or what the service would reject is not sent (publish_readiness.h).
    if (auto blocker = publishBlocker(m_loaded.project))
        return fail(*blocker);
    auto plan = computePlan(m_loaded.project);
    if (!plan)
        return fail(plan.error());
    m_report.plan = std::move(plan).value();
    std::vector<std::string> ruleIds, templateIds;
    for (const PlanStep &step : m_report.plan.steps) {
        if (step.action == PlanStep::Action::UpdateRule || step.action == PlanStep::Action::DeleteRule)
            ruleIds.push_back(step.id);
        else if (step.action == PlanStep::Action::UpdateTemplate)
            templateIds.push_back(step.id);
    }
    m_remoteRules.clear();
    m_remoteTemplates.clear();
    m_remoteMissing.clear();
    m_pending = 1 + int(templateIds.size()); // the rules batch, and one read per template
    checkRules(ruleIds);
    checkTemplates(templateIds);
}

void Publisher::checkRules(const std::vector<std::string> &ids)
{
    if (ids.empty()) {
        if (--m_pending == 0)
            resolveConflictsAndGo();
        return;
    }
    m_client.batchGetCaseRule(
        m_loaded.project.config.domainId, ids, [this](Result<net::BatchResult<CaseRule>> read) {
            if (m_failed)
                return;
            if (!read)
                return fail(read.error());
            for (const CaseRule &rule : read->items)
                m_remoteRules[rule.caseRuleId] = rule;
            for (const net::ItemError &error : read->errors)
                m_remoteMissing.insert(error.id);
            if (!read->unprocessed.empty())
                return fail(
                    makeError("publish.unprocessed", "the service did not return " +
                                                         std::to_string(read->unprocessed.size()) +
                                                         " rule(s) to check for remote changes; try again"));
            if (--m_pending == 0)
                resolveConflictsAndGo();
        });
}

void Publisher::checkTemplates(std::vector<std::string> ids)
{
    for (const std::string &id : ids) {
        m_client.getTemplate(m_loaded.project.config.domainId, id, [this, id](Result<CaseTemplate> read) {
            if (m_failed)
                return;
            if (read)
                m_remoteTemplates[id] = *read;
            else if (deletedRemotely(read.error()))
                m_remoteMissing.insert(id);
            else
                return fail(read.error());
            if (--m_pending == 0)
                resolveConflictsAndGo();
        });
    }
}

void Publisher::resolveConflictsAndGo()
{
    std::vector<RemoteConflict> conflicts;
    for (const PlanStep &step : m_report.plan.steps) {
        if (step.action == PlanStep::Action::UpdateRule || step.action == PlanStep::Action::DeleteRule) {
            const auto remote = m_remoteRules.find(step.id);
            const bool gone = remote == m_remoteRules.end() || remote->second.isDeleted();
            const Json theirs = gone ? Json() : comparableRule(remote->second);
            // The remote already holding my version is no conflict: an interrupted publish sent it.
            if (theirs != step.before && theirs != step.after)
                conflicts.push_back({"rule", step.slug, step.id, step.name, step.after, theirs, step.before});
        } else if (step.action == PlanStep::Action::UpdateTemplate) {
            const auto remote = m_remoteTemplates.find(step.id);
            const bool gone = remote == m_remoteTemplates.end() || remote->second.isDeleted();
            const Json theirs = gone ? Json() : comparableTemplate(remote->second);
            if (theirs != step.before && theirs != step.after)
                conflicts.push_back(
                    {"template", step.slug, step.id, step.name, step.after, theirs, step.before});
        }
    }
    if (!conflicts.empty()) {
        const ConflictChoices &choices = m_options.choices;
        // Every conflict needs a choice made against the remote version found now.
        std::vector<Resolution> resolutions;
        bool open = false;
        for (const RemoteConflict &conflict : conflicts) {
            if (choices.forAll) {
                resolutions.push_back(*choices.forAll);
                continue;
            }
            const auto chosen = std::find_if(
                choices.perEntity.begin(), choices.perEntity.end(),
                [&](const ChosenConflict &c) { return c.kind == conflict.kind && c.id == conflict.id; });
            if (chosen == choices.perEntity.end()) {
                open = true;
            } else if (chosen->theirs != conflict.theirs) {
                open = true;
                m_report.changedAgain.push_back(conflictLabel(conflict));
            } else {
                resolutions.push_back(chosen->resolution);
            }
        }
        if (open) {
            m_report.conflicts = std::move(conflicts);
            return succeed(); // nothing written; the caller shows mine / theirs / base
        }
        if (choices.forAll == Resolution::TakeMine)
            for (const RemoteConflict &conflict : conflicts)
                m_report.adopted.push_back(
                    conflict.kind + " " + quoteUserText(conflict.name, '"') +
                    " changed remotely; overwriting it with the local version (--take-mine)");
        for (std::size_t i = 0; i < conflicts.size(); ++i) {
            settle(conflicts[i], resolutions[i]);
            if (choices.forAll == Resolution::TakeTheirs)
                m_report.adopted.push_back(conflicts[i].kind + " " + quoteUserText(conflicts[i].name, '"') +
                                           " changed remotely; took the remote version (--take-theirs)");
        }
        if (m_options.dryRun)
            return succeed();
        if (auto status = save(); !status)
            return fail(status.error());
        // The files and the base changed: plan again (the conflicts are now settled, and any new
        // one -- a template update a recreated rule causes -- stops publish to be looked at).
        m_options.choices = {};
        return planAndCheck();
    }
    if (m_options.dryRun || m_report.plan.empty())
        return succeed();
    startSteps();
}

void Publisher::settle(const RemoteConflict &conflict, Resolution resolution)
{
    const auto rule = m_remoteRules.find(conflict.id);
    const auto caseTemplate = m_remoteTemplates.find(conflict.id);
    const bool recreated = settleRemoteConflict(
        m_loaded.project, conflict, resolution, rule == m_remoteRules.end() ? nullptr : &rule->second,
        caseTemplate == m_remoteTemplates.end() ? nullptr : &caseTemplate->second);
    if (recreated)
        m_report.recreated.push_back(conflictLabel(conflict));
}

bool deletedRemotely(const Error &error)
{
    return net::apiErrorKind(error) == net::ApiErrorKind::NotFound;
}

bool settleRemoteConflict(Project &project, const RemoteConflict &conflict, Resolution resolution,
                          const CaseRule *remoteRule, const CaseTemplate *remoteTemplate)
{
    const bool gone = conflict.theirs.is_null();
    const bool isRule = conflict.kind == "rule";
    if (resolution == Resolution::TakeMine) {
        if (gone) {
            publishAgainAsNew(project, conflict.kind, conflict.id);
            return true;
        }
        if (isRule && remoteRule)
            rebaseRule(project, *remoteRule);
        else if (!isRule && remoteTemplate)
            rebaseTemplate(project, *remoteTemplate);
        return false;
    }
    if (isRule)
        adoptRemoteRule(project, conflict.id,
                        gone || !remoteRule ? std::nullopt : std::optional<CaseRule>(*remoteRule));
    else
        adoptRemoteTemplate(project, conflict.id,
                            gone || !remoteTemplate ? std::nullopt
                                                    : std::optional<CaseTemplate>(*remoteTemplate));
    return false;
}

// --- 4. run the steps ----------------------------------------------------------------------

void Publisher::startSteps()
{
    m_journal = journalFromPlan(m_report.plan, nowRfc3339());
    if (auto status = writeJournal(m_loaded.project.directory, m_journal); !status)
        return fail(status.error());
    runStep(0);
}

void Publisher::runStep(std::size_t index)
{
    if (index == m_journal.steps.size()) {
        if (auto status = removeJournal(m_loaded.project.directory); !status)
            return fail(status.error());
        return succeed();
    }
    JournalStep &step = m_journal.steps[index];
    if (m_progress)
        m_progress(int(index), int(m_journal.steps.size()), describe(step));
    step.state = JournalStep::State::Started;
    if (auto status = writeJournal(m_loaded.project.directory, m_journal); !status)
        return fail(status.error());

    Project &project = m_loaded.project;
    const std::string &domainId = project.config.domainId;
    const auto onError = [this, index](const Error &error) {
        Error located = error;
        located.message = "step " + std::to_string(index + 1) + " of " +
                          std::to_string(m_journal.steps.size()) + " (" + describe(m_journal.steps[index]) +
                          ") failed: " + error.message;
        if (located.where.file.empty())
            located.where.file = project::journalPath(m_loaded.project.directory);
        fail(located);
    };
    const auto onCreated = [this, index, onError](Result<net::CreatedResource> created) {
        if (!created && outcomeUnclear(created.error()) && m_unclearCreations < kMaxUnclearCreations) {
            // The step stays "started" in the journal: reconcile adopts the creation if the
            // service made it, and the new plan sends it again if not.
            ++m_unclearCreations;
            m_report.adopted.push_back(describe(m_journal.steps[index]) + ": no clear answer (" +
                                       created.error().message + "); checked the domain before going on");
            return reconcile();
        }
        if (!created)
            return onError(created.error());
        stepSucceeded(index, created->id, created->arn);
    };
    const auto onDone = [this, index, onError](Result<cw::Ok> result) {
        const JournalStep &current = m_journal.steps[index];
        // A deletion the service already carried out (a resumed publish) is done, not an error.
        if (!result && !(current.action == PlanStep::Action::DeleteRule && deletedRemotely(result.error())))
            return onError(result.error());
        stepSucceeded(index, current.id, current.arn);
    };

    switch (step.action) {
    case PlanStep::Action::CreateRule:
    case PlanStep::Action::UpdateRule: {
        const RuleFile *file = project.findRuleBySlug(step.slug);
        if (file == nullptr)
            return onError(makeError("publish.missing-file", "the rule file disappeared during publish"));
        CaseRule rule = file->rule;
        if (step.action == PlanStep::Action::CreateRule)
            return m_client.createCaseRule(domainId, rule, onCreated);
        return m_client.updateCaseRule(domainId, rule, onDone);
    }
    case PlanStep::Action::CreateTemplate:
    case PlanStep::Action::UpdateTemplate: {
        const TemplateFile *file = project.findTemplateBySlug(step.slug);
        if (file == nullptr)
            return onError(makeError("publish.missing-file", "the template file disappeared during publish"));
        if (file->caseTemplate.rules)
            for (const TemplateRule &attachment : *file->caseTemplate.rules)
                if (isLocalRuleRef(attachment.caseRuleId))
                    return onError(
                        makeError("publish.unpublished-rule", "it still refers to " +
                                                                  quoteUserText(attachment.caseRuleId, '"') +
                                                                  ", a rule that was not published"));
        if (step.action == PlanStep::Action::CreateTemplate)
            return m_client.createTemplate(domainId, file->caseTemplate, onCreated);
        return m_client.updateTemplate(domainId, file->caseTemplate, onDone);
    }
    case PlanStep::Action::DeleteRule:
        return m_client.deleteCaseRule(domainId, step.id, onDone);
    }
}

void Publisher::stepSucceeded(std::size_t index, const std::string &id, const std::string &arn)
{
    maybeCrash("after-request", index + 1);
    JournalStep &step = m_journal.steps[index];
    step.id = id;
    if (!arn.empty())
        step.arn = arn;
    step.state = JournalStep::State::Done;
    if (auto status = writeJournal(m_loaded.project.directory, m_journal); !status)
        return fail(status.error());
    maybeCrash("after-journal", index + 1);
    applyDoneStep(m_loaded.project, step);
    // The base now holds what was published: say when, beside the last pull (state.json keeps
    // members it does not name, so older versions keep it too).
    m_loaded.project.state.extra["lastPublishTime"] = nowRfc3339();
    if (auto status = save(); !status)
        return fail(status.error());
    m_report.completed.push_back(describe(step) + (step.id.empty() ? std::string() : " -> " + step.id));
    runStep(index + 1);
}

void Publisher::maybeCrash(const char *point, std::size_t stepNumber) const
{
    if (m_options.crashPoint == std::string(point) + ":" + std::to_string(stepNumber))
        std::_Exit(137); // as abrupt as kill -9: no destructors, no flushing
}

Status Publisher::save()
{
    Status status = saveProject(m_loaded.project, m_loaded.disk);
    m_wroteFiles = m_wroteFiles || status.ok();
    return status;
}

void Publisher::fail(const Error &error)
{
    if (m_failed)
        return;
    m_failed = true;
    if (m_done)
        m_done(error);
}

void Publisher::succeed()
{
    if (m_failed)
        return;
    m_failed = true; // finished: ignore late callbacks
    if (m_done)
        m_done(m_report);
}

} // namespace cw::project
