// casewright-cli pull --domain ID [--profile P] [--region R] [--endpoint URL] PROJECT_DIR
#include "cli_command.h"
#include "cli_io.h"
#include "connection.h"
#include "project/pull_session.h"

namespace cw::cli {

int runPull(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fetches a whole Cases domain (fields, options, layouts, templates, case rules) into a project\n"
        "folder. A new folder becomes a project; in an existing project, remote changes are merged into\n"
        "the files you did not edit, and where both sides changed, both versions are kept and the rule or\n"
        "template is marked conflicted (see 'status')."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("domain"),
                      QStringLiteral("The Cases domain id (needed for a new project)."),
                      QStringLiteral("ID")});
    addConnectionOptions(parser);
    parser.addPositionalArgument(QStringLiteral("PROJECT_DIR"), QStringLiteral("The project folder."));
    if (!parser.parse(arguments))
        return usageError(QStringLiteral("pull"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("[options] PROJECT_DIR"),
                                           QStringLiteral("pull [options] PROJECT_DIR"));
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("pull"), QStringLiteral("pull takes exactly one PROJECT_DIR"));
    const QString directory = parser.positionalArguments().front();

    auto stored = project::storedProjectConfig(toStd(directory));
    if (!stored)
        return reportError(stored.error());
    if (!*stored && !parser.isSet(QStringLiteral("domain")))
        return usageError(QStringLiteral("pull"), QStringLiteral("a new project needs --domain ID"));
    auto connection = connect(parser, *stored ? &**stored : nullptr);
    if (!connection)
        return reportError(connection.error());

    project::ProjectConfig config;
    config.domainId = toStd(parser.value(QStringLiteral("domain")));
    config.region = toStd(connection->region);
    // Store the endpoint only when it is not the region's standard one.
    if (parser.isSet(QStringLiteral("endpoint")))
        config.endpoint = toStd(parser.value(QStringLiteral("endpoint")));
    config.profile = toStd(parser.value(QStringLiteral("profile")));

    err() << "Pulling from " << connection->description << "\n";
    err().flush();
    bool finished = false;
    int exitCode = ExitOk;
    project::PullSession session;
    session.start(
        *connection->client, toStd(directory), config,
        [](const net::PullProgress &progress) {
            err() << QStringLiteral("\r  fields %1/%2  templates %3/%4  rules %5/%6  layouts %7/%8 ")
                         .arg(progress.fieldsRead)
                         .arg(progress.fieldsListed)
                         .arg(progress.templatesRead)
                         .arg(progress.templatesListed)
                         .arg(progress.rulesRead)
                         .arg(progress.rulesListed)
                         .arg(progress.layoutsRead)
                         .arg(progress.layoutsListed);
            err().flush();
        },
        [&](Result<project::PullResult> result) {
            err() << "\n";
            finished = true;
            if (!result) {
                exitCode = reportError(result.error());
                return;
            }
            out() << (result->created ? "Created project " : "Refreshed project ") << directory << ": "
                  << result->fields << " fields, " << result->templates << " templates, " << result->rules
                  << " rules, " << result->layouts << " layouts.\n";
            const auto &merge = result->merge;
            if (!result->created)
                out() << "  " << merge.created.size() << " new, " << merge.updated.size() << " updated, "
                      << merge.removed.size() << " removed from the remote; " << merge.kept.size()
                      << " local edits kept.\n";
            for (const project::Conflict &conflict : merge.newConflicts)
                out() << "  conflict: " << fromStd(conflict.kind) << " " << fromStd(conflict.slug)
                      << " changed both here and remotely; both versions are kept (see 'status').\n";
            if (!merge.newConflicts.empty())
                exitCode = ExitFailure;
        });
    waitUntil(finished);
    out().flush();
    return exitCode;
}

} // namespace cw::cli
