// CredentialResolver: each source, their precedence, source_profile chains and the errors a
// person sees when nothing is found.

#include "auth/credential_resolver.h"
#include "aws_test_home.h"

#include <QTest>

using namespace cw::net;
using namespace cw::net::testing;

namespace {

const QString kKeyId = QStringLiteral("AWS_ACCESS_KEY_ID");
const QString kSecret = QStringLiteral("AWS_SECRET_ACCESS_KEY");

cw::Result<Credentials> resolveWith(const AwsEnvironment &environment, const QString &profile = QString())
{
    CredentialResolverOptions options;
    options.profile = profile;
    CredentialResolver resolver(environment, options);
    return resolver.resolve();
}

QString keyIdOf(const cw::Result<Credentials> &result)
{
    return result.ok() ? result->accessKeyId
                       : QStringLiteral("error: ") + QString::fromStdString(result.error().message);
}

} // namespace

class TestCredentialResolver : public QObject {
    Q_OBJECT

private slots:
    void environmentKeys();
    void environmentKeysMustComeInPairs();
    void environmentBeatsProfileUnlessProfileIsExplicit();
    void profileSelection();
    void credentialsFileKeysBeatProcessWhichBeatsConfigKeys();
    void sourceProfileChain();
    void sourceProfileLoops_data();
    void sourceProfileLoops();
    void missingSourceProfile();
    void incompleteProfilesAreExplained();
    void nothingFoundSaysWhereItLooked();
    void unknownExplicitProfile();
    void halfAKeyPairInAProfile();
    void syntaxErrorsPropagate();
    void retriesAfterAFailure();
};

void TestCredentialResolver::environmentKeys()
{
    AwsTestHome home;
    const AwsEnvironment environment = home.environment(
        {{kKeyId, QStringLiteral("AKIDENV")},
         {kSecret, QStringLiteral("envsecret")},
         {QStringLiteral("AWS_SESSION_TOKEN"), QStringLiteral("envtoken")},
         {QStringLiteral("AWS_CREDENTIAL_EXPIRATION"), QStringLiteral("2030-01-02T03:04:05Z")}});
    CredentialResolver resolver(environment);
    const cw::Result<Credentials> result = resolver.resolve();
    QVERIFY(result.ok());
    QCOMPARE(result->accessKeyId, QStringLiteral("AKIDENV"));
    QCOMPARE(result->secretAccessKey, QStringLiteral("envsecret"));
    QCOMPARE(result->sessionToken, QStringLiteral("envtoken"));
    QCOMPARE(result->expiration, std::optional<QDateTime>(QDateTime::fromString(
                                     QStringLiteral("2030-01-02T03:04:05Z"), Qt::ISODate)));
    QVERIFY(resolver.sourceDescription().contains(QStringLiteral("environment")));
}

void TestCredentialResolver::environmentKeysMustComeInPairs()
{
    AwsTestHome home;
    const cw::Result<Credentials> result =
        resolveWith(home.environment({{kKeyId, QStringLiteral("AKIDENV")}}));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, std::string("aws.partial-credentials"));
    QVERIFY(QString::fromStdString(result.error().message).contains(kSecret));
}

void TestCredentialResolver::environmentBeatsProfileUnlessProfileIsExplicit()
{
    AwsTestHome home;
    home.writeCredentials("[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = s\n"
                          "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = s\n");
    const AwsEnvironment environment =
        home.environment({{kKeyId, QStringLiteral("AKIDENV")},
                          {kSecret, QStringLiteral("e")},
                          {QStringLiteral("AWS_PROFILE"), QStringLiteral("dev")}});
    QCOMPARE(keyIdOf(resolveWith(environment)), QStringLiteral("AKIDENV"));
    // --profile means "this profile", as in the AWS CLI: the environment keys are not used.
    QCOMPARE(keyIdOf(resolveWith(environment, QStringLiteral("default"))), QStringLiteral("AKIDDEFAULT"));
}

