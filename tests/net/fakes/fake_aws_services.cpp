#include "fake_aws_services.h"

#include "auth/sigv4_verifier.h"
#include "auth/sts_client.h"
#include "fake_http_server.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QUrlQuery>
#include <condition_variable>
#include <cstring>

namespace cw::net::testing {

struct FakeAwsServices::State {
    mutable std::mutex mutex;
    const FakeTime *time = nullptr;
    QMap<QString, IssuedCredentials> keys;
    std::chrono::seconds lifetime{3600};
    QMap<QString, std::pair<QString, QString>> mfa; // role -> serial, code
    QMap<QString, QString> externalIds;
    QByteArray webIdentityToken;
    QString ssoAccessToken;
    struct Refresh {
        QString clientId, clientSecret, refreshToken, newAccessToken, newRefreshToken;
        int expiresIn = 3600;
    };
    std::optional<Refresh> refresh;
    QString deviceUserCode;
    int pendingPolls = 0;
    QString deviceAccessToken;
    QString instanceRole;
    QByteArray containerAuthorization;
    QMap<QString, int> counts;
    QList<QMap<QString, QString>> stsCalls;
    QByteArray traffic;
    int serial = 0;
    std::optional<std::pair<QString, QString>> fixedKeyPair;

    QDateTime now() const { return time ? time->now() : QDateTime::currentDateTimeUtc(); }

    IssuedCredentials issue(const QString &arn)
    {
        ++serial;
        IssuedCredentials issued;
        issued.credentials.accessKeyId = QStringLiteral("ASIAFAKE%1").arg(serial, 8, 10, QLatin1Char('0'));
        issued.credentials.secretAccessKey = QStringLiteral("fake-secret-%1").arg(serial);
        if (fixedKeyPair) {
            issued.credentials.accessKeyId = fixedKeyPair->first;
            issued.credentials.secretAccessKey = fixedKeyPair->second;
        }
        issued.credentials.sessionToken = QStringLiteral("FakeSessionToken%1").arg(serial);
        issued.credentials.expiration = now().addSecs(lifetime.count());
        issued.arn = arn;
        keys.insert(issued.credentials.accessKeyId, issued);
        return issued;
    }
};

namespace {

QMap<QString, QString> formOf(const QByteArray &body)
{
    QMap<QString, QString> form;
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals < 0)
            continue;
        form.insert(
            QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(equals).replace('+', ' '))),
            QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(equals + 1).replace('+', ' '))));
    }
    return form;
}

FakeResponse xml(const QByteArray &body, int status = 200)
{
    FakeResponse response;
    response.status = status;
    response.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "text/xml"));
    response.body = body;
    return response;
}

FakeResponse stsError(int status, const QByteArray &code, const QByteArray &message)
{
    return xml("<ErrorResponse "
               "xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type><Code>" +
                   code + "</Code><Message>" + QString::fromUtf8(message).toHtmlEscaped().toUtf8() +
                   "</Message></Error><RequestId>fake</RequestId></ErrorResponse>",
               status);
}

QByteArray iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate).toUtf8();
}

QByteArray credentialsXml(const QString &action, const IssuedCredentials &issued)
{
    const Credentials &c = issued.credentials;
    return "<" + action.toUtf8() + "Response xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><" +
           action.toUtf8() + "Result><Credentials><AccessKeyId>" + c.accessKeyId.toUtf8() +
           "</AccessKeyId><SecretAccessKey>" + c.secretAccessKey.toUtf8() +
           "</SecretAccessKey><SessionToken>" + c.sessionToken.toUtf8() + "</SessionToken><Expiration>" +
           iso(*c.expiration) + "</Expiration></Credentials><AssumedRoleUser><Arn>" +
           issued.arn.toHtmlEscaped().toUtf8() + "</Arn></AssumedRoleUser></" + action.toUtf8() +
           "Result></" + action.toUtf8() + "Response>";
}

FakeResponse oidcError(int status, const QByteArray &error, const QByteArray &description)
{
    FakeResponse response = FakeResponse::json(
        QJsonDocument(QJsonObject{{QStringLiteral("error"), QString::fromUtf8(error)},
                                  {QStringLiteral("error_description"), QString::fromUtf8(description)}})
            .toJson(QJsonDocument::Compact),
        status);
    return response;
}

QString assumedRoleArn(const QString &roleArn, const QString &sessionName)
{
    // arn:aws:iam::123456789012:role/Admin -> arn:aws:sts::123456789012:assumed-role/Admin/session
    QString arn = roleArn;
    arn.replace(QStringLiteral(":iam::"), QStringLiteral(":sts::"));
    arn.replace(QStringLiteral(":role/"), QStringLiteral(":assumed-role/"));
    return arn + QLatin1Char('/') + sessionName;
}

} // namespace

