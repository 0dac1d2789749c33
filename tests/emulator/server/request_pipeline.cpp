#include "request_pipeline.h"

#include "error_response.h"

#include <QUrlQuery>
#include <QUuid>
#include <chrono>

namespace cw::emu {

namespace {
double monotonicSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

bool isCallerIdentityRequest(const net::HttpRequestParts &request)
{
    return request.method == "POST" && request.path == "/" &&
           QUrlQuery(QString::fromUtf8(request.body)).queryItemValue(QStringLiteral("Action")) ==
               QLatin1String("GetCallerIdentity");
}

// STS speaks XML (the query protocol).
ApiResponse stsAnswer(int status, const std::string &xml)
{
    ApiResponse response;
    response.status = status;
    response.rawBody = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml;
    response.rawContentType = "text/xml";
    return response;
}
} // namespace

RequestPipeline::RequestPipeline(EmulatorService &service, AuthSettings auth, FaultSettings faults)
    : m_service(service), m_auth(std::move(auth)), m_faults(faults),
      m_rateLimit(faults.rateLimit, monotonicSeconds()), m_initialDomains(service.store().domains())
{
}

PipelineOutcome RequestPipeline::process(const net::HttpRequestParts &request)
{
    if (request.path.startsWith("/_emulator/"))
        return administrative(request);

    if (isCallerIdentityRequest(request))
        return callerIdentity(request);

    PipelineOutcome outcome;
    ++m_requests;
    if (auto rejected = checkSignature(request, m_auth)) {
        ++m_authFailures;
        outcome.response = toResponse(*rejected);
    } else {
        ApiRequest apiRequest;
        apiRequest.method = request.method.toStdString();
        apiRequest.rawPath = request.path.toStdString();
        apiRequest.rawQuery = request.query.toStdString();
        apiRequest.body = request.body.toStdString();
        outcome.operation = EmulatorService::operationOf(apiRequest.method, apiRequest.rawPath);
        if (outcome.operation.empty()) {
            ++m_unknownOperations;
            outcome.response = toResponse(unknownOperationError(apiRequest.method, apiRequest.rawPath));
        } else {
            ++m_operations[outcome.operation];
            Fault fault;
            if (m_rateLimit.admit(monotonicSeconds()))
                fault = m_faults.next(outcome.operation);
            else
                fault.kind = Fault::Kind::RateLimited;
            switch (fault.kind) {
            case Fault::Kind::RateLimited:
                ++m_rateLimited;
                outcome.response = toResponse(throttlingError());
                break;
            case Fault::Kind::Drop:
                ++m_dropped;
                outcome.drop = true;
                return outcome;
            case Fault::Kind::Throttle:
                ++m_throttled;
                outcome.response = toResponse(throttlingError());
                break;
            case Fault::Kind::InternalError:
                ++m_internalErrors;
                outcome.response = toResponse(internalServerError(fault.retryAfterSeconds));
                break;
            case Fault::Kind::LostAnswer:
                // The operation runs (a creation creates); only its answer is lost.
                ++m_lostAnswers;
                (void)m_service.handle(std::move(apiRequest));
                outcome.response = toResponse(internalServerError(std::nullopt));
                break;
            case Fault::Kind::None:
                outcome.response = m_service.handle(std::move(apiRequest)).response;
                break;
            }
        }
    }
    outcome.response.headers.emplace_back("x-amzn-RequestId",
                                          QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
    return outcome;
}

PipelineOutcome RequestPipeline::callerIdentity(const net::HttpRequestParts &request) const
{
    AuthSettings sts = m_auth;
    sts.service = QStringLiteral("sts");
    PipelineOutcome outcome;
    if (auto rejected = checkSignature(request, sts)) {
        const auto escaped = [](const std::string &text) {
            return QString::fromStdString(text).toHtmlEscaped().toStdString();
        };
        outcome.response = stsAnswer(
            403, "<ErrorResponse><Error><Type>Sender</Type><Code>" + escaped(rejected->type) +
                     "</Code><Message>" + escaped(rejected->message) + "</Message></Error></ErrorResponse>");
        return outcome;
    }
    const std::string account = m_service.store().account();
    outcome.response =
        stsAnswer(200, "<GetCallerIdentityResponse "
                       "xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>"
                       "<Arn>arn:aws:iam::" +
                           account + ":user/casewright-emulator</Arn><UserId>" +
                           m_auth.accessKeyId.toStdString() + "</UserId><Account>" + account +
                           "</Account></GetCallerIdentityResult></GetCallerIdentityResponse>");
    outcome.response.headers.emplace_back("x-amzn-RequestId",
                                          QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
    return outcome;
}

PipelineOutcome RequestPipeline::administrative(const net::HttpRequestParts &request)
{
    PipelineOutcome outcome;
    outcome.administrative = true;
    if (request.method == "GET" && request.path == "/_emulator/stats") {
        outcome.response = okResponse(stats());
    } else if (request.method == "POST" && request.path == "/_emulator/reset") {
        auto restored = reset();
        if (restored) {
            outcome.response = okResponse(stats());
        } else {
            ApiError error = internalServerError(std::nullopt);
            error.message =
                "The state was reset in memory but could not be saved: " + restored.error().toString();
            outcome.response = toResponse(error);
        }
    } else {
        outcome.response =
            toResponse(unknownOperationError(request.method.toStdString(), request.path.toStdString()));
    }
    return outcome;
}

cw::Status RequestPipeline::reset()
{
    auto restored = m_service.store().replaceAll(m_initialDomains);
    m_faults = FaultInjector(m_faults.settings());
    m_rateLimit = RateLimiter(m_faults.settings().rateLimit, monotonicSeconds());
    m_requests = m_rateLimited = m_throttled = m_internalErrors = m_dropped = m_lostAnswers = m_authFailures =
        m_unknownOperations = 0;
    m_operations.clear();
    return restored;
}

Json RequestPipeline::stats() const
{
    Json operations = Json::object();
    for (const auto &[name, count] : m_operations)
        operations[name] = count;
    return Json{{"requests", m_requests},
                {"operations", std::move(operations)},
                {"faults",
                 {{"throttled", m_throttled},
                  {"internalErrors", m_internalErrors},
                  {"dropped", m_dropped},
                  {"lostAnswers", m_lostAnswers}}},
                {"rateLimited", m_rateLimited},
                {"authFailures", m_authFailures},
                {"unknownOperations", m_unknownOperations}};
}

} // namespace cw::emu
