// The three-way merge of a pull (base = last pull, mine = files, theirs = new pull), every branch
// for rules and for templates, and resolving the conflicts it leaves.
#include "project/plan.h"
#include "project/pull_merge.h"
#include "project_test_support.h"

#include <QTest>

using namespace cw;
using namespace cw::project;
using namespace cw::projecttest;

namespace {
bool has(const std::vector<std::string> &list, const std::string &item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

const Conflict *conflictFor(const Project &project, const std::string &kind, const std::string &id)
{
    for (const Conflict &conflict : project.state.conflicts)
        if (conflict.kind == kind && conflict.id == id)
            return &conflict;
    return nullptr;
}

void eraseRule(std::vector<RuleFile> &files, const std::string &caseRuleId)
{
    files.erase(std::remove_if(files.begin(), files.end(),
                               [&](const RuleFile &file) { return file.rule.caseRuleId == caseRuleId; }),
                files.end());
}

void eraseTemplate(std::vector<TemplateFile> &files, const std::string &templateId)
{
    files.erase(
        std::remove_if(files.begin(), files.end(),
                       [&](const TemplateFile &file) { return file.caseTemplate.templateId == templateId; }),
        files.end());
}

template <typename T> void eraseById(std::vector<T> &items, const std::string &id)
{
    items.erase(std::remove_if(items.begin(), items.end(),
                               [&](const T &item) {
                                   if constexpr (std::is_same_v<T, CaseRule>)
                                       return item.caseRuleId == id;
                                   else
                                       return item.templateId == id;
                               }),
                items.end());
}

const std::string kLater = "2026-05-02T09:00:00Z";
} // namespace

class TestPullMerge : public QObject {
    Q_OBJECT

    DomainSnapshot m_sample;

    Project pulled() const { return sampleProject(m_sample, "/nonexistent/project"); }

    // The rule this test edits on either side: a required rule with one equalTo condition.
    static void editRuleA(CaseRule &rule)
    {
        rule.rule.boolean.conditions[0].operand = Value::string("pending");
    }
    static void editRuleB(CaseRule &rule) { rule.rule.boolean.conditions[0].operand = Value::string("open"); }
    static void editTemplateA(CaseTemplate &t) { t.description = std::string("Edited here."); }
    static void editTemplateB(CaseTemplate &t) { t.description = std::string("Edited there."); }

private slots:
    void initTestCase()
    {
        auto sample = loadSample();
        QVERIFY2(sample, describe(sample));
        m_sample = std::move(sample).value();
    }

    void projectFromSnapshotHasOneFilePerEntity()
    {
        const Project project = pulled();
        QCOMPARE(project.rules.size(), m_sample.caseRules.size());
        QCOMPARE(project.templates.size(), m_sample.templates.size());
        QVERIFY(project.state.conflicts.empty());
        COMPARE_STR(project.state.lastPullTime, kPulledAt);
        COMPARE_STR(project.config.domainId, kDomainId);
        COMPARE_STR(project.config.region, std::string("us-east-1"));
        QVERIFY(project.base.has_value());
        COMPARE_JSON(wire::writeSnapshot(*project.base), wire::writeSnapshot(m_sample));
        // Sorted by slug, each slug the rule's name.
        for (std::size_t i = 1; i < project.rules.size(); ++i)
            QVERIFY(project.rules[i - 1].slug < project.rules[i].slug);
        QVERIFY(project.findRuleBySlug("resolution-notes-required-when-closed") != nullptr);
        QVERIFY(project.findTemplateBySlug("customer-support") != nullptr);
    }

    // --- rules -------------------------------------------------------------------------------

