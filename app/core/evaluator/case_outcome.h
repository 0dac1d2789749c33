#pragma once
// What the preview shows for one sample case: per field of the template, whether an agent must
// fill it in, whether it is hidden, which options it offers -- and, on demand, why.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace cw {

// Explanations cost strings; the fast path never builds them.
enum class Explain { No, Yes };

// Why one aspect (required, hidden or options) of a field came out as it did: one entry per
// contribution -- the template's requiredFields, then each attached rule in template order.
struct Explanation {
    enum class Source {
        Template,     // the template's requiredFields
        Condition,    // a condition of the rule was true
        DefaultValue, // no condition was true: the rule's defaultValue
        Options,      // a fieldOptions rule
    };
    Source source = Source::Condition;
    std::string caseRuleId;    // empty for Source::Template
    std::string ruleName;      // empty for Source::Template
    std::string conditionPath; // "conditions[1].orAll.conditions[0]" (0-based, as in the JSON); empty unless
                               // Condition
    bool value = false;        // this contribution's value (required / hidden); true for Template
    std::string text;          // one sentence for people
};

struct FieldOutcome {
    std::string fieldId;
    std::string fieldName; // from the snapshot; the id when the field is unknown
    bool required = false;
    bool hidden = false;
    // Present only when a fieldOptions rule governs the field: the option values an agent may
    // pick, in the order the agent sees them (alphabetical by option name).
    std::optional<std::vector<std::string>> allowedOptions;
    // True when no governing fieldOptions rule restricted the choice (parent empty or
    // unmapped): allowedOptions then lists every active option the snapshot knows.
    bool allOptionsAllowed = false;

    // Filled only with Explain::Yes.
    std::vector<Explanation> requiredBecause;
    std::vector<Explanation> hiddenBecause;
    std::vector<Explanation> optionsBecause;
};

struct CaseOutcome {
    std::string caseId;
    std::vector<FieldOutcome> fields; // the template's fields: requiredFields first, then rules' fields

    const FieldOutcome *find(const std::string &fieldId) const;
};

// A template rule the compiler could not apply; the validator reports these as findings.
struct SkippedAttachment {
    std::size_t ruleIndex = 0; // position in the template's rules
    std::string caseRuleId;
    std::optional<std::string> fieldId;
    std::string reason;
};

} // namespace cw
