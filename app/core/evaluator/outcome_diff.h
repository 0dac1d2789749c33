#pragma once
// The impact of rule edits on sample cases: every case evaluated under the rules before the edits
// (a project's last pulled state, or another snapshot) and after them, and, per template and
// field, how many cases become required / not required / hidden / shown, or lose / gain
// options, with the first few case ids of each. What an admin reads before publishing a change
// that 100,000 cases a month will meet.
//
// It runs the evaluator's fast path (case table, bound once per template and side), so it costs
// about two `evaluate` runs without their output.

#include "common/result.h"
#include "evaluator/case_table.h"
#include "model/domain_snapshot.h"

#include <array>
#include <cstddef>
#include <string>
#include <vector>

namespace cw {

enum class OutcomeChange : std::size_t {
    BecomeRequired,
    BecomeNotRequired,
    BecomeHidden,
    BecomeShown,
    LoseOptions,
    GainOptions,
};
constexpr std::size_t kOutcomeChangeCount = 6;
const char *toString(OutcomeChange change); // "becomeRequired", ... (JSON member names)

struct FieldOutcomeChanges {
    std::string templateId;
    std::string templateName;
    std::string fieldId;
    std::string fieldName;
    struct Count {
        std::size_t cases = 0;
        std::vector<std::string> examples; // the first case ids, in case order
    };
    std::array<Count, kOutcomeChangeCount> counts;

    const Count &operator[](OutcomeChange change) const { return counts[std::size_t(change)]; }
};

struct OutcomeDiff {
    std::size_t cases = 0;        // cases evaluated on both sides
    std::size_t casesChanged = 0; // of those, cases with at least one field changed
    // Cases not compared: no template, or a template neither side has; the first few as
    // (case id, why).
    std::size_t skipped = 0;
    std::vector<std::pair<std::string, std::string>> skippedExamples;
    // Only fields with at least one change; in the order of the templates' first cases, then of
    // the fields in the template after the edits (fields only governed before come last).
    std::vector<FieldOutcomeChanges> fields;
};

// A case whose template is in one snapshot only is compared with the field outcomes of "no
// template there": nothing required, hidden or restricted.
OutcomeDiff diffOutcomes(const DomainSnapshot &before, const DomainSnapshot &after, const CaseTable &cases,
                         std::size_t examples = 3);

} // namespace cw
