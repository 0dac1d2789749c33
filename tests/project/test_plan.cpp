// The plan: what publish would do, compared against the base, in the order it would do it
// (create rules, create/update templates, update rules, delete rules), and its text/JSON forms.
#include "project/plan.h"
#include "project/project_io.h"
#include "project_test_support.h"

#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace cw;
using namespace cw::project;
using namespace cw::projecttest;

namespace {
std::vector<PlanStep::Action> actionsOf(const Plan &plan)
{
    std::vector<PlanStep::Action> out;
    for (const PlanStep &step : plan.steps)
        out.push_back(step.action);
    return out;
}

std::string actionsText(const Plan &plan)
{
    std::string text;
    for (const PlanStep &step : plan.steps)
        text += std::string(actionCode(step.action)) + "(" + step.slug + ") ";
    return text;
}

void removeRuleFile(Project &project, const std::string &caseRuleId)
{
    auto &rules = project.rules;
    rules.erase(std::remove_if(rules.begin(), rules.end(),
                               [&](const RuleFile &file) { return file.rule.caseRuleId == caseRuleId; }),
                rules.end());
}

void removeTemplateFile(Project &project, const std::string &templateId)
{
    auto &templates = project.templates;
    templates.erase(
        std::remove_if(templates.begin(), templates.end(),
                       [&](const TemplateFile &file) { return file.caseTemplate.templateId == templateId; }),
        templates.end());
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}
} // namespace

class TestPlan : public QObject {
    Q_OBJECT

    DomainSnapshot m_sample;

    Project pulled() const { return sampleProject(m_sample, "/nonexistent/project"); }

    Plan planOf(const Project &project)
    {
        auto plan = computePlan(project);
        if (!plan) {
            qWarning("%s", plan.error().toString().c_str());
            return {};
        }
        return std::move(plan).value();
    }

private slots:
    void initTestCase()
    {
        auto sample = loadSample();
        QVERIFY2(sample, describe(sample));
        m_sample = std::move(sample).value();
    }

    void cleanPullHasNoChanges()
    {
        const auto plan = computePlan(pulled());
        QVERIFY2(plan, describe(plan));
        QVERIFY(plan->empty());
        QVERIFY(plan->notes.empty());
        const std::string text = planToText(*plan);
        QVERIFY2(contains(text, "No changes"), text.c_str());
        QVERIFY2(!contains(text, "Plan:"), text.c_str());
        COMPARE_JSON(planToJson(*plan), (Json{{"steps", Json::array()}, {"notes", Json::array()}}));
    }

    void cleanPullStaysCleanThroughTheFiles()
    {
        // The files drop ARNs and timestamps; the comparison must not see that as a change.
        QTemporaryDir dir;
        Project project = sampleProject(m_sample, dir.path().toStdString());
        DiskState disk;
        QVERIFY(saveProject(project, disk).ok());
        auto loaded = loadProject(dir.path().toStdString());
        QVERIFY2(loaded, describe(loaded));
        const auto plan = computePlan(loaded->project);
        QVERIFY2(plan, describe(plan));
        QVERIFY2(plan->empty(), actionsText(*plan).c_str());
    }

    void editedConditionIsOneRuleUpdate()
    {
        Project project = pulled();
        RuleFile *file = ruleFileById(project, kResolutionNotesRule);
        QVERIFY(file != nullptr);
        file->rule.rule.boolean.conditions[0].operand = Value::string("pending");
        const Plan plan = planOf(project);
        QCOMPARE(plan.steps.size(), std::size_t(1));
        const PlanStep &step = plan.steps[0];
        QVERIFY(step.action == PlanStep::Action::UpdateRule);
        COMPARE_STR(step.id, kResolutionNotesRule);
        COMPARE_STR(step.slug, file->slug);
        COMPARE_STR(step.name, file->rule.name);
        QVERIFY(step.changes == std::vector<std::string>{"rule"});
        COMPARE_JSON(step.before, comparableRule(*m_sample.findRule(kResolutionNotesRule)));
        COMPARE_JSON(step.after, comparableRule(file->rule));
        QVERIFY(step.before != step.after);
    }

    void renameIsANameChange()
    {
        Project project = pulled();
        ruleFileById(project, kRefundShownRule)->rule.name = "Refund amount only for billing";
        const Plan plan = planOf(project);
        QCOMPARE(plan.steps.size(), std::size_t(1));
        QVERIFY(plan.steps[0].action == PlanStep::Action::UpdateRule);
        QVERIFY(plan.steps[0].changes == std::vector<std::string>{"name"});
        COMPARE_STR(plan.steps[0].name, std::string("Refund amount only for billing"));
    }

