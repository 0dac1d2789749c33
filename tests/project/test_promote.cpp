// Promote: rules from one project into another domain's project, where every id differs. The
// source is the sample domain, the target the same domain with other ids (promote_test_support.h).
#include "common/json_text.h"
#include "project/plan.h"
#include "project/project_io.h"
#include "project/promote.h"
#include "project_test_support.h"
#include "promote_test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using namespace cw::project;
using namespace cw::projecttest;
using cw::promotetest::otherId;
using cw::promotetest::withOtherIds;

namespace {
const std::string kPriorityField = "10fd19fe-bb18-514b-978f-b601f0533303";
const std::string kSubcategoryField = "ee84b1cd-0952-5c83-b7e1-64c2886bf74a";
const std::string kEscalationReasonField = "7f00a1fc-790b-59f4-8b89-b43c8a6ab407";
const std::string kResolutionNotes = "Resolution notes required when closed";
const std::string kEscalationShown = "Escalation reason shown for high priority";
const std::string kSubcategories = "Subcategories by category";
const std::string kEscalatedToField = "9c58283d-2717-542c-b01b-b9eab6dc99cb"; // a User field
// A user of the staging domain's Connect instance (the sample cases' agents are its users).
const std::string kStagingInstance =
    "arn:aws:connect:us-east-1:123456789012:instance/27205ca8-312d-51b5-b491-fc040b3ede2d";
const std::string kStagingUser = kStagingInstance + "/agent/0da49ac1-bc90-5747-ae1e-82f72adc6c21";
const std::string kProductionInstance =
    "arn:aws:connect:us-east-1:123456789012:instance/5b0e6f0c-9a1e-4a57-8d1c-3f6f3c2b9e71";
const std::string kProductionUser = kProductionInstance + "/agent/e1f1c5b2-3a44-4c0e-9a0b-6a5d1f2b7c88";
const std::string kTeamLeadRule = "Escalation reason required for the team lead";
const std::string kTeamLeadPointer = "/rule/required/conditions/0/equalTo/operandTwo/stringValue";

PromoteRequest allRules()
{
    return PromoteRequest{};
}

PromoteRequest rules(std::vector<std::string> names)
{
    PromoteRequest request;
    request.all = false;
    request.ruleNames = std::move(names);
    return request;
}

RuleFile *ruleNamed(Project &project, const std::string &name)
{
    for (RuleFile &file : project.rules)
        if (file.rule.name == name)
            return &file;
    return nullptr;
}

TemplateFile *templateNamed(Project &project, const std::string &name)
{
    for (TemplateFile &file : project.templates)
        if (file.caseTemplate.name == name)
            return &file;
    return nullptr;
}

Field *fieldNamed(Project &project, const std::string &name)
{
    for (Field &field : project.fields)
        if (field.name == name)
            return &field;
    return nullptr;
}

std::string errorsText(const PromoteOutcome &outcome)
{
    std::string text;
    for (const Error &error : outcome.errors)
        text += error.toString() + "\n";
    return text;
}

std::vector<std::string> codesOf(const PromoteOutcome &outcome)
{
    std::vector<std::string> codes;
    for (const Error &error : outcome.errors)
        codes.push_back(error.code);
    return codes;
}

int count(const PromoteOutcome &outcome, PromoteChange::Action action)
{
    return static_cast<int>(
        std::count_if(outcome.changes.begin(), outcome.changes.end(),
                      [&](const PromoteChange &change) { return change.action == action; }));
}

// The attachments of `ref` in a template, as (caseRuleId, fieldId) pairs.
std::vector<std::pair<std::string, std::string>> attachmentsOf(const TemplateFile &file,
                                                               const std::string &ref)
{
    std::vector<std::pair<std::string, std::string>> found;
    for (const TemplateRule &attachment : file.caseTemplate.rules.value_or(std::vector<TemplateRule>{}))
        if (attachment.caseRuleId == ref)
            found.emplace_back(attachment.caseRuleId, attachment.fieldId.value_or(""));
    return found;
}

bool sameRulesAndTemplates(const Project &a, const Project &b)
{
    if (a.rules.size() != b.rules.size() || a.templates.size() != b.templates.size())
        return false;
    for (std::size_t i = 0; i < a.rules.size(); ++i)
        if (a.rules[i].slug != b.rules[i].slug || !(a.rules[i].rule == b.rules[i].rule))
            return false;
    for (std::size_t i = 0; i < a.templates.size(); ++i)
        if (!(a.templates[i].caseTemplate == b.templates[i].caseTemplate))
            return false;
    return true;
}
} // namespace