    void ruleMineUnchangedTheirsChangedIsUpdated()
    {
        Project project = pulled();
        DomainSnapshot remote = m_sample;
        editRuleB(*ruleIn(remote, kResolutionNotesRule));
        const MergeReport report = mergePulled(project, remote, kLater);
        const RuleFile *file = project.findRuleById(kResolutionNotesRule);
        QVERIFY(file != nullptr);
        COMPARE_JSON(comparableRule(file->rule), comparableRule(*remote.findRule(kResolutionNotesRule)));
        QVERIFY(has(report.updated, file->slug));
        QVERIFY(report.newConflicts.empty() && project.state.conflicts.empty());
        // Only the changed rule is reported as updated.
        QCOMPARE(report.updated.size(), std::size_t(1));
        QVERIFY(report.created.empty() && report.removed.empty() && report.kept.empty());
    }

    void ruleMineChangedTheirsUnchangedIsKept()
    {
        Project project = pulled();
        editRuleA(ruleFileById(project, kResolutionNotesRule)->rule);
        const Json mine = comparableRule(ruleFileById(project, kResolutionNotesRule)->rule);
        const MergeReport report = mergePulled(project, m_sample, kLater);
        COMPARE_JSON(comparableRule(ruleFileById(project, kResolutionNotesRule)->rule), mine);
        QVERIFY(has(report.kept, "resolution-notes-required-when-closed"));
        QVERIFY(report.newConflicts.empty() && project.state.conflicts.empty());
    }

    void ruleBothChangedTheSameIsKept()
    {
        Project project = pulled();
        editRuleA(ruleFileById(project, kResolutionNotesRule)->rule);
        DomainSnapshot remote = m_sample;
        editRuleA(*ruleIn(remote, kResolutionNotesRule));
        const MergeReport report = mergePulled(project, remote, kLater);
        QVERIFY(has(report.kept, "resolution-notes-required-when-closed"));
        QVERIFY(report.newConflicts.empty() && project.state.conflicts.empty());
        COMPARE_JSON(comparableRule(ruleFileById(project, kResolutionNotesRule)->rule),
                     comparableRule(*remote.findRule(kResolutionNotesRule)));
    }

    void ruleBothChangedDifferentlyIsAConflict()
    {
        Project project = pulled();
        editRuleA(ruleFileById(project, kResolutionNotesRule)->rule);
        const Json mine = comparableRule(ruleFileById(project, kResolutionNotesRule)->rule);
        DomainSnapshot remote = m_sample;
        editRuleB(*ruleIn(remote, kResolutionNotesRule));
        const MergeReport report = mergePulled(project, remote, kLater);
        QCOMPARE(report.newConflicts.size(), std::size_t(1));
        const Conflict *conflict = conflictFor(project, "rule", kResolutionNotesRule);
        QVERIFY(conflict != nullptr);
        COMPARE_STR(conflict->slug, std::string("resolution-notes-required-when-closed"));
        COMPARE_JSON(conflict->theirs, wire::writeCaseRule(*remote.findRule(kResolutionNotesRule)));
        // Mine stays in the file; theirs is the new base.
        COMPARE_JSON(comparableRule(ruleFileById(project, kResolutionNotesRule)->rule), mine);
        COMPARE_JSON(comparableRule(*project.base->findRule(kResolutionNotesRule)),
                     comparableRule(*remote.findRule(kResolutionNotesRule)));
        // Publishing is blocked until it is resolved.
        const auto plan = computePlan(project);
        QVERIFY(!plan);
        COMPARE_STR(plan.error().code, std::string("plan.conflicts"));
    }

    void ruleRemoteDeletedMineUnchangedIsRemoved()
    {
        Project project = pulled();
        DomainSnapshot remote = m_sample;
        eraseById(remote.caseRules, kRefundShownRule);
        const std::string slug = ruleFileById(project, kRefundShownRule)->slug;
        const MergeReport report = mergePulled(project, remote, kLater);
        QVERIFY(project.findRuleById(kRefundShownRule) == nullptr);
        QVERIFY(has(report.removed, slug));
        QVERIFY(project.state.conflicts.empty());
        QVERIFY(project.base->findRule(kRefundShownRule) == nullptr);
        QVERIFY(computePlan(project)->empty());
    }

