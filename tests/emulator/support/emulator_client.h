#pragma once
// A small synchronous HTTP client for tests of cases-emulator (or anything speaking the Cases
// wire protocol): builds the request from a raw path and query, signs it with the project's SigV4
// signer, sends it with QNetworkAccessManager and returns status, headers and body.
//
//   EmulatorClient client(emulator.url());
//   auto reply = client.call("POST", "/domains/" + id + "/rules-list/", {}, {{"maxResults", "2"}});
//   QCOMPARE(reply.status, 200);

#include "auth/credentials.h"
#include "common/json_text.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QUrl>
#include <utility>

namespace cw::emu::testing {

struct HttpReply {
    int status = 0; // 0 when no response arrived (connection closed, refused, timed out)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive
    QByteArray errorType() const { return header("X-Amzn-ErrorType"); }
    Json json() const; // the body parsed; null when it is not JSON
};

// The emulator's default key pair.
net::Credentials defaultEmulatorCredentials();

class EmulatorClient {
public:
    explicit EmulatorClient(QUrl base, net::Credentials credentials = defaultEmulatorCredentials(),
                            QString region = QStringLiteral("us-east-1"));

    // Sends `method` `rawPath`?`rawQuery` with `body`; signs it unless `sign` is false.
    HttpReply send(const QByteArray &method, const QByteArray &rawPath, const QByteArray &rawQuery = {},
                   const QByteArray &body = {}, bool sign = true, int timeoutMs = 15000);

    // The same with decoded query parameters (percent-encoded here, as SigV4 wants) and a JSON body.
    HttpReply call(const QByteArray &method, const std::string &path, const Json &body = Json(),
                   const QList<std::pair<QByteArray, QByteArray>> &query = {}, bool sign = true);

    // Starts a signed request and returns without waiting (for tests of concurrency).
    QNetworkReply *start(const QByteArray &method, const QByteArray &rawPath, const QByteArray &rawQuery = {},
                         const QByteArray &body = {}, bool sign = true);

    QNetworkAccessManager &network() { return m_network; }
    // Signs with this time instead of the current one (an invalid time: the current one again).
    void setSigningTime(const QDateTime &time) { m_signingTime = time; }

private:
    QUrl m_base;
    net::Credentials m_credentials;
    QString m_region;
    QNetworkAccessManager m_network;
    QDateTime m_signingTime;
};

// Every request the emulator has answered so far, all operations together (its /_emulator/stats):
// what a test compares before and after to prove that nothing was sent to it.
int answeredRequests(EmulatorClient &client);

} // namespace cw::emu::testing
