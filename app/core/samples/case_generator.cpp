#include "samples/case_generator.h"

#include "evaluator/option_order.h"

#include <algorithm>
#include <set>

namespace cw {
namespace {
// What a value no rule names looks like, per field type, when the rules give nothing to derive
// one from.
constexpr const char *kPlaceholderUserArn =
    "arn:aws:connect:us-east-1:000000000000:instance/example/agent/example";
constexpr const char *kPlaceholderDateTime = "2026-01-01T09:00:00Z";
constexpr const char *kPlaceholderUrl = "https://example.com/";
constexpr const char *kPlaceholderText = "example";

struct Collected {
    std::string fieldId;
    std::vector<Value> operands;
    bool sawBoolean = false;
};

Collected &entryFor(std::vector<Collected> &fields, const std::string &fieldId)
{
    for (Collected &entry : fields)
        if (entry.fieldId == fieldId)
            return entry;
    fields.push_back(Collected{fieldId, {}, false});
    return fields.back();
}

void addValue(std::vector<Value> &values, const Value &value)
{
    if (std::find(values.begin(), values.end(), value) == values.end())
        values.push_back(value);
}

void collectComparisons(const Condition &condition, std::vector<Collected> &fields)
{
    if (condition.isComparison()) {
        Collected &entry = entryFor(fields, condition.fieldId);
        switch (condition.operand.kind) {
        case Value::Kind::String:
        case Value::Kind::Double:
        case Value::Kind::UserArn:
            addValue(entry.operands, condition.operand);
            break;
        case Value::Kind::Boolean:
            entry.sawBoolean = true;
            addValue(entry.operands, condition.operand);
            break;
        case Value::Kind::Empty:   // empty is added to every field anyway
        case Value::Kind::Unknown: // never true: nothing to try
            break;
        }
    }
    for (const Condition &child : condition.children)
        collectComparisons(child, fields);
}

bool hasKind(const std::vector<Value> &values, Value::Kind kind)
{
    return std::any_of(values.begin(), values.end(), [kind](const Value &v) { return v.kind == kind; });
}

// A string no operand equals: "<first> (other)", made longer until it is free.
Value otherText(const std::vector<Value> &operands, const std::string &fallback)
{
    std::string text = fallback;
    for (const Value &operand : operands)
        if (operand.kind == Value::Kind::String || operand.kind == Value::Kind::UserArn) {
            text = operand.text + " (other)";
            break;
        }
    const auto taken = [&](const std::string &candidate) {
        return std::any_of(operands.begin(), operands.end(),
                           [&](const Value &v) { return v.text == candidate; });
    };
    while (taken(text))
        text += " (other)";
    return Value::string(text);
}

std::vector<Value> valuesFor(const DomainSnapshot &snapshot, const Collected &entry)
{
    const Field *field = snapshot.findField(entry.fieldId);
    const FieldType type = field ? field->fieldType() : FieldType::Unknown;
    std::vector<Value> values;
    for (const Value &operand : entry.operands)
        // A User field holds user ARNs; a string operand equals one with the same text.
        addValue(values, type == FieldType::User && operand.kind == Value::Kind::String
                             ? Value::userArn(operand.text)
                             : operand);
    if (type == FieldType::Boolean || entry.sawBoolean) {
        addValue(values, Value::boolean_(true));
        addValue(values, Value::boolean_(false));
    } else if (type == FieldType::SingleSelect) {
        const std::vector<std::string> active =
            orderedOptionValues(snapshot.optionsOf(entry.fieldId), nullptr);
        const auto named = [&](const std::string &option) {
            return std::any_of(values.begin(), values.end(),
                               [&](const Value &v) { return v.text == option; });
        };
        const auto other =
            std::find_if(active.begin(), active.end(), [&](const std::string &o) { return !named(o); });
        if (other != active.end())
            addValue(values, Value::string(*other));
        else if (values.empty())
            addValue(values, Value::string(kPlaceholderText));
    } else if (type == FieldType::Number || hasKind(values, Value::Kind::Double)) {
        double largest = 0.0;
        for (const Value &value : values)
            if (value.kind == Value::Kind::Double)
                largest = std::max(largest, value.number);
        addValue(values, Value::dbl(largest + 1.0));
    } else if (type == FieldType::User) {
        const Value other = otherText(values, kPlaceholderUserArn);
        addValue(values, values.empty() ? Value::userArn(kPlaceholderUserArn) : Value::userArn(other.text));
    } else {
        const char *fallback = type == FieldType::DateTime ? kPlaceholderDateTime
                               : type == FieldType::Url    ? kPlaceholderUrl
                                                           : kPlaceholderText;
        addValue(values, values.empty() ? Value::string(fallback) : otherText(values, fallback));
    }
    addValue(values, Value::empty());
    return values;
}

std::string freeId(std::set<std::string> &taken, std::size_t &counter)
{
    std::string id;
    do
        id = "generated-" + std::to_string(++counter);
    while (taken.count(id) != 0);
    taken.insert(id);
    return id;
}
} // namespace

std::vector<TestedField> testedValues(const DomainSnapshot &snapshot, const CaseTemplate &caseTemplate)
{
    std::vector<Collected> fields;
    if (caseTemplate.rules)
        for (const TemplateRule &attachment : *caseTemplate.rules) {
            const CaseRule *rule = snapshot.findRule(attachment.caseRuleId);
            if (rule == nullptr || rule->isDeleted())
                continue;
            const RuleDetails &details = rule->rule;
            if (details.kind == RuleDetails::Kind::Required || details.kind == RuleDetails::Kind::Hidden) {
                for (const Condition &condition : details.boolean.conditions)
                    collectComparisons(condition, fields);
            } else if (details.kind == RuleDetails::Kind::FieldOptions && details.options.parentFieldId) {
                Collected &entry = entryFor(fields, *details.options.parentFieldId);
                for (const OptionsMapping &mapping : details.options.mappings)
                    addValue(entry.operands, Value::string(mapping.parentValue));
            }
        }
    std::vector<TestedField> tested;
    for (const Collected &entry : fields)
        tested.push_back(TestedField{entry.fieldId, valuesFor(snapshot, entry)});
    return tested;
}

std::vector<SampleCase> generateCases(const DomainSnapshot &snapshot, const CaseTemplate &caseTemplate,
                                      const std::vector<std::string> &takenIds, std::size_t maxCombinations)
{
    const std::vector<TestedField> tested = testedValues(snapshot, caseTemplate);
    std::vector<SampleCase> cases;
    if (tested.empty())
        return cases;
    std::set<std::string> taken(takenIds.begin(), takenIds.end());
    std::size_t counter = 0;
    const auto makeCase = [&](const std::vector<std::size_t> &choice) {
        SampleCase sampleCase;
        sampleCase.id = freeId(taken, counter);
        sampleCase.templateId = caseTemplate.templateId;
        for (std::size_t f = 0; f < tested.size(); ++f)
            sampleCase.fields.push_back(
                CaseFieldValue{tested[f].fieldId, tested[f].values[choice[f]], Json::object()});
        cases.push_back(std::move(sampleCase));
    };

    std::size_t combinations = 1;
    for (const TestedField &field : tested) {
        combinations *= field.values.size();
        if (combinations > maxCombinations)
            break;
    }
    std::vector<std::size_t> choice(tested.size(), 0);
    if (combinations <= maxCombinations) {
        // Odometer over every combination, the last field changing fastest.
        for (;;) {
            makeCase(choice);
            std::size_t f = tested.size();
            while (f > 0) {
                --f;
                if (++choice[f] < tested[f].values.size())
                    break;
                choice[f] = 0;
                if (f == 0)
                    return cases;
            }
        }
    }
    makeCase(choice);
    for (std::size_t f = 0; f < tested.size(); ++f) {
        for (std::size_t v = 1; v < tested[f].values.size(); ++v) {
            choice[f] = v;
            makeCase(choice);
        }
        choice[f] = 0;
    }
    return cases;
}

} // namespace cw