    void ruleRemoteMarkedDeletedIsRemovedToo()
    {
        Project project = pulled();
        DomainSnapshot remote = m_sample;
        ruleIn(remote, kRefundShownRule)->deleted = true;
        const MergeReport report = mergePulled(project, remote, kLater);
        QVERIFY(project.findRuleById(kRefundShownRule) == nullptr);
        QCOMPARE(report.removed.size(), std::size_t(1));
    }

    void ruleRemoteDeletedMineChangedIsAConflictWithNullTheirs()
    {
        Project project = pulled();
        editRuleA(ruleFileById(project, kResolutionNotesRule)->rule);
        DomainSnapshot remote = m_sample;
        eraseById(remote.caseRules, kResolutionNotesRule);
        const MergeReport report = mergePulled(project, remote, kLater);
        QVERIFY(project.findRuleById(kResolutionNotesRule) != nullptr); // mine is kept
        const Conflict *conflict = conflictFor(project, "rule", kResolutionNotesRule);
        QVERIFY(conflict != nullptr);
        QVERIFY(conflict->theirs.is_null());
        QCOMPARE(report.newConflicts.size(), std::size_t(1));
        QVERIFY(report.removed.empty());
    }

    void ruleNewRemoteGetsAUniqueSlug()
    {
        Project project = pulled();
        DomainSnapshot remote = m_sample;
        CaseRule added = *remote.findRule(kResolutionNotesRule); // same name: the slug must differ
        added.caseRuleId = "aaaaaaaa-0000-0000-0000-000000000001";
        added.caseRuleArn.clear();
        remote.caseRules.push_back(added);
        const MergeReport report = mergePulled(project, remote, kLater);
        const RuleFile *file = project.findRuleById(added.caseRuleId);
        QVERIFY(file != nullptr);
        COMPARE_STR(file->slug, std::string("resolution-notes-required-when-closed-2"));
        QVERIFY(report.created == std::vector<std::string>{file->slug});
        QCOMPARE(project.rules.size(), m_sample.caseRules.size() + 1);
        QVERIFY(project.findRuleById(kResolutionNotesRule)->slug == "resolution-notes-required-when-closed");
    }

    void ruleDeletedLocallyRemoteUnchangedStaysDeleted()
    {
        Project project = pulled();
        eraseRule(project.rules, kRefundShownRule);
        const MergeReport report = mergePulled(project, m_sample, kLater);
        QVERIFY(project.findRuleById(kRefundShownRule) == nullptr);
        QVERIFY(report.created.empty() && report.newConflicts.empty());
        // The deletion is still pending for publish.
        const auto plan = computePlan(project);
        QVERIFY2(plan, describe(plan));
        QCOMPARE(plan->steps.size(), std::size_t(1));
        QVERIFY(plan->steps[0].action == PlanStep::Action::DeleteRule);
    }

    void ruleDeletedLocallyRemoteChangedIsAConflict()
    {
        Project project = pulled();
        eraseRule(project.rules, kRefundShownRule);
        DomainSnapshot remote = m_sample;
        ruleIn(remote, kRefundShownRule)->name = "Refund amount shown for billing (edited)";
        const MergeReport report = mergePulled(project, remote, kLater);
        QVERIFY(project.findRuleById(kRefundShownRule) == nullptr); // still deleted here
        const Conflict *conflict = conflictFor(project, "rule", kRefundShownRule);
        QVERIFY(conflict != nullptr);
        COMPARE_JSON(conflict->theirs, wire::writeCaseRule(*remote.findRule(kRefundShownRule)));
        QVERIFY(!conflict->slug.empty());
        QCOMPARE(report.newConflicts.size(), std::size_t(1));
    }

    // --- templates ---------------------------------------------------------------------------

