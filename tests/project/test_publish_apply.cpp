// What a finished publish step does to the project (ids into files, "local:" references rewritten,
// the base updated), idempotently; accepting remote versions; and the publish journal on disk.
#include "project/plan.h"
#include "project/project_io.h"
#include "project/publish_apply.h"
#include "project/publish_journal.h"
#include "project_test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using namespace cw::project;
using namespace cw::projecttest;

namespace {
const std::string kNewRuleId = "99999999-0000-0000-0000-000000000001";
const std::string kNewTemplateId = "99999999-0000-0000-0000-000000000002";

std::string arnOf(const std::string &kind, const std::string &id)
{
    return "arn:aws:cases:us-east-1:123456789012:domain/" + kDomainId + "/" + kind + "/" + id;
}

// Files (ids included) and the base with its metadata: everything applyDoneStep may change.
Json stateOf(const Project &project)
{
    Json out = Json::object();
    for (const RuleFile &file : project.rules)
        out["rules"][file.slug] = ruleFileJson(file.rule);
    for (const TemplateFile &file : project.templates)
        out["templates"][file.slug] = templateFileJson(file.caseTemplate);
    out["base"] = project.base ? wire::writeSnapshot(*project.base) : Json();
    return out;
}

JournalStep doneStep(PlanStep::Action action, const std::string &slug, const std::string &id,
                     const std::string &arn = {})
{
    JournalStep step;
    step.action = action;
    step.slug = slug;
    step.id = id;
    step.arn = arn;
    step.state = JournalStep::State::Done;
    return step;
}

std::vector<std::string> ruleIdsOf(const CaseTemplate &caseTemplate)
{
    std::vector<std::string> ids;
    for (const TemplateRule &rule : caseTemplate.rules.value_or(std::vector<TemplateRule>{}))
        ids.push_back(rule.caseRuleId);
    return ids;
}

bool has(const std::vector<std::string> &list, const std::string &item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}
} // namespace

class TestPublishApply : public QObject {
    Q_OBJECT

    DomainSnapshot m_sample;

    Project pulled() const { return sampleProject(m_sample, "/nonexistent/project"); }

    // A new rule "brand-new" that an existing and a new template both attach as "local:brand-new".
    Project withNewRule() const
    {
        Project project = pulled();
        project.rules.push_back(RuleFile{"brand-new", requiredRule("Brand new", kStatusField, "open")});
        templateFileById(project, kCustomerSupportTemplate)
            ->caseTemplate.rules->push_back(TemplateRule{"local:brand-new", kTitleField, Json::object()});
        project.templates.push_back(TemplateFile{
            "returns", simpleTemplate("Returns", {"local:brand-new", "local:brand-new-2"}, kTitleField)});
        return project;
    }

    // Applies `step` once and twice: the second time must change nothing.
    void expectIdempotent(Project &project, const JournalStep &step)
    {
        applyDoneStep(project, step);
        const Json once = stateOf(project);
        applyDoneStep(project, step);
        COMPARE_JSON(stateOf(project), once);
    }

private slots:
    void initTestCase()
    {
        auto sample = loadSample();
        QVERIFY2(sample, describe(sample));
        m_sample = std::move(sample).value();
    }

    void createRuleSetsTheIdRewritesReferencesAndFillsTheBase()
    {
        Project project = withNewRule();
        const JournalStep step =
            doneStep(PlanStep::Action::CreateRule, "brand-new", kNewRuleId, arnOf("case-rule", kNewRuleId));
        expectIdempotent(project, step);
        const RuleFile *file = project.findRuleBySlug("brand-new");
        QVERIFY(file != nullptr);
        COMPARE_STR(file->rule.caseRuleId, kNewRuleId);
        const CaseRule *inBase = project.base->findRule(kNewRuleId);
        QVERIFY(inBase != nullptr);
        COMPARE_STR(inBase->caseRuleArn, arnOf("case-rule", kNewRuleId));
        COMPARE_JSON(comparableRule(*inBase), comparableRule(file->rule));
        // Every template that referred to it now uses the id; other local references stay.
        const auto support = ruleIdsOf(project.findTemplateById(kCustomerSupportTemplate)->caseTemplate);
        QVERIFY(has(support, kNewRuleId) && !has(support, "local:brand-new"));
        const auto returns = ruleIdsOf(project.findTemplateBySlug("returns")->caseTemplate);
        QVERIFY((returns == std::vector<std::string>{kNewRuleId, "local:brand-new-2"}));
        // The plan no longer creates it.
        project.templates.pop_back();
        const auto plan = computePlan(project);
        QVERIFY2(plan, describe(plan));
        QCOMPARE(plan->steps.size(), std::size_t(1));
        QVERIFY(plan->steps[0].action == PlanStep::Action::UpdateTemplate);
    }

