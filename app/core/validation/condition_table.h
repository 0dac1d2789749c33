#pragma once
// Exact reasoning about a few conditions by enumeration. Each field the conditions compare has
// its possible values split into classes: empty, each distinct value some condition compares it
// with, and "some other value" (a Boolean field holds only true or false, so it has no such
// class). Every case falls into exactly one row of the table (one class per field), and every
// condition is true on a whole row or false on it, so "true in every row" means "true for every
// case". A rule within the service's limits (5 comparisons) gives at most a few hundred rows.

#include "model/domain_snapshot.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cw::validation {

class ConditionTable {
public:
    // nullopt when a condition cannot be evaluated (unknown kinds, an empty group) or the table
    // would have more than `maxRows` rows.
    static std::optional<ConditionTable> build(const std::vector<const std::vector<Condition> *> &lists,
                                               const DomainSnapshot &context, std::size_t maxRows = 1u << 16);

    std::size_t rowCount() const { return m_rows; }
    bool holds(const Condition &condition, std::size_t row) const;

    // "'Status' is "Closed" and 'Priority' is some other value", for messages.
    std::string describeRow(std::size_t row, const DomainSnapshot &context) const;

private:
    struct FieldClasses {
        std::string fieldId;
        std::vector<Value> values; // class 0 is empty, 1..n these values, n+1 "other" when hasOther
        bool hasOther = true;
        std::size_t stride = 1;
        std::size_t count() const { return 1 + values.size() + (hasOther ? 1 : 0); }
    };

    bool equals(const Condition &comparison, std::size_t row) const;

    std::vector<FieldClasses> m_fields;
    std::map<std::string, std::size_t> m_index;
    std::size_t m_rows = 1;
};

// A required/hidden rule Casewright can reason about: only known kinds, no empty group, and the
// leaves of each group agree on the result (otherwise validation reports it and lint stays quiet).
bool isAnalyzable(const BooleanRule &rule);

// The value a condition gives when it decides: its own result, or a group's (first) leaf's.
bool conditionResult(const Condition &condition);

// The rule's value in `row`: the result of the first condition that holds, else the default.
bool ruleValue(const ConditionTable &table, const BooleanRule &rule, std::size_t row);

} // namespace cw::validation
