#include "client/retry_policy.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace cw::net {

std::optional<RetryMode> parseRetryMode(std::string_view text)
{
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
    if (lower == "legacy")
        return RetryMode::Legacy;
    if (lower == "standard")
        return RetryMode::Standard;
    if (lower == "adaptive")
        return RetryMode::Adaptive;
    return std::nullopt;
}

const char *toString(RetryMode mode)
{
    switch (mode) {
    case RetryMode::Legacy:
        return "legacy";
    case RetryMode::Adaptive:
        return "adaptive";
    case RetryMode::Standard:
        break;
    }
    return "standard";
}

RetryOptions retryOptionsFor(RetryMode mode)
{
    RetryOptions options;
    options.mode = mode;
    if (mode == RetryMode::Legacy) {
        // botocore's legacy handler: delay = random * 2^(attempt - 1) seconds, 5 attempts in all,
        // no retry quota.
        options.maxAttempts = 5;
        options.baseDelay = std::chrono::milliseconds(1000);
        options.throttlingBaseDelay = std::chrono::milliseconds(1000);
        options.useRetryQuota = false;
    }
    return options;
}

RetryPolicy::RetryPolicy(RetryOptions options, RandomSource random)
    : m_options(options), m_random(std::move(random)), m_quota(options.quotaCapacity)
{
}

bool RetryPolicy::isRetryable(const ApiError &error, bool safeToResend) const
{
    if (!safeToResend)
        return error.kind == ApiErrorKind::Throttled ||
               (error.kind == ApiErrorKind::Network && error.neverSent);
    switch (error.kind) {
    case ApiErrorKind::Throttled:
    case ApiErrorKind::Server:
        return true;
    case ApiErrorKind::Network:
        return error.transientNetwork;
    case ApiErrorKind::Timeout:
        return m_options.retryTimeouts;
    default:
        return false;
    }
}

int RetryPolicy::costOf(const ApiError &error) const
{
    return error.kind == ApiErrorKind::Timeout ? m_options.timeoutRetryCost : m_options.retryCost;
}

std::chrono::milliseconds applyRetryAfter(std::chrono::milliseconds backoff,
                                          std::optional<std::chrono::milliseconds> hint,
                                          std::chrono::milliseconds cap)
{
    if (!hint || *hint <= backoff)
        return backoff;
    return std::max(backoff, std::min(*hint, cap));
}

std::chrono::milliseconds RetryPolicy::backoff(int retryIndex, const ApiError &error) const
{
    const auto base =
        error.kind == ApiErrorKind::Throttled ? m_options.throttlingBaseDelay : m_options.baseDelay;
    // 2^retryIndex overflows nothing here: the exponent is capped long before 2^62.
    const double exponential = double(base.count()) * std::ldexp(1.0, std::clamp(retryIndex, 0, 30));
    const double ceiling = std::min(exponential, double(m_options.maxBackoff.count()));
    double random = m_random ? m_random() : 0.0;
    random = std::clamp(random, 0.0, 1.0);
    const auto jittered = std::chrono::milliseconds(static_cast<long long>(std::floor(random * ceiling)));
    return applyRetryAfter(jittered, error.retryAfter, m_options.maxBackoff);
}

std::optional<std::chrono::milliseconds> RetryPolicy::nextDelay(RetryState &state, const ApiError &error,
                                                                bool safeToResend)
{
    if (!isRetryable(error, safeToResend) || state.attemptsMade >= m_options.maxAttempts)
        return std::nullopt;
    const int cost = costOf(error);
    if (m_options.useRetryQuota) {
        if (m_quota < cost)
            return std::nullopt;
        m_quota -= cost;
    }
    state.lastRetryCost = cost;
    return backoff(state.attemptsMade - 1, error);
}

void RetryPolicy::recordSuccess(const RetryState &state)
{
    if (!m_options.useRetryQuota)
        return;
    const int refund = state.lastRetryCost > 0 ? state.lastRetryCost : m_options.successRefund;
    m_quota = std::min(m_options.quotaCapacity, m_quota + refund);
}

} // namespace cw::net