class FakeAwsServices::Server : public QThread {
public:
    explicit Server(FakeAwsServices &owner) : m_owner(owner) {}

    bool begin()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        start();
        m_ready.wait(lock, [this] { return m_started; });
        return m_url.isValid();
    }
    QUrl url() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_url;
    }

protected:
    void run() override
    {
        FakeHttpServer server;
        server.setHandler([this](const FakeRequest &request) { return m_owner.handle(request); });
        const bool listening = server.listen();
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_url = listening ? server.url() : QUrl();
            m_started = true;
        }
        m_ready.notify_all();
        if (listening)
            exec();
    }

private:
    FakeAwsServices &m_owner;
    mutable std::mutex m_mutex;
    std::condition_variable m_ready;
    bool m_started = false;
    QUrl m_url;
};

FakeAwsServices::FakeAwsServices(const FakeTime *time) : m_state(std::make_unique<State>())
{
    m_state->time = time;
}

FakeAwsServices::~FakeAwsServices()
{
    if (m_server) {
        m_server->quit();
        m_server->wait();
    }
}

bool FakeAwsServices::start()
{
    m_server = std::make_unique<Server>(*this);
    return m_server->begin();
}

QUrl FakeAwsServices::url() const
{
    return m_server ? m_server->url() : QUrl();
}

void FakeAwsServices::addKey(const QString &accessKeyId, const QString &secret, const QString &arn)
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    m_state->keys.insert(accessKeyId,
                         IssuedCredentials{Credentials{accessKeyId, secret, {}, std::nullopt}, arn});
}

void FakeAwsServices::setCredentialLifetime(std::chrono::seconds lifetime)
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    m_state->lifetime = lifetime;
}

void FakeAwsServices::requireMfa(const QString &roleArn, const QString &serial, const QString &code)
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    m_state->mfa.insert(roleArn, {serial, code});
}

void FakeAwsServices::requireExternalId(const QString &roleArn, const QString &externalId)
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    m_state->externalIds.insert(roleArn, externalId);
}

void FakeAwsServices::issueKeyPair(const QString &accessKeyId, const QString &secret)
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    m_state->fixedKeyPair = std::make_pair(accessKeyId, secret);
}

void FakeAwsServices::setWebIdentityToken(const QByteArray &token)
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    m_state->webIdentityToken = token;
}

std::optional<IssuedCredentials> FakeAwsServices::issued(const QString &accessKeyId) const
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    if (!m_state->keys.contains(accessKeyId))
        return std::nullopt;
    return m_state->keys.value(accessKeyId);
}

void FakeAwsServices::setSsoAccessToken(const QString &token)
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    m_state->ssoAccessToken = token;
}

void FakeAwsServices::setSsoRefresh(const QString &clientId, const QString &clientSecret,
                                    const QString &refreshToken, const QString &newAccessToken,
                                    const QString &newRefreshToken, int expiresIn)
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    m_state->refresh =
        State::Refresh{clientId, clientSecret, refreshToken, newAccessToken, newRefreshToken, expiresIn};
}

void FakeAwsServices::setDeviceAuthorization(const QString &userCode, int pendingPolls,
                                             const QString &accessToken)
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    m_state->deviceUserCode = userCode;
    m_state->pendingPolls = pendingPolls;
    m_state->deviceAccessToken = accessToken;
}

void FakeAwsServices::setInstanceRole(const QString &roleName)
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    m_state->instanceRole = roleName;
}

void FakeAwsServices::setContainerAuthorization(const QByteArray &token)
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    m_state->containerAuthorization = token;
}

int FakeAwsServices::count(const QString &call) const
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    return m_state->counts.value(call);
}

QList<QMap<QString, QString>> FakeAwsServices::stsCalls() const
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    return m_state->stsCalls;
}

QByteArray FakeAwsServices::allTraffic() const
{
    std::lock_guard<std::mutex> lock(m_state->mutex);
    return m_state->traffic;
}

