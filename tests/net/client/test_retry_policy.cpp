// The standard-mode retry decisions, backoff bounds with a seeded random source, Retry-After,
// and the retry quota.
#include "client/retry_policy.h"

#include <QTest>
#include <random>

using namespace cw::net;
using std::chrono::milliseconds;

namespace {
ApiError errorOf(ApiErrorKind kind, bool transient = false)
{
    ApiError error;
    error.kind = kind;
    error.operation = "ListFields";
    error.transientNetwork = transient;
    return error;
}

RandomSource seeded(unsigned seed)
{
    auto engine = std::make_shared<std::mt19937>(seed);
    return [engine] { return std::uniform_real_distribution<double>(0.0, 1.0)(*engine); };
}

RandomSource constant(double value)
{
    return [value] { return value; };
}
} // namespace

class TestRetryPolicy : public QObject {
    Q_OBJECT
private slots:
    void whatIsRetryable()
    {
        RetryPolicy policy({}, constant(0.5));
        QVERIFY(policy.isRetryable(errorOf(ApiErrorKind::Throttled)));
        QVERIFY(policy.isRetryable(errorOf(ApiErrorKind::Server)));
        QVERIFY(policy.isRetryable(errorOf(ApiErrorKind::Network, true)));
        QVERIFY(policy.isRetryable(errorOf(ApiErrorKind::Timeout)));
        QVERIFY(!policy.isRetryable(errorOf(ApiErrorKind::Network, false)));
        for (ApiErrorKind kind : {ApiErrorKind::NotFound, ApiErrorKind::Conflict, ApiErrorKind::Validation,
                                  ApiErrorKind::AccessDenied, ApiErrorKind::Quota, ApiErrorKind::Cancelled,
                                  ApiErrorKind::Auth, ApiErrorKind::Unknown})
            QVERIFY2(!policy.isRetryable(errorOf(kind)), toString(kind));

        RetryOptions noTimeouts;
        noTimeouts.retryTimeouts = false;
        QVERIFY(!RetryPolicy(noTimeouts, constant(0.5)).isRetryable(errorOf(ApiErrorKind::Timeout)));
    }

    // CreateCaseRule and CreateTemplate have no client token: after an unclear failure the service
    // may have created the resource, and a resend would create it twice.
    void createsAreResentOnlyWhenSurelyNotCarriedOut()
    {
        RetryPolicy policy({}, constant(0.5));
        const bool unsafe = false;
        QVERIFY(policy.isRetryable(errorOf(ApiErrorKind::Throttled), unsafe));
        ApiError refused = errorOf(ApiErrorKind::Network, true);
        refused.neverSent = true;
        QVERIFY(policy.isRetryable(refused, unsafe));
        QVERIFY(!policy.isRetryable(errorOf(ApiErrorKind::Network, true), unsafe)); // closed after sending
        QVERIFY(!policy.isRetryable(errorOf(ApiErrorKind::Server), unsafe));
        QVERIFY(!policy.isRetryable(errorOf(ApiErrorKind::Timeout), unsafe));
        RetryState state;
        state.attemptsMade = 1;
        QVERIFY(!policy.nextDelay(state, errorOf(ApiErrorKind::Server), unsafe).has_value());
        QVERIFY(policy.nextDelay(state, errorOf(ApiErrorKind::Throttled), unsafe).has_value());
    }

    void atMostThreeAttemptsByDefault()
    {
        RetryPolicy policy({}, constant(0.5));
        RetryState state;
        state.attemptsMade = 1;
        QVERIFY(policy.nextDelay(state, errorOf(ApiErrorKind::Server)).has_value());
        state.attemptsMade = 2;
        QVERIFY(policy.nextDelay(state, errorOf(ApiErrorKind::Server)).has_value());
        state.attemptsMade = 3;
        QVERIFY(!policy.nextDelay(state, errorOf(ApiErrorKind::Server)).has_value());
    }

    void maxAttemptsIsConfigurable()
    {
        RetryOptions options;
        options.maxAttempts = 1;
        RetryPolicy policy(options, constant(0.5));
        RetryState state;
        state.attemptsMade = 1;
        QVERIFY(!policy.nextDelay(state, errorOf(ApiErrorKind::Throttled)).has_value());
    }

    void nonRetryableErrorsFailAtOnce()
    {
        RetryPolicy policy({}, constant(0.5));
        RetryState state;
        state.attemptsMade = 1;
        QVERIFY(!policy.nextDelay(state, errorOf(ApiErrorKind::Validation)).has_value());
        QCOMPARE(policy.quotaAvailable(), 500); // and cost nothing
    }

