#include "workload_generator.h"

#include "workload_random.h"

#include <fstream>

namespace cw::bench {
namespace {

constexpr std::size_t kSelectInputs = 8;
constexpr std::size_t kTextInputs = 8;
constexpr std::size_t kNumberInputs = 8;
constexpr std::size_t kBooleanInputs = 6;
constexpr std::size_t kTargets = 10;          // fields the required/hidden rules govern
constexpr std::size_t kOptionChildren = 4;    // fields the fieldOptions rules govern
constexpr std::size_t kRuleCount = 50;        // the service's maximum per template
constexpr std::size_t kOptionsRuleEvery = 12; // rules 7, 19, 31, 43 are fieldOptions rules

Field makeField(const std::string &id, const std::string &name, const std::string &type)
{
    Field field;
    field.fieldId = id;
    field.name = name;
    field.type = type;
    field.nameSpace = "Custom";
    field.fieldArn = "arn:aws:cases:us-east-1:123456789012:domain/bench-domain/field/" + id;
    return field;
}

FieldOption makeOption(std::string name, std::string value, bool active = true)
{
    FieldOption option;
    option.name = std::move(name);
    option.value = std::move(value);
    option.active = active;
    return option;
}

// Names in mixed case, one inactive option and two options sharing a name: the display order
// (docs/evaluation.md section 4) has to get all of these right.
std::vector<FieldOption> childOptions(std::size_t child)
{
    const std::string prefix = "c" + std::to_string(child) + "-";
    return {makeOption("Refund", prefix + "refund"),       makeOption("overcharge", prefix + "overcharge"),
            makeOption("Late fee", prefix + "late-fee"),   makeOption("crash", prefix + "crash"),
            makeOption("Apple Pay", prefix + "apple-pay"), makeOption("Other", prefix + "other-b"),
            makeOption("Other", prefix + "other-a"),       makeOption("Old option", prefix + "old", false)};
}

std::vector<FieldOption> selectOptions(Dice &dice, std::size_t select)
{
    static const std::vector<std::string> names{"Billing",  "technical", "Account",
                                                "shipping", "Returns",   "Other"};
    std::vector<FieldOption> options;
    const std::size_t count = 3 + dice.below(4);
    for (std::size_t k = 0; k < count; ++k)
        options.push_back(makeOption(names[k], "s" + std::to_string(select) + "-" + std::to_string(k)));
    return options;
}

CaseRule makeRule(std::size_t index)
{
    CaseRule rule;
    rule.caseRuleId = "rule-" + std::to_string(index);
    rule.name = "Benchmark rule " + std::to_string(index);
    rule.caseRuleArn =
        "arn:aws:cases:us-east-1:123456789012:domain/bench-domain/case-rule/" + rule.caseRuleId;
    return rule;
}

// Most parent values mapped to a few child values; the last parent value left unmapped; now and
// then a value the child does not have and a duplicate; the first parent value mapped twice (the
// first mapping counts).
std::vector<OptionsMapping> drawMappings(Dice &dice, const std::vector<FieldOption> &parentOptions,
                                         const std::vector<FieldOption> &children)
{
    std::vector<OptionsMapping> mappings;
    for (std::size_t p = 0; p + 1 < parentOptions.size(); ++p) {
        OptionsMapping mapping;
        mapping.parentValue = parentOptions[p].value;
        const std::size_t count = 1 + dice.below(4);
        for (std::size_t c = 0; c < count; ++c)
            mapping.childValues.push_back(dice.pick(children).value);
        if (p == 0)
            mapping.childValues.push_back("not-an-option");
        mappings.push_back(std::move(mapping));
    }
    OptionsMapping again;
    again.parentValue = parentOptions.front().value;
    again.childValues = {children.back().value, children.front().value};
    mappings.push_back(std::move(again));
    return mappings;
}

} // namespace

EvaluatorWorkload makeEvaluatorWorkload(const EvaluatorWorkloadSpec &spec)
{
    Dice dice(spec.seed);
    EvaluatorWorkload workload;
    DomainSnapshot &snapshot = workload.snapshot;
    snapshot.domainId = "bench-domain";
    snapshot.name = "Evaluator benchmark";

    std::vector<InputField> inputs;
    std::vector<std::string> selectIds;
    for (std::size_t i = 0; i < kSelectInputs; ++i) {
        const std::string id = "select" + std::to_string(i);
        snapshot.fields.push_back(makeField(id, "Select " + std::to_string(i), "SingleSelect"));
        snapshot.fieldOptions[id] = selectOptions(dice, i);
        InputField input{id, Value::Kind::String, {}, {Value::string("retired")}};
        for (const FieldOption &option : snapshot.fieldOptions[id])
            input.typicalValues.push_back(Value::string(option.value));
        inputs.push_back(std::move(input));
        selectIds.push_back(id);
    }
    for (std::size_t i = 0; i < kTextInputs; ++i) {
        const std::string id = "text" + std::to_string(i);
        snapshot.fields.push_back(makeField(id, "Text " + std::to_string(i), "Text"));
        // "Beta"/"beta" differ (exact text), "" is a value and not empty (project decision).
        inputs.push_back({id,
                          Value::Kind::String,
                          {Value::string("alpha"), Value::string("Beta"), Value::string("beta"),
                           Value::string("gamma delta"), Value::string("")},
                          {Value::string("omega")}});
    }
    for (std::size_t i = 0; i < kNumberInputs; ++i) {
        const std::string id = "number" + std::to_string(i);
        snapshot.fields.push_back(makeField(id, "Number " + std::to_string(i), "Number"));
        // -0 equals 0; 1e6 equals no operand.
        inputs.push_back({id,
                          Value::Kind::Double,
                          {Value::dbl(0), Value::dbl(1), Value::dbl(2.5), Value::dbl(5), Value::dbl(10),
                           Value::dbl(99.99)},
                          {Value::dbl(-0.0), Value::dbl(1e6)}});
    }
    for (std::size_t i = 0; i < kBooleanInputs; ++i) {
        const std::string id = "flag" + std::to_string(i);
        snapshot.fields.push_back(makeField(id, "Flag " + std::to_string(i), "Boolean"));
        inputs.push_back({id, Value::Kind::Boolean, {Value::boolean_(true), Value::boolean_(false)}, {}});
    }
    std::vector<std::string> targetIds;
    for (std::size_t i = 0; i < kTargets; ++i) {
        targetIds.push_back("target" + std::to_string(i));
        snapshot.fields.push_back(makeField(targetIds.back(), "Target " + std::to_string(i), "Text"));
    }
    std::vector<std::string> childIds;
    for (std::size_t i = 0; i < kOptionChildren; ++i) {
        childIds.push_back("child" + std::to_string(i));
        snapshot.fields.push_back(makeField(childIds.back(), "Child " + std::to_string(i), "SingleSelect"));
        snapshot.fieldOptions[childIds.back()] = childOptions(i);
    }

    CaseTemplate caseTemplate;
    caseTemplate.templateId = kBenchTemplateId;
    caseTemplate.name = "Benchmark template";
    caseTemplate.status = "Active";
    caseTemplate.requiredFields =
        std::vector<RequiredField>{{targetIds[0], Json::object()}, {selectIds[0], Json::object()}};
    caseTemplate.rules.emplace();
    std::size_t optionsRules = 0;
    for (std::size_t r = 0; r < kRuleCount; ++r) {
        CaseRule rule = makeRule(r);
        std::string attachedTo;
        if (r % kOptionsRuleEvery == 7 && optionsRules < kOptionChildren) {
            const std::size_t child = optionsRules++;
            rule.rule.kind = RuleDetails::Kind::FieldOptions;
            rule.rule.options.parentFieldId = selectIds[child];
            rule.rule.options.childFieldId = childIds[child];
            rule.rule.options.mappings = drawMappings(dice, snapshot.fieldOptions[selectIds[child]],
                                                      snapshot.fieldOptions[childIds[child]]);
            attachedTo = childIds[child];
        } else {
            rule.rule.kind = dice.percent(50) ? RuleDetails::Kind::Required : RuleDetails::Kind::Hidden;
            rule.rule.boolean.defaultValue = dice.percent(40);
            rule.rule.boolean.conditions = drawConditions(dice, inputs, rule.rule.boolean.defaultValue);
            attachedTo = dice.pick(targetIds);
        }
        caseTemplate.rules->push_back({rule.caseRuleId, attachedTo, Json::object()});
        snapshot.caseRules.push_back(std::move(rule));
    }
    CaseTemplate perRule;
    perRule.templateId = kPerRuleTemplateId;
    perRule.name = "Benchmark rules one by one";
    perRule.status = "Active";
    perRule.rules.emplace();
    for (const CaseRule &rule : snapshot.caseRules)
        perRule.rules->push_back({rule.caseRuleId, "probe-" + rule.caseRuleId, Json::object()});
    snapshot.templates.push_back(std::move(caseTemplate));
    snapshot.templates.push_back(std::move(perRule));

    workload.cases.cases.reserve(spec.caseCount);
    for (std::size_t c = 0; c < spec.caseCount; ++c) {
        SampleCase sampleCase;
        sampleCase.id = "case-" + std::to_string(c);
        sampleCase.templateId = kBenchTemplateId;
        for (const InputField &input : inputs) {
            CaseValueDraw draw = drawCaseValue(dice, input);
            if (draw.present)
                sampleCase.fields.push_back({input.fieldId, std::move(draw.value), Json::object()});
        }
        // Values of the governed fields: no rule reads them, but real cases carry them.
        if (dice.percent(30))
            sampleCase.fields.push_back({dice.pick(targetIds), Value::string("free text"), Json::object()});
        if (dice.percent(50)) {
            const std::string &child = dice.pick(childIds);
            sampleCase.fields.push_back(
                {child, Value::string(dice.pick(snapshot.fieldOptions[child]).value), Json::object()});
        }
        workload.cases.cases.push_back(std::move(sampleCase));
    }
    return workload;
}

Status writeCompactJsonFile(const std::string &path, const Json &json)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        return makeError("bench.write", "cannot open " + path + " for writing", Location{path, {}, 0, 0, {}});
    out << json.dump() << '\n';
    out.close();
    if (!out)
        return makeError("bench.write", "could not write " + path + " (disk full?)",
                         Location{path, {}, 0, 0, {}});
    return Ok{};
}

} // namespace cw::bench
