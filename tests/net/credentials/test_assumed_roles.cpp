// Assumed roles against the loopback fake STS (tests/net/fakes): source_profile (chained, loops
// refused, a profile sourcing itself), credential_source, the role options, MFA, web identity,
// the STS endpoint overrides, GetCallerIdentity, refresh before expiry, and the errors.
#include "auth/credential_resolver.h"
#include "auth/sts_client.h"
#include "aws_test_home.h"
#include "client/caller_identity.h"
#include "fake_aws_services.h"

#include <QTest>

using namespace cw::net;
using namespace cw::net::testing;

namespace {

const QByteArray kAdminRole = "arn:aws:iam::123456789012:role/Admin";

QString messageOf(const cw::Result<Credentials> &result)
{
    return result.ok() ? QString() : QString::fromStdString(result.error().message);
}

struct Setup {
    FakeAwsServices aws;
    AwsTestHome home;
    explicit Setup(const FakeTime *time = nullptr) : aws(time)
    {
        if (!aws.start())
            qFatal("the fake AWS services did not start");
        aws.addKey(QStringLiteral("AKIDBASE"), QStringLiteral("base-secret"));
        home.writeCredentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n");
    }
    AwsEnvironment environment(QMap<QString, QString> variables = {}) const
    {
        variables.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"), aws.url().toString());
        return home.environment(variables);
    }
};

cw::Result<Credentials> resolve(const AwsEnvironment &environment, const QString &profile,
                                CredentialResolverOptions options = {})
{
    options.profile = profile;
    CredentialResolver resolver(environment, options);
    return resolver.resolve();
}

} // namespace

class TestAssumedRoles : public QObject {
    Q_OBJECT
private slots:
    void sourceProfileSignsAssumeRole()
    {
        Setup setup;
        setup.home.writeConfig("[profile admin]\nrole_arn = " + kAdminRole +
                               "\nsource_profile = base\nregion = us-east-1\n");
        CredentialResolverOptions options;
        options.profile = QStringLiteral("admin");
        CredentialResolver resolver(setup.environment(), options);
        const cw::Result<Credentials> result = resolver.resolve();
        QVERIFY2(result.ok(), qPrintable(messageOf(result)));
        QVERIFY(result->accessKeyId.startsWith(QStringLiteral("ASIAFAKE")));
        QVERIFY(!result->sessionToken.isEmpty());
        QVERIFY(result->expiration.has_value());
        QCOMPARE(setup.aws.count(QStringLiteral("AssumeRole")), 1);
        const QMap<QString, QString> call = setup.aws.stsCalls().value(0);
        QCOMPARE(call.value(QStringLiteral("RoleArn")), QString::fromLatin1(kAdminRole));
        QVERIFY2(
            call.value(QStringLiteral("RoleSessionName")).startsWith(QStringLiteral("botocore-session-")),
            qPrintable(call.value(QStringLiteral("RoleSessionName"))));
        QVERIFY(!call.contains(QStringLiteral("ExternalId")));
        QVERIFY(!call.contains(QStringLiteral("DurationSeconds")));
        QVERIFY2(resolver.sourceDescription().contains(QString::fromLatin1(kAdminRole)),
                 qPrintable(resolver.sourceDescription()));
        // Cached: the next call makes no STS call.
        QCOMPARE(resolver.resolve()->accessKeyId, result->accessKeyId);
        QCOMPARE(setup.aws.count(QStringLiteral("AssumeRole")), 1);
    }

