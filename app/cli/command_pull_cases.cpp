// casewright-cli pull-cases PROJECT_DIR [--template ID|NAME] [--max N] [--since DATE] [--filter FILE]
// [connection options]
#include "cli_command.h"
#include "cli_io.h"
#include "common/json_text.h"
#include "connection.h"
#include "project/pull_cases.h"

#include <QDate>

namespace cw::cli {

int runPullCases(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads the domain's own recent cases (SearchCases, newest first) into the project's samples, as\n"
        "samples/pulled-<date>.json, with exactly the fields the project's templates show and their rules\n"
        "read, values as the service returns them. The connection is the project's, as for publish.\n"
        "The file holds real cases: personal data stays where you put it (keep it out of shared places)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("template"),
                      QStringLiteral("Only cases of this template (its id or exact name)."),
                      QStringLiteral("ID|NAME")});
    parser.addOption(
        {QStringLiteral("max"), QStringLiteral("At most N cases (the newest)."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("since"),
         QStringLiteral("Only cases created on or after DATE (2026-05-01, or a time with its zone)."),
         QStringLiteral("DATE")});
    parser.addOption(
        {QStringLiteral("filter"),
         QStringLiteral("A SearchCases filter (the API's CaseFilter JSON) in FILE; combined with "
                        "--since."),
         QStringLiteral("FILE")});
    addConnectionOptions(parser);
    parser.addPositionalArgument(QStringLiteral("PROJECT_DIR"), QStringLiteral("The project folder."));
    if (!parser.parse(arguments))
        return usageError(QStringLiteral("pull-cases"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("[options] PROJECT_DIR"),
                                           QStringLiteral("pull-cases [options] PROJECT_DIR"));
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("pull-cases"),
                          QStringLiteral("pull-cases takes exactly one PROJECT_DIR"));

    project::CasePullOptions options;
    options.templateRef = toStd(parser.value(QStringLiteral("template")));
    if (parser.isSet(QStringLiteral("max"))) {
        bool ok = false;
        const qulonglong max = parser.value(QStringLiteral("max")).toULongLong(&ok);
        if (!ok || max == 0)
            return usageError(QStringLiteral("pull-cases"),
                              QStringLiteral("--max must be a whole number of at least 1, not \"%1\"")
                                  .arg(parser.value(QStringLiteral("max"))));
        options.maxCases = static_cast<std::size_t>(max);
    }
    if (parser.isSet(QStringLiteral("since"))) {
        options.since = toStd(parser.value(QStringLiteral("since")));
        if (auto since = project::normalizeSinceDate(options.since); !since)
            return usageError(QStringLiteral("pull-cases"), fromStd(since.error().message));
    }
    if (parser.isSet(QStringLiteral("filter"))) {
        options.filterFile = toStd(parser.value(QStringLiteral("filter")));
        auto filter = readJsonFile(options.filterFile);
        if (!filter)
            return reportError(filter.error());
        options.filter = std::move(filter).value();
    }

    auto loaded = project::loadProject(toStd(parser.positionalArguments().front()));
    if (!loaded)
        return reportError(loaded.error());
    auto plan = project::planCasePull(loaded->project, options);
    if (!plan)
        return reportError(plan.error());
    auto connection = connect(parser, &loaded->project.config);
    if (!connection)
        return reportError(connection.error());
    err() << "Reading cases from " << connection->description << " (" << plan->fieldIds.size()
          << " fields per case)\n";
    err().flush();

    bool finished = false;
    int exitCode = ExitOk;
    project::CasePullSession session;
    session.start(
        *connection->client, std::move(plan).value(),
        [](const project::CasePullProgress &progress) {
            if (progress.expected)
                err() << QStringLiteral("\r  %1/%2 cases ").arg(progress.kept).arg(*progress.expected);
            else
                err() << QStringLiteral("\r  %1 cases ").arg(progress.kept);
            err().flush();
        },
        [&](Result<project::CasePullResult> result) {
            err() << "\n";
            finished = true;
            if (!result) {
                exitCode = reportError(result.error());
                return;
            }
            auto written =
                project::writePulledCases(loaded->project.directory, result->cases, QDate::currentDate());
            if (!written) {
                exitCode = reportError(written.error());
                return;
            }
            out() << "Wrote " << result->cases.size() << " case(s) to " << fromStd(written->path) << ".\n";
            if (result->skipped > 0)
                out() << "  " << result->skipped << " case(s) of other templates left out.\n";
        });
    waitUntil(finished);
    out().flush();
    return exitCode;
}

} // namespace cw::cli
