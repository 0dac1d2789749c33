// IAM Identity Center against the loopback fakes of the portal and SSO OIDC: the token cache the
// AWS CLI v2 writes (sha1 of the session name, or of the start URL for the legacy form), refresh
// of a token near its end with the refresh_token grant and its write-back, and the messages that
// say what to run when no usable token is there.
#include "auth/credential_resolver.h"
#include "auth/sso_credentials.h"
#include "aws_test_home.h"
#include "fake_aws_services.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cw::net;
using namespace cw::net::testing;

namespace {

const QByteArray kStartUrl = "https://corp.awsapps.com/start";

QString sha1(const QByteArray &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex());
}

QString messageOf(const cw::Result<Credentials> &result)
{
    return result.ok() ? QString() : QString::fromStdString(result.error().message);
}

QByteArray tokenJson(const QString &accessToken, const QDateTime &expiresAt, bool refreshable = true)
{
    QJsonObject json{{QStringLiteral("startUrl"), QString::fromLatin1(kStartUrl)},
                     {QStringLiteral("region"), QStringLiteral("eu-west-1")},
                     {QStringLiteral("accessToken"), accessToken},
                     {QStringLiteral("expiresAt"), ssoTimestamp(expiresAt)}};
    if (refreshable) {
        json.insert(QStringLiteral("clientId"), QStringLiteral("client-1"));
        json.insert(QStringLiteral("clientSecret"), QStringLiteral("client-secret-1"));
        json.insert(QStringLiteral("registrationExpiresAt"), ssoTimestamp(expiresAt.addDays(60)));
        json.insert(QStringLiteral("refreshToken"), QStringLiteral("refresh-1"));
    }
    return QJsonDocument(json).toJson();
}