    void templateMineUnchangedTheirsChangedIsUpdated()
    {
        Project project = pulled();
        DomainSnapshot remote = m_sample;
        editTemplateB(*templateIn(remote, kComplaintTemplate));
        const MergeReport report = mergePulled(project, remote, kLater);
        const TemplateFile *file = project.findTemplateById(kComplaintTemplate);
        QVERIFY(file != nullptr);
        COMPARE_STR(file->caseTemplate.description.value_or(""), std::string("Edited there."));
        QVERIFY(report.updated == std::vector<std::string>{file->slug});
        QVERIFY(project.state.conflicts.empty());
    }

    void templateMineChangedTheirsUnchangedIsKept()
    {
        Project project = pulled();
        editTemplateA(templateFileById(project, kComplaintTemplate)->caseTemplate);
        const MergeReport report = mergePulled(project, m_sample, kLater);
        COMPARE_STR(project.findTemplateById(kComplaintTemplate)->caseTemplate.description.value_or(""),
                    std::string("Edited here."));
        QVERIFY(has(report.kept, "complaint-legacy"));
        QVERIFY(project.state.conflicts.empty());
    }

    void templateBothChangedTheSameIsKept()
    {
        Project project = pulled();
        editTemplateA(templateFileById(project, kComplaintTemplate)->caseTemplate);
        DomainSnapshot remote = m_sample;
        editTemplateA(*templateIn(remote, kComplaintTemplate));
        const MergeReport report = mergePulled(project, remote, kLater);
        QVERIFY(has(report.kept, "complaint-legacy"));
        QVERIFY(project.state.conflicts.empty());
    }

    void templateBothChangedDifferentlyIsAConflict()
    {
        Project project = pulled();
        editTemplateA(templateFileById(project, kComplaintTemplate)->caseTemplate);
        DomainSnapshot remote = m_sample;
        editTemplateB(*templateIn(remote, kComplaintTemplate));
        const MergeReport report = mergePulled(project, remote, kLater);
        const Conflict *conflict = conflictFor(project, "template", kComplaintTemplate);
        QVERIFY(conflict != nullptr);
        COMPARE_STR(conflict->slug, std::string("complaint-legacy"));
        COMPARE_JSON(conflict->theirs, wire::writeTemplate(*remote.findTemplate(kComplaintTemplate)));
        COMPARE_STR(project.findTemplateById(kComplaintTemplate)->caseTemplate.description.value_or(""),
                    std::string("Edited here."));
        QCOMPARE(report.newConflicts.size(), std::size_t(1));
    }

    void templateRemoteDeletedMineUnchangedIsRemoved()
    {
        Project project = pulled();
        DomainSnapshot remote = m_sample;
        eraseById(remote.templates, kComplaintTemplate);
        const MergeReport report = mergePulled(project, remote, kLater);
        QVERIFY(project.findTemplateById(kComplaintTemplate) == nullptr);
        QVERIFY(report.removed == std::vector<std::string>{"complaint-legacy"});
        QVERIFY(project.state.conflicts.empty());
    }

    void templateRemoteDeletedMineChangedIsAConflictWithNullTheirs()
    {
        Project project = pulled();
        editTemplateA(templateFileById(project, kComplaintTemplate)->caseTemplate);
        DomainSnapshot remote = m_sample;
        eraseById(remote.templates, kComplaintTemplate);
        mergePulled(project, remote, kLater);
        QVERIFY(project.findTemplateById(kComplaintTemplate) != nullptr);
        const Conflict *conflict = conflictFor(project, "template", kComplaintTemplate);
        QVERIFY(conflict != nullptr);
        QVERIFY(conflict->theirs.is_null());
    }

