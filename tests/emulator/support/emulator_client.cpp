#include "emulator_client.h"

#include "auth/sigv4_canonical.h"
#include "auth/sigv4_signer.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkRequest>
#include <QTimer>

namespace cw::emu::testing {

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

Json HttpReply::json() const
{
    auto parsed = parseJsonText(body.toStdString());
    return parsed ? parsed.value() : Json();
}

net::Credentials defaultEmulatorCredentials()
{
    net::Credentials credentials;
    credentials.accessKeyId = QStringLiteral("CASEWRIGHTEMULATOR");
    credentials.secretAccessKey = QStringLiteral("casewright-emulator-secret-key");
    return credentials;
}

EmulatorClient::EmulatorClient(QUrl base, net::Credentials credentials, QString region)
    : m_base(std::move(base)), m_credentials(std::move(credentials)), m_region(std::move(region))
{
}

QNetworkReply *EmulatorClient::start(const QByteArray &method, const QByteArray &rawPath,
                                     const QByteArray &rawQuery, const QByteArray &body, bool sign)
{
    const QByteArray authority = m_base.host().toUtf8() + ':' + QByteArray::number(m_base.port());
    QByteArray target = "http://" + authority + rawPath;
    if (!rawQuery.isEmpty())
        target += '?' + rawQuery;
    QNetworkRequest request(QUrl::fromEncoded(target, QUrl::StrictMode));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (sign) {
        net::HttpRequestParts parts;
        parts.method = method;
        parts.path = rawPath;
        parts.query = rawQuery;
        parts.headers = {{"Host", authority}, {"Content-Type", "application/json"}};
        parts.body = body;
        net::SigningParams params;
        params.region = m_region;
        params.service = QStringLiteral("cases");
        params.time = m_signingTime.isValid() ? m_signingTime : QDateTime::currentDateTimeUtc();
        params.credentials = m_credentials;
        const auto signature = net::signHeaders(parts, params);
        if (signature)
            for (const auto &[name, value] : signature->headersToAdd)
                request.setRawHeader(name, value);
    }
    return m_network.sendCustomRequest(request, method, body);
}

HttpReply EmulatorClient::send(const QByteArray &method, const QByteArray &rawPath,
                               const QByteArray &rawQuery, const QByteArray &body, bool sign, int timeoutMs)
{
    QNetworkReply *reply = start(method, rawPath, rawQuery, body, sign);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, reply, &QNetworkReply::abort);
    timeout.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = reply->error();
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    reply->deleteLater();
    return result;
}

HttpReply EmulatorClient::call(const QByteArray &method, const std::string &path, const Json &body,
                               const QList<std::pair<QByteArray, QByteArray>> &query, bool sign)
{
    QByteArray rawQuery;
    for (const auto &[key, value] : query) {
        if (!rawQuery.isEmpty())
            rawQuery += '&';
        rawQuery += net::sigv4::uriEncode(key) + '=' + net::sigv4::uriEncode(value);
    }
    const QByteArray bytes = body.is_null() ? QByteArray() : QByteArray::fromStdString(body.dump());
    return send(method, QByteArray::fromStdString(path), rawQuery, bytes, sign);
}

int answeredRequests(EmulatorClient &client)
{
    const Json stats = client.send("GET", "/_emulator/stats", {}, {}, false).json();
    int requests = 0;
    if (stats.contains("operations"))
        for (const auto &[operation, count] : stats["operations"].items())
            requests += count.get<int>();
    return requests;
}

} // namespace cw::emu::testing
