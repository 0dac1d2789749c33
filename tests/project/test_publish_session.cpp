// The publish session's choices, without a network: the conflicts a pull left (listed, planned as
// chosen, settled and written), the conflicts publish's remote check finds (settled mine or
// theirs per entity, a remote deletion recognised by the typed not-found), choices kept only while
// the conflict is the same, and the identity changes a publish makes that the designer's undo
// history is brought up to date with.
#include "client/api_error.h"
#include "project/identity_changes.h"
#include "project/plan.h"
#include "project/project_io.h"
#include "project/publish_apply.h"
#include "project/publish_session.h"
#include "project/slug.h"
#include "project_test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using namespace cw::project;
using namespace cw::projecttest;

namespace {
const std::string kLater = "2026-05-02T10:00:00Z";
const std::string kNewRuleId = "99999999-0000-0000-0000-000000000001";
const std::string kNewTemplateId = "99999999-0000-0000-0000-000000000002";

RemoteConflict remoteConflict(const Project &project, const std::string &kind, const std::string &id,
                              const Json &theirs)
{
    RemoteConflict conflict;
    conflict.kind = kind;
    conflict.id = id;
    if (kind == "rule") {
        const RuleFile *file = project.findRuleById(id);
        conflict.slug = file->slug;
        conflict.name = file->rule.name;
        conflict.mine = comparableRule(file->rule);
        conflict.base = comparableRule(*project.base->findRule(id));
    } else {
        const TemplateFile *file = project.findTemplateById(id);
        conflict.slug = file->slug;
        conflict.name = file->caseTemplate.name;
        conflict.mine = comparableTemplate(file->caseTemplate);
        conflict.base = comparableTemplate(*project.base->findTemplate(id));
    }
    conflict.theirs = theirs;
    return conflict;
}
} // namespace

class TestPublishSession : public QObject {
    Q_OBJECT

    DomainSnapshot m_sample;

    Project pulled(const std::string &directory = "/nonexistent/project") const
    {
        return sampleProject(m_sample, directory);
    }

    // The resolution-notes rule edited here and remotely, pulled: one pull conflict.
    Project withPullConflict(const std::string &directory = "/nonexistent/project") const
    {
        Project project = pulled(directory);
        ruleFileById(project, kResolutionNotesRule)->rule.description = "Mine.";
        DomainSnapshot remote = m_sample;
        ruleIn(remote, kResolutionNotesRule)->description = "Theirs.";
        (void)mergePulled(project, remote, kLater);
        return project;
    }

private slots:
    void initTestCase()
    {
        auto sample = loadSample();
        QVERIFY2(sample, describe(sample));
        m_sample = std::move(sample).value();
    }

    void pullConflictsArePlannedAsChosenAndMineUntilChosen()
    {
        PublishSession session(LoadedProject{withPullConflict(), {}});
        QCOMPARE(session.conflicts().size(), std::size_t(1));
        const ConflictEntry &entry = session.conflicts().front();
        QVERIFY(entry.origin == ConflictEntry::Origin::Pull);
        COMPARE_STR(entry.id, kResolutionNotesRule);
        COMPARE_STR(entry.mine["description"].get<std::string>(), std::string("Mine."));
        COMPARE_STR(entry.theirs["description"].get<std::string>(), std::string("Theirs."));
        QVERIFY(!entry.hasBase && !entry.choice && !session.allChosen());
        // Unchosen: planned as mine (an update of the rule).
        auto plan = session.plan();
        QVERIFY2(plan, describe(plan));
        QCOMPARE(plan->steps.size(), std::size_t(1));
        QVERIFY(plan->steps.front().action == PlanStep::Action::UpdateRule);
        // Theirs: nothing left to publish.
        session.choose(0, Resolution::TakeTheirs);
        QVERIFY(session.allChosen());
        plan = session.plan();
        QVERIFY2(plan, describe(plan));
        QVERIFY(plan->empty());
        // Planning wrote nothing into the session's project.
        QCOMPARE(session.project().project.state.conflicts.size(), std::size_t(1));
    }

    void settlingPullConflictsWritesThemAndLeavesTheUnchosen()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Project project = withPullConflict(toStd(dir.path()));
        // A second pull conflict, on a template.
        templateFileById(project, kComplaintTemplate)->caseTemplate.description = "Mine.";
        DomainSnapshot remote = *project.base;
        templateIn(remote, kComplaintTemplate)->description = "Theirs.";
        (void)mergePulled(project, remote, kLater);
        QCOMPARE(project.state.conflicts.size(), std::size_t(2));
        DiskState disk;
        QVERIFY2(saveProject(project, disk), "saving the project");