    void templateNewRemoteGetsAUniqueSlug()
    {
        Project project = pulled();
        DomainSnapshot remote = m_sample;
        CaseTemplate added = *remote.findTemplate(kComplaintTemplate);
        added.templateId = "bbbbbbbb-0000-0000-0000-000000000001";
        added.name = "Complaint: legacy!"; // slugifies like "Complaint (legacy)"
        remote.templates.push_back(added);
        const MergeReport report = mergePulled(project, remote, kLater);
        const TemplateFile *file = project.findTemplateById(added.templateId);
        QVERIFY(file != nullptr);
        COMPARE_STR(file->slug, std::string("complaint-legacy-2"));
        QVERIFY(report.created == std::vector<std::string>{"complaint-legacy-2"});
    }

    void templateDeletedLocallyRemoteUnchangedStaysDeleted()
    {
        Project project = pulled();
        eraseTemplate(project.templates, kComplaintTemplate);
        const MergeReport report = mergePulled(project, m_sample, kLater);
        QVERIFY(project.findTemplateById(kComplaintTemplate) == nullptr);
        QVERIFY(report.created.empty() && project.state.conflicts.empty());
    }

    void templateDeletedLocallyRemoteChangedIsAConflict()
    {
        Project project = pulled();
        eraseTemplate(project.templates, kComplaintTemplate);
        DomainSnapshot remote = m_sample;
        editTemplateB(*templateIn(remote, kComplaintTemplate));
        mergePulled(project, remote, kLater);
        QVERIFY(project.findTemplateById(kComplaintTemplate) == nullptr);
        const Conflict *conflict = conflictFor(project, "template", kComplaintTemplate);
        QVERIFY(conflict != nullptr);
        COMPARE_JSON(conflict->theirs, wire::writeTemplate(*remote.findTemplate(kComplaintTemplate)));
    }

    // --- the rest of the pull ----------------------------------------------------------------

    void fieldsLayoutsAndBaseAreReplaced()
    {
        Project project = pulled();
        DomainSnapshot remote = m_sample;
        remote.fields[1].name = "Case title";
        remote.fields.pop_back();
        remote.fieldOptions.begin()->second.pop_back();
        remote.layouts.pop_back();
        remote.name = "Support Centre (renamed)";
        mergePulled(project, remote, kLater);
        DomainSnapshot pulledPart;
        pulledPart.fields = project.fields;
        pulledPart.fieldOptions = project.fieldOptions;
        pulledPart.layouts = project.layouts;
        DomainSnapshot remotePart;
        remotePart.fields = remote.fields;
        remotePart.fieldOptions = remote.fieldOptions;
        remotePart.layouts = remote.layouts;
        COMPARE_JSON(wire::writeSnapshot(pulledPart), wire::writeSnapshot(remotePart));
        COMPARE_JSON(wire::writeSnapshot(*project.base), wire::writeSnapshot(remote));
        COMPARE_STR(project.state.lastPullTime, kLater);
        COMPARE_STR(project.config.domainName, std::string("Support Centre (renamed)"));
        COMPARE_STR(project.config.profile, std::string("support-admin")); // connection settings stay
    }

    void newLocalFilesAreLeftAlone()
    {
        Project project = pulled();
        project.rules.push_back(RuleFile{"brand-new", requiredRule("Brand new", kStatusField, "open")});
        project.templates.push_back(
            TemplateFile{"returns", simpleTemplate("Returns", {"local:brand-new"}, kTitleField)});
        // Someone else created a rule of the same name remotely: it gets its own file.
        DomainSnapshot remote = m_sample;
        CaseRule theirs = requiredRule("Brand new", kStatusField, "closed");
        theirs.caseRuleId = "ffffffff-0000-0000-0000-000000000001";
        remote.caseRules.push_back(theirs);
        const MergeReport report = mergePulled(project, remote, kLater);
        const RuleFile *mine = project.findRuleBySlug("brand-new");
        QVERIFY(mine != nullptr);
        QVERIFY(mine->rule.caseRuleId.empty());
        QVERIFY(project.findTemplateBySlug("returns") != nullptr);
        QVERIFY(report.created == std::vector<std::string>{"brand-new-2"});
        COMPARE_STR(project.findRuleById(theirs.caseRuleId)->slug, std::string("brand-new-2"));
        QVERIFY(report.removed.empty() && project.state.conflicts.empty());
    }