    void descriptionAndRuleChangesAreBothListed()
    {
        Project project = pulled();
        RuleFile *file = ruleFileById(project, kRefundShownRule);
        file->rule.description = std::string("Changed.");
        file->rule.rule.boolean.defaultValue = true;
        const Plan plan = planOf(project);
        QCOMPARE(plan.steps.size(), std::size_t(1));
        QVERIFY((plan.steps[0].changes == std::vector<std::string>{"description", "rule"}));
    }

    void serverMetadataIsNoChange()
    {
        Project project = pulled();
        RuleFile *file = ruleFileById(project, kRefundShownRule);
        file->rule.caseRuleArn.clear();
        file->rule.lastModifiedTime = std::string("2030-01-01T00:00:00Z");
        file->rule.deleted.reset();
        TemplateFile *caseTemplate = templateFileById(project, kComplaintTemplate);
        caseTemplate->caseTemplate.templateArn.clear();
        caseTemplate->caseTemplate.createdTime.reset();
        QVERIFY(planOf(project).empty());
    }

    void newRuleReferencedByATemplateIsCreatedFirst()
    {
        Project project = pulled();
        project.rules.push_back(
            RuleFile{"title-required", requiredRule("Title required", kStatusField, "open")});
        TemplateFile *support = templateFileById(project, kCustomerSupportTemplate);
        support->caseTemplate.rules->push_back(
            TemplateRule{"local:title-required", kTitleField, Json::object()});
        const Plan plan = planOf(project);
        QVERIFY2((actionsOf(plan) == std::vector<PlanStep::Action>{PlanStep::Action::CreateRule,
                                                                   PlanStep::Action::UpdateTemplate}),
                 actionsText(plan).c_str());
        const PlanStep &create = plan.steps[0];
        COMPARE_STR(create.slug, std::string("title-required"));
        QVERIFY(create.id.empty());
        QVERIFY(create.before.is_null());
        COMPARE_JSON(create.after, comparableRule(project.rules.back().rule));
        QVERIFY(!create.after.contains("caseRuleId"));
        const PlanStep &update = plan.steps[1];
        COMPARE_STR(update.id, kCustomerSupportTemplate);
        QVERIFY(update.changes == std::vector<std::string>{"rules"});
        COMPARE_STR(update.after["rules"].back()["caseRuleId"].get<std::string>(),
                    std::string("local:title-required"));
    }

    void removedRuleFileIsDeletedLast()
    {
        Project project = pulled();
        removeRuleFile(project, kKnowledgeArticleRule);
        ruleFileById(project, kRefundShownRule)->rule.name = "Renamed";
        project.rules.push_back(RuleFile{"brand-new", requiredRule("Brand new", kStatusField, "open")});
        project.templates.push_back(
            TemplateFile{"new-template", simpleTemplate("New template", {"local:brand-new"}, kTitleField)});
        templateFileById(project, kComplaintTemplate)->caseTemplate.status = "Active";
        const Plan plan = planOf(project);
        // Templates (created or updated) form one group, in file order; the groups are ordered.
        const auto actions = actionsOf(plan);
        QVERIFY2(actions.size() == 5, actionsText(plan).c_str());
        QVERIFY2(actions[0] == PlanStep::Action::CreateRule, actionsText(plan).c_str());
        QVERIFY2(
            (std::set<PlanStep::Action>{actions[1], actions[2]} ==
             std::set<PlanStep::Action>{PlanStep::Action::CreateTemplate, PlanStep::Action::UpdateTemplate}),
            actionsText(plan).c_str());
        QVERIFY2(actions[3] == PlanStep::Action::UpdateRule, actionsText(plan).c_str());
        QVERIFY2(actions[4] == PlanStep::Action::DeleteRule, actionsText(plan).c_str());
        const PlanStep &removal = plan.steps.back();
        COMPARE_STR(removal.id, kKnowledgeArticleRule);
        COMPARE_STR(removal.name, m_sample.findRule(kKnowledgeArticleRule)->name);
        QVERIFY(removal.after.is_null());
        COMPARE_JSON(removal.before, comparableRule(*m_sample.findRule(kKnowledgeArticleRule)));
    }

    void newTemplateIsCreated()
    {
        Project project = pulled();
        CaseTemplate caseTemplate = simpleTemplate("Returns", {kResolutionNotesRule}, kResolutionNotesField);
        project.templates.push_back(TemplateFile{"returns", caseTemplate});
        const Plan plan = planOf(project);
        QCOMPARE(plan.steps.size(), std::size_t(1));
        const PlanStep &step = plan.steps[0];
        QVERIFY(step.action == PlanStep::Action::CreateTemplate);
        COMPARE_STR(step.slug, std::string("returns"));
        COMPARE_STR(step.name, std::string("Returns"));
        QVERIFY(step.id.empty() && step.before.is_null());
        COMPARE_JSON(step.after, comparableTemplate(caseTemplate));
    }

