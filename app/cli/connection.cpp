#include "connection.h"

#include "cli_io.h"
#include "client/connection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#ifdef Q_OS_WIN
#include <io.h>
#define CW_ISATTY(fd) _isatty(fd)
#else
#include <unistd.h>
#define CW_ISATTY(fd) isatty(fd)
#endif

namespace cw::cli {

void addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("profile"), QStringLiteral("AWS profile (from ~/.aws/config)."),
                      QStringLiteral("P")});
    parser.addOption(
        {QStringLiteral("region"), QStringLiteral("AWS region, e.g. us-east-1."), QStringLiteral("R")});
    parser.addOption({QStringLiteral("endpoint"),
                      QStringLiteral("Cases endpoint URL (default https://cases.REGION.amazonaws.com)."),
                      QStringLiteral("URL")});
}

namespace {

// A role with mfa_serial: ask on the terminal, or fail saying why when there is none to ask on
// (a pipe, CI), rather than wait for input that never comes.
Result<QString> askMfaCodeOnTerminal(const net::MfaRequest &request)
{
    if (!CW_ISATTY(0))
        return makeError("aws.mfa-required",
                         "profile '" + request.profileName.toStdString() + "' assumes " +
                             request.roleArn.toStdString() + " with the MFA device " +
                             request.mfaSerial.toStdString() +
                             ", which needs a code typed in, but standard input is not a terminal. Run the "
                             "command in a terminal, or use a profile without mfa_serial (e.g. one with "
                             "credential_process or temporary keys).");
    // Asked again soon after a code was typed: STS refused that code (the credentials it gives last
    // at least 15 minutes and are fetched again 5 minutes before they end, so a refresh asks 10
    // minutes later at the earliest). Fail then, as the AWS CLI does, rather than prompt again for
    // each request of the command.
    using Clock = std::chrono::steady_clock;
    static std::optional<Clock::time_point> lastAsked;
    if (lastAsked && Clock::now() - *lastAsked < std::chrono::minutes(10))
        return makeError("aws.mfa-required", "the MFA code for " + request.mfaSerial.toStdString() +
                                                 " was not accepted; run the command again with a new code");
    lastAsked = Clock::now();
    std::fprintf(stderr, "Enter MFA code for %s: ", request.mfaSerial.toUtf8().constData());
    std::fflush(stderr);
    std::string line;
    if (!std::getline(std::cin, line))
        return makeError("aws.mfa-required", "no MFA code was entered");
    return QString::fromStdString(line).trimmed();
}

} // namespace

Result<Connection> connect(const QCommandLineParser &parser, const project::ProjectConfig *stored)
{
    const auto pick = [&](const char *option, const std::string &fromProject) {
        const QString given = parser.value(QString::fromLatin1(option));
        return given.isEmpty() ? fromStd(fromProject) : given;
    };
    net::ConnectionSettings settings;
    settings.profile = pick("profile", stored ? stored->profile : std::string());
    settings.region = pick("region", stored ? stored->region : std::string());
    settings.endpoint = pick("endpoint", stored ? stored->endpoint : std::string());
    settings.mfa = askMfaCodeOnTerminal;
    auto resolved = net::resolveConnection(settings);
    if (!resolved)
        return resolved.error();
    Connection connection;
    connection.region = resolved->config.region;
    connection.description = resolved->description;
    connection.client = std::make_unique<net::CasesClient>(std::move(resolved->config));
    return connection;
}

void waitUntil(const bool &finished)
{
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

} // namespace cw::cli
