#include "auth/credential_http.h"

#include <QDeadlineTimer>
#include <QSslSocket>
#include <QTcpSocket>
#include <memory>

namespace cw::net {

QByteArray CredentialHttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QByteArray hostHeaderOf(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    return host;
}

namespace {

cw::Error httpError(const QUrl &url, const QString &what)
{
    const QString where = url.host() + (url.port() != -1 ? QStringLiteral(":%1").arg(url.port()) : QString());
    return cw::makeError(
        "aws.credential-http", QStringLiteral("cannot reach %1: %2").arg(where, what).toStdString(),
        cw::Location{{}, {}, 0, 0, url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toStdString()});
}

int remaining(const QDeadlineTimer &deadline)
{
    return int(std::max<qint64>(1, deadline.remainingTime()));
}

// Reads a chunked body; nullopt while incomplete.
std::optional<QByteArray> dechunk(const QByteArray &raw)
{
    QByteArray body;
    qsizetype at = 0;
    for (;;) {
        const qsizetype lineEnd = raw.indexOf("\r\n", at);
        if (lineEnd < 0)
            return std::nullopt;
        QByteArray sizeText = raw.mid(at, lineEnd - at);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText.truncate(semicolon);
        bool ok = false;
        const qlonglong size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return QByteArray(); // malformed: treated as an empty body, which no reader accepts
        at = lineEnd + 2;
        if (size == 0)
            return body;
        if (raw.size() < at + size + 2)
            return std::nullopt;
        body += raw.mid(at, qsizetype(size));
        at += qsizetype(size) + 2;
    }
}

} // namespace

cw::Result<CredentialHttpResponse> sendCredentialHttp(const CredentialHttpRequest &request)
{
    const QUrl &url = request.url;
    const bool secure = url.scheme().compare(QStringLiteral("https"), Qt::CaseInsensitive) == 0;
    if (!secure && url.scheme().compare(QStringLiteral("http"), Qt::CaseInsensitive) != 0)
        return httpError(url, QStringLiteral("only http:// and https:// URLs are supported"));
    const QDeadlineTimer deadline(request.timeout);
    std::unique_ptr<QTcpSocket> socket;
    const quint16 port = quint16(url.port(secure ? 443 : 80));
    if (secure) {
        if (!QSslSocket::supportsSsl())
            return httpError(url, QStringLiteral("this build of Qt has no TLS support"));
        auto tls = std::make_unique<QSslSocket>();
        tls->connectToHostEncrypted(url.host(), port);
        if (!tls->waitForEncrypted(remaining(deadline)))
            return httpError(url, tls->errorString());
        socket = std::move(tls);
    } else {
        socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(url.host(), port);
        if (!socket->waitForConnected(remaining(deadline)))
            return httpError(url, socket->errorString());
    }

    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    QByteArray head = request.method + ' ' + target + " HTTP/1.1\r\nHost: " + hostHeaderOf(url) + "\r\n";
    for (const auto &[name, value] : request.headers)
        head += name + ": " + value + "\r\n";
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT")
        head += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head + request.body);
    while (socket->bytesToWrite() > 0)
        if (!socket->waitForBytesWritten(remaining(deadline)))
            return httpError(url, socket->errorString());

    QByteArray raw;
    CredentialHttpResponse response;
    qsizetype bodyStart = -1;
    qlonglong contentLength = -1;
    bool chunked = false;
    for (;;) {
        raw += socket->readAll();
        if (bodyStart < 0) {
            const qsizetype end = raw.indexOf("\r\n\r\n");
            if (end >= 0) {
                const QList<QByteArray> lines = raw.left(end).split('\n');
                const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
                bool ok = false;
                response.status = status.value(1).toInt(&ok);
                if (!status.value(0).startsWith("HTTP/") || !ok)
                    return httpError(url, QStringLiteral("the answer is not HTTP"));
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon <= 0)
                        continue;
                    const QByteArray name = lines[i].left(colon).trimmed();
                    const QByteArray value = lines[i].mid(colon + 1).trimmed();
                    response.headers.append(std::pair<QByteArray, QByteArray>(name, value));
                    if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                        contentLength = value.toLongLong();
                    else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
                        chunked = value.toLower().contains("chunked");
                }
                bodyStart = end + 4;
            }
        }
        if (bodyStart >= 0) {
            const QByteArray rest = raw.mid(bodyStart);
            if (chunked) {
                if (std::optional<QByteArray> body = dechunk(rest)) {
                    response.body = *body;
                    return response;
                }
            } else if (contentLength >= 0 && rest.size() >= contentLength) {
                response.body = rest.left(qsizetype(contentLength));
                return response;
            }
        }
        if (socket->state() != QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0) {
            if (bodyStart >= 0 && !chunked && contentLength < 0) {
                response.body = raw.mid(bodyStart); // the body ends with the connection
                return response;
            }
            return httpError(url, QStringLiteral("the connection closed before a complete answer"));
        }
        if (deadline.hasExpired())
            return httpError(url, QStringLiteral("no answer within %1 ms").arg(request.timeout.count()));
        if (!socket->waitForReadyRead(remaining(deadline)) && socket->bytesAvailable() == 0 &&
            socket->state() == QAbstractSocket::ConnectedState && deadline.hasExpired())
            return httpError(url, QStringLiteral("no answer within %1 ms").arg(request.timeout.count()));
    }
}

} // namespace cw::net