    void updateRuleRefreshesTheBaseAndKeepsItsMetadata()
    {
        Project project = pulled();
        RuleFile *file = ruleFileById(project, kResolutionNotesRule);
        file->rule.name = "Notes required when closed";
        file->rule.caseRuleArn.clear(); // as loaded from a file
        file->rule.createdTime.reset();
        file->rule.lastModifiedTime.reset();
        expectIdempotent(project, doneStep(PlanStep::Action::UpdateRule, file->slug, kResolutionNotesRule));
        const CaseRule *inBase = project.base->findRule(kResolutionNotesRule);
        COMPARE_STR(inBase->name, std::string("Notes required when closed"));
        COMPARE_STR(inBase->caseRuleArn, m_sample.findRule(kResolutionNotesRule)->caseRuleArn);
        QVERIFY(inBase->createdTime == m_sample.findRule(kResolutionNotesRule)->createdTime);
        QCOMPARE(project.base->caseRules.size(), m_sample.caseRules.size());
        QVERIFY(computePlan(project)->empty());
    }

    void createTemplateSetsTheIdAndFillsTheBase()
    {
        Project project = pulled();
        CaseTemplate returns = simpleTemplate("Returns", {kResolutionNotesRule}, kResolutionNotesField);
        returns.status.clear(); // created without a status: the service makes it Active
        project.templates.push_back(TemplateFile{"returns", returns});
        expectIdempotent(project, doneStep(PlanStep::Action::CreateTemplate, "returns", kNewTemplateId,
                                           arnOf("template", kNewTemplateId)));
        COMPARE_STR(project.findTemplateBySlug("returns")->caseTemplate.templateId, kNewTemplateId);
        const CaseTemplate *inBase = project.base->findTemplate(kNewTemplateId);
        QVERIFY(inBase != nullptr);
        COMPARE_STR(inBase->templateArn, arnOf("template", kNewTemplateId));
        COMPARE_STR(inBase->status, std::string("Active"));
        QCOMPARE(project.base->templates.size(), m_sample.templates.size() + 1);
    }

    void updateTemplateRefreshesTheBase()
    {
        Project project = pulled();
        TemplateFile *file = templateFileById(project, kComplaintTemplate);
        file->caseTemplate.status = "Active";
        file->caseTemplate.templateArn.clear();
        expectIdempotent(project, doneStep(PlanStep::Action::UpdateTemplate, file->slug, kComplaintTemplate));
        const CaseTemplate *inBase = project.base->findTemplate(kComplaintTemplate);
        COMPARE_STR(inBase->status, std::string("Active"));
        COMPARE_STR(inBase->templateArn, m_sample.findTemplate(kComplaintTemplate)->templateArn);
        QVERIFY(computePlan(project)->empty());
    }

    void deleteRuleRemovesItFromTheBase()
    {
        Project project = pulled();
        project.rules.erase(
            std::remove_if(project.rules.begin(), project.rules.end(),
                           [](const RuleFile &f) { return f.rule.caseRuleId == kRefundShownRule; }),
            project.rules.end());
        expectIdempotent(project, doneStep(PlanStep::Action::DeleteRule, {}, kRefundShownRule));
        QVERIFY(project.base->findRule(kRefundShownRule) == nullptr);
        QCOMPARE(project.base->caseRules.size(), m_sample.caseRules.size() - 1);
        QVERIFY(computePlan(project)->empty());

        Project unpulled;
        applyDoneStep(unpulled, doneStep(PlanStep::Action::DeleteRule, {}, kRefundShownRule));
        QVERIFY(!unpulled.base.has_value());
    }

