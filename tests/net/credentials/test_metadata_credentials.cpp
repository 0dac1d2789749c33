// Container and EC2 instance metadata credentials against the loopback fake (the SDKs' override
// variables point them at it): the authorization token and its file, IMDSv2's session token, the
// hosts a FULL_URI may name, and the default profile falling back to them.
#include "auth/credential_resolver.h"
#include "auth/metadata_credentials.h"
#include "aws_test_home.h"
#include "fake_aws_services.h"

#include <QElapsedTimer>
#include <QTest>

using namespace cw::net;
using namespace cw::net::testing;

namespace {
QString messageOf(const cw::Result<Credentials> &result)
{
    return result.ok() ? QString() : QString::fromStdString(result.error().message);
}
} // namespace

class TestMetadataCredentials : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(aws.start()); }

    void containerWithTokenFile()
    {
        aws.setContainerAuthorization("Bearer from-file");
        AwsTestHome home;
        const QString tokenFile = home.writeFile(QStringLiteral("token"), "Bearer from-file\n");
        const AwsEnvironment environment = home.environment(
            {{QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"),
              aws.url().toString() + QStringLiteral("/container-credentials")},
             {QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"), tokenFile},
             {QStringLiteral("AWS_CONTAINER_AUTHORIZATION_TOKEN"), QStringLiteral("Bearer ignored")}});
        // The default profile with nothing in the files falls back to the container.
        CredentialResolver resolver(environment);
        const cw::Result<Credentials> result = resolver.resolve();
        QVERIFY2(result.ok(), qPrintable(messageOf(result)));
        QVERIFY(result->expiration.has_value());
        QVERIFY2(resolver.sourceDescription().contains(QStringLiteral("container")),
                 qPrintable(resolver.sourceDescription()));

        aws.setContainerAuthorization("Bearer rotated");
        home.writeFile(QStringLiteral("token"), "Bearer wrong\n");
        const auto settings = containerCredentialsSettings(environment);
        QVERIFY(settings && settings->ok());
        const cw::Result<Credentials> refused = containerCredentials(settings->value());
        QVERIFY(!refused.ok());
        QVERIFY2(messageOf(refused).contains(QStringLiteral("HTTP 401")), qPrintable(messageOf(refused)));
        QVERIFY(!messageOf(refused).contains(QStringLiteral("Bearer")));
    }

    void containerUriRules()
    {
        AwsTestHome home;
        const auto relative = containerCredentialsSettings(
            home.environment({{QStringLiteral("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"),
                               QStringLiteral("/v2/credentials/abc")}}));
        QVERIFY(relative && relative->ok());
        QCOMPARE(relative->value().url, QUrl(QStringLiteral("http://169.254.170.2/v2/credentials/abc")));
        const auto remote = containerCredentialsSettings(
            home.environment({{QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"),
                               QStringLiteral("http://example.com/creds")}}));
        QVERIFY(remote && !remote->ok());
        QCOMPARE(remote->error().code, std::string("aws.container-credentials"));
        const auto pod = containerCredentialsSettings(
            home.environment({{QStringLiteral("AWS_CONTAINER_CREDENTIALS_FULL_URI"),
                               QStringLiteral("http://169.254.170.23/v1/credentials")}}));
        QVERIFY(pod && pod->ok());
        QVERIFY(!containerCredentialsSettings(home.environment()));
    }

    void instanceMetadataV2()
    {
        aws.setInstanceRole(QStringLiteral("BuildRole"));
        AwsTestHome home;
        const AwsEnvironment environment =
            home.environment({{QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("false")},
                              {QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"), aws.url().toString()}});
        const int tokens = aws.count(QStringLiteral("ImdsToken"));
        CredentialResolver resolver(environment);
        const cw::Result<Credentials> result = resolver.resolve();
        QVERIFY2(result.ok(), qPrintable(messageOf(result)));
        QCOMPARE(aws.count(QStringLiteral("ImdsToken")), tokens + 1);
        QCOMPARE(aws.count(QStringLiteral("rejected:Imds401")), 0);
        QCOMPARE(aws.issued(result->accessKeyId)->arn.section(QLatin1Char('/'), 1, 1),
                 QStringLiteral("BuildRole"));

        // Disabled (as every test home is by default): the usual "no credentials" message.
        const cw::Result<Credentials> off = CredentialResolver(home.environment()).resolve();
        QVERIFY(!off.ok());
        QVERIFY2(messageOf(off).contains(QStringLiteral("No AWS credentials found")),
                 qPrintable(messageOf(off)));
        QVERIFY(!instanceMetadataSettings(home.environment()));

        // Nothing listening: the profile's message, quickly.
        QElapsedTimer timer;
        timer.start();
        const cw::Result<Credentials> absent =
            CredentialResolver(
                home.environment({{QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("false")},
                                  {QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"),
                                   QStringLiteral("http://127.0.0.1:9")}}))
                .resolve();
        QVERIFY(!absent.ok());
        QVERIFY2(messageOf(absent).contains(QStringLiteral("No AWS credentials found")),
                 qPrintable(messageOf(absent)));
        QVERIFY(timer.elapsed() < 3000);
    }

    void explicitProfilesDoNotFallBack()
    {
        aws.setInstanceRole(QStringLiteral("BuildRole"));
        AwsTestHome home;
        CredentialResolverOptions options;
        options.profile = QStringLiteral("missing");
        const cw::Result<Credentials> result =
            CredentialResolver(
                home.environment(
                    {{QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("false")},
                     {QStringLiteral("AWS_EC2_METADATA_SERVICE_ENDPOINT"), aws.url().toString()}}),
                options)
                .resolve();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, std::string("aws.profile-not-found"));
    }

private:
    FakeAwsServices aws;
};

QTEST_GUILESS_MAIN(TestMetadataCredentials)
#include "test_metadata_credentials.moc"
