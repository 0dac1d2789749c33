#pragma once
// A tiny scripted HTTP/1.1 server on 127.0.0.1 for client tests: a handler decides per request
// whether to answer, hold the request open (to count requests in flight or provoke a timeout) or
// drop the connection. It records every request and the peak number of requests open at once.

#include "auth/sigv4_types.h"

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <functional>
#include <vector>

class QTcpSocket;

namespace cw::net::testing {

struct FakeRequest {
    QByteArray method;
    QByteArray target; // path?query as received
    QByteArray path;
    QByteArray query;
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    bool hasHeader(const QByteArray &name) const;
    // Decoded query parameters named `name`, in order.
    QList<QByteArray> queryValues(const QByteArray &name) const;
};

struct FakeResponse {
    enum class Action { Respond, Hold, Drop, Truncate }; // Truncate: headers, half the body, then close
    Action action = Action::Respond;
    int status = 200;
    HeaderList headers;
    QByteArray body;

    static FakeResponse json(const QByteArray &body, int status = 200);
    static FakeResponse error(int status, const QByteArray &type, const QByteArray &message = "failed");
    static FakeResponse hold();
    static FakeResponse drop();
    static FakeResponse truncated(const QByteArray &body);
};

class FakeHttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;
    bool listen();
    QUrl url() const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const std::vector<FakeRequest> &requests() const { return m_requests; }
    int openRequests() const { return int(m_held.size()); }
    int peakOpenRequests() const { return m_peakOpen; }
    // Answers every held request with `handler`'s (non-hold) response.
    void releaseHeld(const Handler &handler);
    // Answers the oldest held request.
    void releaseOne(const FakeResponse &response);

signals:
    void requestReceived();

private:
    struct Held {
        QTcpSocket *socket;
        FakeRequest request;
    };
    void onReadyRead(QTcpSocket *socket);
    void write(QTcpSocket *socket, const FakeResponse &response);

    QTcpServer m_server;
    Handler m_handler;
    std::vector<FakeRequest> m_requests;
    std::vector<Held> m_held;
    int m_peakOpen = 0;
};

} // namespace cw::net::testing
