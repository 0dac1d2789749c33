#include "http_frontend.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <cstdio>
#include <memory>

namespace cw::emu {
namespace {
net::HttpRequestParts partsOf(const QHttpServerRequest &request)
{
    net::HttpRequestParts parts;
    parts.method = methodName(request.method());
    // QHttpServer 6.4 parses the request target into a QUrl in tolerant mode: the fully encoded
    // forms give back the bytes the client sent (escapes kept), which SigV4 and routing need.
    parts.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    parts.query = request.url().query(QUrl::FullyEncoded).toUtf8();
    for (const auto &header : request.headers())
        parts.headers.append({header.first, header.second});
    parts.body = request.body();
    return parts;
}

void writeResponse(QHttpServerResponder &responder, const ApiResponse &response)
{
    const QByteArray body =
        QByteArray::fromStdString(response.rawBody ? *response.rawBody : response.body.dump());
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    responder.writeHeader("Content-Type", response.rawBody
                                              ? QByteArray::fromStdString(response.rawContentType)
                                              : QByteArray("application/json"));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(QByteArray::fromStdString(name), QByteArray::fromStdString(value));
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
}
} // namespace

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

HttpFrontend::HttpFrontend(RequestPipeline &pipeline, int latencyMs, bool logRequests, QObject *parent)
    : QObject(parent), m_pipeline(pipeline), m_latencyMs(latencyMs), m_logRequests(logRequests)
{
    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        onRequest(request, std::move(responder));
    });
}

quint16 HttpFrontend::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void HttpFrontend::onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const net::HttpRequestParts parts = partsOf(request);
    PipelineOutcome outcome = m_pipeline.process(parts);
    if (m_logRequests) {
        std::fprintf(stderr, "cases-emulator: %s %s%s%s -> %s %s\n", parts.method.constData(),
                     parts.path.constData(), parts.query.isEmpty() ? "" : "?", parts.query.constData(),
                     outcome.drop ? "dropped" : std::to_string(outcome.response.status).c_str(),
                     outcome.operation.c_str());
        std::fflush(stderr);
    }

    // The request object belongs to the connection and is reused for its next request, and the
    // socket may close before a delayed answer: only the socket is kept, guarded by QPointer.
    QPointer<QTcpSocket> socket = responder.socket();
    const int delay = outcome.administrative ? 0 : m_latencyMs;
    if (outcome.drop) {
        // Never abort inside the handler: QHttpServer still uses the connection's request here.
        QTimer::singleShot(delay, this, [socket] {
            if (socket)
                socket->abort();
        });
        return;
    }
    if (delay <= 0) {
        writeResponse(responder, outcome.response);
        return;
    }
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(delay, this, [socket, pending, response = std::move(outcome.response)] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            writeResponse(*pending, response);
    });
}

} // namespace cw::emu
