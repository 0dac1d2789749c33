#pragma once
// IAM Identity Center (SSO) credentials as the AWS CLI v2 gets them:
// - the access token the CLI caches at ~/.aws/sso/cache/<sha1 hex>.json, the hash taken of the
//   sso_session name (or of sso_start_url for the legacy profile form without a session);
// - a token near its end (15 minutes, as the SDKs) is refreshed through SSO OIDC CreateToken
//   with the refresh_token grant and written back in the same file, atomically, with the members
//   the SDKs write; a legacy-form token cannot be refreshed;
// - the portal's GetRoleCredentials turns the token into role credentials.
// Without a usable token the error says what to run: `aws sso login --profile NAME`.
// Blocking: see credential_http.h.

#include "auth/aws_config_files.h"
#include "auth/aws_environment.h"
#include "auth/credentials.h"
#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

namespace cw::net {

struct SsoSettings {
    QString profileName; // for the hint: aws sso login --profile NAME
    QString sessionName; // sso_session; empty for the legacy form
    QString startUrl;
    QString ssoRegion;
    QString accountId;
    QString roleName;
    QUrl portalEndpoint;    // https://portal.sso.{region}.amazonaws.com or AWS_ENDPOINT_URL_SSO
    QUrl oidcEndpoint;      // https://oidc.{region}.amazonaws.com or AWS_ENDPOINT_URL_SSO_OIDC
    QString cacheDirectory; // ~/.aws/sso/cache
    std::chrono::milliseconds timeout{std::chrono::seconds(10)};
};

struct SsoToken {
    QString accessToken;
    QDateTime expiresAt;
    QString refreshToken;
    QString clientId;
    QString clientSecret;
    QString registrationExpiresAt; // kept as written
    QString region;
    QString startUrl;
};

// The IAM Identity Center settings of `profileName` with the endpoints resolved (portal:
// AWS_ENDPOINT_URL_SSO..., OIDC: AWS_ENDPOINT_URL_SSO_OIDC...) and the cache in ~/.aws/sso/cache.
// Error codes those of findProfileCredentials, "aws.sso-config" when the profile is no SSO one.
cw::Result<SsoSettings> ssoSettingsFor(const AwsEnvironment &environment, const AwsConfigFiles &files,
                                       const QString &profileName);

// sha1 hex of the session name, or of the start URL when there is no session.
QString ssoCacheKey(const SsoSettings &settings);
QString ssoCachePath(const SsoSettings &settings);
// "2024-05-01T12:00:00Z", as the SDKs write expiresAt.
QString ssoTimestamp(const QDateTime &time);

// Error code "aws.sso-token" (missing, unreadable or expired and not refreshable; the message
// says what to run).
cw::Result<SsoToken> loadSsoToken(const SsoSettings &settings);
// Writes `token` atomically into the cache file, readable by the owner only.
cw::Status saveSsoToken(const SsoSettings &settings, const SsoToken &token);

// The token to use now: the cached one, refreshed first when it ends within 15 minutes (and
// written back). A failed refresh keeps a token that is still valid.
cw::Result<SsoToken> currentSsoToken(const SsoSettings &settings, const QDateTime &now);

// Error codes "aws.sso" (the portal refused: an expired or revoked token says to sign in again),
// "aws.credential-http".
cw::Result<Credentials> ssoRoleCredentials(const SsoSettings &settings, const QDateTime &now);

// The hint that ends every "no usable token" message.
QString ssoLoginHint(const SsoSettings &settings);

// Signing in (the device authorization grant, what `aws sso login` does): register a client,
// start the authorization, let the user approve `userCode` at the verification URL, and poll
// CreateToken every `interval` seconds until it gives the token (which is then cached).
struct SsoClientRegistration {
    QString clientId;
    QString clientSecret;
    QDateTime expiresAt;
};
struct SsoDeviceAuthorization {
    QString deviceCode;
    QString userCode;
    QUrl verificationUri;
    QUrl verificationUriComplete; // with the code filled in
    int expiresInSeconds = 600;
    int intervalSeconds = 5;
};
// Error code "aws.sso-oidc" (or "aws.credential-http").
cw::Result<SsoClientRegistration> registerSsoClient(const SsoSettings &settings, const QString &clientName);
cw::Result<SsoDeviceAuthorization> startSsoDeviceAuthorization(const SsoSettings &settings,
                                                               const SsoClientRegistration &client);
// nullopt while the user has not approved yet (authorization_pending, slow_down); the token,
// already written to the cache, once they have.
cw::Result<std::optional<SsoToken>> pollSsoDeviceToken(const SsoSettings &settings,
                                                       const SsoClientRegistration &client,
                                                       const SsoDeviceAuthorization &authorization,
                                                       const QDateTime &now);

} // namespace cw::net