class TestPromote : public QObject {
    Q_OBJECT

    DomainSnapshot m_sample;

    Project source() const { return sampleProject(m_sample, "/staging"); }
    Project target() const { return sampleProject(withOtherIds(m_sample), "/production"); }

    // Expects exactly one error, with this code, in `file` at `pointer`, and nothing changed.
    void expectOneError(const PromoteOutcome &outcome, const Project &before, const std::string &code,
                        const std::string &file, const std::string &pointer)
    {
        QVERIFY2(outcome.errors.size() == 1, errorsText(outcome).c_str());
        const Error &error = outcome.errors.front();
        QCOMPARE(error.code, code);
        QCOMPARE(error.where.file, file);
        QCOMPARE(error.where.pointer, pointer);
        QVERIFY(!error.message.empty());
        QVERIFY(outcome.changes.empty());
        QVERIFY(!outcome.changed());
        QVERIFY(sameRulesAndTemplates(outcome.target, before));
    }

private slots:
    void initTestCase()
    {
        auto sample = loadSample();
        QVERIFY2(sample.ok(), describe(sample));
        m_sample = *sample;
        // The helper really changes the ids, or nothing here would prove any remapping.
        const DomainSnapshot other = withOtherIds(m_sample);
        QVERIFY(other.domainId != m_sample.domainId);
        QVERIFY(other.findField(otherId(kPriorityField)) != nullptr);
        QVERIFY(other.findRule(otherId(kResolutionNotesRule)) != nullptr);
        QVERIFY(other.findField("status") != nullptr);
    }

    void promotingIntoADomainWithTheSameRulesChangesNothing()
    {
        const Project into = target();
        const PromoteOutcome outcome = promote(source(), into, allRules());
        QVERIFY2(outcome.errors.empty(), errorsText(outcome).c_str());
        QCOMPARE(count(outcome, PromoteChange::Action::UnchangedRule),
                 static_cast<int>(m_sample.caseRules.size()));
        QVERIFY(!outcome.changed());
        QVERIFY(sameRulesAndTemplates(outcome.target, into));
        auto plan = computePlan(outcome.target);
        QVERIFY2(plan.ok(), describe(plan));
        QVERIFY(plan->empty());
    }

    void newChangedAndUnchangedRules()
    {
        Project from = source();
        // Changed: the resolution-notes rule also applies to urgent cases.
        ruleNamed(from, kResolutionNotes)
            ->rule.rule.boolean.conditions.push_back(
                Condition::equalTo(kPriorityField, Value::string("urgent"), true));
        // New: never published in the source either, attached in two templates.
        RuleFile added{"escalation-reason-required-when-urgent",
                       requiredRule("Escalation reason required when urgent", kPriorityField, "urgent")};
        from.rules.push_back(added);
        for (const char *name : {"Customer support", "Billing dispute"})
            templateNamed(from, name)
                ->caseTemplate.rules->push_back(TemplateRule{"local:escalation-reason-required-when-urgent",
                                                             kEscalationReasonField, Json::object()});

        const Project into = target();
        PromoteOutcome outcome = promote(from, into, allRules());
        QVERIFY2(outcome.errors.empty(), errorsText(outcome).c_str());
        QCOMPARE(count(outcome, PromoteChange::Action::AddRule), 1);
        QCOMPARE(count(outcome, PromoteChange::Action::UpdateRule), 1);
        QCOMPARE(count(outcome, PromoteChange::Action::UnchangedRule),
                 static_cast<int>(m_sample.caseRules.size()) - 1);
        QCOMPARE(count(outcome, PromoteChange::Action::UpdateTemplate), 2);

        // The changed rule kept the target's id, and its new condition uses the target's field.
        RuleFile *changed = ruleNamed(outcome.target, kResolutionNotes);
        QCOMPARE(changed->rule.caseRuleId, otherId(kResolutionNotesRule));
        QCOMPARE(changed->rule.rule.boolean.conditions.back().fieldId, otherId(kPriorityField));
        QCOMPARE(changed->rule.rule.boolean.conditions.front().fieldId, std::string("status"));
        // The new rule is local, and attached by "local:<slug>" to the target's field.
        RuleFile *created = ruleNamed(outcome.target, "Escalation reason required when urgent");
        QVERIFY(created != nullptr);
        QVERIFY(created->rule.caseRuleId.empty());
        QCOMPARE(created->rule.rule.boolean.conditions.front().fieldId, otherId(kPriorityField));
        const std::string ref = Project::ruleRef(*created);
        QCOMPARE(ref, std::string("local:escalation-reason-required-when-urgent"));
        for (const char *name : {"Customer support", "Billing dispute"}) {
            const auto attachments = attachmentsOf(*templateNamed(outcome.target, name), ref);
            QCOMPARE(attachments.size(), std::size_t(1));
            QCOMPARE(attachments.front().second, otherId(kEscalationReasonField));
        }
        QVERIFY(attachmentsOf(*templateNamed(outcome.target, "Complaint (legacy)"), ref).empty());

        // Ordinary local edits: the plan creates the rule, updates two templates and the rule.
        auto plan = computePlan(outcome.target);
        QVERIFY2(plan.ok(), describe(plan));
        std::vector<std::string> actions;
        for (const PlanStep &step : plan->steps)
            actions.push_back(actionCode(step.action));
        QCOMPARE(actions,
                 (std::vector<std::string>{"createRule", "updateTemplate", "updateTemplate", "updateRule"}));

        // A second promote changes nothing.
        const PromoteOutcome again = promote(from, outcome.target, allRules());
        QVERIFY2(again.errors.empty(), errorsText(again).c_str());
        QVERIFY(!again.changed());
        QVERIFY(sameRulesAndTemplates(again.target, outcome.target));
    }

