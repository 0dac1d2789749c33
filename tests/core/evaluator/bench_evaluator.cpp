// Throughput of the compiled evaluator on a preview-sized workload: a template with 50 rules of
// up to 5 conditions and 100,000 sample cases. Not a CTest test (timing depends on the machine);
// build and run by hand:  cmake --build BUILD --target bench_evaluator && BUILD/.../bench_evaluator
#include "evaluator_fixture.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <random>

using namespace cw;
using namespace cw::fixture;

namespace {
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string fieldName(std::size_t i)
{
    return "field" + std::to_string(i);
}
} // namespace

int main()
{
    constexpr std::size_t kFields = 60;
    constexpr std::size_t kRules = 50;
    constexpr std::size_t kCases = 100000;
    std::mt19937 engine(7);
    const auto below = [&](std::size_t n) { return static_cast<std::size_t>(engine() % n); };
    const std::vector<std::string> statuses{"Open", "Pending", "Closed", "Escalated", "Resolved"};

    DomainSnapshot snapshot;
    for (std::size_t i = 0; i < kFields; ++i)
        snapshot.fields.push_back(field(fieldName(i), "Field " + std::to_string(i), "Text"));
    std::vector<TemplateRule> attachments;
    for (std::size_t r = 0; r < kRules; ++r) {
        // Typical rules: a leaf or two, then an orAll of two leaves, then an andAll.
        std::vector<Condition> conditions;
        const std::size_t count = 1 + below(5);
        for (std::size_t c = 0; c < count; ++c) {
            const auto leaf = [&] {
                return Condition::equalTo(fieldName(below(10)),
                                          Value::string(statuses[below(statuses.size())]), true);
            };
            if (c == 2)
                conditions.push_back(Condition::orAll({leaf(), leaf()}));
            else if (c == 3)
                conditions.push_back(Condition::andAll(
                    {leaf(), Condition::notEqualTo(fieldName(below(10)), Value::empty(), true)}));
            else
                conditions.push_back(leaf());
        }
        const std::string id = "r" + std::to_string(r);
        snapshot.caseRules.push_back(r % 2 ? hiddenRule(id, id, std::move(conditions))
                                           : requiredRule(id, id, std::move(conditions)));
        attachments.push_back(attach(id, fieldName(10 + r)));
    }
    snapshot.templates.push_back(caseTemplate("t1", {fieldName(0)}, std::move(attachments)));

    std::vector<SampleCase> cases;
    cases.reserve(kCases);
    for (std::size_t c = 0; c < kCases; ++c) {
        std::vector<std::pair<std::string, Value>> values;
        for (std::size_t f = 0; f < 10; ++f)
            if (below(4) != 0)
                values.emplace_back(fieldName(f), Value::string(statuses[below(statuses.size())]));
        cases.push_back(sample("c" + std::to_string(c), std::move(values)));
    }

    auto start = Clock::now();
    const auto compiled = CompiledTemplate::compile(snapshot, "t1");
    if (!compiled) {
        std::fprintf(stderr, "%s\n", compiled.error().toString().c_str());
        return 1;
    }
    const double compileSeconds = secondsSince(start);

    start = Clock::now();
    std::vector<BoundCase> bound(cases.size());
    for (std::size_t c = 0; c < cases.size(); ++c)
        compiled->bindCase(cases[c], bound[c]);
    const double bindSeconds = secondsSince(start);

    OutcomeBuffer buffer = compiled->makeBuffer();
    std::size_t requiredCount = 0;
    constexpr int kPasses = 5;
    start = Clock::now();
    const std::clock_t cpuStart = std::clock();
    for (int pass = 0; pass < kPasses; ++pass)
        for (const BoundCase &boundCase : bound) {
            compiled->evaluate(boundCase, buffer);
            requiredCount += buffer.required(1) ? 1 : 0; // keeps the work observable
        }
    const double evaluateSeconds = secondsSince(start) / kPasses;
    // CPU time as well: on a shared machine the wall clock also counts other processes' turns.
    const double evaluateCpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC / kPasses;
    const double ruleEvaluations = static_cast<double>(cases.size() * compiled->booleanRuleCount());

    start = Clock::now();
    const auto reports = evaluateAll(*compiled, cases);
    const double reportSeconds = secondsSince(start);

    std::printf("compile: %.3f ms\n", compileSeconds * 1e3);
    std::printf("bind %zu cases: %.1f ms\n", cases.size(), bindSeconds * 1e3);
    std::printf(
        "evaluate %zu cases x %zu rules: %.1f ms wall, %.1f ms CPU = %.0f million rule evaluations per "
        "CPU second (%zu)\n",
        cases.size(), compiled->booleanRuleCount(), evaluateSeconds * 1e3, evaluateCpuSeconds * 1e3,
        ruleEvaluations / evaluateCpuSeconds / 1e6, requiredCount);
    std::printf("evaluateAll with reports (no explanations): %.1f ms for %zu cases\n", reportSeconds * 1e3,
                reports.size());
    return 0;
}
