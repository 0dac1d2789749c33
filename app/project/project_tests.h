#pragma once
// A project's tests: the "expect" of its sample cases (samples/*.json) against its rules as they
// are in the folder. What `casewright-cli test PROJECT_DIR`, `plan` and publish's gate run.

#include "evaluator/expectation_check.h"
#include "project.h"

namespace cw::project {

// The sample files' cases as one table, checked against `snapshot`; locations name each case's
// file (DIRECTORY/samples/NAME) and its pointer inside it.
Result<ExpectationResults> testSamples(const DomainSnapshot &snapshot, const std::vector<SampleFile> &samples,
                                       const std::string &directory);
// testSamples on the project's working snapshot and samples.
Result<ExpectationResults> testProject(const Project &project);

} // namespace cw::project