void TestCredentialResolver::profileSelection()
{
    AwsTestHome home;
    home.writeCredentials("[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = s\n"
                          "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = s\n");
    home.writeConfig("[profile prod]\naws_access_key_id = AKIDPROD\naws_secret_access_key = s\n"
                     "aws_session_token = tok\n");
    QCOMPARE(keyIdOf(resolveWith(home.environment())), QStringLiteral("AKIDDEFAULT"));
    QCOMPARE(keyIdOf(resolveWith(home.environment({{QStringLiteral("AWS_PROFILE"), QStringLiteral("dev")}}))),
             QStringLiteral("AKIDDEV"));
    QCOMPARE(keyIdOf(resolveWith(home.environment({{QStringLiteral("AWS_PROFILE"), QStringLiteral("dev")}}),
                                 QStringLiteral("prod"))),
             QStringLiteral("AKIDPROD"));
    const cw::Result<Credentials> prod = resolveWith(home.environment(), QStringLiteral("prod"));
    QCOMPARE(prod->sessionToken, QStringLiteral("tok"));

    // AWS_SHARED_CREDENTIALS_FILE replaces ~/.aws/credentials.
    const QString other =
        home.writeFile(QStringLiteral("other-creds"),
                       "[default]\naws_access_key_id = AKIDOTHER\naws_secret_access_key = s\n");
    QCOMPARE(keyIdOf(resolveWith(home.environment({{QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), other}}))),
             QStringLiteral("AKIDOTHER"));
}

void TestCredentialResolver::credentialsFileKeysBeatProcessWhichBeatsConfigKeys()
{
    AwsTestHome home;
    const QString script =
        home.writeScript(QStringLiteral("creds.sh"),
                         R"(echo '{"Version": 1, "AccessKeyId": "AKIDPROCESS", "SecretAccessKey": "p"}')");
    home.writeConfig("[profile a]\ncredential_process = " + script.toUtf8() +
                     "\naws_access_key_id = AKIDCONFIG\naws_secret_access_key = c\n"
                     "[profile b]\ncredential_process = " +
                     script.toUtf8() + "\n");
    home.writeCredentials("[b]\naws_access_key_id = AKIDCREDS\naws_secret_access_key = k\n");
    QCOMPARE(keyIdOf(resolveWith(home.environment(), QStringLiteral("a"))), QStringLiteral("AKIDPROCESS"));
    QCOMPARE(keyIdOf(resolveWith(home.environment(), QStringLiteral("b"))), QStringLiteral("AKIDCREDS"));
}

void TestCredentialResolver::sourceProfileChain()
{
    AwsTestHome home;
    home.writeConfig("[profile top]\nsource_profile = middle\nregion = eu-west-1\n"
                     "[profile middle]\nsource_profile = base\n");
    home.writeCredentials("[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = s\n");
    CredentialResolverOptions options;
    options.profile = QStringLiteral("top");
    CredentialResolver resolver(home.environment(), options);
    const cw::Result<Credentials> result = resolver.resolve();
    QCOMPARE(keyIdOf(result), QStringLiteral("AKIDBASE"));
    QVERIFY2(resolver.sourceDescription().contains(QStringLiteral("'base'")),
             qPrintable(resolver.sourceDescription()));
}

void TestCredentialResolver::sourceProfileLoops_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("chain");
    QTest::newRow("two profiles") << QByteArray(
                                         "[profile a]\nsource_profile = b\n[profile b]\nsource_profile = a\n")
                                  << "a -> b -> a";
    QTest::newRow("itself") << QByteArray("[profile a]\nsource_profile = a\n") << "a -> a";
    QTest::newRow("three profiles") << QByteArray("[profile a]\nsource_profile = b\n[profile "
                                                  "b]\nsource_profile = c\n[profile c]\nsource_profile = b\n")
                                    << "a -> b -> c -> b";
}

void TestCredentialResolver::sourceProfileLoops()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, chain);
    AwsTestHome home;
    home.writeConfig(config);
    const cw::Result<Credentials> result = resolveWith(home.environment(), QStringLiteral("a"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, std::string("aws.source-profile-loop"));
    QVERIFY2(QString::fromStdString(result.error().message).contains(chain), result.error().message.c_str());
    QCOMPARE(QString::fromStdString(result.error().where.file), home.path(QStringLiteral(".aws/config")));
}

