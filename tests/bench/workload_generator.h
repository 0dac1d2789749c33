#pragma once
// Seeded workloads for the benchmarks (docs/performance.md). The same seed gives the same files
// on every machine: the generator draws only from std::mt19937, whose output the standard fixes,
// and never from the implementation-defined std::*_distribution.
//
// Evaluator workload: one template of 50 case rules of every kind over ~40 fields, and sample
// cases in GetCase's wire shape. Pull workload: a whole domain of 500 fields, 25 templates and
// 500 rules for the emulator to serve.

#include "common/result.h"
#include "model/domain_snapshot.h"
#include "model/sample_case.h"

#include <cstdint>
#include <string>

namespace cw::bench {

inline constexpr const char *kBenchTemplateId = "bench-template";
// The same 50 rules, each attached to a field id of its own ("probe-<caseRuleId>", not a field of
// the domain: the evaluator reports such a field by its id). A field's outcome folds all of its
// rules together (any required rule makes it required), which can hide a wrong rule value; on
// this template every rule's own value is visible, so the correctness check compares those too.
inline constexpr const char *kPerRuleTemplateId = "bench-template-per-rule";

struct EvaluatorWorkloadSpec {
    std::uint32_t seed = 20260501;
    std::size_t caseCount = 100000;
};

struct EvaluatorWorkload {
    DomainSnapshot snapshot; // holds the templates kBenchTemplateId and kPerRuleTemplateId
    SampleCaseSet cases;     // each names kBenchTemplateId
};

// 50 rules: 46 required/hidden rules (equalTo/notEqualTo on string, double, boolean and empty
// operands, andAll/orAll nested up to 2 levels, at most 5 comparisons each, some operands of the
// wrong type on purpose) and 4 fieldOptions rules (unmapped parents, inactive and unknown child
// values, a parent value mapped twice). Cases leave some fields absent or emptyValue and hold
// some values of the wrong type, so every branch of docs/evaluation.md is exercised.
EvaluatorWorkload makeEvaluatorWorkload(const EvaluatorWorkloadSpec &spec);

struct PullWorkloadSpec {
    std::uint32_t seed = 20260502;
    std::size_t fieldCount = 500;
    std::size_t templateCount = 25;
    std::size_t ruleCount = 500; // spread evenly over the templates (at most 50 each)
    std::size_t layoutCount = 5;
};

// A domain as the emulator's --state file: fields of every type (a fifth SingleSelect, each with
// options), layouts, templates that attach every rule once, ids shaped like the service's UUIDs.
DomainSnapshot makePullSnapshot(const PullWorkloadSpec &spec);

// Compact JSON (no indentation: 100,000 cases would otherwise be several hundred megabytes).
Status writeCompactJsonFile(const std::string &path, const Json &json);

} // namespace cw::bench
