#pragma once
// How casewright-cli shows the results of the rules' tests (sample cases' "expect"): as text
// (test, plan, publish), as JSON (test --json, plan --json) and as JUnit XML (test --junit), the
// format CI systems (Jenkins, GitLab, GitHub Actions' reporters) read.

#include "common/json_text.h"
#include "evaluator/expectation_check.h"

#include <QByteArray>
#include <QString>

namespace cw::cli {

// One block per failure: the case, template, field, expected vs what the rules give, why, and
// where the expectation is written; then the summary line.
QString testResultsText(const ExpectationResults &results);
// {"passed", "cases", "expectations", "failed", "summary", "failures": [{"case", "template",
// "templateName", "field", "fieldId", "aspect", "expected", "actual", "why", "file", "pointer"}]}
Json testResultsJson(const ExpectationResults &results);
// <testsuites><testsuite name=SUITE><testcase classname=TEMPLATE name=CASE><failure/>...
QByteArray testResultsJunit(const ExpectationResults &results, const QString &suiteName);

} // namespace cw::cli