QString FakeAwsServices::checkSigned(const QByteArray &method, const QByteArray &path,
                                     const QByteArray &query,
                                     const QList<std::pair<QByteArray, QByteArray>> &headers,
                                     const QByteArray &body, const QString &service) const
{
    HttpRequestParts parts{method, path, query, headers, body};
    QDateTime now;
    QMap<QString, IssuedCredentials> keys;
    {
        std::lock_guard<std::mutex> lock(m_state->mutex);
        now = m_state->now();
        keys = m_state->keys;
    }
    QString usedKey;
    const cw::Status verified = verifySignature(
        parts,
        [&keys, &usedKey](const QString &id) -> std::optional<QString> {
            usedKey = id;
            if (!keys.contains(id))
                return std::nullopt;
            return keys.value(id).credentials.secretAccessKey;
        },
        QStringLiteral("us-east-1"), service, std::chrono::minutes(5), now);
    if (!verified)
        return QString::fromStdString(verified.error().code);
    const IssuedCredentials key = keys.value(usedKey);
    if (key.credentials.expiration && *key.credentials.expiration <= now)
        return QStringLiteral("ExpiredTokenException");
    QByteArray token;
    for (const auto &[name, value] : headers)
        if (name.compare("X-Amz-Security-Token", Qt::CaseInsensitive) == 0)
            token = value;
    if (QString::fromUtf8(token) != key.credentials.sessionToken)
        return QStringLiteral("InvalidClientTokenId");
    return {};
}