struct Setup {
    FakeAwsServices aws;
    AwsTestHome home;
    Setup()
    {
        if (!aws.start())
            qFatal("the fake AWS services did not start");
        home.writeConfig(
            "[profile dev]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = CaseAdmin\n"
            "[sso-session corp]\nsso_start_url = " +
            kStartUrl +
            "\nsso_region = eu-west-1\n"
            "[profile old]\nsso_start_url = " +
            kStartUrl +
            "\nsso_region = eu-west-1\n"
            "sso_account_id = 111122223333\nsso_role_name = CaseAdmin\n");
    }
    AwsEnvironment environment() const
    {
        return home.environment({{QStringLiteral("AWS_ENDPOINT_URL_SSO"), aws.url().toString()},
                                 {QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC"), aws.url().toString()}});
    }
    QString cacheFile(const QByteArray &keyInput) const
    {
        return home.path(QStringLiteral(".aws/sso/cache/") + sha1(keyInput) + QStringLiteral(".json"));
    }
    cw::Result<Credentials> resolve(const QString &profile) const
    {
        CredentialResolverOptions options;
        options.profile = profile;
        CredentialResolver resolver(environment(), options);
        return resolver.resolve();
    }
};

} // namespace

class TestSsoCredentials : public QObject {
    Q_OBJECT
private slots:
    void cachedTokenOfASession()
    {
        Setup setup;
        setup.aws.setSsoAccessToken(QStringLiteral("access-1"));
        setup.home.writeFile(
            QStringLiteral(".aws/sso/cache/") + sha1("corp") + QStringLiteral(".json"),
            tokenJson(QStringLiteral("access-1"), QDateTime::currentDateTimeUtc().addSecs(3600)));
        const cw::Result<Credentials> result = setup.resolve(QStringLiteral("dev"));
        QVERIFY2(result.ok(), qPrintable(messageOf(result)));
        QVERIFY(result->expiration.has_value());
        QCOMPARE(setup.aws.count(QStringLiteral("GetRoleCredentials")), 1);
        QCOMPARE(setup.aws.count(QStringLiteral("CreateToken")), 0);
        QCOMPARE(setup.aws.issued(result->accessKeyId)->arn,
                 QStringLiteral("arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_CaseAdmin/user"));
    }

    void legacyProfileHashesTheStartUrl()
    {
        Setup setup;
        setup.aws.setSsoAccessToken(QStringLiteral("access-legacy"));
        setup.home.writeFile(
            QStringLiteral(".aws/sso/cache/") + sha1(kStartUrl) + QStringLiteral(".json"),
            tokenJson(QStringLiteral("access-legacy"), QDateTime::currentDateTimeUtc().addSecs(3600), false));
        const cw::Result<Credentials> result = setup.resolve(QStringLiteral("old"));
        QVERIFY2(result.ok(), qPrintable(messageOf(result)));
    }

    void expiringTokenIsRefreshedAndWrittenBack()
    {
        Setup setup;
        setup.aws.setSsoRefresh(QStringLiteral("client-1"), QStringLiteral("client-secret-1"),
                                QStringLiteral("refresh-1"), QStringLiteral("access-2"),
                                QStringLiteral("refresh-2"), 7200);
        const QString path = setup.cacheFile("corp");
        setup.home.writeFile(
            QStringLiteral(".aws/sso/cache/") + sha1("corp") + QStringLiteral(".json"),
            tokenJson(QStringLiteral("access-1"), QDateTime::currentDateTimeUtc().addSecs(600)));
        const cw::Result<Credentials> result = setup.resolve(QStringLiteral("dev"));
        QVERIFY2(result.ok(), qPrintable(messageOf(result)));
        QCOMPARE(setup.aws.count(QStringLiteral("CreateToken")), 1);
        QCOMPARE(setup.aws.count(QStringLiteral("GetRoleCredentials")), 1);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject written = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(written.value(QStringLiteral("accessToken")).toString(), QStringLiteral("access-2"));
        QCOMPARE(written.value(QStringLiteral("refreshToken")).toString(), QStringLiteral("refresh-2"));
        QCOMPARE(written.value(QStringLiteral("clientId")).toString(), QStringLiteral("client-1"));
        QCOMPARE(written.value(QStringLiteral("clientSecret")).toString(), QStringLiteral("client-secret-1"));
        QCOMPARE(written.value(QStringLiteral("startUrl")).toString(), QString::fromLatin1(kStartUrl));
        QCOMPARE(written.value(QStringLiteral("region")).toString(), QStringLiteral("eu-west-1"));
        QVERIFY(written.contains(QStringLiteral("registrationExpiresAt")));
        const QDateTime expiresAt =
            QDateTime::fromString(written.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
        QVERIFY(expiresAt > QDateTime::currentDateTimeUtc().addSecs(7000));
        QVERIFY(written.value(QStringLiteral("expiresAt")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
    }

    void noTokenSaysWhatToRun()
    {
        Setup setup;
        const cw::Result<Credentials> result = setup.resolve(QStringLiteral("dev"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, std::string("aws.sso-token"));
        QVERIFY2(messageOf(result).contains(QStringLiteral("aws sso login --profile dev")),
                 qPrintable(messageOf(result)));
        QCOMPARE(setup.aws.count(QStringLiteral("GetRoleCredentials")), 0);
    }

    void expiredTokensSayWhatToRun()
    {
        Setup setup;
        // Legacy: never refreshed.
        setup.home.writeFile(
            QStringLiteral(".aws/sso/cache/") + sha1(kStartUrl) + QStringLiteral(".json"),
            tokenJson(QStringLiteral("old"), QDateTime::currentDateTimeUtc().addSecs(-60), false));
        const cw::Result<Credentials> legacy = setup.resolve(QStringLiteral("old"));
        QVERIFY(!legacy.ok());
        QCOMPARE(legacy.error().code, std::string("aws.sso-token"));
        QVERIFY2(messageOf(legacy).contains(QStringLiteral("expired")) &&
                     messageOf(legacy).contains(QStringLiteral("aws sso login --profile old")),
                 qPrintable(messageOf(legacy)));
        QCOMPARE(setup.aws.count(QStringLiteral("CreateToken")), 0);

        // A session whose refresh token was revoked.
        setup.aws.setSsoRefresh(QStringLiteral("client-1"), QStringLiteral("client-secret-1"),
                                QStringLiteral("another"), QStringLiteral("x"), QStringLiteral("y"));
        setup.home.writeFile(
            QStringLiteral(".aws/sso/cache/") + sha1("corp") + QStringLiteral(".json"),
            tokenJson(QStringLiteral("access-1"), QDateTime::currentDateTimeUtc().addSecs(-60)));
        const cw::Result<Credentials> revoked = setup.resolve(QStringLiteral("dev"));
        QVERIFY(!revoked.ok());
        QCOMPARE(revoked.error().code, std::string("aws.sso-token"));
        QVERIFY2(messageOf(revoked).contains(QStringLiteral("invalid_grant")) &&
                     messageOf(revoked).contains(QStringLiteral("aws sso login --profile dev")),
                 qPrintable(messageOf(revoked)));
        QVERIFY(!messageOf(revoked).contains(QStringLiteral("refresh-1")));
        QVERIFY(!messageOf(revoked).contains(QStringLiteral("client-secret-1")));
    }

    void portalRefusingTheTokenSaysWhatToRun()
    {
        Setup setup;
        setup.aws.setSsoAccessToken(QStringLiteral("the-real-one"));
        setup.home.writeFile(
            QStringLiteral(".aws/sso/cache/") + sha1("corp") + QStringLiteral(".json"),
            tokenJson(QStringLiteral("revoked-token"), QDateTime::currentDateTimeUtc().addSecs(3600)));
        const cw::Result<Credentials> result = setup.resolve(QStringLiteral("dev"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, std::string("aws.sso"));
        QVERIFY2(messageOf(result).contains(QStringLiteral("UnauthorizedException")) &&
                     messageOf(result).contains(QStringLiteral("aws sso login --profile dev")),
                 qPrintable(messageOf(result)));
        QVERIFY(!messageOf(result).contains(QStringLiteral("revoked-token")));
    }

    // What the designer's "Sign in" does, and `aws sso login` before it.
    void deviceAuthorizationSignsIn()
    {
        Setup setup;
        setup.aws.setDeviceAuthorization(QStringLiteral("ABCD-EFGH"), 2, QStringLiteral("device-access"));
        const AwsEnvironment environment = setup.environment();
        const cw::Result<AwsConfigFiles> files = AwsConfigFiles::load(environment);
        QVERIFY(files.ok());
        const cw::Result<SsoSettings> settings = ssoSettingsFor(environment, *files, QStringLiteral("dev"));
        QVERIFY2(settings.ok(), settings.ok() ? "" : settings.error().message.c_str());
        const cw::Result<SsoClientRegistration> client =
            registerSsoClient(*settings, QStringLiteral("casewright"));
        QVERIFY2(client.ok(), client.ok() ? "" : client.error().message.c_str());
        const cw::Result<SsoDeviceAuthorization> authorization =
            startSsoDeviceAuthorization(*settings, *client);
        QVERIFY2(authorization.ok(), authorization.ok() ? "" : authorization.error().message.c_str());
        QCOMPARE(authorization->userCode, QStringLiteral("ABCD-EFGH"));
        QVERIFY(authorization->verificationUriComplete.toString().contains(QStringLiteral("ABCD-EFGH")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int pending = 0; pending < 2; ++pending) {
            const auto poll = pollSsoDeviceToken(*settings, *client, *authorization, now);
            QVERIFY2(poll.ok(), poll.ok() ? "" : poll.error().message.c_str());
            QVERIFY(!poll->has_value());
        }
        const auto done = pollSsoDeviceToken(*settings, *client, *authorization, now);
        QVERIFY2(done.ok() && done->has_value(), done.ok() ? "pending" : done.error().message.c_str());
        QVERIFY(QFileInfo::exists(setup.cacheFile("corp")));
        const cw::Result<Credentials> signedIn = setup.resolve(QStringLiteral("dev"));
        QVERIFY2(signedIn.ok(), qPrintable(messageOf(signedIn)));
        QCOMPARE(setup.aws.count(QStringLiteral("RegisterClient")), 1);
        QCOMPARE(setup.aws.count(QStringLiteral("StartDeviceAuthorization")), 1);
        QCOMPARE(setup.aws.count(QStringLiteral("CreateToken")), 3);
    }
};

QTEST_GUILESS_MAIN(TestSsoCredentials)
#include "test_sso_credentials.moc"
