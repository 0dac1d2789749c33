#pragma once
// credential_process: an external command that prints temporary credentials as JSON
//   {"Version": 1, "AccessKeyId": "...", "SecretAccessKey": "...", "SessionToken": "...",
//    "Expiration": "2024-05-01T12:00:00Z"}
// The command line is split like a POSIX shell would split it (quotes, backslashes) and run
// without a shell, as the AWS CLI does. The run blocks the calling thread until the command ends
// or times out, so call it off the GUI thread.

#include "auth/credentials.h"
#include "auth/refreshing_credentials.h"
#include "common/result.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <chrono>
#include <functional>
#include <optional>

namespace cw::net {

struct CredentialProcessOptions {
    std::chrono::milliseconds timeout{std::chrono::seconds(60)};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

// Splits a command line like a POSIX shell: blanks separate words, '...' is literal, "..." keeps
// blanks and honours \" \\ \$ \`, a backslash outside quotes escapes the next character.
// nullopt for an unterminated quote. (On Windows, Windows rules apply, as in the AWS CLI.)
std::optional<QStringList> splitCommandLine(const QString &commandLine);

// `origin` names the setting in messages, e.g. "credential_process of profile 'dev'
// (/home/u/.aws/config:4)". Error code "aws.credential-process". The command's output is never
// copied into a message (it holds secrets); its stderr is, shortened.
cw::Result<Credentials> parseCredentialProcessOutput(const QByteArray &output, const QString &origin);
cw::Result<Credentials> runCredentialProcess(const QString &commandLine, const QString &origin,
                                             const CredentialProcessOptions &options);

// Runs the command once and reuses its credentials until they are within `refreshMargin` of
// their Expiration (see RefreshingCredentials); credentials without Expiration are kept for the
// life of the cache.
class CachedCredentialProcess {
public:
    CachedCredentialProcess(QString commandLine, QString origin, CredentialProcessOptions options,
                            std::chrono::seconds refreshMargin = std::chrono::minutes(5), Clock clock = {});

    cw::Result<Credentials> credentials() { return m_cache.credentials(); }
    int runCount() const { return m_cache.fetchCount(); }
    const QString &origin() const { return m_origin; }

private:
    QString m_origin;
    RefreshingCredentials m_cache;
};

} // namespace cw::net
