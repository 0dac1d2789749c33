// The pull benchmark's domain: big enough that the number of round trips, not the bytes,
// decides how long a pull takes.
#include "workload_generator.h"
#include "workload_random.h"

#include <cstdio>

namespace cw::bench {
namespace {

constexpr const char *kTimestamp = "2026-04-01T10:00:00Z";
constexpr std::size_t kOptionsRuleEvery = 8;

// Shaped like the service's ids (UUID version 4), drawn from the die so reruns agree.
std::string drawUuid(Dice &dice)
{
    static const char *hex = "0123456789abcdef";
    std::string id;
    for (std::size_t i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            id += '-';
        id += i == 12 ? '4' : hex[dice.below(16)];
    }
    return id;
}

std::string arn(const std::string &domainId, const char *kind, const std::string &id)
{
    return "arn:aws:cases:us-east-1:123456789012:domain/" + domainId + "/" + kind + "/" + id;
}

std::string numbered(const char *prefix, std::size_t n)
{
    char text[64];
    std::snprintf(text, sizeof text, "%s %03zu", prefix, n);
    return text;
}

const char *typeOf(std::size_t field)
{
    static const char *types[] = {"SingleSelect", "SingleSelect", "Text",    "Text",     "Text",
                                  "Number",       "Number",       "Boolean", "DateTime", "Url"};
    return types[field % 10];
}

Json layoutContent(Dice &dice, const std::vector<Field> &fields)
{
    const auto group = [&](const char *name, std::size_t count) {
        Json ids = Json::array();
        for (std::size_t i = 0; i < count; ++i)
            ids.push_back({{"id", dice.pick(fields).fieldId}});
        return Json{{"sections", Json::array({{{"fieldGroup", {{"name", name}, {"fields", ids}}}}})}};
    };
    return {{"basic", {{"topPanel", group("Summary", 10)}, {"moreInfo", group("Details", 20)}}}};
}

} // namespace

DomainSnapshot makePullSnapshot(const PullWorkloadSpec &spec)
{
    Dice dice(spec.seed);
    DomainSnapshot snapshot;
    snapshot.domainId = drawUuid(dice);
    snapshot.domainArn = "arn:aws:cases:us-east-1:123456789012:domain/" + snapshot.domainId;
    snapshot.name = "pull-benchmark";

    std::vector<InputField> inputs;
    std::vector<std::string> selects;
    for (std::size_t i = 0; i < spec.fieldCount; ++i) {
        Field field;
        field.fieldId = drawUuid(dice);
        field.name = numbered("Field", i);
        field.type = typeOf(i);
        field.nameSpace = "Custom";
        field.fieldArn = arn(snapshot.domainId, "field", field.fieldId);
        field.description = "Generated field " + std::to_string(i);
        field.createdTime = field.lastModifiedTime = kTimestamp;
        if (field.type == "SingleSelect") {
            std::vector<FieldOption> &options = snapshot.fieldOptions[field.fieldId];
            InputField input{field.fieldId, Value::Kind::String, {}, {}};
            const std::size_t count = 3 + dice.below(28);
            for (std::size_t k = 0; k < count; ++k) {
                options.push_back(
                    {numbered("Option", k), "option-" + std::to_string(k), true, Json::object()});
                input.typicalValues.push_back(Value::string(options.back().value));
            }
            inputs.push_back(std::move(input));
            selects.push_back(field.fieldId);
        } else if (field.type == "Text") {
            inputs.push_back(
                {field.fieldId, Value::Kind::String, {Value::string("alpha"), Value::string("beta")}, {}});
        } else if (field.type == "Number") {
            inputs.push_back({field.fieldId, Value::Kind::Double, {Value::dbl(1), Value::dbl(2.5)}, {}});
        } else if (field.type == "Boolean") {
            inputs.push_back(
                {field.fieldId, Value::Kind::Boolean, {Value::boolean_(true), Value::boolean_(false)}, {}});
        }
        snapshot.fields.push_back(std::move(field));
    }

    for (std::size_t l = 0; l < spec.layoutCount; ++l) {
        Layout layout;
        layout.layoutId = drawUuid(dice);
        layout.layoutArn = arn(snapshot.domainId, "layout", layout.layoutId);
        layout.name = numbered("Layout", l);
        layout.content = layoutContent(dice, snapshot.fields);
        layout.createdTime = layout.lastModifiedTime = kTimestamp;
        snapshot.layouts.push_back(std::move(layout));
    }

    for (std::size_t t = 0; t < spec.templateCount; ++t) {
        CaseTemplate caseTemplate;
        caseTemplate.templateId = drawUuid(dice);
        caseTemplate.templateArn = arn(snapshot.domainId, "template", caseTemplate.templateId);
        caseTemplate.name = numbered("Template", t);
        caseTemplate.status = "Active";
        caseTemplate.createdTime = caseTemplate.lastModifiedTime = kTimestamp;
        if (!snapshot.layouts.empty())
            caseTemplate.layoutConfiguration =
                LayoutConfiguration{snapshot.layouts[t % snapshot.layouts.size()].layoutId, Json::object()};
        caseTemplate.requiredFields.emplace();
        for (std::size_t k = 0; k < 5; ++k) // distinct: the service refuses a field listed twice
            caseTemplate.requiredFields->push_back(
                {snapshot.fields[(t * 7 + k * 97) % spec.fieldCount].fieldId, Json::object()});
        caseTemplate.rules.emplace();
        snapshot.templates.push_back(std::move(caseTemplate));
    }

    for (std::size_t r = 0; r < spec.ruleCount; ++r) {
        CaseRule rule;
        rule.caseRuleId = drawUuid(dice);
        rule.caseRuleArn = arn(snapshot.domainId, "case-rule", rule.caseRuleId);
        rule.name = numbered("Rule", r);
        rule.createdTime = rule.lastModifiedTime = kTimestamp;
        std::string attachedTo;
        if (r % kOptionsRuleEvery == 0 && selects.size() >= 2) {
            const std::size_t parent = dice.below(selects.size());
            const std::size_t child = (parent + 1 + dice.below(selects.size() - 1)) % selects.size();
            rule.rule.kind = RuleDetails::Kind::FieldOptions;
            rule.rule.options.parentFieldId = selects[parent];
            rule.rule.options.childFieldId = selects[child];
            const auto &parentOptions = snapshot.fieldOptions[selects[parent]];
            const auto &childOptions = snapshot.fieldOptions[selects[child]];
            for (std::size_t p = 0; p < parentOptions.size() && p < 10; ++p) {
                OptionsMapping mapping;
                mapping.parentValue = parentOptions[p].value;
                for (std::size_t c = 0, n = 1 + dice.below(5); c < n; ++c)
                    mapping.childValues.push_back(dice.pick(childOptions).value);
                rule.rule.options.mappings.push_back(std::move(mapping));
            }
            attachedTo = selects[child];
        } else {
            rule.rule.kind = dice.percent(50) ? RuleDetails::Kind::Required : RuleDetails::Kind::Hidden;
            rule.rule.boolean.defaultValue = dice.percent(40);
            rule.rule.boolean.conditions = drawConditions(dice, inputs, rule.rule.boolean.defaultValue);
            attachedTo = dice.pick(snapshot.fields).fieldId;
        }
        // Round robin: every template gets ruleCount / templateCount rules, each rule attached once.
        snapshot.templates[r % spec.templateCount].rules->push_back(
            {rule.caseRuleId, attachedTo, Json::object()});
        snapshot.caseRules.push_back(std::move(rule));
    }
    return snapshot;
}

} // namespace cw::bench
