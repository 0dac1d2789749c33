#pragma once
// The client side of the SDKs' "adaptive" retry mode (botocore retries/adaptive.py, bucket.py,
// throttling.py): a token bucket that every attempt draws from once the service has throttled
// this client, whose fill rate follows CUBIC — cut to 70% of the measured sending rate at each
// throttling answer, then grown back along a cubic curve towards (and past) the rate that was
// throttled. The formulas and constants are botocore's, so the client backs off as the AWS CLI
// does. Times are seconds on a monotonic clock, passed in so tests can replay exact sequences.
//
// Casewright's client (request_executor.cpp) departs from botocore in how it measures the rate it
// cuts from (RateEstimate::FlooredByRecentSuccesses, below): botocore's measurement starts at 0 and
// is updated every half second, smoothed, so the first throttling answer -- which comes early, when
// a pull's first burst empties the service's bucket -- is cut from a fraction of the real rate (or
// from 0: then 0.5 requests/s) and CUBIC takes seconds to climb back.

#include <deque>

namespace cw::net {

// botocore TokenBucket, without blocking: tryAcquire says how long to wait instead.
class SendTokenBucket {
public:
    static constexpr double kMinRate = 0.5;

    SendTokenBucket(double maxRate, double now);

    double maxRate() const { return m_fillRate; }
    double maxCapacity() const { return m_maxCapacity; }
    double availableCapacity() const { return m_capacity; }
    // Refills up to `now`, then sets the fill rate (at least kMinRate) and the capacity (the rate
    // itself when at least 1, else 1), clipping the tokens held to the new capacity.
    void setMaxRate(double value, double now);
    // Takes `amount` tokens and returns 0 when they are there; otherwise takes nothing and
    // returns the seconds until they will be.
    double tryAcquire(double now, double amount = 1.0);

private:
    void refill(double now);

    double m_fillRate = kMinRate;
    double m_maxCapacity = 1.0;
    double m_capacity = 0.0;
    double m_lastTimestamp = 0.0;
};

// botocore CubicCalculator: rate(t) = C * (t - lastFail - K)^3 + Wmax, K = cbrt(Wmax * (1 - beta) / C).
class CubicCalculator {
public:
    static constexpr double kScaleConstant = 0.4; // C
    static constexpr double kBeta = 0.7;

    CubicCalculator(double startingMaxRate, double startTime);

    double successReceived(double timestamp) const;
    // Remembers `currentRate` as the new Wmax and returns the reduced rate, currentRate * beta.
    double errorReceived(double currentRate, double timestamp);

    double wMax() const { return m_wMax; }
    double k() const { return m_k; }
    double lastFail() const { return m_lastFail; }

private:
    double m_wMax;
    double m_k;
    double m_lastFail;
};

// botocore RateClocker: the sending rate, counted in half-second buckets and smoothed (0.8 of
// the newest bucket, 0.2 of the previous value).
class SendRateClocker {
public:
    explicit SendRateClocker(double now);
    // Counts one response at `now`; returns the measured rate (requests per second).
    double record(double now);
    double measuredRate() const { return m_measuredRate; }

private:
    double m_measuredRate = 0.0;
    double m_lastBucket;
    long long m_count = 0;
};

// The answers the service accepted (not throttled) during the last second: the rate it
// demonstrably allows. Right after a throttling answer -- the service's bucket just ran dry -- that
// is its limit plus at most the burst it holds, which is what the cut should start from.
class RecentAcceptedAnswers {
public:
    static constexpr double kWindowSeconds = 1.0;

    void record(double now);
    // Accepted answers in (now - 1 s, now], per second. A pull younger than a second counts over
    // the whole second all the same: a burst the service let through is not a sustained rate.
    double rate(double now);

private:
    void prune(double now);
    std::deque<double> m_times;
};

enum class RateEstimate {
    Botocore,                 // the measured rate as botocore's RateClocker gives it
    FlooredByRecentSuccesses, // never below RecentAcceptedAnswers (Casewright's client)
};

// botocore ClientRateLimiter: off until the first throttling answer, then every attempt waits
// for a token; each answer adjusts the bucket's rate (never above twice the measured rate).
class ClientRateLimiter {
public:
    static constexpr double kMaxRateAdjustScale = 2.0;

    explicit ClientRateLimiter(double now, RateEstimate estimate = RateEstimate::Botocore);

    // Before an attempt goes out: 0 when it may go now (a token was taken), else the seconds to
    // wait before asking again.
    double beforeSending(double now);
    // After each answer (or transport failure); `throttled` for the SDKs' throttling errors (the
    // rate is cut), `accepted` when the service answered without throttling.
    void afterResponse(double now, bool throttled, bool accepted);
    void afterResponse(double now, bool throttled) { afterResponse(now, throttled, !throttled); }

    bool enabled() const { return m_enabled; }
    double sendRate() const { return m_bucket.maxRate(); }
    // botocore's measurement, and the one the last adjustment used (the same with Botocore).
    double measuredRate() const { return m_clocker.measuredRate(); }
    double estimatedRate() const { return m_estimatedRate; }
    const CubicCalculator &cubic() const { return m_cubic; }

private:
    CubicCalculator m_cubic;
    SendTokenBucket m_bucket;
    SendRateClocker m_clocker;
    RateEstimate m_estimate;
    RecentAcceptedAnswers m_accepted;
    double m_estimatedRate = 0.0;
    bool m_enabled = false;
};

} // namespace cw::net
