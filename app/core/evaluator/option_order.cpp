#include "evaluator/option_order.h"

#include <algorithm>
#include <unordered_set>

namespace cw {
namespace {
char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
} // namespace

bool alphabeticallyBefore(const std::string &a, const std::string &b)
{
    const auto lowerLess = [](char x, char y) {
        return static_cast<unsigned char>(asciiLower(x)) < static_cast<unsigned char>(asciiLower(y));
    };
    if (std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), lowerLess))
        return true;
    if (std::lexicographical_compare(b.begin(), b.end(), a.begin(), a.end(), lowerLess))
        return false;
    return a < b;
}

std::vector<std::string> orderedOptionValues(const std::vector<FieldOption> *known,
                                             const std::vector<std::string> *mapped)
{
    std::vector<std::string> values;
    if (!known) {
        if (!mapped)
            return values;
        std::unordered_set<std::string> seen;
        for (const std::string &value : *mapped)
            if (seen.insert(value).second)
                values.push_back(value);
        std::sort(values.begin(), values.end(), alphabeticallyBefore);
        return values;
    }

    std::unordered_set<std::string> wanted;
    if (mapped)
        wanted.insert(mapped->begin(), mapped->end());
    std::vector<const FieldOption *> offered;
    std::unordered_set<std::string> seen;
    for (const FieldOption &option : *known) {
        if (!option.active || (mapped && !wanted.count(option.value)))
            continue;
        if (seen.insert(option.value).second)
            offered.push_back(&option);
    }
    std::sort(offered.begin(), offered.end(), [](const FieldOption *a, const FieldOption *b) {
        if (a->name != b->name)
            return alphabeticallyBefore(a->name, b->name);
        return alphabeticallyBefore(a->value, b->value);
    });
    values.reserve(offered.size());
    for (const FieldOption *option : offered)
        values.push_back(option->value);
    return values;
}

} // namespace cw