void TestCredentialResolver::missingSourceProfile()
{
    AwsTestHome home;
    home.writeConfig("[profile a]\nsource_profile = ghost\n[ghost]\nregion = x\n");
    const cw::Result<Credentials> result = resolveWith(home.environment(), QStringLiteral("a"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, std::string("aws.source-profile-not-found"));
    const QString message = QString::fromStdString(result.error().message);
    QVERIFY2(message.contains(QStringLiteral("'ghost'")) &&
                 message.contains(QStringLiteral("[profile ghost]")),
             qPrintable(message));
}

// Roles and IAM Identity Center are supported now (test_assumed_roles, test_sso_credentials);
// what remains is explaining an incomplete profile before any service is called.
void TestCredentialResolver::incompleteProfilesAreExplained()
{
    AwsTestHome home;
    home.writeConfig("[profile role]\nrole_arn = arn:aws:iam::123456789012:role/x\n"
                     "[profile sso]\nsso_session = corp\n"
                     "[profile legacy]\nsso_start_url = https://corp.awsapps.com/start\n");
    const struct {
        const char *profile;
        const char *code;
        const char *says;
    } cases[] = {{"role", "aws.role-config", "neither source_profile nor credential_source"},
                 {"sso", "aws.sso-config", "no [sso-session corp] section"},
                 {"legacy", "aws.sso-config", "sso_region"}};
    for (const auto &c : cases) {
        const cw::Result<Credentials> result =
            resolveWith(home.environment(), QString::fromLatin1(c.profile));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, std::string(c.code));
        QVERIFY2(QString::fromStdString(result.error().message).contains(QLatin1String(c.says)),
                 result.error().message.c_str());
    }
}

void TestCredentialResolver::nothingFoundSaysWhereItLooked()
{
    AwsTestHome home;
    home.writeConfig("[default]\nregion = us-east-1\n");
    const cw::Result<Credentials> result = resolveWith(home.environment());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, std::string("aws.no-credentials"));
    const QString message = QString::fromStdString(result.error().message);
    QVERIFY2(message.contains(QStringLiteral("profile 'default'")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("AWS_ACCESS_KEY_ID")), qPrintable(message));
    QVERIFY2(
        message.contains(home.path(QStringLiteral(".aws/credentials")) + QStringLiteral(" (no such file)")),
        qPrintable(message));
    QVERIFY2(message.contains(home.path(QStringLiteral(".aws/config"))), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("aws configure")), qPrintable(message));
}

void TestCredentialResolver::unknownExplicitProfile()
{
    AwsTestHome home;
    home.writeConfig("[dev]\nregion = us-east-1\n[profile prod]\nregion = us-east-1\n");
    const cw::Result<Credentials> result = resolveWith(home.environment(), QStringLiteral("dev"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, std::string("aws.profile-not-found"));
    const QString message = QString::fromStdString(result.error().message);
    QVERIFY2(message.contains(QStringLiteral("[profile dev]")), qPrintable(message)); // the misnamed section
    QVERIFY2(message.contains(QStringLiteral("Profiles found: prod")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("aws configure --profile dev")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("environment (")),
             qPrintable(message)); // skipped for --profile
}

void TestCredentialResolver::halfAKeyPairInAProfile()
{
    AwsTestHome home;
    home.writeCredentials("[default]\naws_access_key_id = AKID\n");
    const cw::Result<Credentials> result = resolveWith(home.environment());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, std::string("aws.partial-credentials"));
    QCOMPARE(result.error().where.line, 1);
    QVERIFY(QString::fromStdString(result.error().message).contains(QStringLiteral("aws_secret_access_key")));
}

void TestCredentialResolver::syntaxErrorsPropagate()
{
    AwsTestHome home;
    home.writeCredentials("[default]\naws_access_key_id AKID\n");
    const cw::Result<Credentials> result = resolveWith(home.environment());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, std::string("aws.config-syntax"));
    QCOMPARE(QString::fromStdString(result.error().where.file),
             home.path(QStringLiteral(".aws/credentials")));
    QCOMPARE(result.error().where.line, 2);
}

void TestCredentialResolver::retriesAfterAFailure()
{
    AwsTestHome home;
    CredentialResolver resolver(home.environment());
    QVERIFY(!resolver.resolve().ok());
    home.writeCredentials("[default]\naws_access_key_id = AKIDLATER\naws_secret_access_key = s\n");
    QCOMPARE(keyIdOf(resolver.resolve()), QStringLiteral("AKIDLATER"));
    QCOMPARE(resolver.profileName(), QStringLiteral("default"));
}

QTEST_GUILESS_MAIN(TestCredentialResolver)
#include "test_credential_resolver.moc"