    void secondPromoteRewritesNoFile()
    {
        QTemporaryDir dir;
        Project from = source();
        ruleNamed(from, kEscalationShown)->rule.description = "Shown when the priority is high or urgent";
        Project into = target();
        into.directory = dir.path().toStdString();
        DiskState disk;
        QVERIFY(saveProject(into, disk).ok());
        auto loaded = loadProject(into.directory);
        QVERIFY2(loaded.ok(), describe(loaded));
        const PromoteOutcome first = promote(from, loaded->project, allRules());
        QVERIFY(first.changed());
        QVERIFY2(saveProject(first.target, loaded->disk).ok(), "save failed");
        const auto afterFirst = fingerprint(into.directory);

        auto reloaded = loadProject(into.directory);
        QVERIFY2(reloaded.ok(), describe(reloaded));
        const PromoteOutcome second = promote(from, reloaded->project, allRules());
        QVERIFY2(second.errors.empty(), errorsText(second).c_str());
        QVERIFY(!second.changed());
        QVERIFY(saveProject(second.target, reloaded->disk).ok());
        QCOMPARE(fingerprint(into.directory), afterFirst);
    }

    void selectedRulesOnly()
    {
        Project from = source();
        for (RuleFile &file : from.rules)
            file.rule.description = "changed in staging";
        const PromoteOutcome outcome = promote(from, target(), rules({kEscalationShown}));
        QVERIFY2(outcome.errors.empty(), errorsText(outcome).c_str());
        QCOMPARE(outcome.changes.size(), std::size_t(1));
        QCOMPARE(outcome.changes.front().action, PromoteChange::Action::UpdateRule);
        QCOMPARE(outcome.changes.front().changes, std::vector<std::string>{"description"});
        Project result = outcome.target;
        QCOMPARE(ruleNamed(result, kEscalationShown)->rule.description,
                 std::optional<std::string>("changed in staging"));
        QVERIFY(ruleNamed(result, kResolutionNotes)->rule.description !=
                std::optional<std::string>("changed in staging"));
    }

