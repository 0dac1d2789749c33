// The adaptive retry mode's math against botocore: every expected number below was computed by
// botocore's own classes (retries/throttling.py CubicCalculator, retries/bucket.py TokenBucket,
// retries/adaptive.py ClientRateLimiter and RateClocker) driven by a fake clock with the same
// times, so a difference in a constant or a formula shows up here.
#include "client/retry_policy.h"
#include "client/retry_policy_adaptive.h"

#include <QTest>
#include <algorithm>
#include <cmath>

using namespace cw::net;

namespace {
bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}
} // namespace

#define QCOMPARE_NEAR(actual, expected)                                                                      \
    QVERIFY2(near((actual), (expected)),                                                                     \
             qPrintable(QStringLiteral("%1 != %2").arg((actual), 0, 'g', 17).arg((expected), 0, 'g', 17)))

class TestRetryPolicyAdaptive : public QObject {
    Q_OBJECT
private slots:
    void cubicFollowsBotocore()
    {
        CubicCalculator cubic(10.0, 0.0);
        QCOMPARE_NEAR(cubic.k(), 1.9574338205844317);
        QCOMPARE_NEAR(cubic.successReceived(0.0), 7.0);
        QCOMPARE_NEAR(cubic.successReceived(1.0), 9.64893600966);
        QCOMPARE_NEAR(cubic.successReceived(2.0), 10.000030849917364);
        QCOMPARE_NEAR(cubic.successReceived(3.0), 10.453284520772092);
        QCOMPARE_NEAR(cubic.successReceived(5.0), 21.26626835427364);
        QCOMPARE_NEAR(cubic.errorReceived(12.0, 4.0), 8.399999999999999);
        QCOMPARE_NEAR(cubic.k(), 2.080083823051904);
        QCOMPARE_NEAR(cubic.successReceived(4.0), 8.4);
        QCOMPARE_NEAR(cubic.successReceived(5.0), 11.495997865444386);
        QCOMPARE_NEAR(cubic.successReceived(6.5), 12.029617459877395);
    }

    void tokenBucketFollowsBotocore()
    {
        SendTokenBucket bucket(4.0, 100.0);
        QCOMPARE_NEAR(bucket.availableCapacity(), 0.0);
        QCOMPARE(bucket.tryAcquire(100.5), 0.0); // 0.5 s at 4/s filled 2 tokens; one taken
        QCOMPARE_NEAR(bucket.availableCapacity(), 1.0);
        QCOMPARE_NEAR(bucket.tryAcquire(100.5, 2.0), 0.25); // one token short at 4/s
        QCOMPARE_NEAR(bucket.availableCapacity(), 1.0);     // nothing taken
        bucket.setMaxRate(0.2, 100.5);
        QCOMPARE_NEAR(bucket.maxRate(), 0.5); // never below the minimum rate
        QCOMPARE_NEAR(bucket.maxCapacity(), 1.0);
        QCOMPARE(bucket.tryAcquire(110.0), 0.0); // full (capacity 1) after 9.5 s
        QVERIFY(bucket.tryAcquire(110.0) > 0.0);
        QCOMPARE_NEAR(bucket.tryAcquire(110.0), 2.0); // a whole token at 0.5/s
    }

    // The limiter stays off until the first throttling answer, then every send rate is botocore's.
    void limiterFollowsBotocore()
    {
        struct Step {
            double time;
            bool throttled;
            double sendRate;
            double measuredRate;
        };
        const Step steps[] = {
            {1000.3, false, 0.5, 0},
            {1000.45, false, 0.5, 0},
            {1000.6, false, 0.5, 4.800000000000001},
            {1000.9, false, 0.5, 4.800000000000001},
            {1001.05, true, 2.912, 4.16},
            {1001.1, false, 3.035777675275291, 4.16},
            {1001.4, true, 2.1250443726927037, 4.16},
            {1001.7, false, 2.616814574520632, 5.632000000000001},
            {1002.2, false, 2.980963143095629, 2.7264},
            {1002.6, false, 3.035160406931443, 2.14528},
            {1003.1, false, 3.0585049979459784, 2.029056},
            {1003.7, true, 1.40406784, 2.0058112},
            {1004.5, false, 1.989268083248038, 1.20116224},
            {1006.0, false, 1.5471315626666664, 0.7735657813333332},
        };
        ClientRateLimiter limiter(1000.2);
        QCOMPARE(limiter.beforeSending(1000.25), 0.0);
        for (const Step &step : steps) {
            limiter.afterResponse(step.time, step.throttled);
            QCOMPARE_NEAR(limiter.sendRate(), step.sendRate);
            QCOMPARE_NEAR(limiter.measuredRate(), step.measuredRate);
        }
        QVERIFY(limiter.enabled());
    }

    void limiterMakesSendersWaitOnceEnabled()
    {
        ClientRateLimiter limiter(0.0);
        for (int i = 0; i < 50; ++i) // unlimited before any throttling
            QCOMPARE(limiter.beforeSending(0.01 * i), 0.0);
        for (int i = 1; i <= 40; ++i)
            limiter.afterResponse(0.025 * i, false); // 40 requests/s measured
        limiter.afterResponse(1.01, true);
        QVERIFY(limiter.enabled());
        const double rate = limiter.sendRate();
        QVERIFY2(rate > 0.5 && rate < 40.0, qPrintable(QString::number(rate)));
        // Tokens come at `rate` per second: a burst beyond the capacity has to wait.
        double now = 1.01;
        int sent = 0;
        while (now < 3.01) {
            const double wait = limiter.beforeSending(now);
            if (wait == 0.0)
                ++sent;
            else
                now += std::max(wait, 0.001); // as the executor's timer: at least 1 ms
        }
        QVERIFY2(sent <= int(2.0 * rate) + int(rate) + 1, qPrintable(QString::number(sent)));
        QVERIFY(sent >= int(2.0 * rate) - 1);
    }