    // --- resolving -----------------------------------------------------------------------------

    void resolveTakeMineKeepsTheFile()
    {
        Project project = pulled();
        editRuleA(ruleFileById(project, kResolutionNotesRule)->rule);
        const Json mine = comparableRule(ruleFileById(project, kResolutionNotesRule)->rule);
        DomainSnapshot remote = m_sample;
        editRuleB(*ruleIn(remote, kResolutionNotesRule));
        mergePulled(project, remote, kLater);
        const Status status =
            resolveConflict(project, "rule", "resolution-notes-required-when-closed", Resolution::TakeMine);
        QVERIFY2(status, describe(status));
        QVERIFY(project.state.conflicts.empty());
        COMPARE_JSON(comparableRule(ruleFileById(project, kResolutionNotesRule)->rule), mine);
        // Publish now overwrites the remote with mine.
        const auto plan = computePlan(project);
        QVERIFY2(plan, describe(plan));
        QCOMPARE(plan->steps.size(), std::size_t(1));
        QVERIFY(plan->steps[0].action == PlanStep::Action::UpdateRule);
        COMPARE_JSON(plan->steps[0].after, mine);
    }

    void resolveTakeTheirsReplacesTheFile()
    {
        Project project = pulled();
        editTemplateA(templateFileById(project, kComplaintTemplate)->caseTemplate);
        DomainSnapshot remote = m_sample;
        editTemplateB(*templateIn(remote, kComplaintTemplate));
        mergePulled(project, remote, kLater);
        const Status status =
            resolveConflict(project, "template", "complaint-legacy", Resolution::TakeTheirs);
        QVERIFY2(status, describe(status));
        QVERIFY(project.state.conflicts.empty());
        const TemplateFile *file = project.findTemplateBySlug("complaint-legacy");
        QVERIFY(file != nullptr);
        COMPARE_JSON(comparableTemplate(file->caseTemplate),
                     comparableTemplate(*remote.findTemplate(kComplaintTemplate)));
        const auto plan = computePlan(project);
        QVERIFY2(plan, describe(plan));
        QVERIFY(plan->empty());
    }

    void resolveTakeTheirsWithNullTheirsRemovesTheFile()
    {
        Project project = pulled();
        editRuleA(ruleFileById(project, kResolutionNotesRule)->rule);
        DomainSnapshot remote = m_sample;
        eraseById(remote.caseRules, kResolutionNotesRule);
        mergePulled(project, remote, kLater);
        const Status status =
            resolveConflict(project, "rule", "resolution-notes-required-when-closed", Resolution::TakeTheirs);
        QVERIFY2(status, describe(status));
        QVERIFY(project.findRuleById(kResolutionNotesRule) == nullptr);
        QVERIFY(project.findRuleBySlug("resolution-notes-required-when-closed") == nullptr);
        QVERIFY(project.state.conflicts.empty());
    }

    void resolveTakeTheirsRestoresALocallyDeletedRule()
    {
        Project project = pulled();
        eraseRule(project.rules, kRefundShownRule);
        DomainSnapshot remote = m_sample;
        ruleIn(remote, kRefundShownRule)->name = "Refund shown (edited)";
        mergePulled(project, remote, kLater);
        QCOMPARE(project.state.conflicts.size(), std::size_t(1));
        const std::string slug = project.state.conflicts[0].slug;
        QVERIFY(resolveConflict(project, "rule", slug, Resolution::TakeTheirs).ok());
        const RuleFile *file = project.findRuleBySlug(slug);
        QVERIFY(file != nullptr);
        COMPARE_STR(file->rule.caseRuleId, kRefundShownRule);
        COMPARE_STR(file->rule.name, std::string("Refund shown (edited)"));
        QVERIFY(computePlan(project)->empty());
    }

