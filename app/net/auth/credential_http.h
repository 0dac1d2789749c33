#pragma once
// One blocking HTTP/1.1 exchange for the credential sources that call a service (STS, the SSO
// portal and OIDC, the container and instance metadata endpoints). Credentials are asked for
// synchronously, right before a request is signed, possibly from inside the Cases client's event
// handling, so this never runs an event loop: it uses the socket's waitFor* calls. It blocks the
// calling thread for at most `timeout`.

#include "auth/sigv4_types.h"
#include "common/result.h"

#include <QByteArray>
#include <QUrl>
#include <chrono>

namespace cw::net {

struct CredentialHttpRequest {
    QByteArray method = "GET";
    QUrl url;           // http:// or https://
    HeaderList headers; // Host, Content-Length and Connection are added
    QByteArray body;
    std::chrono::milliseconds timeout{std::chrono::seconds(10)}; // the whole exchange
};

struct CredentialHttpResponse {
    int status = 0;
    HeaderList headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
};

// "host" or "host:port" as the Host header carries it.
QByteArray hostHeaderOf(const QUrl &url);

// Error code "aws.credential-http" when no complete HTTP response arrived in time (the message
// names the host and what failed, never a header or the body).
cw::Result<CredentialHttpResponse> sendCredentialHttp(const CredentialHttpRequest &request);

} // namespace cw::net
