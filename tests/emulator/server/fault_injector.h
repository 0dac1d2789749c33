#pragma once
// Seeded fault injection. Each API request draws once from a 64-bit Mersenne Twister seeded with
// --seed, so the same seed and the same sequence of requests give the same faults, run after run:
// a test can assert exactly which call fails.

#include <cstdint>
#include <optional>
#include <random>
#include <set>
#include <string>

namespace cw::emu {

struct FaultSettings {
    std::uint64_t seed = 42;
    double throttleRate = 0.0;        // 429 ThrottlingException
    double errorRate = 0.0;           // 500 InternalServerException, half of them with Retry-After
    double dropRate = 0.0;            // connection closed without a response
    double lostAnswerRate = 0.0;      // carried out, then answered 500 as if the answer were lost
    std::set<std::string> operations; // the operations faults apply to; empty: every one
    double rateLimit = 0.0;           // requests per second over every operation; 0: no limit
};

// The service's rate-based throttling: a token bucket holding one second of requests (at least
// one), full at start and refilled continuously at `ratePerSecond`; a request that finds it empty
// is answered 429 ThrottlingException. Times are seconds on a monotonic clock.
class RateLimiter {
public:
    RateLimiter(double ratePerSecond, double now);

    // Takes a token and returns true, or returns false when there is none.
    bool admit(double now);
    bool active() const { return m_rate > 0.0; }

private:
    double m_rate;
    double m_capacity;
    double m_tokens;
    double m_last;
};

struct Fault {
    enum class Kind { None, Throttle, InternalError, Drop, LostAnswer, RateLimited };
    Kind kind = Kind::None;
    std::optional<int> retryAfterSeconds; // InternalError only, when the server advises one
};

class FaultInjector {
public:
    explicit FaultInjector(FaultSettings settings);

    // The fault for the next request of `operation` (Kind::None for most).
    Fault next(const std::string &operation);
    bool active() const;
    const FaultSettings &settings() const { return m_settings; }

private:
    double draw(); // uniform in [0, 1), the same on every platform for one seed

    FaultSettings m_settings;
    std::mt19937_64 m_random;
};

} // namespace cw::emu