    void recentAcceptedAnswersCountTheLastSecond()
    {
        RecentAcceptedAnswers accepted;
        QCOMPARE(accepted.rate(5.0), 0.0);
        for (int i = 0; i < 10; ++i)
            accepted.record(5.0 + 0.01 * i); // 10 answers within 0.1 s: a burst
        QCOMPARE(accepted.rate(5.1), 10.0);  // counted over the whole second, not 100/s
        QCOMPARE(accepted.rate(5.95), 10.0);
        QCOMPARE(accepted.rate(6.045), 5.0); // the first five left the window: (5.045, 6.045]
        QCOMPARE(accepted.rate(7.0), 0.0);
    }

    // The first throttling answer of a pull comes right after its first burst has emptied the
    // service's bucket. botocore's measured rate is still 0 then (its first half-second bucket is
    // not over), so it cuts to its minimum, 0.5/s; Casewright cuts from what the service accepted
    // during the last second, here 20 answers: 0.7 * 20 = 14/s.
    void theFirstCutStartsFromWhatTheServiceAccepted()
    {
        ClientRateLimiter botocore(100.0);
        ClientRateLimiter casewright(100.0, RateEstimate::FlooredByRecentSuccesses);
        for (int i = 1; i <= 20; ++i) {
            botocore.afterResponse(100.0 + 0.005 * i, false);
            casewright.afterResponse(100.0 + 0.005 * i, false, true);
        }
        // Throttled answers and failures are not accepted ones: they do not raise the estimate.
        casewright.afterResponse(100.105, false, false);
        botocore.afterResponse(100.11, true);
        casewright.afterResponse(100.11, true, false);
        QCOMPARE_NEAR(botocore.measuredRate(), 0.0);
        QCOMPARE_NEAR(botocore.sendRate(), SendTokenBucket::kMinRate);
        QCOMPARE_NEAR(casewright.measuredRate(), 0.0); // botocore's own measure is kept beside
        QCOMPARE_NEAR(casewright.estimatedRate(), 20.0);
        QCOMPARE_NEAR(casewright.sendRate(), 20.0 * CubicCalculator::kBeta);
        QCOMPARE_NEAR(casewright.cubic().wMax(), 20.0);
        // Later cuts start from the lower of the estimate and the rate it was sending at, as
        // botocore's: 25 accepted answers in the last second, but it was sending at most ~14-20/s.
        double now = 100.11;
        for (int i = 0; i < 25; ++i) {
            now += 0.04;
            casewright.afterResponse(now, false, true);
        }
        const double sending = casewright.sendRate();
        casewright.afterResponse(now + 0.01, true, false);
        QCOMPARE_NEAR(casewright.sendRate(),
                      std::min(casewright.estimatedRate(), sending) * CubicCalculator::kBeta);
        QVERIFY2(casewright.sendRate() > 10.0, qPrintable(QString::number(casewright.sendRate())));
    }

    // Once the estimate is the higher, the cap (twice the measured rate) follows it too, so the
    // rate can grow back where botocore's would be held at twice its lagging measure.
    void theCapFollowsTheEstimate()
    {
        ClientRateLimiter casewright(0.0, RateEstimate::FlooredByRecentSuccesses);
        for (int i = 1; i <= 20; ++i)
            casewright.afterResponse(0.005 * i, false, true);
        casewright.afterResponse(0.11, true, false);
        casewright.afterResponse(0.4, false, true); // botocore's measure still 0: its cap would be 0
        QVERIFY2(casewright.sendRate() > 10.0, qPrintable(QString::number(casewright.sendRate())));
        QCOMPARE_NEAR(casewright.sendRate(), casewright.cubic().successReceived(0.4));
    }

    void retryModesParseAsTheSdksSpellThem()
    {
        QCOMPARE(parseRetryMode("adaptive"), std::optional<RetryMode>(RetryMode::Adaptive));
        QCOMPARE(parseRetryMode("Standard"), std::optional<RetryMode>(RetryMode::Standard));
        QCOMPARE(parseRetryMode("LEGACY"), std::optional<RetryMode>(RetryMode::Legacy));
        QVERIFY(!parseRetryMode("fast"));
        QVERIFY(!parseRetryMode(""));
        QCOMPARE(retryOptionsFor(RetryMode::Legacy).maxAttempts, 5);
        QVERIFY(!retryOptionsFor(RetryMode::Legacy).useRetryQuota);
        QCOMPARE(retryOptionsFor(RetryMode::Adaptive).maxAttempts, 3);
        QCOMPARE(retryOptionsFor(RetryMode::Adaptive).mode, RetryMode::Adaptive);
    }
};

QTEST_APPLESS_MAIN(TestRetryPolicyAdaptive)
#include "test_retry_policy_adaptive.moc"