    void fullJitterStaysWithinTheExponentialBound()
    {
        RetryOptions options;
        RetryPolicy policy(options, seeded(20260601));
        for (int retry = 0; retry < 12; ++retry) {
            for (ApiErrorKind kind : {ApiErrorKind::Server, ApiErrorKind::Throttled}) {
                const qint64 base = kind == ApiErrorKind::Throttled ? 500 : 100;
                const qint64 bound = std::min<qint64>(base << retry, 20000);
                qint64 largest = 0;
                qint64 smallest = bound;
                for (int draw = 0; draw < 400; ++draw) {
                    const qint64 delay = policy.backoff(retry, errorOf(kind)).count();
                    QVERIFY2(delay >= 0 && delay <= bound, qPrintable(QString::number(delay)));
                    largest = std::max(largest, delay);
                    smallest = std::min(smallest, delay);
                }
                // Full jitter spreads over the whole range, not just near the bound.
                QVERIFY(largest > bound * 9 / 10);
                QVERIFY(smallest < bound / 10);
            }
        }
    }

    void backoffIsExactWithAFixedRandomValue()
    {
        RetryPolicy policy({}, constant(0.5));
        QCOMPARE(policy.backoff(0, errorOf(ApiErrorKind::Server)), milliseconds(50));
        QCOMPARE(policy.backoff(1, errorOf(ApiErrorKind::Server)), milliseconds(100));
        QCOMPARE(policy.backoff(2, errorOf(ApiErrorKind::Server)), milliseconds(200));
        QCOMPARE(policy.backoff(0, errorOf(ApiErrorKind::Throttled)), milliseconds(250));
        QCOMPARE(policy.backoff(20, errorOf(ApiErrorKind::Server)), milliseconds(10000));   // 0.5 * 20 s cap
        QCOMPARE(policy.backoff(1000, errorOf(ApiErrorKind::Server)), milliseconds(10000)); // no overflow
    }

    void nextDelayUsesTheRetryIndex()
    {
        RetryPolicy policy({}, constant(0.5));
        RetryState state;
        state.attemptsMade = 1;
        QCOMPARE(*policy.nextDelay(state, errorOf(ApiErrorKind::Server)), milliseconds(50));
        state.attemptsMade = 2;
        QCOMPARE(*policy.nextDelay(state, errorOf(ApiErrorKind::Server)), milliseconds(100));
    }

    void retryAfterIsHonouredUpToTheCap()
    {
        RetryPolicy policy({}, constant(0.5));
        ApiError error = errorOf(ApiErrorKind::Throttled);
        error.retryAfter = milliseconds(3000);
        QCOMPARE(policy.backoff(0, error), milliseconds(3000));
        error.retryAfter = milliseconds(60000);
        QCOMPARE(policy.backoff(0, error), milliseconds(20000));
        error.retryAfter = milliseconds(10); // shorter than the backoff: the backoff stands
        QCOMPARE(policy.backoff(0, error), milliseconds(250));
        QCOMPARE(applyRetryAfter(milliseconds(5), std::nullopt, milliseconds(100)), milliseconds(5));
    }

    void retryQuotaRunsOutAndRefills()
    {
        RetryOptions options;
        options.quotaCapacity = 12;
        options.maxAttempts = 10;
        RetryPolicy policy(options, constant(0.0));
        RetryState first;
        first.attemptsMade = 1;
        QVERIFY(policy.nextDelay(first, errorOf(ApiErrorKind::Server)).has_value()); // 12 -> 7
        RetryState second;
        second.attemptsMade = 1;
        QVERIFY(policy.nextDelay(second, errorOf(ApiErrorKind::Server)).has_value()); // 7 -> 2
        RetryState third;
        third.attemptsMade = 1;
        QVERIFY(!policy.nextDelay(third, errorOf(ApiErrorKind::Server)).has_value()); // 2 < 5
        QCOMPARE(policy.quotaAvailable(), 2);

        policy.recordSuccess(first); // refunds the retry's cost
        QCOMPARE(policy.quotaAvailable(), 7);
        policy.recordSuccess(RetryState{1, 0}); // a first-attempt success adds 1
        QCOMPARE(policy.quotaAvailable(), 8);
        for (int i = 0; i < 10; ++i)
            policy.recordSuccess(RetryState{1, 0});
        QCOMPARE(policy.quotaAvailable(), 12); // never above capacity
    }

    void timeoutsCostMore()
    {
        RetryOptions options;
        options.quotaCapacity = 10;
        RetryPolicy policy(options, constant(0.0));
        RetryState state;
        state.attemptsMade = 1;
        QVERIFY(policy.nextDelay(state, errorOf(ApiErrorKind::Timeout)).has_value());
        QCOMPARE(state.lastRetryCost, 10);
        QCOMPARE(policy.quotaAvailable(), 0);
    }

    void quotaCanBeTurnedOff()
    {
        RetryOptions options;
        options.useRetryQuota = false;
        options.quotaCapacity = 0;
        options.maxAttempts = 100;
        RetryPolicy policy(options, constant(0.0));
        RetryState state;
        for (int attempt = 1; attempt < 100; ++attempt) {
            state.attemptsMade = attempt;
            QVERIFY(policy.nextDelay(state, errorOf(ApiErrorKind::Throttled)).has_value());
        }
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "test_retry_policy.moc"
