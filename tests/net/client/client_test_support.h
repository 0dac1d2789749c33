#pragma once
// Shared by the client tests: a configuration whose time, randomness and backoff delays are
// under the test's control, and a helper that waits for an asynchronous result.

#include "client/client_config.h"

#include <QTest>
#include <QTimer>
#include <memory>
#include <optional>
#include <vector>

// QCOMPARE cannot print JSON values; this shows both sides when they differ.
#define COMPARE_JSON(actual, expected)                                                                       \
    do {                                                                                                     \
        const cw::Json actualJson_ = (actual);                                                               \
        const cw::Json expectedJson_ = (expected);                                                           \
        QVERIFY2(actualJson_ == expectedJson_,                                                               \
                 qPrintable(QStringLiteral("got %1, expected %2")                                            \
                                .arg(QString::fromStdString(actualJson_.dump()),                             \
                                     QString::fromStdString(expectedJson_.dump()))));                        \
    } while (false)

namespace cw::net::testing {

inline constexpr char kTestAccessKey[] = "AKIDCASEWRIGHTTEST";
inline constexpr char kTestSecretKey[] = "casewright-test-secret";

inline Credentials testCredentials()
{
    Credentials credentials;
    credentials.accessKeyId = QString::fromLatin1(kTestAccessKey);
    credentials.secretAccessKey = QString::fromLatin1(kTestSecretKey);
    return credentials;
}

// Records each backoff the client asks for and runs the retry at once (from the event loop),
// so retry tests neither sleep nor depend on timing.
struct DelayRecorder {
    std::shared_ptr<std::vector<std::chrono::milliseconds>> delays =
        std::make_shared<std::vector<std::chrono::milliseconds>>();

    DelayFunction function() const
    {
        auto recorded = delays;
        return [recorded](std::chrono::milliseconds delay, QObject *context, std::function<void()> then) {
            recorded->push_back(delay);
            QTimer::singleShot(0, context, std::move(then));
        };
    }
};

// A clock that starts at a fixed time and moves one second per reading, so each signature has
// its own X-Amz-Date.
inline Clock steppingClock(std::shared_ptr<int> readings = std::make_shared<int>(0))
{
    return
        [readings] { return QDateTime(QDate(2026, 6, 1), QTime(12, 0, 0), Qt::UTC).addSecs((*readings)++); };
}

inline CasesClientConfig testConfig(const QUrl &endpoint, const DelayRecorder &recorder = DelayRecorder())
{
    CasesClientConfig config;
    config.endpoint = endpoint;
    config.region = QStringLiteral("us-east-1");
    config.credentials = [] { return cw::Result<Credentials>(testCredentials()); };
    config.random = [] { return 0.5; };
    config.delay = recorder.function();
    config.clock = steppingClock();
    config.requestTimeout = std::chrono::seconds(10);
    return config;
}

// Holds the result a callback delivers; wait() runs the event loop until it arrives.
template <typename T> struct Outcome {
    std::shared_ptr<std::optional<cw::Result<T>>> slot = std::make_shared<std::optional<cw::Result<T>>>();
    std::shared_ptr<int> calls = std::make_shared<int>(0);

    std::function<void(cw::Result<T>)> callback() const
    {
        auto target = slot;
        auto count = calls;
        return [target, count](cw::Result<T> result) {
            ++*count;
            target->emplace(std::move(result));
        };
    }
    bool wait(int timeoutMs = 10000) const
    {
        auto target = slot;
        return QTest::qWaitFor([target] { return target->has_value(); }, timeoutMs);
    }
    bool arrived() const { return slot->has_value(); }
    const cw::Result<T> &result() const { return **slot; }
};

} // namespace cw::net::testing
