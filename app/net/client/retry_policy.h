#pragma once
// When and how long to wait before sending a failed call again, as the AWS SDKs' "standard"
// retry mode does: retry throttling, 5xx and transient network errors; at most 3 attempts;
// exponential backoff with full jitter (base 100 ms, 500 ms after throttling, at most 20 s);
// a retry quota shared by all calls of a client so an outage does not multiply the load.
// The "adaptive" mode adds a client-side sending rate limit (retry_policy_adaptive.h) on top of
// these rules; the "legacy" mode is botocore's older one: 5 attempts, 1 s base, no quota.

#include "client/api_error.h"

#include <chrono>
#include <functional>
#include <optional>
#include <string_view>

namespace cw::net {

// Uniform in [0, 1). Injected so tests are deterministic.
using RandomSource = std::function<double()>;

// AWS_RETRY_MODE / the profile's retry_mode.
enum class RetryMode { Legacy, Standard, Adaptive };

// "legacy", "standard", "adaptive" (as the SDKs spell them, case-insensitively); nullopt otherwise.
std::optional<RetryMode> parseRetryMode(std::string_view text);
const char *toString(RetryMode mode);

struct RetryOptions {
    RetryMode mode = RetryMode::Standard; // Adaptive: the request executor limits the sending rate
    int maxAttempts = 3;                  // first attempt included; 1 disables retries
    std::chrono::milliseconds baseDelay{100};
    std::chrono::milliseconds throttlingBaseDelay{500};
    std::chrono::milliseconds maxBackoff{20000};
    bool retryTimeouts = true; // the SDKs treat a timed-out attempt as transient
    // The standard mode's retry quota: each retry costs tokens, each success gives some back.
    bool useRetryQuota = true;
    int quotaCapacity = 500;
    int retryCost = 5;
    int timeoutRetryCost = 10;
    int successRefund = 1; // a call that succeeded on its first attempt
};

// The SDKs' defaults of `mode` (max attempts, base delays, quota), e.g. 5 attempts for legacy.
RetryOptions retryOptionsFor(RetryMode mode);

// What one call carries between attempts.
struct RetryState {
    int attemptsMade = 0;  // sent so far
    int lastRetryCost = 0; // tokens the latest retry took from the quota
};

class RetryPolicy {
public:
    RetryPolicy(RetryOptions options, RandomSource random);

    const RetryOptions &options() const { return m_options; }

    // Throttled, Server and transient Network errors (ApiError::transientNetwork); Timeout when
    // the options say so. Never a client error (4xx other than 429), Auth, or Cancelled. A request
    // that is not safe to resend (ApiRequest::safeToResend) only when it surely was not carried
    // out: throttled, or never sent (ApiError::neverSent).
    bool isRetryable(const ApiError &error, bool safeToResend = true) const;

    // After a failed attempt: the delay before the next one, or nullopt when the call must fail
    // now (not retryable, attempts used up, or quota empty). Takes the retry's cost from the quota.
    std::optional<std::chrono::milliseconds> nextDelay(RetryState &state, const ApiError &error,
                                                       bool safeToResend = true);

    // Full jitter: random * min(base * 2^retryIndex, maxBackoff), retryIndex 0 for the first
    // retry; base is throttlingBaseDelay after throttling. A Retry-After hint longer than that is
    // honoured, up to maxBackoff.
    std::chrono::milliseconds backoff(int retryIndex, const ApiError &error) const;

    // A call succeeded: refund the quota (its last retry's cost, or successRefund).
    void recordSuccess(const RetryState &state);

    int quotaAvailable() const { return m_quota; }

private:
    int costOf(const ApiError &error) const;

    RetryOptions m_options;
    RandomSource m_random;
    int m_quota;
};

// Retry-After "honoured": used when `hint` exceeds the computed backoff, capped at `cap`.
std::chrono::milliseconds applyRetryAfter(std::chrono::milliseconds backoff,
                                          std::optional<std::chrono::milliseconds> hint,
                                          std::chrono::milliseconds cap);

} // namespace cw::net