    void renamedFieldThroughTheMap()
    {
        Project into = target();
        fieldNamed(into, "Priority")->name = "Urgency";
        const PromoteOutcome unmapped = promote(source(), into, rules({kEscalationShown}));
        QVERIFY(!unmapped.errors.empty());
        QCOMPARE(unmapped.errors.front().code, std::string("promote.missing-field"));
        QCOMPARE(unmapped.errors.front().where.pointer,
                 std::string("/rule/hidden/conditions/0/orAll/conditions/0/equalTo/operandOne/fieldId"));
        QCOMPARE(unmapped.errors.size(), std::size_t(2)); // each reference is listed

        Project from = source();
        ruleNamed(from, kEscalationShown)->rule.description = "renamed field";
        for (const auto &[key, value] : std::vector<std::pair<std::string, std::string>>{
                 {"Priority", "Urgency"}, {kPriorityField, otherId(kPriorityField)}}) {
            PromoteRequest request = rules({kEscalationShown});
            request.map.fields[key] = value;
            const PromoteOutcome outcome = promote(from, into, request);
            QVERIFY2(outcome.errors.empty(), errorsText(outcome).c_str());
            Project result = outcome.target;
            const Condition &group =
                ruleNamed(result, kEscalationShown)->rule.rule.boolean.conditions.front();
            QCOMPARE(group.children.front().fieldId, otherId(kPriorityField));
            const auto row =
                std::find_if(outcome.mapping.begin(), outcome.mapping.end(), [](const PromoteMapping &m) {
                    return m.kind == PromoteMapping::Kind::Field && m.source == "Priority";
                });
            QVERIFY(row != outcome.mapping.end());
            QCOMPARE(row->match, PromoteMapping::Match::Overridden);
            QCOMPARE(row->target, std::string("Urgency"));
        }
    }

    void missingField()
    {
        Project into = target();
        std::erase_if(into.fields, [](const Field &field) { return field.name == "Priority"; });
        const PromoteOutcome outcome = promote(source(), into, rules({"Response targets by priority"}));
        expectOneError(outcome, into, "promote.missing-field",
                       "/staging/rules/response-targets-by-priority.json",
                       "/rule/fieldOptions/parentFieldId");
        QVERIFY(outcome.errors.front().message.find("\"Priority\"") != std::string::npos);
        QCOMPARE(outcome.errors.front().where.entity, std::string("Response targets by priority"));
        const auto row = std::find_if(outcome.mapping.begin(), outcome.mapping.end(),
                                      [](const PromoteMapping &m) { return m.source == "Priority"; });
        QVERIFY(row != outcome.mapping.end());
        QCOMPARE(row->match, PromoteMapping::Match::Missing);
    }

    void fieldOfAnotherType()
    {
        Project into = target();
        fieldNamed(into, "Subcategory")->type = "Text";
        const PromoteOutcome outcome = promote(source(), into, rules({kSubcategories}));
        // The rule's reference and its attachment in each of the two templates that hold it.
        QVERIFY2(outcome.errors.size() == 3, errorsText(outcome).c_str());
        QCOMPARE(codesOf(outcome), std::vector<std::string>(3, "promote.field-type"));
        QCOMPARE(outcome.errors[0].where.file, std::string("/staging/rules/subcategories-by-category.json"));
        QCOMPARE(outcome.errors[0].where.pointer, std::string("/rule/fieldOptions/childFieldId"));
        const std::set<std::string> files{outcome.errors[1].where.file, outcome.errors[2].where.file};
        QCOMPARE(files, (std::set<std::string>{"/staging/templates/customer-support.json",
                                               "/staging/templates/billing-dispute.json"}));
        QCOMPARE(outcome.errors[1].where.pointer, std::string("/rules/6/fieldId"));
        QCOMPARE(outcome.errors[2].where.pointer, std::string("/rules/6/fieldId"));
        QVERIFY(outcome.changes.empty());
        QVERIFY(sameRulesAndTemplates(outcome.target, into));
    }

    void missingOptionValues()
    {
        Project into = target();
        std::erase_if(into.fieldOptions[otherId(kSubcategoryField)],
                      [](const FieldOption &option) { return option.value == "bug"; });
        const PromoteOutcome outcome = promote(source(), into, rules({kSubcategories}));
        expectOneError(outcome, into, "promote.missing-option",
                       "/staging/rules/subcategories-by-category.json",
                       "/rule/fieldOptions/parentChildFieldOptionsMappings/1/childFieldOptionValues/1");

        Project noUrgent = target();
        std::erase_if(noUrgent.fieldOptions[otherId(kPriorityField)],
                      [](const FieldOption &option) { return option.value == "urgent"; });
        const PromoteOutcome hidden = promote(source(), noUrgent, rules({kEscalationShown}));
        expectOneError(hidden, noUrgent, "promote.missing-option",
                       "/staging/rules/escalation-reason-shown-for-high-priority.json",
                       "/rule/hidden/conditions/0/orAll/conditions/1/equalTo/operandTwo/stringValue");
    }

