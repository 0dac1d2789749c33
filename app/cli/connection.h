#pragma once
// The connection options shared by pull and publish (--profile, --region, --endpoint) and the
// client they make (resolution itself is the network layer's, shared with the designer).

#include "client/cases_client.h"
#include "project/project.h"

#include <QCommandLineParser>
#include <memory>

namespace cw::cli {

void addConnectionOptions(QCommandLineParser &parser);

struct Connection {
    std::unique_ptr<net::CasesClient> client;
    QString region;
    QString description; // "https://... (us-east-1, profile 'dev')"
};

// Options on the command line win over the project's stored settings, which win over the
// AWS environment and config files.
Result<Connection> connect(const QCommandLineParser &parser, const project::ProjectConfig *stored);

// Runs the event loop until `finished` becomes true.
void waitUntil(const bool &finished);

} // namespace cw::cli
