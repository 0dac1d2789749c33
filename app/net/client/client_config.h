#pragma once
// Everything a CasesClient is configured with: where to send, how to sign, how to retry, and the
// injectable sources of time and randomness that make retry tests deterministic.

#include "auth/credentials.h"
#include "auth/endpoint_resolver.h"
#include "client/retry_policy.h"
#include "common/result.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>
#include <functional>

namespace cw::net {

// Called right before each attempt is signed, so refreshed temporary credentials are picked up.
// Its error messages must not contain secrets (they reach the user as they are).
using CredentialsProvider = std::function<cw::Result<Credentials>()>;

// The signing time and the "now" that HTTP-date Retry-After values are measured against. (The
// same alias as auth/credential_process.h declares.)
using Clock = std::function<QDateTime()>;

// Seconds on a monotonic clock, for the adaptive retry mode's sending-rate limit.
using MonotonicClock = std::function<double()>;

// Runs `then` after `delay`, unless `context` is destroyed first. The default uses a QTimer; a
// test may run `then` at once and record the delay.
using DelayFunction =
    std::function<void(std::chrono::milliseconds delay, QObject *context, std::function<void()> then)>;

struct CasesClientConfig {
    QUrl endpoint;  // "https://cases.us-east-1.amazonaws.com" or an emulator's URL
    QString region; // "us-east-1"
    QString signingName = QString::fromLatin1(kCasesSigningName);
    CredentialsProvider credentials;
    RetryOptions retry;
    // Requests on the wire at once; more wait in the client's queue. 6 is what QNetworkAccessManager
    // opens per host over HTTP/1.1: a higher cap would make requests wait inside Qt instead, where
    // their transfer timeout already runs and where cancelling them makes Qt warn.
    int maxInFlight = 6;
    std::chrono::milliseconds requestTimeout{30000}; // per attempt, QNetworkRequest::setTransferTimeout
    // Adds and signs x-amz-content-sha256, as the AWS SDK for JavaScript does.
    bool signPayloadHash = true;
    RandomSource random;      // default: QRandomGenerator::global()
    DelayFunction delay;      // default: QTimer::singleShot
    Clock clock;              // default: QDateTime::currentDateTimeUtc
    MonotonicClock monotonic; // default: std::chrono::steady_clock
};

// "casewright/0.1.0"
QByteArray userAgent();

// The defaults above for members left empty.
CasesClientConfig withDefaults(CasesClientConfig config);

} // namespace cw::net
