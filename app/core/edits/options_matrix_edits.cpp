#include "edits/options_matrix_edits.h"

#include <algorithm>
#include <set>

namespace cw {
namespace {

std::vector<MatrixEntry> entries(const std::vector<FieldOption> *options,
                                 const std::vector<std::string> &mappedValues)
{
    std::vector<MatrixEntry> result;
    std::set<std::string> known;
    if (options) {
        for (const FieldOption &option : *options) {
            if (!known.insert(option.value).second)
                continue; // a repeated option value (the validator reports it) is one row
            result.push_back({option.value, option.name, option.active, true});
        }
    }
    for (const std::string &value : mappedValues)
        if (known.insert(value).second)
            result.push_back({value, value, true, false});
    return result;
}

// Where `value` sorts among the matrix's entries; values the matrix lacks go last.
std::size_t rank(const std::vector<MatrixEntry> &order, const std::string &value)
{
    const auto found = std::find_if(order.begin(), order.end(),
                                    [&](const MatrixEntry &entry) { return entry.value == value; });
    return std::size_t(found - order.begin());
}

bool isOptionOf(const std::vector<FieldOption> &options, const std::string &value)
{
    return std::any_of(options.begin(), options.end(),
                       [&](const FieldOption &option) { return option.value == value; });
}

void offer(FieldOptionsRule &rule, const std::vector<MatrixEntry> &parentOrder,
           const std::vector<MatrixEntry> &childOrder, const std::string &parent, const std::string &child)
{
    auto mapping = std::find_if(rule.mappings.begin(), rule.mappings.end(),
                                [&](const OptionsMapping &m) { return m.parentValue == parent; });
    if (mapping == rule.mappings.end()) {
        const std::size_t parentRank = rank(parentOrder, parent);
        const auto position =
            std::find_if(rule.mappings.begin(), rule.mappings.end(), [&](const OptionsMapping &m) {
                return rank(parentOrder, m.parentValue) > parentRank;
            });
        OptionsMapping added;
        added.parentValue = parent;
        mapping = rule.mappings.insert(position, std::move(added));
    }
    std::vector<std::string> &values = mapping->childValues;
    if (std::find(values.begin(), values.end(), child) != values.end())
        return;
    const std::size_t childRank = rank(childOrder, child);
    const auto position = std::find_if(values.begin(), values.end(),
                                       [&](const std::string &v) { return rank(childOrder, v) > childRank; });
    values.insert(position, child);
}

void withdraw(FieldOptionsRule &rule, const std::string &parent, const std::string &child)
{
    const auto mapping = std::find_if(rule.mappings.begin(), rule.mappings.end(),
                                      [&](const OptionsMapping &m) { return m.parentValue == parent; });
    if (mapping == rule.mappings.end())
        return;
    std::vector<std::string> &values = mapping->childValues;
    const auto before = values.size();
    values.erase(std::remove(values.begin(), values.end(), child), values.end());
    if (values.empty() && before > 0)
        rule.mappings.erase(mapping);
}

} // namespace

std::vector<MatrixEntry> parentEntries(const std::vector<FieldOption> *options, const FieldOptionsRule &rule)
{
    std::vector<std::string> mapped;
    for (const OptionsMapping &mapping : rule.mappings)
        mapped.push_back(mapping.parentValue);
    return entries(options, mapped);
}

std::vector<MatrixEntry> childEntries(const std::vector<FieldOption> *options, const FieldOptionsRule &rule)
{
    std::vector<std::string> mapped;
    for (const OptionsMapping &mapping : rule.mappings)
        mapped.insert(mapped.end(), mapping.childValues.begin(), mapping.childValues.end());
    return entries(options, mapped);
}

const OptionsMapping *findMapping(const FieldOptionsRule &rule, const std::string &parentValue)
{
    for (const OptionsMapping &mapping : rule.mappings)
        if (mapping.parentValue == parentValue)
            return &mapping;
    return nullptr;
}

bool isOffered(const FieldOptionsRule &rule, const std::string &parentValue, const std::string &childValue)
{
    const OptionsMapping *mapping = findMapping(rule, parentValue);
    return mapping && std::find(mapping->childValues.begin(), mapping->childValues.end(), childValue) !=
                          mapping->childValues.end();
}

void setOffered(FieldOptionsRule &rule, const std::vector<MatrixEntry> &parentOrder,
                const std::vector<MatrixEntry> &childOrder, const std::vector<std::string> &parents,
                const std::vector<std::string> &children, bool offered)
{
    for (const std::string &parent : parents)
        for (const std::string &child : children) {
            if (offered)
                offer(rule, parentOrder, childOrder, parent, child);
            else
                withdraw(rule, parent, child);
        }
}

std::size_t keepParentValues(FieldOptionsRule &rule, const std::vector<FieldOption> *options)
{
    if (!options)
        return 0;
    const auto before = rule.mappings.size();
    rule.mappings.erase(
        std::remove_if(rule.mappings.begin(), rule.mappings.end(),
                       [&](const OptionsMapping &m) { return !isOptionOf(*options, m.parentValue); }),
        rule.mappings.end());
    return before - rule.mappings.size();
}

std::size_t keepChildValues(FieldOptionsRule &rule, const std::vector<FieldOption> *options)
{
    if (!options)
        return 0;
    std::size_t dropped = 0;
    std::vector<OptionsMapping> kept;
    for (OptionsMapping &mapping : rule.mappings) {
        auto &values = mapping.childValues;
        const auto before = values.size();
        values.erase(std::remove_if(values.begin(), values.end(),
                                    [&](const std::string &v) { return !isOptionOf(*options, v); }),
                     values.end());
        dropped += before - values.size();
        // A mapping that lost every child value would now offer nothing: drop it, leaving the
        // parent value unmapped, as clearing its last check box does.
        if (before == 0 || !values.empty())
            kept.push_back(std::move(mapping));
    }
    rule.mappings = std::move(kept);
    return dropped;
}

} // namespace cw
