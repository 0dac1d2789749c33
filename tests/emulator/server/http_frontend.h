#pragma once
// The HTTP side of the emulator, on Qt 6.4's QHttpServer. Every request goes to one handler (the
// server's "missing handler": no QHttpServer routes are registered) so the RequestPipeline sees the
// raw path and query exactly as the client sent and signed them.
//
// Latency is added with a timer, never by blocking, so other connections are served meanwhile.
// A dropped request is answered by aborting its socket: QHttpServer 6.4 has no "no response"
// API, and abort() resets the TCP connection the way a failing load balancer does.

#include "request_pipeline.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

namespace cw::emu {

class HttpFrontend : public QObject {
    Q_OBJECT
public:
    HttpFrontend(RequestPipeline &pipeline, int latencyMs, bool logRequests, QObject *parent = nullptr);

    // The port listened on (the one picked when `port` is 0), or 0 after a failure.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    void onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    QHttpServer m_server;
    RequestPipeline &m_pipeline;
    int m_latencyMs;
    bool m_logRequests;
};

// "POST", "GET", ... for a QHttpServerRequest method.
QByteArray methodName(QHttpServerRequest::Method method);

} // namespace cw::emu
