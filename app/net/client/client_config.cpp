#include "client/client_config.h"

#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>

namespace cw::net {

QByteArray userAgent()
{
    return QByteArrayLiteral("casewright/" CASEWRIGHT_VERSION);
}

CasesClientConfig withDefaults(CasesClientConfig config)
{
    if (!config.random)
        config.random = [] { return QRandomGenerator::global()->generateDouble(); };
    if (!config.delay) {
        config.delay = [](std::chrono::milliseconds delay, QObject *context, std::function<void()> then) {
            QTimer::singleShot(delay, context, std::move(then));
        };
    }
    if (!config.clock)
        config.clock = [] { return QDateTime::currentDateTimeUtc(); };
    if (!config.monotonic) {
        config.monotonic = [] {
            return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
        };
    }
    config.maxInFlight = std::max(1, config.maxInFlight);
    config.retry.maxAttempts = std::max(1, config.retry.maxAttempts);
    return config;
}

} // namespace cw::net
