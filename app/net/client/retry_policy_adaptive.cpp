#include "client/retry_policy_adaptive.h"

#include <algorithm>
#include <cmath>

namespace cw::net {

SendTokenBucket::SendTokenBucket(double maxRate, double now) : m_lastTimestamp(now)
{
    setMaxRate(maxRate, now);
}

void SendTokenBucket::refill(double now)
{
    // A clock that steps back (it should not, it is monotonic) adds nothing rather than taking.
    const double elapsed = std::max(0.0, now - m_lastTimestamp);
    m_capacity = std::min(m_maxCapacity, m_capacity + elapsed * m_fillRate);
    m_lastTimestamp = now;
}

void SendTokenBucket::setMaxRate(double value, double now)
{
    refill(now);
    m_fillRate = std::max(value, kMinRate);
    m_maxCapacity = value >= 1.0 ? value : 1.0;
    m_capacity = std::min(m_capacity, m_maxCapacity);
}

double SendTokenBucket::tryAcquire(double now, double amount)
{
    refill(now);
    if (amount <= m_capacity) {
        m_capacity -= amount;
        return 0.0;
    }
    return (amount - m_capacity) / m_fillRate;
}

CubicCalculator::CubicCalculator(double startingMaxRate, double startTime)
    : m_wMax(startingMaxRate), m_k(std::cbrt(startingMaxRate * (1.0 - kBeta) / kScaleConstant)),
      m_lastFail(startTime)
{
}

double CubicCalculator::successReceived(double timestamp) const
{
    const double dt = timestamp - m_lastFail;
    return kScaleConstant * std::pow(dt - m_k, 3.0) + m_wMax;
}

double CubicCalculator::errorReceived(double currentRate, double timestamp)
{
    m_wMax = currentRate;
    m_k = std::cbrt(m_wMax * (1.0 - kBeta) / kScaleConstant);
    m_lastFail = timestamp;
    return currentRate * kBeta;
}

namespace {
constexpr double kSmoothing = 0.8;
constexpr double kTimeBucketScale = 2.0; // 1 / the half-second bucket
} // namespace

SendRateClocker::SendRateClocker(double now) : m_lastBucket(std::floor(now)) {}

double SendRateClocker::record(double now)
{
    const double bucket = std::floor(now * kTimeBucketScale) / kTimeBucketScale;
    ++m_count;
    if (bucket > m_lastBucket) {
        const double currentRate = double(m_count) / (bucket - m_lastBucket);
        m_measuredRate = currentRate * kSmoothing + m_measuredRate * (1.0 - kSmoothing);
        m_count = 0;
        m_lastBucket = bucket;
    }
    return m_measuredRate;
}

void RecentAcceptedAnswers::prune(double now)
{
    while (!m_times.empty() && m_times.front() <= now - kWindowSeconds)
        m_times.pop_front();
}

void RecentAcceptedAnswers::record(double now)
{
    prune(now);
    m_times.push_back(now);
}

double RecentAcceptedAnswers::rate(double now)
{
    prune(now);
    return double(m_times.size()) / kWindowSeconds;
}

// botocore starts the cubic curve at 0 and the bucket at 1 request per second; neither matters
// until the first throttling answer, which sets both from the measured rate.
ClientRateLimiter::ClientRateLimiter(double now, RateEstimate estimate)
    : m_cubic(0.0, now), m_bucket(1.0, now), m_clocker(now), m_estimate(estimate)
{
}

double ClientRateLimiter::beforeSending(double now)
{
    return m_enabled ? m_bucket.tryAcquire(now) : 0.0;
}

void ClientRateLimiter::afterResponse(double now, bool throttled, bool accepted)
{
    double measured = m_clocker.record(now);
    if (m_estimate == RateEstimate::FlooredByRecentSuccesses) {
        if (accepted)
            m_accepted.record(now);
        measured = std::max(measured, m_accepted.rate(now));
    }
    m_estimatedRate = measured;
    double newRate = 0.0;
    if (!throttled) {
        newRate = m_cubic.successReceived(now);
    } else {
        const double rateToUse = m_enabled ? std::min(measured, m_bucket.maxRate()) : measured;
        newRate = m_cubic.errorReceived(rateToUse, now);
        m_enabled = true;
    }
    m_bucket.setMaxRate(std::min(newRate, kMaxRateAdjustScale * measured), now);
}

} // namespace cw::net
