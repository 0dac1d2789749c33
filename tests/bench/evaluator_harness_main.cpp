// casewright_bench_evaluator: Casewright's side of the evaluator benchmark (docs/performance.md).
//
//   casewright_bench_evaluator --snapshot F --cases F --outcomes OUT.json [--template ID]
//       Evaluates every case on the fast path (bindCase + evaluate into an OutcomeBuffer) and writes
//       the outcomes in `casewright-cli evaluate --json`'s shape, after checking that the fast path
//       agrees with the reporting path (CompiledTemplate::evaluate(SampleCase)) on every case.
//   casewright_bench_evaluator --snapshot F --cases F --timings OUT.json [--repetitions R] [--warmup W]
//       Times three loops over all cases, single-threaded, and writes the medians:
//         bind_and_evaluate  bindCase + evaluate per case (SampleCase in, flags out)
//         rebind_from_case_table_and_evaluate
//                            bindTable once per pass + bindRow + evaluate per case: unchanged
//                            cases re-run after a rule edit (interned once in a CaseTable)
//         evaluate_only      evaluate over cases bound beforehand (what the peers are timed on:
//                            their cases are converted to plain objects before their loop)
//   casewright_bench_evaluator --snapshot F --cases F --profile bind|evaluate [--repetitions N]
//       Runs only one loop N times and writes nothing, for `perf stat`/`valgrind --tool=callgrind`
//       (docs/performance.md, "Where the time goes").
#include "bench_timing.h"
#include "evaluator/compiled_template.h"
#include "wire/wire_json.h"
#include "workload_generator.h"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <string>

using namespace cw;

namespace {

int usage(const std::string &problem)
{
    std::fprintf(stderr,
                 "casewright_bench_evaluator: %s\n"
                 "usage: casewright_bench_evaluator --snapshot F --cases F (--outcomes OUT | --timings OUT)\n"
                 "                                  [--template ID] [--repetitions R] [--warmup W]\n",
                 problem.c_str());
    return 2;
}

int fail(const std::string &message)
{
    std::fprintf(stderr, "casewright_bench_evaluator: %s\n", message.c_str());
    return 1;
}

Json fieldJson(bool required, bool hidden, const std::optional<std::vector<std::string>> &options)
{
    Json item = {{"required", required}, {"hidden", hidden}};
    if (options)
        item["options"] = *options;
    return item;
}

// The fast path's outcomes, checked against the reporting path's.
Result<Json> outcomes(const CompiledTemplate &compiled, const SampleCaseSet &cases)
{
    OutcomeBuffer buffer = compiled.makeBuffer();
    BoundCase bound;
    Json results = Json::array();
    for (const SampleCase &sampleCase : cases.cases) {
        compiled.bindCase(sampleCase, bound);
        compiled.evaluate(bound, buffer);
        const CaseOutcome report = compiled.evaluate(sampleCase);
        Json fields = Json::object();
        for (std::size_t f = 0; f < compiled.fieldCount(); ++f) {
            const auto options = compiled.allowedOptions(buffer, f);
            const Json fast = fieldJson(buffer.required(f), buffer.hidden(f), options);
            const FieldOutcome *slow = report.find(compiled.fieldId(f));
            if (!slow || fast != fieldJson(slow->required, slow->hidden, slow->allowedOptions))
                return makeError(
                    "bench.paths-disagree",
                    "evaluate(bound, buffer) and evaluate(SampleCase) disagree on field " +
                        compiled.fieldId(f) + ": " + fast.dump() + " vs " +
                        (slow ? fieldJson(slow->required, slow->hidden, slow->allowedOptions).dump()
                              : std::string("(missing)")),
                    Location{{}, {}, 0, 0, sampleCase.id});
            fields[compiled.fieldId(f)] = fast;
        }
        results.push_back(
            {{"case", sampleCase.id}, {"template", compiled.templateId()}, {"fields", std::move(fields)}});
    }
    return Json{{"results", std::move(results)}};
}

Json timings(const CompiledTemplate &compiled, const SampleCaseSet &cases, std::size_t ruleCount,
             std::size_t repetitions, std::size_t warmup, double compileSeconds)
{
    std::vector<BoundCase> bound(cases.cases.size());
    for (std::size_t c = 0; c < cases.cases.size(); ++c)
        compiled.bindCase(cases.cases[c], bound[c]);
    OutcomeBuffer buffer = compiled.makeBuffer();
    BoundCase scratch;
    std::size_t checksum = 0; // keeps every pass's work observable (required 1 + hidden 2 per field)
    const auto sum = [&] {
        for (std::size_t f = 0; f < buffer.fieldCount(); ++f)
            checksum += (buffer.required(f) ? 1u : 0u) + (buffer.hidden(f) ? 2u : 0u);
    };
    const auto bindAndEvaluate = [&] {
        for (const SampleCase &sampleCase : cases.cases) {
            compiled.bindCase(sampleCase, scratch);
            compiled.evaluate(scratch, buffer);
            sum();
        }
    };
    const auto evaluateOnly = [&] {
        for (const BoundCase &boundCase : bound) {
            compiled.evaluate(boundCase, buffer);
            sum();
        }
    };
    // Re-running unchanged cases after a rule edit: the cases were interned once (CaseTable); the
    // new template binds the table (one lookup per distinct value) and gathers each row.
    const auto tableStart = std::chrono::steady_clock::now();
    const CaseTable table(cases.cases);
    const double tableSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - tableStart).count();
    const auto rebindAndEvaluate = [&] {
        const TableBinding binding = compiled.bindTable(table);
        for (std::size_t row = 0; row < table.rowCount(); ++row) {
            compiled.bindRow(binding, table, row, scratch);
            compiled.evaluate(scratch, buffer);
            sum();
        }
    };
    const bench::Samples withBind = bench::measure(bindAndEvaluate, repetitions, warmup);
    const bench::Samples fromTable = bench::measure(rebindAndEvaluate, repetitions, warmup);
    const bench::Samples alone = bench::measure(evaluateOnly, repetitions, warmup);
    // One more pass from zero: the sum of every case's flags, which the peers compute too, so
    // the whole workload (not only the checked sample) is compared across engines.
    checksum = 0;
    evaluateOnly();
    const double caseCount = static_cast<double>(cases.cases.size());
    return {{"cases", cases.cases.size()},
            {"rules", ruleCount},
            {"boolean_rules_compiled", compiled.booleanRuleCount()},
            {"compile_ms", compileSeconds * 1e3},
            {"bind_and_evaluate", bench::summary(withBind, caseCount, ruleCount)},
            {"rebind_from_case_table_and_evaluate", bench::summary(fromTable, caseCount, ruleCount)},
            {"case_table_ms", tableSeconds * 1e3},
            {"evaluate_only", bench::summary(alone, caseCount, ruleCount)},
            {"flags_checksum", checksum}};
}

