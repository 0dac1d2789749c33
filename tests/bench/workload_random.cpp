#include "workload_random.h"

#include <algorithm>

namespace cw::bench {
namespace {

Condition drawComparison(Dice &dice, const std::vector<InputField> &inputs, bool result)
{
    const InputField &field = dice.pick(inputs);
    Value operand;
    const std::size_t roll = dice.below(100);
    if (roll < kEmptyOperandPercent)
        operand = Value::empty();
    else if (roll < kEmptyOperandPercent + kWrongTypeOperandPercent)
        operand = wrongTypeValue(field);
    else
        operand = dice.pick(field.typicalValues);
    return dice.percent(kEqualToPercent) ? Condition::equalTo(field.fieldId, std::move(operand), result)
                                         : Condition::notEqualTo(field.fieldId, std::move(operand), result);
}

Condition compound(bool all, std::vector<Condition> children)
{
    return all ? Condition::andAll(std::move(children)) : Condition::orAll(std::move(children));
}

} // namespace

Value wrongTypeValue(const InputField &field)
{
    switch (field.kind) {
    case Value::Kind::Double:
        return Value::string("5");
    case Value::Kind::Boolean:
        return Value::string("true");
    default:
        return Value::dbl(5);
    }
}

CaseValueDraw drawCaseValue(Dice &dice, const InputField &field)
{
    const std::size_t roll = dice.below(100);
    if (roll < 15)
        return {};
    if (roll < 23)
        return {true, Value::empty()};
    if (roll < 26)
        return {true, wrongTypeValue(field)};
    if (roll < 31 && !field.caseOnlyValues.empty())
        return {true, dice.pick(field.caseOnlyValues)};
    return {true, dice.pick(field.typicalValues)};
}

std::vector<Condition> drawConditions(Dice &dice, const std::vector<InputField> &inputs, bool defaultValue)
{
    std::vector<Condition> tops;
    std::size_t comparisonsLeft = kMaxComparisonsPerRule;
    const std::size_t topCount = 1 + dice.below(4);
    for (std::size_t t = 0; t < topCount && comparisonsLeft > 0; ++t) {
        const bool result = dice.percent(kResultKeepsDefaultPercent) ? defaultValue : !defaultValue;
        const std::size_t shape = dice.below(10);
        if (shape < 6 || comparisonsLeft < 2) { // a plain comparison, the most common condition
            tops.push_back(drawComparison(dice, inputs, result));
            --comparisonsLeft;
            continue;
        }
        const bool all = dice.percent(50);
        std::vector<Condition> children;
        if (shape >= 8 && comparisonsLeft >= 3) { // two levels: a comparison beside a compound
            children.push_back(drawComparison(dice, inputs, result));
            Condition inner =
                compound(!all, {drawComparison(dice, inputs, result), drawComparison(dice, inputs, result)});
            if (dice.percent(50))
                children.insert(children.begin(), std::move(inner));
            else
                children.push_back(std::move(inner));
            comparisonsLeft -= 3;
        } else {
            const std::size_t count = std::min<std::size_t>(comparisonsLeft, 2 + dice.below(2));
            for (std::size_t c = 0; c < count; ++c)
                children.push_back(drawComparison(dice, inputs, result));
            comparisonsLeft -= count;
        }
        tops.push_back(compound(all, std::move(children)));
    }
    return tops;
}

} // namespace cw::bench