    void tagsAndIdsAreNotComparedMembers()
    {
        const CaseRule &rule = *m_sample.findRule(kResolutionNotesRule);
        const Json comparable = comparableRule(rule);
        for (const char *key :
             {"caseRuleId", "caseRuleArn", "tags", "createdTime", "lastModifiedTime", "deleted"})
            QVERIFY2(!comparable.contains(key), key);
        QVERIFY(comparable.contains("name") && comparable.contains("rule"));
        const Json comparableT = comparableTemplate(*m_sample.findTemplate(kCustomerSupportTemplate));
        for (const char *key :
             {"templateId", "templateArn", "tags", "createdTime", "lastModifiedTime", "deleted"})
            QVERIFY2(!comparableT.contains(key), key);
        QVERIFY(comparableT.contains("rules") && comparableT.contains("status"));
    }

    void ruleIdNotInTheBaseIsRefused()
    {
        Project project = pulled();
        CaseRule stranger = requiredRule("Stranger", kStatusField, "open");
        stranger.caseRuleId = "00000000-0000-0000-0000-000000000000";
        project.rules.push_back(RuleFile{"stranger", stranger});
        const auto plan = computePlan(project);
        QVERIFY(!plan);
        COMPARE_STR(plan.error().code, std::string("plan.unknown-id"));
        COMPARE_STR(plan.error().where.file, std::string("rules/stranger.json"));
        QVERIFY(contains(plan.error().message, stranger.caseRuleId));
    }

    void ruleDeletedInTheBaseIsRefused()
    {
        Project project = pulled();
        for (CaseRule &rule : project.base->caseRules)
            if (rule.caseRuleId == kRefundShownRule)
                rule.deleted = true;
        const auto plan = computePlan(project);
        QVERIFY(!plan);
        COMPARE_STR(plan.error().code, std::string("plan.unknown-id"));
    }

    void templateIdNotInTheBaseIsRefused()
    {
        Project project = pulled();
        CaseTemplate stranger = simpleTemplate("Stranger", {}, kTitleField);
        stranger.templateId = "11111111-1111-1111-1111-111111111111";
        project.templates.push_back(TemplateFile{"stranger", stranger});
        const auto plan = computePlan(project);
        QVERIFY(!plan);
        COMPARE_STR(plan.error().code, std::string("plan.unknown-id"));
        COMPARE_STR(plan.error().where.file, std::string("templates/stranger.json"));
    }

    void unresolvedConflictsAreRefused()
    {
        Project project = pulled();
        project.state.conflicts.push_back(Conflict{"rule", "some-rule", kResolutionNotesRule, Json()});
        const auto plan = computePlan(project);
        QVERIFY(!plan);
        COMPARE_STR(plan.error().code, std::string("plan.conflicts"));
        QVERIFY2(contains(plan.error().message, "some-rule"), plan.error().message.c_str());
    }

    void removedTemplateFileIsANoteNotAStep()
    {
        Project project = pulled();
        removeTemplateFile(project, kComplaintTemplate);
        const Plan plan = planOf(project);
        QVERIFY(plan.empty());
        QCOMPARE(plan.notes.size(), std::size_t(1));
        QVERIFY2(contains(plan.notes[0], "Complaint (legacy)"), plan.notes[0].c_str());
        const std::string text = planToText(plan);
        QVERIFY2(contains(text, "note: "), text.c_str());
        QVERIFY2(contains(text, "No changes"), text.c_str());
    }

    void projectNeverPulledCreatesEverything()
    {
        Project project;
        project.rules.push_back(RuleFile{"a", requiredRule("A", kStatusField, "open")});
        project.templates.push_back(TemplateFile{"t", simpleTemplate("T", {"local:a"}, kTitleField)});
        const Plan plan = planOf(project);
        QVERIFY2((actionsOf(plan) == std::vector<PlanStep::Action>{PlanStep::Action::CreateRule,
                                                                   PlanStep::Action::CreateTemplate}),
                 actionsText(plan).c_str());
    }

