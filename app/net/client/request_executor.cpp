#include "client/request_executor.h"

#include "auth/sigv4_signer.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <algorithm>
#include <climits>
#include <cmath>

Q_LOGGING_CATEGORY(lcCasesClient, "casewright.net.client")

namespace cw::net {

struct RequestExecutor::Job {
    ApiRequest request;
    QByteArray body;
    ExchangeCallback done;
    CancelToken cancel;
    int cancelRegistration = 0;
    QPointer<QObject> context;
    bool hasContext = false;
    QMetaObject::Connection contextConnection;
    RetryState retry;
    double sentAt = 0.0; // the latest attempt, on the monotonic clock
    JobState state = JobState::Queued;
    QNetworkReply *reply = nullptr;
};

namespace {

ApiError authError(const std::string &operation, const std::string &message)
{
    ApiError error;
    error.kind = ApiErrorKind::Auth;
    error.operation = operation;
    error.message = message;
    return error;
}

HeaderList responseHeaders(const QNetworkReply &reply)
{
    HeaderList headers;
    for (const auto &pair : reply.rawHeaderPairs())
        headers.append({pair.first, pair.second});
    return headers;
}

// "host" or "host:port", as the Host header carries it (the port only when the URL names one).
QByteArray hostHeader(const QUrl &endpoint)
{
    QByteArray host = endpoint.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (endpoint.port() != -1)
        host += ':' + QByteArray::number(endpoint.port());
    return host;
}

// "30 s", "250 ms"
std::string describeDuration(std::chrono::milliseconds duration)
{
    if (duration.count() % 1000 == 0)
        return std::to_string(duration.count() / 1000) + " s";
    return std::to_string(duration.count()) + " ms";
}

} // namespace

RequestExecutor::RequestExecutor(CasesClientConfig config, QObject *parent)
    : QObject(parent), m_config(withDefaults(std::move(config))),
      m_retryPolicy(m_config.retry, m_config.random), m_network(new QNetworkAccessManager(this))
{
    // Signed requests must not be replayed to another host behind the caller's back.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    if (m_config.retry.mode == RetryMode::Adaptive)
        m_rateLimiter =
            std::make_unique<ClientRateLimiter>(m_config.monotonic(), RateEstimate::FlooredByRecentSuccesses);
    m_rateTimer.setSingleShot(true);
    connect(&m_rateTimer, &QTimer::timeout, this, &RequestExecutor::pump);
}

RequestExecutor::~RequestExecutor()
{
    for (auto &[id, job] : m_jobs) {
        job->cancel.removeCallback(job->cancelRegistration);
        if (job->reply) {
            QObject::disconnect(job->reply, nullptr, this, nullptr);
            job->reply->abort();
        }
    }
}

RequestExecutor::Job *RequestExecutor::find(quint64 id)
{
    auto it = m_jobs.find(id);
    return it == m_jobs.end() ? nullptr : it->second.get();
}

void RequestExecutor::submit(ApiRequest request, ExchangeCallback done, const CancelToken &cancel,
                             QObject *context)
{
    const quint64 id = m_nextId++;
    auto job = std::make_unique<Job>();
    job->body = request.bodyBytes();
    job->request = std::move(request);
    job->done = std::move(done);
    job->cancel = cancel;
    job->context = context;
    job->hasContext = context != nullptr;
    Job *raw = job.get();
    m_jobs.emplace(id, std::move(job));
    m_queue.push_back(id);

    if (context) {
        raw->contextConnection = connect(context, &QObject::destroyed, this, [this, id] {
            if (Job *found = find(id)) {
                found->done = nullptr; // nobody is left to tell
                cancelJob(id);
            }
        });
    }
    QPointer<RequestExecutor> self(this);
    raw->cancelRegistration = cancel.onCancel([self, id] {
        if (self)
            self->cancelJob(id);
    });
    pump();
}

void RequestExecutor::cancelAll()
{
    std::vector<quint64> ids;
    for (const auto &[id, job] : m_jobs)
        ids.push_back(id);
    for (quint64 id : ids)
        cancelJob(id);
}

void RequestExecutor::pump()
{
    if (m_pumping)
        return; // the outer pump() goes on when the provider returns
    m_pumping = true;
    pumpQueue();
    m_pumping = false;
}

void RequestExecutor::pumpQueue()
{
    while (m_inFlight < m_config.maxInFlight && !m_queue.empty()) {
        if (m_rateLimiter) {
            const double wait = m_rateLimiter->beforeSending(m_config.monotonic());
            if (wait > 0.0) {
                if (!m_rateTimer.isActive())
                    m_rateTimer.start(std::max(1, int(std::ceil(std::min(wait, 3600.0) * 1000.0))));
                return;
            }
        }
        const quint64 id = m_queue.front();
        m_queue.pop_front();
        startAttempt(id);
    }
}

std::optional<cw::Error> RequestExecutor::buildNetworkRequest(const Job &job, QNetworkRequest &out,
                                                              QByteArray &body)
{
    if (!m_config.credentials)
        return cw::makeError("api.auth", "no AWS credentials are configured");
    cw::Result<Credentials> credentials = m_config.credentials();
    if (!credentials)
        return credentials.error();

    QByteArray basePath = m_config.endpoint.path(QUrl::FullyEncoded).toUtf8();
    while (basePath.endsWith('/'))
        basePath.chop(1);

    HttpRequestParts parts;
    parts.method = job.request.method;
    parts.path = basePath + job.request.path;
    parts.query = job.request.encodedQuery();
    parts.headers.append({"Host", hostHeader(m_config.endpoint)});
    if (job.request.body)
        parts.headers.append({"Content-Type", job.request.contentType()});
    parts.headers.append({"User-Agent", userAgent()});
    parts.body = job.body;

    SigningParams params;
    params.region = m_config.region;
    params.service = m_config.signingName;
    params.time = m_config.clock();
    params.credentials = std::move(credentials).value();
    params.signBody = m_config.signPayloadHash;
    cw::Result<SigningResult> signature = signHeaders(parts, params);
    if (!signature)
        return signature.error();
    const HttpRequestParts signedParts = withSignatureHeaders(parts, *signature);

    QByteArray url = m_config.endpoint.toEncoded(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                                 QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    url += signedParts.path;
    if (!signedParts.query.isEmpty())
        url += '?' + signedParts.query;
    out = QNetworkRequest(QUrl::fromEncoded(url, QUrl::StrictMode));
    for (const auto &[name, value] : signedParts.headers)
        out.setRawHeader(name, value);
    out.setTransferTimeout(int(std::min<qint64>(m_config.requestTimeout.count(), INT_MAX)));
    out.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    body = signedParts.body;
    return std::nullopt;
}

void RequestExecutor::startAttempt(quint64 id)
{
    Job *job = find(id);
    if (!job)
        return;
    job->retry.attemptsMade++;
    job->sentAt = m_config.monotonic();

    QNetworkRequest request;
    QByteArray body;
    if (std::optional<cw::Error> problem = buildNetworkRequest(*job, request, body)) {
        finish(id, Exchange{authError(job->request.operation, "cannot sign the request: " + problem->message),
                            {},
                            job->retry.attemptsMade});
        return;
    }
    qCDebug(lcCasesClient).noquote() << job->request.operation.c_str() << "attempt" << job->retry.attemptsMade
                                     << job->request.method << job->request.path;
    job->reply = job->request.body ? m_network->sendCustomRequest(request, job->request.method, body)
                                   : m_network->sendCustomRequest(request, job->request.method);
    job->state = JobState::InFlight;
    ++m_inFlight;
    connect(job->reply, &QNetworkReply::finished, this, [this, id] { onReplyFinished(id); });
    emit attemptStarted(QString::fromStdString(job->request.operation), job->retry.attemptsMade);
}

void RequestExecutor::onReplyFinished(quint64 id)
{
    Job *job = find(id);
    if (!job || !job->reply)
        return;
    QNetworkReply *reply = job->reply;
    job->reply = nullptr;
    reply->deleteLater();
    --m_inFlight;

    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Qt numbers transport failures below 100 (HTTP-level ones from 200 up); a connection that
    // broke or timed out after the headers arrived left an incomplete body, not a response.
    const bool transportFailed = reply->error() != QNetworkReply::NoError && reply->error() < 100;
    if (status.isValid() && status.toInt() > 0 && !transportFailed) {
        RawResponse response{status.toInt(), responseHeaders(*reply), reply->readAll()};
        qCDebug(lcCasesClient).noquote() << job->request.operation.c_str() << "HTTP" << response.httpStatus;
        if (response.httpStatus >= 200 && response.httpStatus < 300) {
            noteAnswer(false, true);
            m_retryPolicy.recordSuccess(job->retry);
            finish(id, Exchange{std::nullopt, std::move(response), job->retry.attemptsMade});
        } else {
            ApiError error = parseErrorResponse(job->request.operation, response.httpStatus, response.headers,
                                                response.body, m_config.clock());
            // Casewright's one departure from botocore: an attempt that went out before the rate
            // was last cut says nothing about the cut rate, so its throttling answer does not cut
            // it again (TCP's one reduction per window). botocore cuts once per answer, so one
            // overshoot with 6 requests in flight would cut the rate to 0.7^6 of what it was.
            const bool throttled = error.kind == ApiErrorKind::Throttled;
            if (throttled)
                ++m_throttledAnswers;
            noteAnswer(throttled && (!m_rateLimiter || !m_rateLimiter->enabled() ||
                                     job->sentAt > m_rateLimiter->cubic().lastFail()),
                       !throttled);
            handleFailure(id, std::move(error));
        }
    } else {
        qCDebug(lcCasesClient).noquote()
            << job->request.operation.c_str() << "transport error" << reply->error();
        noteAnswer(false, false); // botocore's limiter sees failed attempts too, never as throttling
        handleFailure(
            id, transportError(job->request.operation, reply->error(), reply->errorString(), false, false));
    }
    pump();
}

void RequestExecutor::noteAnswer(bool throttled, bool accepted)
{
    if (!m_rateLimiter)
        return;
    m_rateLimiter->afterResponse(m_config.monotonic(), throttled, accepted);
    if (throttled)
        qCDebug(lcCasesClient).noquote() << "throttled: sending at most" << m_rateLimiter->sendRate()
                                         << "requests/s (estimated" << m_rateLimiter->estimatedRate()
                                         << ", botocore's measure" << m_rateLimiter->measuredRate() << ")";
}

void RequestExecutor::handleFailure(quint64 id, ApiError error)
{
    Job *job = find(id);
    if (!job)
        return;
    error.attempts = job->retry.attemptsMade;
    if (error.kind == ApiErrorKind::Timeout && error.httpStatus == 0)
        error.message = "no complete response within " + describeDuration(m_config.requestTimeout);
    const std::optional<std::chrono::milliseconds> delay =
        m_retryPolicy.nextDelay(job->retry, error, job->request.safeToResend);
    if (!delay) {
        finish(id, Exchange{std::move(error), {}, job->retry.attemptsMade});
        return;
    }
    qCDebug(lcCasesClient).noquote() << job->request.operation.c_str() << "retrying after" << delay->count()
                                     << "ms (" << toString(error.kind) << ")";
    job->state = JobState::Waiting;
    m_config.delay(*delay, this, [this, id] { requeueAfterBackoff(id); });
}

void RequestExecutor::requeueAfterBackoff(quint64 id)
{
    Job *job = find(id);
    if (!job || job->state != JobState::Waiting)
        return;
    // A retry goes first: it has waited already, and queuing it behind newer calls could starve it.
    job->state = JobState::Queued;
    m_queue.push_front(id);
    pump();
}

void RequestExecutor::cancelJob(quint64 id)
{
    Job *job = find(id);
    if (!job)
        return;
    if (job->state == JobState::Queued)
        m_queue.erase(std::remove(m_queue.begin(), m_queue.end(), id), m_queue.end());
    const bool wasInFlight = job->reply != nullptr;
    if (wasInFlight) {
        QNetworkReply *reply = job->reply;
        job->reply = nullptr;
        QObject::disconnect(reply, nullptr, this, nullptr);
        if (!reply->isFinished()) // aborting a finished reply makes Qt complain
            reply->abort();
        reply->deleteLater();
        --m_inFlight;
    }
    ApiError error;
    error.kind = ApiErrorKind::Cancelled;
    error.operation = job->request.operation;
    error.attempts = job->retry.attemptsMade;
    finish(id, Exchange{std::move(error), {}, job->retry.attemptsMade});
    if (wasInFlight)
        pump();
}

void RequestExecutor::finish(quint64 id, Exchange exchange)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    std::unique_ptr<Job> job = std::move(it->second);
    m_jobs.erase(it);
    job->cancel.removeCallback(job->cancelRegistration);
    if (job->contextConnection)
        disconnect(job->contextConnection);
    if (!job->done)
        return;
    // Always from the event loop: a caller's callback may submit, cancel or delete things, which
    // must not happen in the middle of submit(), cancel() or this executor's bookkeeping.
    QMetaObject::invokeMethod(
        this,
        [done = std::move(job->done), exchange = std::move(exchange), context = job->context,
         hasContext = job->hasContext]() mutable {
            if (hasContext && !context)
                return;
            done(std::move(exchange));
        },
        Qt::QueuedConnection);
}

} // namespace cw::net
