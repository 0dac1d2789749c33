#pragma once
// Wall and CPU time of repeated runs, and their medians. CPU time is reported beside wall time
// because the benchmark machine is shared: the wall clock also counts other processes' turns.

#include "common/json_text.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <vector>

namespace cw::bench {

class Stopwatch {
public:
    Stopwatch() : m_wall(std::chrono::steady_clock::now()), m_cpu(processCpuSeconds()) {}

    double wallSeconds() const
    {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_wall).count();
    }
    double cpuSeconds() const { return processCpuSeconds() - m_cpu; }

    static double processCpuSeconds()
    {
        timespec now{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
        return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
    }

private:
    std::chrono::steady_clock::time_point m_wall;
    double m_cpu;
};

struct Samples {
    std::vector<double> wall;
    std::vector<double> cpu;
};

// `warmup` untimed runs (caches, branch predictors, page faults), then `repetitions` timed ones.
template <typename Work> Samples measure(Work &&work, std::size_t repetitions, std::size_t warmup)
{
    for (std::size_t i = 0; i < warmup; ++i)
        work();
    Samples samples;
    for (std::size_t i = 0; i < repetitions; ++i) {
        const Stopwatch watch;
        work();
        samples.wall.push_back(watch.wallSeconds());
        samples.cpu.push_back(watch.cpuSeconds());
    }
    return samples;
}

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// The shape every engine's entry of bench-results.json shares (tests/bench/js/results.mjs).
inline Json summary(const Samples &samples, double cases, std::size_t rules)
{
    const double wall = median(samples.wall);
    const double cpu = median(samples.cpu);
    const double evaluations = cases * static_cast<double>(rules);
    return {{"median_s", wall},
            {"cpu_median_s", cpu},
            {"runs_s", samples.wall},
            {"cases_per_s", wall > 0 ? cases / wall : 0},
            {"rule_evals_per_s", wall > 0 ? evaluations / wall : 0},
            {"rule_evals_per_cpu_s", cpu > 0 ? evaluations / cpu : 0}};
}

} // namespace cw::bench
