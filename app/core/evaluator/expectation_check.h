#pragma once
// The tests of the rules: each sample case's "expect" (per field: required, hidden, options)
// against what the rules give. What `casewright-cli test`, publish's gate and the designer show.
//
// Cases run through the same CaseTable path as `evaluate` (bound once per template, evaluated
// into a reused buffer), and only the cases that carry "expect" are evaluated. A failing case is
// evaluated once more with explanations, so "why" is exactly what `evaluate --explain` says.

#include "common/result.h"
#include "evaluator/case_outcome.h"
#include "evaluator/case_table.h"
#include "model/domain_snapshot.h"

#include <functional>
#include <string>
#include <vector>

namespace cw {

enum class ExpectAspect { Required, Hidden, Options };
// "required", "hidden", "options": the key in the file.
const char *expectAspectName(ExpectAspect aspect);

struct ExpectationFailure {
    std::size_t row = 0; // in the table checked
    std::string caseId;
    std::string templateId;
    std::string templateName;
    std::string fieldId;
    std::string fieldName;
    ExpectAspect aspect = ExpectAspect::Required;
    bool expectedFlag = false; // Required / Hidden
    bool actualFlag = false;
    std::vector<std::string> expectedOptions; // Options: sorted, each once
    std::vector<std::string> actualOptions;   // Options: in the order an agent sees them
    // The deciding rule and condition, as `evaluate --explain` words it (one line per
    // contribution); "no rule of the template governs this field" when none does.
    std::vector<std::string> why;
    Location where; // the expectation: file and pointer (".../expect/FIELD/required")
};

// One case that carries "expect".
struct CheckedCase {
    std::size_t row = 0;
    std::string caseId;
    std::string templateId;
    std::string templateName;
    std::size_t expectations = 0; // aspects checked
    std::size_t failures = 0;     // of them failing
    Location where;               // the case: file and pointer ("/cases/3")
};

struct ExpectationResults {
    std::vector<CheckedCase> cases;
    std::vector<ExpectationFailure> failures; // in case order, then as the case lists them
    std::size_t expectations = 0;             // aspects checked in all

    bool passed() const { return failures.empty(); }
    // "12 expectations in 5 cases: all hold" / "...: 2 fail (in 1 case)".
    std::string summary() const;
};

// `expected` / `actual` as text for people: "true", "false", ["A", "B"].
std::string expectedText(const ExpectationFailure &failure);
std::string actualText(const ExpectationFailure &failure);

struct ExpectationCheckOptions {
    // Where row `row`'s case is: its file and JSON pointer ("/cases/3"); errors and failures
    // point inside it.
    std::function<Location(std::size_t row)> locate;
};

// Errors (with file and pointer): an "expect" key that is neither a field id nor a field name
// of the domain (expect.unknown-field), "options" on a field that is not single-select
// (expect.not-single-select), a case with "expect" whose template is missing or unknown.
Result<ExpectationResults> checkExpectations(const DomainSnapshot &snapshot, const CaseTable &table,
                                             const ExpectationCheckOptions &options);

// The field an "expect" key names: its id, else its exact name; nullptr when none.
const Field *expectedField(const DomainSnapshot &snapshot, const std::string &key);

// "Expect this outcome" (the designer's preview): the case's expectations for the outcome's
// fields -- all of them, or only `onlyFieldId` -- become what the outcome shows: required,
// hidden and, where a fieldOptions rule governs the field, the options offered. Keyed by field
// id; whatever the case expected of those fields before (under any key) is replaced.
void pinOutcome(SampleCase &sampleCase, const CaseOutcome &outcome, const DomainSnapshot &snapshot,
                const std::string &onlyFieldId = {});
// Forgets the case's expectations of `fieldId` (under any key), or all of them ("expect" goes).
void unpinOutcome(SampleCase &sampleCase, const DomainSnapshot &snapshot, const std::string &fieldId = {});

} // namespace cw