    void stepForAMissingFileChangesNothing()
    {
        Project project = pulled();
        const Json before = stateOf(project);
        applyDoneStep(project, doneStep(PlanStep::Action::CreateRule, "no-such-file", kNewRuleId));
        applyDoneStep(project, doneStep(PlanStep::Action::UpdateTemplate, "no-such-file", kNewTemplateId));
        COMPARE_JSON(stateOf(project), before);
    }

    void applyingAWholePlanLeavesNothingToDo()
    {
        Project project = withNewRule();
        project.templates.back().caseTemplate.rules->pop_back(); // drop the dangling "local:brand-new-2"
        ruleFileById(project, kRefundShownRule)->rule.name = "Renamed";
        project.rules.erase(
            std::remove_if(project.rules.begin(), project.rules.end(),
                           [](const RuleFile &f) { return f.rule.caseRuleId == kKnowledgeArticleRule; }),
            project.rules.end());
        const auto plan = computePlan(project);
        QVERIFY2(plan, describe(plan));
        QCOMPARE(plan->steps.size(), std::size_t(5));
        Journal journal = journalFromPlan(*plan, "2026-05-01T12:00:00Z");
        int created = 0;
        for (JournalStep &step : journal.steps) {
            if (step.id.empty())
                step.id = "77777777-0000-0000-0000-00000000000" + std::to_string(++created);
            step.state = JournalStep::State::Done;
            applyDoneStep(project, step);
        }
        const auto after = computePlan(project);
        QVERIFY2(after, describe(after));
        QVERIFY2(after->empty(), planToText(*after).c_str());
        // Resuming from the journal re-applies everything: still nothing to do.
        for (const JournalStep &step : journal.steps)
            applyDoneStep(project, step);
        QVERIFY(computePlan(project)->empty());
    }

    void rewriteLocalRuleRefsIsExact()
    {
        Project project = withNewRule();
        rewriteLocalRuleRefs(project, "brand-new", kNewRuleId);
        const auto returns = ruleIdsOf(project.findTemplateBySlug("returns")->caseTemplate);
        QVERIFY((returns == std::vector<std::string>{kNewRuleId, "local:brand-new-2"}));
        // Templates without rules are fine.
        project.templates.push_back(TemplateFile{"empty", CaseTemplate{}});
        rewriteLocalRuleRefs(project, "brand-new-2", "x");
        QVERIFY(!project.findTemplateBySlug("empty")->caseTemplate.rules.has_value());
        QVERIFY((ruleIdsOf(project.findTemplateBySlug("returns")->caseTemplate) ==
                 std::vector<std::string>{kNewRuleId, "x"}));
    }

    void adoptRemoteRuleReplacesTheFileAndTheBase()
    {
        Project project = pulled();
        ruleFileById(project, kResolutionNotesRule)->rule.name = "Mine";
        CaseRule theirs = *m_sample.findRule(kResolutionNotesRule);
        theirs.name = "Theirs";
        theirs.lastModifiedTime = std::string("2026-05-02T00:00:00Z");
        adoptRemoteRule(project, kResolutionNotesRule, theirs);
        COMPARE_STR(ruleFileById(project, kResolutionNotesRule)->rule.name, std::string("Theirs"));
        COMPARE_STR(project.base->findRule(kResolutionNotesRule)->name, std::string("Theirs"));
        QVERIFY(project.base->findRule(kResolutionNotesRule)->lastModifiedTime == theirs.lastModifiedTime);
        QCOMPARE(project.rules.size(), m_sample.caseRules.size());
        QVERIFY(computePlan(project)->empty());
    }

    void adoptRemoteRuleWithoutAFileAddsOne()
    {
        Project project = pulled();
        CaseRule theirs = requiredRule("Resolution notes required when closed", kStatusField, "closed");
        theirs.caseRuleId = kNewRuleId;
        adoptRemoteRule(project, kNewRuleId, theirs);
        const RuleFile *file = project.findRuleById(kNewRuleId);
        QVERIFY(file != nullptr);
        COMPARE_STR(file->slug, std::string("resolution-notes-required-when-closed-2"));
        QVERIFY(project.base->findRule(kNewRuleId) != nullptr);
        for (std::size_t i = 1; i < project.rules.size(); ++i)
            QVERIFY(project.rules[i - 1].slug < project.rules[i].slug);
    }