FakeResponse FakeAwsServices::handle(const FakeRequest &request)
{
    State &s = *m_state;
    {
        std::lock_guard<std::mutex> lock(s.mutex);
        for (const auto &[name, value] : request.headers)
            s.traffic += name + ": " + value + "\n";
        s.traffic += request.target + "\n" + request.body + "\n";
    }
    const auto counted = [&s](const QString &call) {
        std::lock_guard<std::mutex> lock(s.mutex);
        ++s.counts[call];
    };
    const auto rejected = [&](FakeResponse response, const QString &type) {
        counted(QStringLiteral("rejected:") + type);
        return response;
    };

    // STS
    if (request.method == "POST" && (request.path == "/" || request.path.isEmpty())) {
        const QMap<QString, QString> form = formOf(request.body);
        const QString action = form.value(QStringLiteral("Action"));
        counted(action);
        {
            std::lock_guard<std::mutex> lock(s.mutex);
            s.stsCalls.append(form);
        }
        if (form.value(QStringLiteral("Version")) != QStringLiteral("2011-06-15"))
            return rejected(stsError(400, "InvalidParameterValue", "Version must be 2011-06-15"),
                            QStringLiteral("Version"));
        if (action == QStringLiteral("AssumeRoleWithWebIdentity")) {
            std::lock_guard<std::mutex> lock(s.mutex);
            if (request.hasHeader("Authorization"))
                return stsError(400, "IncompleteSignature", "AssumeRoleWithWebIdentity is unsigned");
            if (form.value(QStringLiteral("WebIdentityToken")).toUtf8() != s.webIdentityToken ||
                s.webIdentityToken.isEmpty()) {
                ++s.counts[QStringLiteral("rejected:InvalidIdentityToken")];
                return stsError(400, "InvalidIdentityToken", "The web identity token is not valid.");
            }
            const QString role = form.value(QStringLiteral("RoleArn"));
            return xml(credentialsXml(
                action, s.issue(assumedRoleArn(role, form.value(QStringLiteral("RoleSessionName"))))));
        }
        const QString problem = checkSigned(request.method, request.path, request.query, request.headers,
                                            request.body, QStringLiteral("sts"));
        if (!problem.isEmpty())
            return rejected(stsError(problem == QStringLiteral("ExpiredTokenException") ? 400 : 403,
                                     problem.toUtf8(), "The request signature or key was refused."),
                            problem);
        QString callerKey;
        for (const auto &[name, value] : request.headers)
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
                callerKey = QString::fromUtf8(value)
                                .section(QStringLiteral("Credential="), 1)
                                .section(QLatin1Char('/'), 0, 0);
        std::lock_guard<std::mutex> lock(s.mutex);
        if (action == QStringLiteral("GetCallerIdentity")) {
            const IssuedCredentials caller = s.keys.value(callerKey);
            return xml("<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>" + caller.arn.toUtf8() +
                       "</Arn><UserId>AIDAFAKE</UserId><Account>" +
                       caller.arn.section(QLatin1Char(':'), 4, 4).toUtf8() +
                       "</Account></GetCallerIdentityResult></GetCallerIdentityResponse>");
        }
        if (action != QStringLiteral("AssumeRole"))
            return stsError(400, "InvalidAction", "Unknown action");
        const QString role = form.value(QStringLiteral("RoleArn"));
        if (s.mfa.contains(role)) {
            const auto [serial, code] = s.mfa.value(role);
            if (form.value(QStringLiteral("SerialNumber")) != serial ||
                form.value(QStringLiteral("TokenCode")) != code) {
                ++s.counts[QStringLiteral("rejected:AccessDenied")];
                return stsError(403, "AccessDenied",
                                "MultiFactorAuthentication failed with invalid MFA one time pass code.");
            }
        }
        if (s.externalIds.contains(role) &&
            form.value(QStringLiteral("ExternalId")) != s.externalIds.value(role)) {
            ++s.counts[QStringLiteral("rejected:AccessDenied")];
            return stsError(403, "AccessDenied", "User is not authorized to perform: sts:AssumeRole");
        }
        if (form.value(QStringLiteral("RoleSessionName")).isEmpty())
            return stsError(400, "ValidationError", "RoleSessionName is required");
        return xml(credentialsXml(
            action, s.issue(assumedRoleArn(role, form.value(QStringLiteral("RoleSessionName"))))));
    }

    // IAM Identity Center portal
    if (request.method == "GET" && request.path == "/federation/credentials") {
        counted(QStringLiteral("GetRoleCredentials"));
        std::lock_guard<std::mutex> lock(s.mutex);
        if (s.ssoAccessToken.isEmpty() ||
            request.header("x-amz-sso_bearer_token") != s.ssoAccessToken.toUtf8()) {
            ++s.counts[QStringLiteral("rejected:UnauthorizedException")];
            return FakeResponse::error(401, "UnauthorizedException", "Session token not found or invalid");
        }
        const QString role = QString::fromUtf8(request.queryValues("role_name").value(0));
        const QString account = QString::fromUtf8(request.queryValues("account_id").value(0));
        const IssuedCredentials issued =
            s.issue(QStringLiteral("arn:aws:sts::%1:assumed-role/AWSReservedSSO_%2/user").arg(account, role));
        return FakeResponse::json(
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("roleCredentials"),
                     QJsonObject{{QStringLiteral("accessKeyId"), issued.credentials.accessKeyId},
                                 {QStringLiteral("secretAccessKey"), issued.credentials.secretAccessKey},
                                 {QStringLiteral("sessionToken"), issued.credentials.sessionToken},
                                 {QStringLiteral("expiration"),
                                  double(issued.credentials.expiration->toMSecsSinceEpoch())}}}})
                .toJson(QJsonDocument::Compact));
    }

    // SSO OIDC
    if (request.method == "POST" && request.path == "/token") {
        counted(QStringLiteral("CreateToken"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        std::lock_guard<std::mutex> lock(s.mutex);
        const QString grant = body.value(QStringLiteral("grantType")).toString();
        if (grant == QStringLiteral("refresh_token")) {
            if (!s.refresh || body.value(QStringLiteral("clientId")).toString() != s.refresh->clientId ||
                body.value(QStringLiteral("clientSecret")).toString() != s.refresh->clientSecret ||
                body.value(QStringLiteral("refreshToken")).toString() != s.refresh->refreshToken) {
                ++s.counts[QStringLiteral("rejected:InvalidGrantException")];
                return oidcError(400, "invalid_grant", "Invalid refresh token provided");
            }
            s.ssoAccessToken = s.refresh->newAccessToken;
            return FakeResponse::json(
                QJsonDocument(QJsonObject{{QStringLiteral("accessToken"), s.refresh->newAccessToken},
                                          {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
                                          {QStringLiteral("expiresIn"), s.refresh->expiresIn},
                                          {QStringLiteral("refreshToken"), s.refresh->newRefreshToken}})
                    .toJson(QJsonDocument::Compact));
        }
        if (grant == QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")) {
            if (body.value(QStringLiteral("deviceCode")).toString() != QStringLiteral("fake-device-code"))
                return oidcError(400, "invalid_grant", "Unknown device code");
            if (s.pendingPolls > 0) {
                --s.pendingPolls;
                return oidcError(400, "authorization_pending", "Authorization pending");
            }
            s.ssoAccessToken = s.deviceAccessToken;
            return FakeResponse::json(
                QJsonDocument(
                    QJsonObject{{QStringLiteral("accessToken"), s.deviceAccessToken},
                                {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
                                {QStringLiteral("expiresIn"), 28800},
                                {QStringLiteral("refreshToken"), QStringLiteral("fake-refresh-token")}})
                    .toJson(QJsonDocument::Compact));
        }
        return oidcError(400, "unsupported_grant_type", "Unsupported grant");
    }
    if (request.method == "POST" && request.path == "/client/register") {
        counted(QStringLiteral("RegisterClient"));
        const qint64 until = m_state->now().addDays(90).toSecsSinceEpoch();
        return FakeResponse::json(
            QJsonDocument(QJsonObject{{QStringLiteral("clientId"), QStringLiteral("fake-client-id")},
                                      {QStringLiteral("clientSecret"), QStringLiteral("fake-client-secret")},
                                      {QStringLiteral("clientSecretExpiresAt"), double(until)}})
                .toJson(QJsonDocument::Compact));
    }
    if (request.method == "POST" && request.path == "/device_authorization") {
        counted(QStringLiteral("StartDeviceAuthorization"));
        std::lock_guard<std::mutex> lock(s.mutex);
        const QString base = url().toString();
        return FakeResponse::json(
            QJsonDocument(
                QJsonObject{{QStringLiteral("deviceCode"), QStringLiteral("fake-device-code")},
                            {QStringLiteral("userCode"), s.deviceUserCode},
                            {QStringLiteral("verificationUri"), QString(base + QStringLiteral("/verify"))},
                            {QStringLiteral("verificationUriComplete"),
                             QString(base + QStringLiteral("/verify?user_code=") + s.deviceUserCode)},
                            {QStringLiteral("expiresIn"), 600},
                            {QStringLiteral("interval"), 1}})
                .toJson(QJsonDocument::Compact));
    }

    // EC2 instance metadata (IMDSv2)
    if (request.method == "PUT" && request.path == "/latest/api/token") {
        counted(QStringLiteral("ImdsToken"));
        if (request.header("x-aws-ec2-metadata-token-ttl-seconds").isEmpty())
            return FakeResponse::error(400, "BadRequest", "ttl missing");
        FakeResponse response;
        response.body = "fake-imds-session-token";
        return response;
    }
    if (request.method == "GET" && request.path.startsWith("/latest/meta-data/iam/security-credentials/")) {
        if (request.header("x-aws-ec2-metadata-token") != "fake-imds-session-token")
            return rejected(FakeResponse::error(401, "Unauthorized", "IMDSv2 token required"),
                            QStringLiteral("Imds401"));
        std::lock_guard<std::mutex> lock(s.mutex);
        const QByteArray rest =
            request.path.mid(qsizetype(strlen("/latest/meta-data/iam/security-credentials/")));
        if (s.instanceRole.isEmpty())
            return FakeResponse::error(404, "NotFound", "no role");
        FakeResponse response;
        if (rest.isEmpty()) {
            response.body = s.instanceRole.toUtf8();
            return response;
        }
        ++s.counts[QStringLiteral("ImdsCredentials")];
        const IssuedCredentials issued =
            s.issue(QStringLiteral("arn:aws:sts::123456789012:assumed-role/%1/i-0123456789abcdef0")
                        .arg(s.instanceRole));
        return FakeResponse::json(
            QJsonDocument(QJsonObject{{QStringLiteral("Code"), QStringLiteral("Success")},
                                      {QStringLiteral("AccessKeyId"), issued.credentials.accessKeyId},
                                      {QStringLiteral("SecretAccessKey"), issued.credentials.secretAccessKey},
                                      {QStringLiteral("Token"), issued.credentials.sessionToken},
                                      {QStringLiteral("Expiration"),
                                       QString::fromUtf8(iso(*issued.credentials.expiration))}})
                .toJson(QJsonDocument::Compact));
    }

    // Container credentials
    if (request.method == "GET" && request.path == "/container-credentials") {
        counted(QStringLiteral("ContainerCredentials"));
        std::lock_guard<std::mutex> lock(s.mutex);
        if (!s.containerAuthorization.isEmpty() &&
            request.header("Authorization") != s.containerAuthorization) {
            ++s.counts[QStringLiteral("rejected:ContainerAuthorization")];
            return FakeResponse::error(401, "Unauthorized", "bad authorization token");
        }
        const IssuedCredentials issued =
            s.issue(QStringLiteral("arn:aws:sts::123456789012:assumed-role/TaskRole/task"));
        return FakeResponse::json(
            QJsonDocument(QJsonObject{{QStringLiteral("AccessKeyId"), issued.credentials.accessKeyId},
                                      {QStringLiteral("SecretAccessKey"), issued.credentials.secretAccessKey},
                                      {QStringLiteral("Token"), issued.credentials.sessionToken},
                                      {QStringLiteral("Expiration"),
                                       QString::fromUtf8(iso(*issued.credentials.expiration))}})
                .toJson(QJsonDocument::Compact));
    }
    return FakeResponse::error(404, "NotFound", "no such fake endpoint");
}

} // namespace cw::net::testing
