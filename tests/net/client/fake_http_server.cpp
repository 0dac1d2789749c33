#include "fake_http_server.h"

#include <QTcpSocket>
#include <QUrlQuery>

namespace cw::net::testing {

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool FakeRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<QByteArray> FakeRequest::queryValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            continue;
        if (QByteArray::fromPercentEncoding(pair.left(equals)) == name)
            values.append(QByteArray::fromPercentEncoding(pair.mid(equals + 1)));
    }
    return values;
}

FakeResponse FakeResponse::json(const QByteArray &body, int status)
{
    FakeResponse response;
    response.status = status;
    response.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    response.body = body;
    return response;
}

FakeResponse FakeResponse::error(int status, const QByteArray &type, const QByteArray &message)
{
    FakeResponse response = json("{\"message\":\"" + message + "\"}", status);
    response.headers.append(std::pair<QByteArray, QByteArray>("X-Amzn-ErrorType", type));
    response.headers.append(std::pair<QByteArray, QByteArray>("x-amzn-RequestId", "fake-request-id"));
    return response;
}

FakeResponse FakeResponse::hold()
{
    FakeResponse response;
    response.action = Action::Hold;
    return response;
}

FakeResponse FakeResponse::drop()
{
    FakeResponse response;
    response.action = Action::Drop;
    return response;
}

FakeResponse FakeResponse::truncated(const QByteArray &body)
{
    FakeResponse response = json(body);
    response.action = Action::Truncate;
    return response;
}

FakeHttpServer::FakeHttpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QObject::destroyed, this, [this, socket] {
                std::erase_if(m_held, [socket](const Held &held) { return held.socket == socket; });
            });
        }
    });
}

FakeHttpServer::~FakeHttpServer()
{
    // The sockets die with m_server, after this object's members: their signals must not reach
    // the lambdas above, which use those members.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect(this);
}

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        FakeRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        const qsizetype question = request.target.indexOf('?');
        request.path = question < 0 ? request.target : request.target.left(question);
        request.query = question < 0 ? QByteArray() : request.target.mid(question + 1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            break;
        request.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);

        m_requests.push_back(request);
        const FakeResponse response = m_handler ? m_handler(request) : FakeResponse::json("{}");
        if (response.action == FakeResponse::Action::Hold) {
            m_held.push_back({socket, request});
            m_peakOpen = std::max(m_peakOpen, int(m_held.size()));
        } else {
            m_peakOpen = std::max(m_peakOpen, int(m_held.size()) + 1);
            write(socket, response);
        }
        emit requestReceived();
        if (response.action == FakeResponse::Action::Drop ||
            response.action == FakeResponse::Action::Truncate)
            return;
    }
    socket->setProperty("buffer", buffer);
}

void FakeHttpServer::write(QTcpSocket *socket, const FakeResponse &response)
{
    if (response.action == FakeResponse::Action::Drop) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    QByteArray text = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
    for (const auto &[name, value] : response.headers)
        text += name + ": " + value + "\r\n";
    text += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    if (response.action == FakeResponse::Action::Truncate) {
        text += response.body.left(response.body.size() / 2);
        socket->write(text);
        socket->flush();
        socket->abort();
        socket->deleteLater();
        return;
    }
    text += response.body;
    socket->write(text);
}

void FakeHttpServer::releaseHeld(const Handler &handler)
{
    std::vector<Held> held;
    held.swap(m_held);
    for (const Held &entry : held)
        write(entry.socket, handler(entry.request));
}

void FakeHttpServer::releaseOne(const FakeResponse &response)
{
    if (m_held.empty())
        return;
    const Held held = m_held.front();
    m_held.erase(m_held.begin());
    write(held.socket, response);
}

} // namespace cw::net::testing