    void missingTemplate()
    {
        Project into = target();
        templateNamed(into, "Billing dispute")->caseTemplate.name = "Billing disputes";
        const PromoteOutcome outcome = promote(source(), into, rules({"Refund amount required for refunds"}));
        expectOneError(outcome, into, "promote.missing-template", "/staging/templates/billing-dispute.json",
                       "/rules/2");
        // The map names it.
        PromoteRequest request = rules({"Refund amount required for refunds"});
        request.map.templates["Billing dispute"] = "Billing disputes";
        const PromoteOutcome mapped = promote(source(), into, request);
        QVERIFY2(mapped.errors.empty(), errorsText(mapped).c_str());
        // A template that holds no promoted rule needs no counterpart.
        const PromoteOutcome other = promote(source(), into, rules({"Response targets by priority"}));
        QVERIFY2(other.errors.empty(), errorsText(other).c_str());
    }

    void unknownRulesConditionsAndMapEntries()
    {
        const Project into = target();
        expectOneError(promote(source(), into, rules({"No such rule"})), into, "promote.unknown-rule",
                       "/staging", "");

        Project from = source();
        Condition unknown;
        unknown.kind = Condition::Kind::Unknown;
        unknown.unknownKey = "greaterThan";
        unknown.unknownValue = Json::object();
        ruleNamed(from, kResolutionNotes)->rule.rule.boolean.conditions.push_back(unknown);
        expectOneError(promote(from, into, rules({kResolutionNotes})), into, "promote.unmappable",
                       "/staging/rules/resolution-notes-required-when-closed.json",
                       "/rule/required/conditions/1");

        PromoteRequest typo = rules({kResolutionNotes});
        typo.map.file = "map.json";
        typo.map.fields["Prority"] = "Priority";
        expectOneError(promote(source(), into, typo), into, "promote.map-unknown-source", "map.json",
                       "/fields/Prority");

        // Renamed in the target, and the map has a typo: not silently added as a new rule.
        Project renamed = target();
        ruleNamed(renamed, kResolutionNotes)->rule.name = "Closing notes required";
        PromoteRequest nowhere = rules({kResolutionNotes});
        nowhere.map.file = "map.json";
        nowhere.map.rules[kResolutionNotes] = "Closing notes";
        expectOneError(promote(source(), renamed, nowhere), renamed, "promote.map-target-missing", "map.json",
                       "/rules/" + kResolutionNotes);
        nowhere.map.rules[kResolutionNotes] = "Closing notes required";
        const PromoteOutcome mapped = promote(source(), renamed, nowhere);
        QVERIFY2(mapped.errors.empty(), errorsText(mapped).c_str());
        QCOMPARE(mapped.changes.front().action, PromoteChange::Action::UpdateRule);
        QCOMPARE(mapped.changes.front().changes, std::vector<std::string>{"name"});

        PromoteRequest deleting = rules({kResolutionNotes});
        deleting.deleteMissing = true;
        expectOneError(promote(source(), into, deleting), into, "promote.delete-missing-needs-all",
                       "/production", "");
    }

    void everyProblemIsListedAtOnce()
    {
        Project into = target();
        std::erase_if(into.fields, [](const Field &field) { return field.name == "Priority"; });
        fieldNamed(into, "Subcategory")->type = "Text";
        templateNamed(into, "Billing dispute")->caseTemplate.name = "Billing disputes";
        const PromoteOutcome outcome = promote(source(), into, allRules());
        const std::vector<std::string> codes = codesOf(outcome);
        for (const char *code : {"promote.missing-field", "promote.field-type", "promote.missing-template"})
            QVERIFY2(std::find(codes.begin(), codes.end(), code) != codes.end(), errorsText(outcome).c_str());
        QVERIFY(outcome.changes.empty());
        QVERIFY(sameRulesAndTemplates(outcome.target, into));
        QVERIFY(promoteToText(outcome).find("nothing was changed") != std::string::npos);
        QCOMPARE(promoteToJson(outcome)["errors"].size(), outcome.errors.size());
    }