    void textHasOneLinePerStepAndACount()
    {
        Project project = pulled();
        removeRuleFile(project, kKnowledgeArticleRule);
        RuleFile *renamed = ruleFileById(project, kRefundShownRule);
        renamed->rule.name = "Renamed rule";
        project.rules.push_back(RuleFile{"brand-new", requiredRule("Brand new", kStatusField, "open")});
        const Plan plan = planOf(project);
        const std::string text = planToText(plan);
        QVERIFY2(contains(text, "  + create rule \"Brand new\" (rules/brand-new.json)\n"), text.c_str());
        QVERIFY2(contains(text, "  ~ update rule \"Renamed rule\" (rules/" + renamed->slug + ".json) [" +
                                    kRefundShownRule + "]\n      ~ name\n"),
                 text.c_str());
        QVERIFY2(contains(text, "  - delete rule \"Knowledge article required for technical fixes\""),
                 text.c_str());
        QVERIFY2(contains(text, "[" + kKnowledgeArticleRule + "]"), text.c_str());
        QVERIFY2(contains(text, "Plan: 1 to create, 1 to update, 1 to delete.\n"), text.c_str());
        QVERIFY2(!contains(text, "No changes"), text.c_str());
        // Steps come in plan order: + before ~ before -.
        QVERIFY(text.find("  + ") < text.find("  ~ ") && text.find("  ~ ") < text.find("  - "));
    }

    void templateStepsNameTheTemplateFile()
    {
        Project project = pulled();
        TemplateFile *complaint = templateFileById(project, kComplaintTemplate);
        complaint->caseTemplate.status = "Active";
        project.templates.push_back(TemplateFile{"returns", simpleTemplate("Returns", {}, kTitleField)});
        const std::string text = planToText(planOf(project));
        QVERIFY2(contains(text, "  + create template \"Returns\" (templates/returns.json)\n"), text.c_str());
        QVERIFY2(contains(text, "  ~ update template \"Complaint (legacy)\" (templates/" + complaint->slug +
                                    ".json)"),
                 text.c_str());
        QVERIFY2(contains(text, "      ~ status\n"), text.c_str());
        QVERIFY2(contains(text, "Plan: 1 to create, 1 to update, 0 to delete.\n"), text.c_str());
    }

    void jsonShape()
    {
        Project project = pulled();
        removeRuleFile(project, kKnowledgeArticleRule);
        removeTemplateFile(project, kComplaintTemplate);
        ruleFileById(project, kRefundShownRule)->rule.name = "Renamed rule";
        project.rules.push_back(RuleFile{"brand-new", requiredRule("Brand new", kStatusField, "open")});
        const Json json = planToJson(planOf(project));
        QVERIFY(json.is_object() && json.size() == 2);
        QVERIFY(json["steps"].is_array() && json["steps"].size() == 3);
        QVERIFY(json["notes"].is_array() && json["notes"].size() == 1);
        const Json &create = json["steps"][0];
        COMPARE_STR(create["action"].get<std::string>(), std::string("createRule"));
        COMPARE_STR(create["slug"].get<std::string>(), std::string("brand-new"));
        QVERIFY(!create.contains("id"));
        QVERIFY(create["before"].is_null());
        QVERIFY(create["after"].is_object());
        QVERIFY(create["changes"].is_array() && create["changes"].empty());
        const Json &update = json["steps"][1];
        COMPARE_STR(update["action"].get<std::string>(), std::string("updateRule"));
        COMPARE_STR(update["id"].get<std::string>(), kRefundShownRule);
        COMPARE_JSON(update["changes"], Json::array({"name"}));
        COMPARE_STR(update["name"].get<std::string>(), std::string("Renamed rule"));
        QVERIFY(update["before"].is_object() && update["after"].is_object());
        const Json &removal = json["steps"][2];
        COMPARE_STR(removal["action"].get<std::string>(), std::string("deleteRule"));
        COMPARE_STR(removal["id"].get<std::string>(), kKnowledgeArticleRule);
        QVERIFY(removal["after"].is_null());
        for (const Json &step : json["steps"])
            for (auto it = step.begin(); it != step.end(); ++it)
                QVERIFY2(std::set<std::string>({"action", "name", "changes", "slug", "id", "before", "after"})
                                 .count(it.key()) == 1,
                         it.key().c_str());
    }

    void actionNames()
    {
        COMPARE_STR(std::string(toString(PlanStep::Action::CreateRule)), std::string("create rule"));
        COMPARE_STR(std::string(toString(PlanStep::Action::DeleteRule)), std::string("delete rule"));
        COMPARE_STR(std::string(actionCode(PlanStep::Action::CreateTemplate)), std::string("createTemplate"));
        COMPARE_STR(std::string(actionCode(PlanStep::Action::UpdateTemplate)), std::string("updateTemplate"));
        COMPARE_STR(std::string(actionCode(PlanStep::Action::UpdateRule)), std::string("updateRule"));
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "test_plan.moc"
