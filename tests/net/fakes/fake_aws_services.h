#pragma once
// A loopback fake of the AWS services the credential chain calls: STS (AssumeRole,
// AssumeRoleWithWebIdentity, GetCallerIdentity; signatures checked with the project's SigV4
// verifier), the IAM Identity Center portal (GetRoleCredentials), SSO OIDC (CreateToken with the
// refresh_token and device_code grants, RegisterClient, StartDeviceAuthorization), the EC2
// instance metadata service (IMDSv2) and a container credentials endpoint. All on one port.
//
// It runs on its own thread: the credential sources block the thread that asks for credentials
// while they wait for an answer (auth/credential_http.h), so a server on that thread would never
// answer. Every accessor is thread-safe.
//
//   FakeAwsServices aws;
//   QVERIFY(aws.start());
//   aws.addKey("AKIDSOURCE", "source-secret");
//   env AWS_ENDPOINT_URL_STS = aws.url()

#include "auth/credentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace cw::net::testing {

struct FakeRequest;
struct FakeResponse;

// A clock both sides share: the tests move it forward instead of waiting.
class FakeTime {
public:
    explicit FakeTime(QDateTime start = QDateTime::currentDateTimeUtc()) : m_msecs(start.toMSecsSinceEpoch())
    {
    }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(m_msecs.load(), Qt::UTC); }
    void advance(std::chrono::milliseconds by) { m_msecs += by.count(); }
    std::function<QDateTime()> clock() const
    {
        return [this] { return now(); };
    }

private:
    std::atomic<qint64> m_msecs;
};

struct IssuedCredentials {
    Credentials credentials;
    QString arn; // the assumed-role ARN (or the user ARN of a long-term key)
};

class FakeAwsServices {
public:
    // `time`: the clock of issuing and checking (null: the real clock).
    explicit FakeAwsServices(const FakeTime *time = nullptr);
    ~FakeAwsServices();
    FakeAwsServices(const FakeAwsServices &) = delete;
    FakeAwsServices &operator=(const FakeAwsServices &) = delete;

    bool start();
    QUrl url() const;

    // --- STS
    // A long-term key STS accepts signatures of (the source of an assumed role).
    void addKey(const QString &accessKeyId, const QString &secret,
                const QString &arn = QStringLiteral("arn:aws:iam::123456789012:user/admin"));
    // Credentials issued by AssumeRole/AssumeRoleWithWebIdentity last this long (default 1 h).
    void setCredentialLifetime(std::chrono::seconds lifetime);
    // AssumeRole of `roleArn` then needs SerialNumber `serial` and TokenCode `code`.
    void requireMfa(const QString &roleArn, const QString &serial, const QString &code);
    // AssumeRole of `roleArn` then needs this ExternalId.
    void requireExternalId(const QString &roleArn, const QString &externalId);
    // Issue this key pair (with a fresh session token each time) instead of made-up ones, e.g.
    // the cases-emulator's, so the assumed role can call the emulator.
    void issueKeyPair(const QString &accessKeyId, const QString &secret);
    // The token AssumeRoleWithWebIdentity accepts.
    void setWebIdentityToken(const QByteArray &token);
    // The key and secret of issued (or added) credentials; nullopt for unknown keys.
    std::optional<IssuedCredentials> issued(const QString &accessKeyId) const;
    // Checks a request signed for `service` with credentials this fake issued or knows: the
    // signature, and that the key had not expired at the signing time. Empty when fine, else
    // the AWS error type ("ExpiredTokenException", "InvalidSignatureException", ...).
    QString checkSigned(const QByteArray &method, const QByteArray &path, const QByteArray &query,
                        const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                        const QString &service) const;

    // --- IAM Identity Center
    // The access token the portal accepts, and what GetRoleCredentials gives for it.
    void setSsoAccessToken(const QString &token);
    // CreateToken with grant refresh_token accepts this client and refresh token, and answers
    // `newAccessToken` (valid for `expiresIn`) and `newRefreshToken`.
    void setSsoRefresh(const QString &clientId, const QString &clientSecret, const QString &refreshToken,
                       const QString &newAccessToken, const QString &newRefreshToken, int expiresIn = 3600);
    // Device authorization: CreateToken answers authorization_pending this many times, then a token.
    void setDeviceAuthorization(const QString &userCode, int pendingPolls, const QString &accessToken);

    // --- instance metadata and container
    void setInstanceRole(const QString &roleName);
    void setContainerAuthorization(const QByteArray &token);

    // --- what happened
    // Calls by name: "AssumeRole", "AssumeRoleWithWebIdentity", "GetCallerIdentity",
    // "GetRoleCredentials", "CreateToken", "RegisterClient", "StartDeviceAuthorization",
    // "ImdsToken", "ImdsCredentials", "ContainerCredentials", and "rejected:<ErrorType>".
    int count(const QString &call) const;
    // The form parameters of the STS calls, in order.
    QList<QMap<QString, QString>> stsCalls() const;
    // Header values every request carried (to check that secrets stay out of places).
    QByteArray allTraffic() const;

private:
    struct State;
    class Server;
    FakeResponse handle(const FakeRequest &request);
    std::unique_ptr<State> m_state;
    std::unique_ptr<Server> m_server;
};

} // namespace cw::net::testing