    void resolveTakeMineKeepsALocalDeletion()
    {
        Project project = pulled();
        eraseRule(project.rules, kRefundShownRule);
        DomainSnapshot remote = m_sample;
        ruleIn(remote, kRefundShownRule)->name = "Refund shown (edited)";
        mergePulled(project, remote, kLater);
        QVERIFY(resolveConflict(project, "rule", project.state.conflicts[0].slug, Resolution::TakeMine).ok());
        QVERIFY(project.findRuleById(kRefundShownRule) == nullptr);
        const auto plan = computePlan(project);
        QVERIFY2(plan, describe(plan));
        QCOMPARE(plan->steps.size(), std::size_t(1));
        QVERIFY(plan->steps[0].action == PlanStep::Action::DeleteRule);
    }

    void resolveTakeMineOfARemoteDeletionCanBePublished()
    {
        // Keeping my version of a rule the remote deleted: the header promises that publish then
        // writes mine, and Publisher's own --take-mine turns such a rule into a new one.
        Project project = pulled();
        editRuleA(ruleFileById(project, kResolutionNotesRule)->rule);
        DomainSnapshot remote = m_sample;
        eraseById(remote.caseRules, kResolutionNotesRule);
        mergePulled(project, remote, kLater);
        QVERIFY(
            resolveConflict(project, "rule", "resolution-notes-required-when-closed", Resolution::TakeMine)
                .ok());
        QVERIFY(project.findRuleBySlug("resolution-notes-required-when-closed") != nullptr);
        const auto plan = computePlan(project);
        QVERIFY2(plan, describe(plan));
        if (plan) {
            // Mine is published as a new rule, and the templates that still attach the deleted
            // id are updated to attach the new one.
            QVERIFY(!plan->steps.empty());
            QVERIFY(plan->steps[0].action == PlanStep::Action::CreateRule);
            for (std::size_t i = 1; i < plan->steps.size(); ++i)
                QVERIFY(plan->steps[i].action == PlanStep::Action::UpdateTemplate);
            for (const TemplateFile &file : project.templates)
                for (const TemplateRule &attachment : file.caseTemplate.rules.value_or(std::vector<TemplateRule>{}))
                    QVERIFY(attachment.caseRuleId != kResolutionNotesRule);
        }
    }

    void resolveUnknownConflictIsAnError()
    {
        Project project = pulled();
        const Status status = resolveConflict(project, "rule", "no-such-slug", Resolution::TakeTheirs);
        QVERIFY(!status);
        COMPARE_STR(status.error().code, std::string("conflict.unknown"));
        QVERIFY(status.error().message.find("no-such-slug") != std::string::npos);
    }

    void resolveAllConflictsSettlesEveryOne()
    {
        for (const Resolution resolution : {Resolution::TakeMine, Resolution::TakeTheirs}) {
            Project project = pulled();
            editRuleA(ruleFileById(project, kResolutionNotesRule)->rule);
            editTemplateA(templateFileById(project, kComplaintTemplate)->caseTemplate);
            eraseRule(project.rules, kRefundShownRule);
            DomainSnapshot remote = m_sample;
            editRuleB(*ruleIn(remote, kResolutionNotesRule));
            editTemplateB(*templateIn(remote, kComplaintTemplate));
            ruleIn(remote, kRefundShownRule)->name = "Refund shown (edited)";
            mergePulled(project, remote, kLater);
            QCOMPARE(project.state.conflicts.size(), std::size_t(3));
            const Status status = resolveAllConflicts(project, resolution);
            QVERIFY2(status, describe(status));
            QVERIFY(project.state.conflicts.empty());
            const auto plan = computePlan(project);
            QVERIFY2(plan, describe(plan));
            if (resolution == Resolution::TakeTheirs)
                QVERIFY(plan->empty());
            else
                QCOMPARE(plan->steps.size(), std::size_t(3)); // update template, update rule, delete rule
        }
    }

