// The designer's preview import of a large sample-cases file (issue #16): how long reading it into
// SampleCases takes with the bulk reader the import now uses (common with `casewright-cli
// evaluate`: case_table_reader.h, unknown members kept), against the DOM reader it used before
// (the whole file parsed into a DOM, then wire::readSampleCaseSet). Not a timed test: run by hand,
//   casewright_bench_preview_import CASES.json [--repetitions 3]
// e.g. on the 100,000 cases of `casewright_bench_workload` (docs/performance.md).
#include "bench_timing.h"
#include "samples/sample_import.h"
#include "wire/wire_json.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

using namespace cw;

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: casewright_bench_preview_import CASES.json [--repetitions N]\n");
        return 2;
    }
    const std::string path = argv[1];
    const int repetitions = argc >= 4 && std::strcmp(argv[2], "--repetitions") == 0 ? std::atoi(argv[3]) : 3;
    bench::Samples bulk;
    bench::Samples dom;
    std::size_t cases = 0;
    for (int r = 0; r < repetitions; ++r) {
        {
            bench::Stopwatch watch;
            auto imported = importSampleCases(path, DomainSnapshot{}, SampleImportOptions{});
            if (!imported) {
                std::fprintf(stderr, "%s\n", imported.error().toString().c_str());
                return 1;
            }
            cases = imported->size();
            bulk.wall.push_back(watch.wallSeconds());
            bulk.cpu.push_back(watch.cpuSeconds());
        }
        {
            bench::Stopwatch watch;
            std::ifstream in(path, std::ios::binary);
            std::ostringstream text;
            text << in.rdbuf();
            auto json = parseJsonText(text.str(), path);
            auto set = json ? wire::readSampleCaseSet(*json) : Result<SampleCaseSet>(json.error());
            if (!set || set->cases.size() != cases) {
                std::fprintf(stderr, "the DOM reader disagrees\n");
                return 1;
            }
            dom.wall.push_back(watch.wallSeconds());
            dom.cpu.push_back(watch.cpuSeconds());
        }
    }
    std::printf(
        "%zu cases; preview import (bulk reader): %.2f s wall, %.2f s CPU; before (DOM reader): %.2f s wall, "
        "%.2f s CPU (medians of %d)\n",
        cases, bench::median(bulk.wall), bench::median(bulk.cpu), bench::median(dom.wall),
        bench::median(dom.cpu), repetitions);
    return 0;
}
