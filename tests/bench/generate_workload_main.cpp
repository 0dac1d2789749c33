// casewright_bench_workload: writes the benchmark workloads (docs/performance.md).
//
//   casewright_bench_workload evaluator --out DIR [--cases N] [--sample N] [--seed S]
//       DIR/rules.snapshot.json  the domain snapshot with template "bench-template" (50 rules)
//       DIR/cases.json           N sample cases, GetCase's wire shape (default 100000)
//       DIR/cases.sample.json    the first N of them, for the correctness check (default 2000)
//   casewright_bench_workload pull --out DIR [--fields N] [--templates N] [--rules N] [--seed S]
//       DIR/pull.snapshot.json   a domain for cases-emulator --state (default 500/25/500)
//   casewright_bench_workload samples --snapshot FILE --out FILE [--templates N]
//       FILE                     the designer's "Generate cases" for the first N templates of the
//                                snapshot (default all), as one samples/*.json file: what a
//                                project's own sample cases look like (docs/performance.md)
#include "samples/case_generator.h"
#include "wire/wire_json.h"
#include "workload_generator.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>
#include <string>

using namespace cw;

namespace {

constexpr int kUsageExit = 2;

int usage(const std::string &problem)
{
    std::fprintf(stderr,
                 "casewright_bench_workload: %s\n"
                 "usage: casewright_bench_workload evaluator --out DIR [--cases N] [--sample N] [--seed S]\n"
                 "       casewright_bench_workload pull --out DIR [--fields N] [--templates N] [--rules N] "
                 "[--seed S]\n"
                 "       casewright_bench_workload samples --snapshot FILE --out FILE [--templates N]\n",
                 problem.c_str());
    return kUsageExit;
}

int fail(const Error &error)
{
    std::fprintf(stderr, "casewright_bench_workload: %s\n", error.toString().c_str());
    return 1;
}

// "--name value" pairs; false with `problem` set on anything else.
bool parseOptions(int argc, char **argv, std::map<std::string, std::string> &options, std::string &problem)
{
    for (int i = 2; i < argc; i += 2) {
        const std::string name = argv[i];
        if (name.rfind("--", 0) != 0 || i + 1 >= argc) {
            problem = "expected --option VALUE, got \"" + name + "\"";
            return false;
        }
        options[name.substr(2)] = argv[i + 1];
    }
    return true;
}

bool readCount(const std::map<std::string, std::string> &options, const std::string &name, std::size_t &out,
               std::string &problem)
{
    const auto it = options.find(name);
    if (it == options.end())
        return true;
    const std::string &text = it->second;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    if (error != std::errc() || end != text.data() + text.size()) {
        problem = "--" + name + " needs a whole number, got \"" + text + "\"";
        return false;
    }
    return true;
}

Status writeText(const std::string &path, const std::string &text)
{
    std::FILE *file = std::fopen(path.c_str(), "wb");
    if (!file)
        return makeError("bench.write", "cannot open " + path + " for writing", Location{path, {}, 0, 0, {}});
    const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
    if (std::fclose(file) != 0 || !written)
        return makeError("bench.write", "could not write " + path, Location{path, {}, 0, 0, {}});
    return Ok{};
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2)
        return usage("name a workload: evaluator, pull or samples");
    const std::string kind = argv[1];
    std::map<std::string, std::string> options;
    std::string problem;
    if (!parseOptions(argc, argv, options, problem))
        return usage(problem);
    if (!options.count("out"))
        return usage("--out DIR is required");
    const std::string out = options["out"];
    std::size_t seed = 0;

    if (kind == "evaluator") {
        bench::EvaluatorWorkloadSpec spec;
        std::size_t sampleCount = 2000;
        if (!readCount(options, "cases", spec.caseCount, problem) ||
            !readCount(options, "sample", sampleCount, problem) || !readCount(options, "seed", seed, problem))
            return usage(problem);
        if (options.count("seed"))
            spec.seed = static_cast<std::uint32_t>(seed);
        const bench::EvaluatorWorkload workload = bench::makeEvaluatorWorkload(spec);
        SampleCaseSet sample;
        for (std::size_t i = 0; i < workload.cases.cases.size() && i < sampleCount; ++i)
            sample.cases.push_back(workload.cases.cases[i]);
        for (const Status &status :
             {writeText(out + "/rules.snapshot.json", toJsonText(wire::writeSnapshot(workload.snapshot))),
              bench::writeCompactJsonFile(out + "/cases.json", wire::writeSampleCaseSet(workload.cases)),
              bench::writeCompactJsonFile(out + "/cases.sample.json", wire::writeSampleCaseSet(sample))})
            if (!status)
                return fail(status.error());
        std::printf("wrote %s: %zu rules, %zu cases (%zu in the sample)\n", out.c_str(),
                    workload.snapshot.caseRules.size(), workload.cases.cases.size(), sample.cases.size());
        return 0;
    }
    if (kind == "pull") {
        bench::PullWorkloadSpec spec;
        if (!readCount(options, "fields", spec.fieldCount, problem) ||
            !readCount(options, "templates", spec.templateCount, problem) ||
            !readCount(options, "rules", spec.ruleCount, problem) ||
            !readCount(options, "seed", seed, problem))
            return usage(problem);
        if (spec.fieldCount < 10 || spec.templateCount == 0 || spec.ruleCount > spec.templateCount * 50)
            return usage("need at least 10 fields, 1 template and at most 50 rules per template");
        if (options.count("seed"))
            spec.seed = static_cast<std::uint32_t>(seed);
        const DomainSnapshot snapshot = bench::makePullSnapshot(spec);
        if (const Status status =
                writeText(out + "/pull.snapshot.json", toJsonText(wire::writeSnapshot(snapshot)));
            !status)
            return fail(status.error());
        std::printf("wrote %s/pull.snapshot.json: domain %s, %zu fields, %zu templates, %zu rules\n",
                    out.c_str(), snapshot.domainId.c_str(), snapshot.fields.size(), snapshot.templates.size(),
                    snapshot.caseRules.size());
        return 0;
    }
    if (kind == "samples") {
        if (!options.count("snapshot"))
            return usage("--snapshot FILE is required");
        const auto snapshot = wire::loadSnapshotFile(options["snapshot"]);
        if (!snapshot)
            return fail(snapshot.error());
        std::size_t templates = snapshot->templates.size();
        if (!readCount(options, "templates", templates, problem))
            return usage(problem);
        SampleCaseSet samples;
        std::vector<std::string> takenIds;
        for (std::size_t i = 0; i < templates && i < snapshot->templates.size(); ++i) {
            const CaseTemplate &caseTemplate = snapshot->templates[i];
            for (SampleCase &generated : generateCases(*snapshot, caseTemplate, takenIds)) {
                takenIds.push_back(generated.id);
                samples.cases.push_back(std::move(generated));
            }
        }
        if (const Status status = writeText(out, toJsonText(wire::writeSampleCaseSet(samples))); !status)
            return fail(status.error());
        std::printf("wrote %s: %zu cases for %zu templates\n", out.c_str(), samples.cases.size(),
                    std::min(templates, snapshot->templates.size()));
        return 0;
    }
    return usage("unknown workload \"" + kind + "\" (evaluator, pull or samples)");
}
