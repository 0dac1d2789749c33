#pragma once
// "Generate cases": sample cases that give every field a template's rules test each value the
// rules distinguish -- every comparison's operand, a value that is not it (the other boolean, an
// option no rule names, another number or text), each fieldOptions parent value plus an unmapped
// one, and empty. Qt-free and deterministic, so the preview and its tests agree on the result.

#include "model/domain_snapshot.h"
#include "model/sample_case.h"

#include <cstddef>
#include <string>
#include <vector>

namespace cw {

struct TestedField {
    std::string fieldId;
    std::vector<Value> values; // operands first (in rule order), then the others, empty last
};

// The fields the template's rules read, in the order they are first read, and their values.
std::vector<TestedField> testedValues(const DomainSnapshot &snapshot, const CaseTemplate &caseTemplate);

// Every combination when there are at most `maxCombinations`; otherwise one base case (each field
// at its first value) and, per field, one case per other value with the rest left at the base.
// Either way each tested value of each field appears in at least one case. Ids are
// "generated-N", skipping `takenIds`.
std::vector<SampleCase> generateCases(const DomainSnapshot &snapshot, const CaseTemplate &caseTemplate,
                                      const std::vector<std::string> &takenIds,
                                      std::size_t maxCombinations = 64);

} // namespace cw
