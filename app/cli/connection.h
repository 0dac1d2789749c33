#pragma once
// The connection options shared by pull and publish (--profile, --region, --endpoint) and how
// they become a CasesClient: credentials only ever come from the AWS chain (environment,
// shared config and credentials files, credential_process), never from Casewright's files.

#include "client/cases_client.h"
#include "project/project.h"

#include <QCommandLineParser>
#include <memory>

namespace cw::cli {

void addConnectionOptions(QCommandLineParser &parser);

struct Connection {
    std::unique_ptr<net::CasesClient> client;
    QString region;
    QString endpoint;
    QString profile;
    QString description; // "https://... (us-east-1, profile 'dev')"
};

// Options on the command line win over the project's stored settings, which win over the
// AWS environment and config files.
Result<Connection> connect(const QCommandLineParser &parser, const project::ProjectConfig *stored);

// Runs the event loop until `finished` becomes true.
void waitUntil(const bool &finished);

} // namespace cw::cli