    void adoptRemoteRuleDeletion()
    {
        for (const bool flagged : {false, true}) {
            Project project = pulled();
            std::optional<CaseRule> theirs;
            if (flagged) {
                theirs = *m_sample.findRule(kRefundShownRule);
                theirs->deleted = true;
            }
            adoptRemoteRule(project, kRefundShownRule, theirs);
            QVERIFY(project.findRuleById(kRefundShownRule) == nullptr);
            QVERIFY(project.base->findRule(kRefundShownRule) == nullptr);
            QCOMPARE(project.rules.size(), m_sample.caseRules.size() - 1);
            QVERIFY(computePlan(project)->empty());
        }
    }

    void adoptRemoteTemplate_()
    {
        Project project = pulled();
        templateFileById(project, kComplaintTemplate)->caseTemplate.description = std::string("Mine");
        CaseTemplate theirs = *m_sample.findTemplate(kComplaintTemplate);
        theirs.description = std::string("Theirs");
        adoptRemoteTemplate(project, kComplaintTemplate, theirs);
        COMPARE_STR(templateFileById(project, kComplaintTemplate)->caseTemplate.description.value_or(""),
                    std::string("Theirs"));
        COMPARE_STR(project.base->findTemplate(kComplaintTemplate)->description.value_or(""),
                    std::string("Theirs"));
        QVERIFY(computePlan(project)->empty());

        CaseTemplate added = theirs;
        added.templateId = kNewTemplateId;
        added.name = "Complaint (legacy)";
        adoptRemoteTemplate(project, kNewTemplateId, added);
        COMPARE_STR(project.findTemplateById(kNewTemplateId)->slug, std::string("complaint-legacy-2"));

        adoptRemoteTemplate(project, kComplaintTemplate, std::nullopt);
        QVERIFY(project.findTemplateById(kComplaintTemplate) == nullptr);
        QVERIFY(project.base->findTemplate(kComplaintTemplate) == nullptr);
        const auto plan = computePlan(project);
        QVERIFY2(plan, describe(plan));
        QVERIFY(plan->empty() && plan->notes.empty());
    }

    // --- the journal ---------------------------------------------------------------------------

    void journalRoundTrip()
    {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        Journal journal;
        journal.startedAt = "2026-05-01T12:00:00Z";
        const PlanStep::Action actions[] = {PlanStep::Action::CreateRule, PlanStep::Action::CreateTemplate,
                                            PlanStep::Action::UpdateTemplate, PlanStep::Action::UpdateRule,
                                            PlanStep::Action::DeleteRule};
        const JournalStep::State states[] = {JournalStep::State::Done, JournalStep::State::Started,
                                             JournalStep::State::Pending};
        int n = 0;
        for (const PlanStep::Action action : actions) {
            JournalStep step;
            step.action = action;
            step.slug = "slug-" + std::to_string(n);
            step.id = n % 2 ? "id-" + std::to_string(n) : std::string();
            step.arn = n == 0 ? arnOf("case-rule", "id-0") : std::string();
            step.name = "Step \"" + std::to_string(n) + "\" \u00e9";
            step.after = n == 4 ? Json() : Json{{"name", step.name}, {"n", n}};
            step.state = states[n % 3];
            journal.steps.push_back(step);
            ++n;
        }
        const Status written = writeJournal(root, journal);
        QVERIFY2(written, describe(written));
        COMPARE_STR(journalPath(root), filePath(root, ".casewright/journal.json"));
        QVERIFY(fileExists(root, ".casewright/journal.json"));
        auto read = readJournal(root);
        QVERIFY2(read, describe(read));
        QVERIFY(read->has_value());
        const Journal &back = **read;
        COMPARE_STR(back.startedAt, journal.startedAt);
        QCOMPARE(back.steps.size(), journal.steps.size());
        for (std::size_t i = 0; i < back.steps.size(); ++i) {
            const JournalStep &a = journal.steps[i], &b = back.steps[i];
            QVERIFY(a.action == b.action);
            QVERIFY(a.state == b.state);
            COMPARE_STR(b.slug, a.slug);
            COMPARE_STR(b.id, a.id);
            COMPARE_STR(b.arn, a.arn);
            COMPARE_STR(b.name, a.name);
            COMPARE_JSON(b.after, a.after);
        }
        QVERIFY(removeJournal(root).ok());
        QVERIFY(!fileExists(root, ".casewright/journal.json"));
        auto gone = readJournal(root);
        QVERIFY2(gone, describe(gone));
        QVERIFY(!gone->has_value());
        QVERIFY(removeJournal(root).ok());
    }