    void chainedRolesSignWithThePreviousRole()
    {
        Setup setup;
        setup.home.writeConfig(
            "[profile top]\nrole_arn = arn:aws:iam::222222222222:role/Top\nsource_profile = middle\n"
            "[profile middle]\nrole_arn = " +
            kAdminRole + "\nsource_profile = base\n");
        const cw::Result<Credentials> result = resolve(setup.environment(), QStringLiteral("top"));
        QVERIFY2(result.ok(), qPrintable(messageOf(result)));
        const auto calls = setup.aws.stsCalls();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[0].value(QStringLiteral("RoleArn")), QString::fromLatin1(kAdminRole));
        QCOMPARE(calls[1].value(QStringLiteral("RoleArn")),
                 QStringLiteral("arn:aws:iam::222222222222:role/Top"));
        // The fake accepted the second call only because it was signed with the first role's key.
        QCOMPARE(setup.aws.count(QStringLiteral("rejected:InvalidSignatureException")), 0);
        QCOMPARE(setup.aws.issued(result->accessKeyId)->arn,
                 QStringLiteral("arn:aws:sts::222222222222:assumed-role/Top/") +
                     calls[1].value(QStringLiteral("RoleSessionName")));
    }

    void roleLoopsAreRefused()
    {
        Setup setup;
        setup.home.writeConfig("[profile a]\nrole_arn = " + kAdminRole +
                               "\nsource_profile = b\n"
                               "[profile b]\nrole_arn = " +
                               kAdminRole +
                               "\nsource_profile = a\n"
                               "[profile self]\nrole_arn = " +
                               kAdminRole +
                               "\nsource_profile = self\n"
                               "aws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n");
        const cw::Result<Credentials> loop = resolve(setup.environment(), QStringLiteral("a"));
        QVERIFY(!loop.ok());
        QCOMPARE(loop.error().code, std::string("aws.source-profile-loop"));
        QVERIFY2(messageOf(loop).contains(QStringLiteral("a -> b -> a")), qPrintable(messageOf(loop)));
        QCOMPARE(setup.aws.count(QStringLiteral("AssumeRole")), 0);
        // A profile with its own keys may name itself, as the SDKs allow.
        const cw::Result<Credentials> self = resolve(setup.environment(), QStringLiteral("self"));
        QVERIFY2(self.ok(), qPrintable(messageOf(self)));
        QCOMPARE(setup.aws.count(QStringLiteral("AssumeRole")), 1);
    }

    void roleOptionsReachSts()
    {
        Setup setup;
        setup.aws.requireExternalId(QString::fromLatin1(kAdminRole), QStringLiteral("partner-42"));
        setup.home.writeConfig(
            "[profile ok]\nrole_arn = " + kAdminRole +
            "\nsource_profile = base\n"
            "external_id = partner-42\nduration_seconds = 1800\nrole_session_name = alice\n"
            "[profile wrong]\nrole_arn = " +
            kAdminRole + "\nsource_profile = base\nexternal_id = nope\n");
        QVERIFY(resolve(setup.environment(), QStringLiteral("ok")).ok());
        const QMap<QString, QString> call = setup.aws.stsCalls().value(0);
        QCOMPARE(call.value(QStringLiteral("ExternalId")), QStringLiteral("partner-42"));
        QCOMPARE(call.value(QStringLiteral("DurationSeconds")), QStringLiteral("1800"));
        QCOMPARE(call.value(QStringLiteral("RoleSessionName")), QStringLiteral("alice"));

        const cw::Result<Credentials> refused = resolve(setup.environment(), QStringLiteral("wrong"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, std::string("aws.sts"));
        QVERIFY2(messageOf(refused).contains(QStringLiteral("AccessDenied")) &&
                     messageOf(refused).contains(QString::fromLatin1(kAdminRole)),
                 qPrintable(messageOf(refused)));
        QVERIFY(!messageOf(refused).contains(QStringLiteral("base-secret")));
    }

    void badRoleConfigurationIsExplained_data()
    {
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no source") << QByteArray("role_arn = " + kAdminRole + "\n")
                                   << "neither source_profile nor credential_source";
        QTest::newRow("both sources")
            << QByteArray("role_arn = " + kAdminRole +
                          "\nsource_profile = base\ncredential_source = Environment\n")
            << "both source_profile and credential_source";
        QTest::newRow("unknown source")
            << QByteArray("role_arn = " + kAdminRole + "\ncredential_source = Laptop\n")
            << "Environment, EcsContainer or Ec2InstanceMetadata";
        QTest::newRow("bad duration")
            << QByteArray("role_arn = " + kAdminRole + "\nsource_profile = base\nduration_seconds = 60\n")
            << "from 900";
        QTest::newRow("token without role")
            << QByteArray("web_identity_token_file = /tmp/x\n") << "no role_arn";
    }

    void badRoleConfigurationIsExplained()
    {
        QFETCH(QByteArray, profile);
        QFETCH(QString, expected);
        Setup setup;
        setup.home.writeConfig("[profile x]\n" + profile);
        const cw::Result<Credentials> result = resolve(setup.environment(), QStringLiteral("x"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, std::string("aws.role-config"));
        QVERIFY2(messageOf(result).contains(expected), qPrintable(messageOf(result)));
        QCOMPARE(QString::fromStdString(result.error().where.file),
                 setup.home.path(QStringLiteral(".aws/config")));
        QCOMPARE(setup.aws.count(QStringLiteral("AssumeRole")), 0);
    }

    void credentialSourceEnvironment()
    {
        Setup setup;
        setup.home.writeConfig("[profile ci]\nrole_arn = " + kAdminRole +
                               "\ncredential_source = Environment\n");
        const cw::Result<Credentials> result = resolve(
            setup.environment({{QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDBASE")},
                               {QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("base-secret")}}),
            QStringLiteral("ci"));
        QVERIFY2(result.ok(), qPrintable(messageOf(result)));
        QVERIFY(result->accessKeyId.startsWith(QStringLiteral("ASIAFAKE")));
        const cw::Result<Credentials> without = resolve(setup.environment(), QStringLiteral("ci"));
        QVERIFY(!without.ok());
        QVERIFY2(messageOf(without).contains(QStringLiteral("AWS_ACCESS_KEY_ID")),
                 qPrintable(messageOf(without)));
    }

    void credentialSourceContainerAndInstance()
    {
        Setup setup;
        setup.aws.setContainerAuthorization("Bearer task-token");
        setup.aws.setInstanceRole(QStringLiteral("InstanceRole"));
        setup.home.writeConfig("[profile ecs]\nrole_arn = " + kAdminRole +
                               "\ncredential_source = EcsContainer\n"
                               "[profile ec2]\nrole_arn = " +
                               kAdminRole + "\ncredential_source = Ec2InstanceMetadata\n");
        const cw::Result<Credentials> ecs = resolve(
            setup.environment(
                {{QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"),
                  setup.aws.url().toString() + QStringLiteral("/container-credentials")},
                 {QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN"), QStringLiteral("Bearer task-token")}}),
            QStringLiteral("ecs"));
        QVERIFY2(ecs.ok(), qPrintable(messageOf(ecs)));
        QCOMPARE(setup.aws.count(QStringLiteral("ContainerCredentials")), 1);
        QCOMPARE(setup.aws.count(QStringLiteral("AssumeRole")), 1);

        const cw::Result<Credentials> ec2 =
            resolve(setup.environment(
                        {{QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("false")},
                         {QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"), setup.aws.url().toString()}}),
                    QStringLiteral("ec2"));
        QVERIFY2(ec2.ok(), qPrintable(messageOf(ec2)));
        QCOMPARE(setup.aws.count(QStringLiteral("ImdsToken")), 1);
        QCOMPARE(setup.aws.count(QStringLiteral("ImdsCredentials")), 1);
        QCOMPARE(setup.aws.count(QStringLiteral("AssumeRole")), 2);
    }

    void mfaCodeIsAskedFor()
    {
        Setup setup;
        const QString serial = QStringLiteral("arn:aws:iam::123456789012:mfa/alice");
        setup.aws.requireMfa(QString::fromLatin1(kAdminRole), serial, QStringLiteral("123456"));
        setup.home.writeConfig("[profile mfa]\nrole_arn = " + kAdminRole +
                               "\nsource_profile = base\nmfa_serial = " + serial.toUtf8() + "\n");
        QList<MfaRequest> asked;
        CredentialResolverOptions options;
        options.mfa = [&asked](const MfaRequest &request) -> cw::Result<QString> {
            asked << request;
            return QStringLiteral(" 123456\n");
        };
        const cw::Result<Credentials> result = resolve(setup.environment(), QStringLiteral("mfa"), options);
        QVERIFY2(result.ok(), qPrintable(messageOf(result)));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0].mfaSerial, serial);
        QCOMPARE(asked[0].profileName, QStringLiteral("mfa"));
        QCOMPARE(asked[0].roleArn, QString::fromLatin1(kAdminRole));
        QCOMPARE(setup.aws.stsCalls().value(0).value(QStringLiteral("TokenCode")), QStringLiteral("123456"));

        options.mfa = [](const MfaRequest &) -> cw::Result<QString> { return QStringLiteral("000000"); };
        const cw::Result<Credentials> wrong = resolve(setup.environment(), QStringLiteral("mfa"), options);
        QVERIFY(!wrong.ok());
        QVERIFY2(messageOf(wrong).contains(QStringLiteral("MultiFactorAuthentication failed")),
                 qPrintable(messageOf(wrong)));

        options.mfa = [](const MfaRequest &) -> cw::Result<QString> {
            return cw::makeError("aws.mfa-cancelled", "The MFA code was not entered.");
        };
        const cw::Result<Credentials> cancelled =
            resolve(setup.environment(), QStringLiteral("mfa"), options);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, std::string("aws.mfa-cancelled"));

        const cw::Result<Credentials> nobody = resolve(setup.environment(), QStringLiteral("mfa"));
        QVERIFY(!nobody.ok());
        QCOMPARE(nobody.error().code, std::string("aws.mfa-required"));
        QVERIFY2(messageOf(nobody).contains(serial), qPrintable(messageOf(nobody)));
        QCOMPARE(setup.aws.count(QStringLiteral("AssumeRole")), 2); // none for the last two
    }

    void webIdentityFromProfileAndEnvironment()
    {
        Setup setup;
        setup.aws.setWebIdentityToken("eyJ.fake.jwt");
        const QString tokenFile = setup.home.writeFile(QStringLiteral("token.jwt"), "eyJ.fake.jwt\n");
        const QString wrongFile = setup.home.writeFile(QStringLiteral("wrong.jwt"), "eyJ.other.jwt\n");
        setup.home.writeConfig("[profile web]\nrole_arn = " + kAdminRole + "\nweb_identity_token_file = " +
                               tokenFile.toUtf8() + "\nrole_session_name = ci-run\n");
        const cw::Result<Credentials> fromProfile = resolve(setup.environment(), QStringLiteral("web"));
        QVERIFY2(fromProfile.ok(), qPrintable(messageOf(fromProfile)));
        QCOMPARE(setup.aws.count(QStringLiteral("AssumeRoleWithWebIdentity")), 1);
        QCOMPARE(setup.aws.stsCalls().value(0).value(QStringLiteral("RoleSessionName")),
                 QStringLiteral("ci-run"));

        const cw::Result<Credentials> fromEnvironment =
            resolve(setup.environment({{QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"), tokenFile},
                                       {QStringLiteral("AWS_ROLE_ARN"), QString::fromLatin1(kAdminRole)},
                                       {QStringLiteral("AWS_ROLE_SESSION_NAME"), QStringLiteral("env-run")}}),
                    QString());
        QVERIFY2(fromEnvironment.ok(), qPrintable(messageOf(fromEnvironment)));
        QCOMPARE(setup.aws.stsCalls().value(1).value(QStringLiteral("RoleSessionName")),
                 QStringLiteral("env-run"));

        const cw::Result<Credentials> badToken =
            resolve(setup.environment({{QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"), wrongFile},
                                       {QStringLiteral("AWS_ROLE_ARN"), QString::fromLatin1(kAdminRole)}}),
                    QString());
        QVERIFY(!badToken.ok());
        QVERIFY2(messageOf(badToken).contains(QStringLiteral("InvalidIdentityToken")),
                 qPrintable(messageOf(badToken)));
        QVERIFY(!messageOf(badToken).contains(QStringLiteral("eyJ.other.jwt")));

        const cw::Result<Credentials> noFile =
            resolve(setup.environment({{QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"),
                                        setup.home.path(QStringLiteral("gone"))},
                                       {QStringLiteral("AWS_ROLE_ARN"), QString::fromLatin1(kAdminRole)}}),
                    QString());
        QVERIFY(!noFile.ok());
        QCOMPARE(noFile.error().code, std::string("aws.web-identity"));
    }

    void stsEndpointFromTheServicesSection()
    {
        Setup setup;
        setup.home.writeConfig("[profile admin]\nrole_arn = " + kAdminRole +
                               "\nsource_profile = base\nservices = local\n"
                               "[services local]\nsts =\n  endpoint_url = " +
                               setup.aws.url().toEncoded() + "\n");
        const cw::Result<Credentials> result = resolve(setup.home.environment(), QStringLiteral("admin"));
        QVERIFY2(result.ok(), qPrintable(messageOf(result)));
        QCOMPARE(setup.aws.count(QStringLiteral("AssumeRole")), 1);
        QCOMPARE(defaultStsEndpoint(QStringLiteral("eu-west-1")),
                 QUrl(QStringLiteral("https://sts.eu-west-1.amazonaws.com")));
        QCOMPARE(defaultStsEndpoint(QStringLiteral("cn-north-1")),
                 QUrl(QStringLiteral("https://sts.cn-north-1.amazonaws.com.cn")));
        QCOMPARE(defaultStsEndpoint(QString()), QUrl(QStringLiteral("https://sts.amazonaws.com")));
    }

    void callerIdentityNamesAccountAndRole()
    {
        Setup setup;
        setup.home.writeConfig("[profile admin]\nrole_arn = " + kAdminRole +
                               "\nsource_profile = base\nrole_session_name = bob\nregion = us-east-1\n");
        const AwsEnvironment environment = setup.environment();
        ConnectionSettings settings;
        settings.profile = QStringLiteral("admin");
        const cw::Result<ResolvedConnection> connection = resolveConnection(settings, environment);
        QVERIFY2(connection.ok(), connection.ok() ? "" : connection.error().message.c_str());
        const cw::Result<CallerIdentity> identity = callerIdentity(*connection, environment);
        QVERIFY2(identity.ok(), identity.ok() ? "" : identity.error().message.c_str());
        QCOMPARE(identity->account, QStringLiteral("123456789012"));
        QCOMPARE(identity->arn, QStringLiteral("arn:aws:sts::123456789012:assumed-role/Admin/bob"));
        QCOMPARE(describeIdentity(*identity),
                 QStringLiteral("123456789012 as arn:aws:sts::123456789012:assumed-role/Admin/bob"));
        QCOMPARE(setup.aws.count(QStringLiteral("GetCallerIdentity")), 1);
    }

    // Credentials are fetched again before they expire; a failed refresh keeps credentials that
    // are still valid, and only expired ones make the failure visible.
    void refreshesBeforeExpiry()
    {
        FakeTime time;
        Setup setup(&time);
        setup.aws.setCredentialLifetime(std::chrono::minutes(15));
        setup.home.writeConfig("[profile admin]\nrole_arn = " + kAdminRole + "\nsource_profile = base\n");
        CredentialResolverOptions options;
        options.profile = QStringLiteral("admin");
        options.clock = time.clock();
        CredentialResolver resolver(setup.environment(), options);
        const QString first = resolver.resolve()->accessKeyId;
        time.advance(std::chrono::minutes(9));
        QCOMPARE(resolver.resolve()->accessKeyId, first);
        time.advance(std::chrono::minutes(2)); // 4 minutes left: inside the 5-minute margin
        const QString second = resolver.resolve()->accessKeyId;
        QVERIFY(second != first);
        QCOMPARE(setup.aws.count(QStringLiteral("AssumeRole")), 2);

        setup.aws.requireExternalId(QString::fromLatin1(kAdminRole), QStringLiteral("now-required"));
        time.advance(std::chrono::minutes(11));
        QCOMPARE(resolver.resolve()->accessKeyId, second); // refresh refused, still valid
        time.advance(std::chrono::minutes(5));
        const cw::Result<Credentials> expired = resolver.resolve();
        QVERIFY(!expired.ok());
        QCOMPARE(expired.error().code, std::string("aws.sts"));
    }

    void noStsAnswerIsAClearError()
    {
        AwsTestHome home;
        home.writeCredentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n");
        home.writeConfig("[profile admin]\nrole_arn = " + kAdminRole + "\nsource_profile = base\n");
        CredentialResolverOptions options;
        options.serviceTimeout = std::chrono::seconds(2);
        // Port 9 on loopback: nothing listens.
        const cw::Result<Credentials> result =
            resolve(home.environment(
                        {{QStringLiteral("AWS_ENDPOINT_URL_STS"), QStringLiteral("http://127.0.0.1:9")}}),
                    QStringLiteral("admin"), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, std::string("aws.credential-http"));
        QVERIFY2(messageOf(result).contains(QStringLiteral("STS AssumeRole")) &&
                     messageOf(result).contains(QStringLiteral("127.0.0.1:9")),
                 qPrintable(messageOf(result)));
    }
};

QTEST_GUILESS_MAIN(TestAssumedRoles)
#include "test_assumed_roles.moc"