    void attachmentsInSeveralTemplates()
    {
        const std::string sourceRef = kResolutionNotesRule;
        const std::string targetRef = otherId(kResolutionNotesRule);
        Project from = source();
        // Source: detached from the legacy template, attached to one more field in customer support.
        std::erase_if(*templateNamed(from, "Complaint (legacy)")->caseTemplate.rules,
                      [&](const TemplateRule &attachment) { return attachment.caseRuleId == sourceRef; });
        templateNamed(from, "Customer support")
            ->caseTemplate.rules->push_back(TemplateRule{sourceRef, kEscalationReasonField, Json::object()});
        // Target: a rule of its own, attached in the customer-support template, must stay.
        Project into = target();
        RuleFile own{"target-only", requiredRule("Target only", "title", "x")};
        into.rules.push_back(own);
        templateNamed(into, "Customer support")
            ->caseTemplate.rules->push_back(TemplateRule{"local:target-only", "title", Json::object()});
        const CaseTemplate billingBefore = templateNamed(into, "Billing dispute")->caseTemplate;

        const PromoteOutcome outcome = promote(from, into, rules({kResolutionNotes}));
        QVERIFY2(outcome.errors.empty(), errorsText(outcome).c_str());
        Project result = outcome.target;
        const auto support = attachmentsOf(*templateNamed(result, "Customer support"), targetRef);
        QCOMPARE(support.size(), std::size_t(2));
        QCOMPARE(support[0].second, otherId("5bc86f00-ef3e-543d-a5c9-6dcb7c519552"));
        QCOMPARE(support[1].second, otherId(kEscalationReasonField));
        QVERIFY(attachmentsOf(*templateNamed(result, "Complaint (legacy)"), targetRef).empty());
        QVERIFY(templateNamed(result, "Billing dispute")->caseTemplate == billingBefore);
        QCOMPARE(attachmentsOf(*templateNamed(result, "Customer support"), "local:target-only").size(),
                 std::size_t(1));
        QVERIFY(ruleNamed(result, "Target only") != nullptr);
        QCOMPARE(count(outcome, PromoteChange::Action::UpdateTemplate), 2);
        // Other rules' attachments in customer support are where they were.
        const auto &before = *templateNamed(into, "Customer support")->caseTemplate.rules;
        const auto &after = *templateNamed(result, "Customer support")->caseTemplate.rules;
        QCOMPARE(after.size(), before.size() + 1);
        QCOMPARE(after.front().caseRuleId, targetRef);

        const PromoteOutcome again = promote(from, result, rules({kResolutionNotes}));
        QVERIFY(!again.changed());
    }

    void deleteMissingRemovesAndDetachesTargetOnlyRules()
    {
        Project into = target();
        into.rules.push_back(RuleFile{"target-only", requiredRule("Target only", "title", "x")});
        templateNamed(into, "Customer support")
            ->caseTemplate.rules->push_back(TemplateRule{"local:target-only", "title", Json::object()});
        const PromoteOutcome keeping = promote(source(), into, allRules());
        QVERIFY(!keeping.changed());

        PromoteRequest request;
        request.deleteMissing = true;
        const PromoteOutcome outcome = promote(source(), into, request);
        QVERIFY2(outcome.errors.empty(), errorsText(outcome).c_str());
        QCOMPARE(count(outcome, PromoteChange::Action::DeleteRule), 1);
        Project result = outcome.target;
        QVERIFY(ruleNamed(result, "Target only") == nullptr);
        QVERIFY(attachmentsOf(*templateNamed(result, "Customer support"), "local:target-only").empty());
        QVERIFY(sameRulesAndTemplates(result, target()));
    }

    // The source with one more rule: "Escalated to" (a User field) compared with a staging user.
    Project sourceWithUserRule() const
    {
        Project from = source();
        from.rules.push_back(
            RuleFile{"team-lead", requiredRule(kTeamLeadRule, kEscalatedToField, kStagingUser)});
        return from;
    }

    // `project` with a sample case escalated to `user`: the project shows which instance it uses.
    static Project withSampleUser(Project project, const std::string &user)
    {
        SampleCase sample;
        sample.id = "case-1";
        sample.fields.push_back(CaseFieldValue{kEscalatedToField, Value::userArn(user), Json::object()});
        SampleFile samples;
        samples.name = "support.json";
        samples.cases.cases.push_back(sample);
        project.samples.push_back(samples);
        return project;
    }

    static const PromoteMapping *userRow(const PromoteOutcome &outcome)
    {
        for (const PromoteMapping &row : outcome.mapping)
            if (row.kind == PromoteMapping::Kind::User)
                return &row;
        return nullptr;
    }

    static std::string promotedOperand(const PromoteOutcome &outcome)
    {
        Project result = outcome.target;
        const RuleFile *rule = ruleNamed(result, kTeamLeadRule);
        return rule == nullptr ? std::string() : rule->rule.rule.boolean.conditions.front().operand.text;
    }