        PublishSession session(LoadedProject{project, disk});
        std::size_t rule = 0;
        while (session.conflicts()[rule].kind != "rule")
            ++rule;
        session.choose(rule, Resolution::TakeTheirs);
        QVERIFY(session.settlePullConflicts(true));
        QVERIFY(session.wroteFiles());
        // The chosen one is settled in memory and on disk; the other is still a conflict.
        QCOMPARE(session.conflicts().size(), std::size_t(1));
        COMPARE_STR(session.conflicts().front().kind, std::string("template"));
        auto reread = loadProject(toStd(dir.path()));
        QVERIFY2(reread, describe(reread));
        QCOMPARE(reread->project.state.conflicts.size(), std::size_t(1));
        COMPARE_STR(reread->project.findRuleById(kResolutionNotesRule)->rule.description.value_or(std::string()),
                    std::string("Theirs."));
        // One choice for all covers what is left (--take-mine).
        session.chooseForAll(Resolution::TakeMine);
        QVERIFY(session.allChosen());
        QVERIFY(session.settlePullConflicts(false));
        QVERIFY(session.conflicts().empty());
        QVERIFY(session.project().project.state.conflicts.empty());
    }

    void publishChoicesCarryTheRemoteVersionTheyWereMadeAgainst()
    {
        Project project = pulled();
        Json theirs = comparableRule(*project.base->findRule(kResolutionNotesRule));
        theirs["description"] = "Theirs.";
        std::vector<ConflictEntry> entries = pullConflictEntries(withPullConflict());
        mergePublishConflicts(entries, {remoteConflict(project, "rule", kResolutionNotesRule, theirs),
                                        remoteConflict(project, "template", kComplaintTemplate, Json())});
        QCOMPARE(entries.size(), std::size_t(3));
        QVERIFY(entries[0].origin == ConflictEntry::Origin::Pull);
        entries[0].choice = Resolution::TakeMine;
        entries[1].choice = Resolution::TakeTheirs;
        // Only the publish conflicts with a choice, each with what it was chosen against.
        const ConflictChoices choices = publishChoices(entries);
        QVERIFY(!choices.forAll);
        QCOMPARE(choices.perEntity.size(), std::size_t(1));
        COMPARE_STR(choices.perEntity[0].id, kResolutionNotesRule);
        COMPARE_JSON(choices.perEntity[0].theirs, theirs);
        QVERIFY(choices.perEntity[0].resolution == Resolution::TakeTheirs);

        // Found again, unchanged: the choice stays; changed remotely again: it must be made again.
        std::vector<ConflictEntry> same = entries;
        mergePublishConflicts(same, {remoteConflict(project, "rule", kResolutionNotesRule, theirs)});
        QCOMPARE(same.size(), std::size_t(2));
        QVERIFY(same[1].choice == Resolution::TakeTheirs);
        QVERIFY(same[0].choice == Resolution::TakeMine); // the pull conflict is kept as it was
        Json again = theirs;
        again["description"] = "Theirs, again.";
        mergePublishConflicts(entries, {remoteConflict(project, "rule", kResolutionNotesRule, again)});
        QCOMPARE(entries.size(), std::size_t(2));
        QVERIFY(!entries[1].choice);
    }

    void mineOverARemoteEditRebasesAndTheirsAdopts()
    {
        Project project = pulled();
        ruleFileById(project, kResolutionNotesRule)->rule.description = "Mine.";
        CaseRule remote = *project.base->findRule(kResolutionNotesRule);
        remote.description = "Theirs.";
        const RemoteConflict conflict =
            remoteConflict(project, "rule", kResolutionNotesRule, comparableRule(remote));

        Project mine = project;
        QVERIFY(!settleRemoteConflict(mine, conflict, Resolution::TakeMine, &remote, nullptr));
        // The remote version is the base mine replaces: publish updates it with mine.
        COMPARE_STR(mine.base->findRule(kResolutionNotesRule)->description.value_or(std::string()), std::string("Theirs."));
        COMPARE_STR(mine.findRuleById(kResolutionNotesRule)->rule.description.value_or(std::string()), std::string("Mine."));
        auto plan = computePlan(mine);
        QVERIFY2(plan, describe(plan));
        QCOMPARE(plan->steps.size(), std::size_t(1));
        COMPARE_STR(plan->steps[0].before["description"].get<std::string>(), std::string("Theirs."));

        Project theirs = project;
        QVERIFY(!settleRemoteConflict(theirs, conflict, Resolution::TakeTheirs, &remote, nullptr));
        COMPARE_STR(theirs.findRuleById(kResolutionNotesRule)->rule.description.value_or(std::string()), std::string("Theirs."));
        plan = computePlan(theirs);
        QVERIFY2(plan, describe(plan));
        QVERIFY(plan->empty());
    }

    void mineOverARemoteDeletionIsNewAgainAndTheirsRemovesIt()
    {
        Project project = pulled();
        RuleFile *file = ruleFileById(project, kResolutionNotesRule);
        file->rule.description = "Mine.";
        const std::string slug = file->slug;
        const RemoteConflict conflict = remoteConflict(project, "rule", kResolutionNotesRule, Json());

        Project mine = project;
        QVERIFY(settleRemoteConflict(mine, conflict, Resolution::TakeMine, nullptr, nullptr));
        QVERIFY(mine.findRuleById(kResolutionNotesRule) == nullptr);
        QVERIFY(mine.findRuleBySlug(slug)->rule.caseRuleId.empty());
        QVERIFY(mine.base->findRule(kResolutionNotesRule) == nullptr);
        // The templates attaching it now name the file: publish creates it and attaches it again.
        bool attachedLocally = false;
        for (const TemplateFile &t : mine.templates)
            for (const TemplateRule &attachment : t.caseTemplate.rules.value_or(std::vector<TemplateRule>{}))
                attachedLocally = attachedLocally || attachment.caseRuleId == localRuleRef(slug);
        QVERIFY(attachedLocally);

        Project theirs = project;
        QVERIFY(!settleRemoteConflict(theirs, conflict, Resolution::TakeTheirs, nullptr, nullptr));
        QVERIFY(theirs.findRuleBySlug(slug) == nullptr);
        QVERIFY(theirs.base->findRule(kResolutionNotesRule) == nullptr);
    }

    void aRemoteDeletionIsTheTypedNotFound()
    {
        net::ApiError notFound;
        notFound.kind = net::ApiErrorKind::NotFound;
        notFound.operation = "GetTemplate";
        notFound.httpStatus = 404;
        notFound.type = "ResourceNotFoundException";
        QVERIFY(deletedRemotely(net::toError(notFound)));
        // Any other failure is an error to report, not a deletion -- whatever its text says.
        net::ApiError throttled = notFound;
        throttled.kind = net::ApiErrorKind::Throttled;
        throttled.message = "not found";
        QVERIFY(!deletedRemotely(net::toError(throttled)));
        QVERIFY(!deletedRemotely(makeError("publish.not-found", "not found")));
    }

    void identityChangesBringOldValuesUpToDate()
    {
        // Before: a new rule attached as "local:brand-new", a new template, and the knowledge
        // rule that publish deletes.
        Project before = pulled();
        before.rules.push_back(RuleFile{"brand-new", requiredRule("Brand new", kStatusField, "open")});
        before.templates.push_back(
            TemplateFile{"returns", simpleTemplate("Returns", {"local:brand-new"}, kTitleField)});
        const RuleFile knowledge = *ruleFileById(before, kKnowledgeArticleRule);
        std::erase_if(before.rules,
                      [](const RuleFile &f) { return f.rule.caseRuleId == kKnowledgeArticleRule; });
        // After: what publish made of it.
        Project after = before;
        for (RuleFile &f : after.rules)
            if (f.slug == "brand-new")
                f.rule.caseRuleId = kNewRuleId;
        for (TemplateFile &t : after.templates)
            if (t.slug == "returns")
                t.caseTemplate.templateId = kNewTemplateId;
        rewriteLocalRuleRefs(after, "brand-new", kNewRuleId);
        std::erase_if(after.base->caseRules,
                      [](const CaseRule &r) { return r.caseRuleId == kKnowledgeArticleRule; });

        IdentityChanges changes = identityChanges(before, after);
        QVERIFY(!changes.empty());
        // A value of the new rule recorded before publish gets its id...
        CaseRule oldNew = requiredRule("Brand new", kStatusField, "open");
        updateIdentity(changes, "brand-new", oldNew);
        COMPARE_STR(oldNew.caseRuleId, kNewRuleId);
        // ...an unchanged one keeps its own...
        CaseRule resolution = *before.base->findRule(kResolutionNotesRule);
        updateIdentity(changes, "resolution-notes-required-when-closed", resolution);
        COMPARE_STR(resolution.caseRuleId, kResolutionNotesRule);
        // ...the deleted one, brought back, is a new rule again, and templates naming it then
        // name its file.
        CaseRule gone = knowledge.rule;
        updateIdentity(changes, knowledge.slug, gone);
        QVERIFY(gone.caseRuleId.empty());
        CaseTemplate returns =
            simpleTemplate("Returns", {"local:brand-new", kKnowledgeArticleRule}, kTitleField);
        updateIdentity(changes, "returns", returns);
        COMPARE_STR(returns.templateId, kNewTemplateId);
        COMPARE_STR((*returns.rules)[0].caseRuleId, kNewRuleId);
        COMPARE_STR((*returns.rules)[1].caseRuleId, localRuleRef(knowledge.slug));
    }
};

QTEST_GUILESS_MAIN(TestPublishSession)
#include "test_publish_session.moc"
