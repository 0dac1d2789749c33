#pragma once
// Sends ApiRequests: signs each attempt right before it goes out (fresh X-Amz-Date, current
// credentials), keeps at most `maxInFlight` on the wire and queues the rest, retries under the
// RetryPolicy, times attempts out and cancels on request. The typed CasesClient sits on top.

#include "client/api_error.h"
#include "client/api_request.h"
#include "client/cancel_token.h"
#include "client/client_config.h"
#include "client/retry_policy.h"
#include "client/retry_policy_adaptive.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace cw::net {

struct RawResponse {
    int httpStatus = 0;
    HeaderList headers;
    QByteArray body;
};

// The outcome of one call after all its attempts: a 2xx response, or the error of the last one.
struct Exchange {
    std::optional<ApiError> error;
    RawResponse response;
    int attempts = 0;
    bool ok() const { return !error.has_value(); }
};

using ExchangeCallback = std::function<void(Exchange)>;

class RequestExecutor : public QObject {
    Q_OBJECT
public:
    explicit RequestExecutor(CasesClientConfig config, QObject *parent = nullptr);
    ~RequestExecutor() override; // aborts what is in flight; pending callbacks are dropped

    const CasesClientConfig &config() const { return m_config; }
    RetryPolicy &retryPolicy() { return m_retryPolicy; }

    // Queues `request`. `done` runs exactly once, later from the event loop (never inside
    // submit() or cancel()), unless `context` is given and destroyed first: then the call is
    // cancelled and `done` dropped. Cancelling `cancel` fails the call with ApiErrorKind::Cancelled.
    void submit(ApiRequest request, ExchangeCallback done, const CancelToken &cancel = CancelToken(),
                QObject *context = nullptr);

    // Cancels every call queued, waiting to retry or in flight.
    void cancelAll();

    int inFlightCount() const { return m_inFlight; }
    int queuedCount() const { return int(m_queue.size()); }
    int pendingCount() const { return int(m_jobs.size()); } // queued + waiting + in flight
    // Answers classed as throttling (429, ThrottlingException...) since the executor was made.
    int throttledAnswers() const { return m_throttledAnswers; }
    // The adaptive retry mode's limiter; null in the other modes.
    const ClientRateLimiter *rateLimiter() const { return m_rateLimiter.get(); }

signals:
    // Each attempt as it goes on the wire (1 for the first), for progress displays and tests.
    void attemptStarted(const QString &operation, int attempt);

private:
    struct Job;
    enum class JobState { Queued, Waiting, InFlight };

    void pump();
    void pumpQueue();
    void startAttempt(quint64 id);
    void onReplyFinished(quint64 id);
    void handleFailure(quint64 id, ApiError error);
    // Feeds the adaptive limiter: `throttled` cuts the rate, `accepted` the service answered unthrottled.
    void noteAnswer(bool throttled, bool accepted);
    void requeueAfterBackoff(quint64 id);
    void cancelJob(quint64 id);
    void finish(quint64 id, Exchange exchange);
    Job *find(quint64 id);
    std::optional<cw::Error> buildNetworkRequest(const Job &job, QNetworkRequest &out, QByteArray &body);

    CasesClientConfig m_config;
    RetryPolicy m_retryPolicy;
    QNetworkAccessManager *m_network;
    std::map<quint64, std::unique_ptr<Job>> m_jobs;
    std::deque<quint64> m_queue;
    quint64 m_nextId = 1;
    int m_inFlight = 0;
    int m_throttledAnswers = 0;
    // pump() is running: a credentials provider that runs an event loop (the designer's MFA code
    // dialog) must not make it start attempts, and ask for credentials, from inside itself.
    bool m_pumping = false;
    std::unique_ptr<ClientRateLimiter> m_rateLimiter; // RetryMode::Adaptive only
    QTimer m_rateTimer;                               // pumps the queue again when the limiter has a token
};

} // namespace cw::net