    void unresolvedConflictSurvivesASecondPull()
    {
        Project project = pulled();
        editRuleA(ruleFileById(project, kResolutionNotesRule)->rule);
        eraseTemplate(project.templates, kComplaintTemplate);
        DomainSnapshot remote = m_sample;
        editRuleB(*ruleIn(remote, kResolutionNotesRule));
        editTemplateB(*templateIn(remote, kComplaintTemplate));
        mergePulled(project, remote, kLater);
        QCOMPARE(project.state.conflicts.size(), std::size_t(2));
        const Json theirs = conflictFor(project, "rule", kResolutionNotesRule)->theirs;

        // The remote did not change since: the conflicts stay as they were.
        const MergeReport again = mergePulled(project, remote, "2026-05-03T09:00:00Z");
        QCOMPARE(project.state.conflicts.size(), std::size_t(2));
        QVERIFY(conflictFor(project, "rule", kResolutionNotesRule) != nullptr);
        QVERIFY(conflictFor(project, "template", kComplaintTemplate) != nullptr);
        COMPARE_JSON(conflictFor(project, "rule", kResolutionNotesRule)->theirs, theirs);
        QVERIFY(project.findTemplateById(kComplaintTemplate) == nullptr);
        QVERIFY(!computePlan(project).ok());

        // The remote changed again: the conflict is kept once, with the newer remote version.
        DomainSnapshot newer = remote;
        ruleIn(newer, kResolutionNotesRule)->rule.boolean.defaultValue = true;
        mergePulled(project, newer, "2026-05-04T09:00:00Z");
        QCOMPARE(project.state.conflicts.size(), std::size_t(2));
        COMPARE_JSON(conflictFor(project, "rule", kResolutionNotesRule)->theirs,
                     wire::writeCaseRule(*newer.findRule(kResolutionNotesRule)));
        Q_UNUSED(again);
    }

    void conflictSlugsNeverCollideWithFiles()
    {
        // Deleted here, edited there: the conflict needs a slug for the file TakeTheirs would
        // restore. A new remote rule with the same name arrives in the same pull.
        Project project = pulled();
        eraseRule(project.rules, kResolutionNotesRule);
        DomainSnapshot remote = m_sample;
        editRuleB(*ruleIn(remote, kResolutionNotesRule));
        CaseRule twin = *remote.findRule(kResolutionNotesRule);
        twin.caseRuleId = "cccccccc-0000-0000-0000-000000000001";
        remote.caseRules.push_back(twin);
        mergePulled(project, remote, kLater);
        const RuleFile *twinFile = project.findRuleById(twin.caseRuleId);
        QVERIFY(twinFile != nullptr);
        const Conflict *conflict = conflictFor(project, "rule", kResolutionNotesRule);
        QVERIFY(conflict != nullptr);
        QVERIFY2(conflict->slug != twinFile->slug, conflict->slug.c_str());
    }

    void twoLocallyDeletedRulesOfOneNameKeepTwoConflicts()
    {
        Project project = pulled();
        DomainSnapshot base = m_sample;
        CaseRule twin = *base.findRule(kResolutionNotesRule);
        twin.caseRuleId = "dddddddd-0000-0000-0000-000000000001";
        base.caseRules.push_back(twin);
        project = sampleProject(base, "/nonexistent/project");
        eraseRule(project.rules, kResolutionNotesRule);
        eraseRule(project.rules, twin.caseRuleId);
        DomainSnapshot remote = base;
        editRuleB(*ruleIn(remote, kResolutionNotesRule));
        editRuleB(*ruleIn(remote, twin.caseRuleId));
        const MergeReport report = mergePulled(project, remote, kLater);
        QCOMPARE(report.newConflicts.size(), std::size_t(2));
        QCOMPARE(project.state.conflicts.size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestPullMerge)
#include "test_pull_merge.moc"