    void userArnOfTheSourceInstanceNeedsAMapping()
    {
        const Project into = target();
        const PromoteOutcome outcome = promote(sourceWithUserRule(), into, rules({kTeamLeadRule}));
        expectOneError(outcome, into, "promote.unmapped-user", "/staging/rules/team-lead.json",
                       kTeamLeadPointer);
        const std::string &message = outcome.errors.front().message;
        QVERIFY2(message.find(kStagingUser) != std::string::npos, message.c_str());
        QVERIFY2(message.find(kStagingInstance) != std::string::npos, message.c_str());
        QVERIFY2(message.find("\"users\"") != std::string::npos, message.c_str());
        QCOMPARE(outcome.errors.front().where.entity, kTeamLeadRule);
        const PromoteMapping *row = userRow(outcome);
        QVERIFY(row != nullptr);
        QCOMPARE(row->match, PromoteMapping::Match::Missing);
        QCOMPARE(row->source, kStagingUser);
        QCOMPARE(promoteToJson(outcome)["errors"][0]["pointer"].get<std::string>(), kTeamLeadPointer);
    }

    void userArnInAnotherAccountSaysSo()
    {
        Project into = target();
        into.config.domainArn = "arn:aws:cases:us-east-1:210987654321:domain/" + into.config.domainId;
        const PromoteOutcome outcome = promote(sourceWithUserRule(), into, rules({kTeamLeadRule}));
        expectOneError(outcome, into, "promote.unmapped-user", "/staging/rules/team-lead.json",
                       kTeamLeadPointer);
        QVERIFY2(outcome.errors.front().message.find("account 210987654321") != std::string::npos,
                 outcome.errors.front().message.c_str());
    }

    void userArnMappedByUserOrByInstance()
    {
        // By user: the production user the map names.
        PromoteRequest byUser = rules({kTeamLeadRule});
        byUser.map.users[kStagingUser] = kProductionUser;
        const PromoteOutcome mapped = promote(sourceWithUserRule(), target(), byUser);
        QVERIFY2(mapped.errors.empty(), errorsText(mapped).c_str());
        QCOMPARE(promotedOperand(mapped), kProductionUser);
        QVERIFY(userRow(mapped) != nullptr);
        QCOMPARE(userRow(mapped)->match, PromoteMapping::Match::Overridden);
        QCOMPARE(userRow(mapped)->target, kProductionUser);
        // Promoting again changes nothing: the target now holds the production user.
        const PromoteOutcome again = promote(sourceWithUserRule(), mapped.target, byUser);
        QVERIFY2(again.errors.empty(), errorsText(again).c_str());
        QVERIFY(!again.changed());

        // By instance: the user id kept, the instance replaced; a user entry wins over it.
        PromoteRequest byInstance = rules({kTeamLeadRule});
        byInstance.map.instances[kStagingInstance] = kProductionInstance;
        const PromoteOutcome moved = promote(sourceWithUserRule(), target(), byInstance);
        QVERIFY2(moved.errors.empty(), errorsText(moved).c_str());
        QCOMPARE(promotedOperand(moved), kProductionInstance + "/agent/0da49ac1-bc90-5747-ae1e-82f72adc6c21");
        byInstance.map.users[kStagingUser] = kProductionUser;
        QCOMPARE(promotedOperand(promote(sourceWithUserRule(), target(), byInstance)), kProductionUser);
    }

    void userArnMappedIntoNowhereIsAnError()
    {
        // Into another account than the target domain's.
        PromoteRequest request = rules({kTeamLeadRule});
        request.map.users[kStagingUser] =
            "arn:aws:connect:us-east-1:999999999999:instance/abc/agent/e1f1c5b2-3a44-4c0e-9a0b-6a5d1f2b7c88";
        const Project into = target();
        const PromoteOutcome outcome = promote(sourceWithUserRule(), into, request);
        expectOneError(outcome, into, "promote.unmapped-user", "/staging/rules/team-lead.json",
                       kTeamLeadPointer);
        QVERIFY(outcome.errors.front().message.find("999999999999") != std::string::npos);
        // Into an instance the target does not use, when its own samples show which one it uses.
        const Project known = withSampleUser(target(), kProductionUser);
        request.map.users[kStagingUser] = kStagingInstance + "/agent/someone-else";
        const PromoteOutcome wrong = promote(sourceWithUserRule(), known, request);
        expectOneError(wrong, known, "promote.unmapped-user", "/staging/rules/team-lead.json",
                       kTeamLeadPointer);
        // A map entry for a user the source does not hold is a typo.
        PromoteRequest typo = rules({kTeamLeadRule});
        typo.map.users[kStagingUser] = kProductionUser;
        typo.map.users[kStagingInstance + "/agent/nobody"] = kProductionUser;
        const PromoteOutcome unknown = promote(sourceWithUserRule(), target(), typo);
        QCOMPARE(codesOf(unknown), std::vector<std::string>{"promote.map-unknown-source"});
        QCOMPARE(unknown.errors.front().where.pointer,
                 pointerJoin("/users", kStagingInstance + "/agent/nobody"));
    }