// One loop alone, so a profiler attributes (nearly) all of the process to it.
int profile(const CompiledTemplate &compiled, const SampleCaseSet &cases, const std::string &mode,
            std::size_t passes)
{
    BoundCase scratch;
    OutcomeBuffer buffer = compiled.makeBuffer();
    std::size_t checksum = 0;
    if (mode == "bind") {
        for (std::size_t pass = 0; pass < passes; ++pass)
            for (const SampleCase &sampleCase : cases.cases) {
                compiled.bindCase(sampleCase, scratch);
                checksum += scratch.caseId().size();
            }
    } else if (mode == "evaluate") {
        std::vector<BoundCase> bound(cases.cases.size());
        for (std::size_t c = 0; c < cases.cases.size(); ++c)
            compiled.bindCase(cases.cases[c], bound[c]);
        for (std::size_t pass = 0; pass < passes; ++pass)
            for (const BoundCase &boundCase : bound) {
                compiled.evaluate(boundCase, buffer);
                checksum += buffer.required(0) ? 1u : 0u;
            }
    } else {
        return usage("--profile takes bind or evaluate");
    }
    std::printf("%zu passes of %s over %zu cases (checksum %zu)\n", passes, mode.c_str(), cases.cases.size(),
                checksum);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::map<std::string, std::string> options;
    for (int i = 1; i < argc; i += 2) {
        const std::string name = argv[i];
        if (name.rfind("--", 0) != 0 || i + 1 >= argc)
            return usage("expected --option VALUE, got \"" + name + "\"");
        options[name.substr(2)] = argv[i + 1];
    }
    if (!options.count("snapshot") || !options.count("cases"))
        return usage("--snapshot and --cases are required");
    if (options.count("outcomes") + options.count("timings") + options.count("profile") != 1)
        return usage("give exactly one of --outcomes, --timings and --profile");
    std::size_t repetitions = 7;
    std::size_t warmup = 2;
    for (auto [name, target] : {std::pair{"repetitions", &repetitions}, std::pair{"warmup", &warmup}}) {
        if (!options.count(name))
            continue;
        const std::string &text = options[name];
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *target);
        if (error != std::errc() || end != text.data() + text.size() ||
            (*target == 0 && name == std::string("repetitions")))
            return usage(std::string("--") + name + " needs a positive whole number");
    }
    const std::string templateId = options.count("template") ? options["template"] : bench::kBenchTemplateId;

    const auto snapshot = wire::loadSnapshotFile(options["snapshot"]);
    if (!snapshot)
        return fail(snapshot.error().toString());
    const auto cases = wire::loadSampleCasesFile(options["cases"]);
    if (!cases)
        return fail(cases.error().toString());
    const CaseTemplate *caseTemplate = snapshot->findTemplate(templateId);
    if (!caseTemplate)
        return fail("no template \"" + templateId + "\" in " + options["snapshot"]);

    const bench::Stopwatch compileWatch;
    const auto compiled = CompiledTemplate::compile(*snapshot, templateId);
    const double compileSeconds = compileWatch.wallSeconds();
    if (!compiled)
        return fail(compiled.error().toString());
    if (!compiled->skipped().empty())
        return fail("the compiler skipped rule " + compiled->skipped().front().caseRuleId + ": " +
                    compiled->skipped().front().reason + " (the workload should use every rule)");

    if (options.count("profile"))
        return profile(*compiled, *cases, options["profile"], repetitions);
    Json document;
    if (options.count("outcomes")) {
        auto made = outcomes(*compiled, *cases);
        if (!made)
            return fail(made.error().toString());
        document = std::move(made).value();
    } else {
        const std::size_t ruleCount = caseTemplate->rules ? caseTemplate->rules->size() : 0;
        document = timings(*compiled, *cases, ruleCount, repetitions, warmup, compileSeconds);
    }
    const std::string out = options.count("outcomes") ? options["outcomes"] : options["timings"];
    if (const Status written = bench::writeCompactJsonFile(out, document); !written)
        return fail(written.error().toString());
    return 0;
}