    void journalFromPlanStartsPending()
    {
        Project project = withNewRule();
        project.templates.back().caseTemplate.rules->pop_back();
        const auto plan = computePlan(project);
        QVERIFY2(plan, describe(plan));
        const Journal journal = journalFromPlan(*plan, "2026-05-01T12:00:00Z");
        COMPARE_STR(journal.startedAt, std::string("2026-05-01T12:00:00Z"));
        QCOMPARE(journal.steps.size(), plan->steps.size());
        for (std::size_t i = 0; i < journal.steps.size(); ++i) {
            QVERIFY(journal.steps[i].state == JournalStep::State::Pending);
            QVERIFY(journal.steps[i].action == plan->steps[i].action);
            COMPARE_STR(journal.steps[i].slug, plan->steps[i].slug);
            COMPARE_STR(journal.steps[i].id, plan->steps[i].id);
            COMPARE_JSON(journal.steps[i].after, plan->steps[i].after);
        }
    }

    void malformedJournal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("not json") << QStringLiteral("{\"steps\": [") << QStringLiteral("json.syntax")
                                  << QString();
        QTest::newRow("no steps") << QStringLiteral("{\"startedAt\": \"x\"}")
                                  << QStringLiteral("journal.malformed") << QString();
        QTest::newRow("steps not a list")
            << QStringLiteral("{\"steps\": {}}") << QStringLiteral("journal.malformed") << QString();
        QTest::newRow("array") << QStringLiteral("[]") << QStringLiteral("journal.malformed") << QString();
        QTest::newRow("step not an object")
            << QStringLiteral("{\"steps\": [7]}") << QStringLiteral("journal.malformed")
            << QStringLiteral("/steps/0");
        QTest::newRow("unknown action")
            << QStringLiteral("{\"steps\": [{\"action\": \"createRule\", \"state\": \"done\"}, "
                              "{\"action\": \"explode\", \"state\": \"done\"}]}")
            << QStringLiteral("journal.malformed") << QStringLiteral("/steps/1");
        QTest::newRow("unknown state")
            << QStringLiteral("{\"steps\": [{\"action\": \"deleteRule\", \"state\": \"half\"}]}")
            << QStringLiteral("journal.malformed") << QStringLiteral("/steps/0");
    }

    void malformedJournal()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, pointer);
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        QVERIFY(writeText(journalPath(root), text.toStdString()));
        const auto before = fingerprint(root);
        const auto read = readJournal(root);
        QVERIFY2(!read, "a damaged journal must be reported");
        COMPARE_STR(read.error().code, code.toStdString());
        COMPARE_STR(read.error().where.file, journalPath(root));
        if (!pointer.isEmpty())
            COMPARE_STR(read.error().where.pointer, pointer.toStdString());
        QVERIFY(fingerprint(root) == before);
    }

    void wrongMemberTypesInTheJournalAreErrorsNotExceptions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("action is a number")
            << QStringLiteral("{\"steps\": [{\"action\": 3, \"state\": \"done\"}]}");
        QTest::newRow("slug is a number") << QStringLiteral(
            "{\"steps\": [{\"action\": \"createRule\", \"state\": \"done\", \"slug\": 5}]}");
        QTest::newRow("startedAt is null") << QStringLiteral("{\"startedAt\": null, \"steps\": []}");
    }

    void wrongMemberTypesInTheJournalAreErrorsNotExceptions()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        QVERIFY(writeText(journalPath(root), text.toStdString()));
        // Caught here only so that the test can report it: no exception may leave the layer.
        bool threw = false;
        bool reported = false;
        try {
            const auto read = readJournal(root);
            reported = !read && read.error().code == "journal.malformed" &&
                       read.error().where.file == journalPath(root);
        } catch (const std::exception &) {
            threw = true;
        }
        QVERIFY2(!threw, "readJournal threw an exception");
        QVERIFY(reported);
    }
};

QTEST_GUILESS_MAIN(TestPublishApply)
#include "test_publish_apply.moc"