    void userArnStaysWhereItIsValid()
    {
        // Into the same domain (another copy of the staging project): the same instance.
        const PromoteOutcome same = promote(sourceWithUserRule(), source(), rules({kTeamLeadRule}));
        QVERIFY2(same.errors.empty(), errorsText(same).c_str());
        QCOMPARE(promotedOperand(same), kStagingUser);
        QVERIFY(userRow(same) == nullptr);
        // Into a target whose own samples already hold users of that instance, in its account.
        const Project into = withSampleUser(target(), kStagingUser);
        const PromoteOutcome known = promote(sourceWithUserRule(), into, rules({kTeamLeadRule}));
        QVERIFY2(known.errors.empty(), errorsText(known).c_str());
        QCOMPARE(promotedOperand(known), kStagingUser);
    }

    void ruleNamesWithCommas()
    {
        auto names = splitRuleNames(" a , \"Refunds, large\" ,\"Say \"\"hi\"\"\",,b");
        QVERIFY2(names.ok(), describe(names));
        QCOMPARE(*names, (std::vector<std::string>{"a", "Refunds, large", "Say \"hi\"", "b"}));
        QCOMPARE(*splitRuleNames("a,b"), (std::vector<std::string>{"a", "b"}));
        QVERIFY(splitRuleNames(",, ,")->empty());
        for (const char *bad : {"\"open", "\"a\" b,c"}) {
            const auto refused = splitRuleNames(bad);
            QVERIFY2(!refused.ok(), bad);
            QCOMPARE(refused.error().code, std::string("promote.rule-list"));
        }
        // A rule whose name holds a comma is promoted by that name.
        Project from = source();
        ruleNamed(from, kEscalationShown)->rule.name = "Escalation reason, shown for high priority";
        Project into = target();
        ruleNamed(into, kEscalationShown)->rule.name = "Escalation reason, shown for high priority";
        ruleNamed(from, "Escalation reason, shown for high priority")->rule.description = "with a comma";
        const PromoteOutcome outcome =
            promote(from, into, rules(*splitRuleNames("\"Escalation reason, shown for high priority\"")));
        QVERIFY2(outcome.errors.empty(), errorsText(outcome).c_str());
        QCOMPARE(outcome.changes.size(), std::size_t(1));
        QCOMPARE(outcome.changes.front().action, PromoteChange::Action::UpdateRule);
    }

    void promoteMapFromJsonChecksItsShape()
    {
        auto map = promoteMapFromJson(
            Json::parse(R"({"fields": {"Priority": "Urgency"}, "rules": {"a": "b"}})"), "map.json");
        QVERIFY2(map.ok(), describe(map));
        QCOMPARE(map->fields.at("Priority"), std::string("Urgency"));
        QCOMPARE(map->rules.at("a"), std::string("b"));
        QVERIFY(map->templates.empty());
        auto arns = promoteMapFromJson(Json{{"users", {{kStagingUser, kProductionUser}}},
                                            {"instances", {{kStagingInstance, kProductionInstance}}}},
                                       "map.json");
        QVERIFY2(arns.ok(), describe(arns));
        QCOMPARE(arns->users.at(kStagingUser), kProductionUser);
        QCOMPARE(arns->instances.at(kStagingInstance), kProductionInstance);
        for (const char *bad :
             {R"([])", R"({"field": {}})", R"({"fields": []})", R"({"fields": {"a": 1}})",
              R"({"templates": {"a": ""}})", R"({"users": {"Alice": "Bob"}})",
              R"({"instances": {"arn:aws:connect:us-east-1:1:instance/a/agent/b": "x"}})"}) {
            const auto refused = promoteMapFromJson(Json::parse(bad), "map.json");
            QVERIFY2(!refused.ok(), bad);
            QCOMPARE(refused.error().code, std::string("promote.map-shape"));
            QCOMPARE(refused.error().where.file, std::string("map.json"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPromote)
#include "test_promote.moc"
