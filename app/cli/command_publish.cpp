// casewright-cli publish PROJECT_DIR [--dry-run | --rehearse] [--take-mine | --take-theirs] [--skip-tests]
// [connection options]
#include "cli_command.h"
#include "cli_io.h"
#include "connection.h"
#include "project/publish_rehearsal.h"
#include "project/publish_session.h"
#include "test_report.h"

namespace cw::cli {
namespace {
void printConflict(const project::RemoteConflict &conflict)
{
    out() << "  conflict: " << fromStd(conflict.kind) << " \"" << fromStd(conflict.name) << "\" ["
          << fromStd(conflict.id) << "] changed remotely since the last pull.\n";
    const auto show = [](const char *label, const Json &json) {
        out() << "    " << label << ": "
              << (json.is_null() ? QStringLiteral("(deleted)") : fromStd(json.dump())) << "\n";
    };
    show("mine  ", conflict.mine);
    show("theirs", conflict.theirs);
    show("base  ", conflict.base);
}
// "  [2/5] create rule …" on standard error as each step starts.
void printStep(int done, int total, const std::string &what)
{
    err() << "  [" << (done + 1) << "/" << total << "] " << fromStd(what) << "\n";
    err().flush();
}

// publish --rehearse: the real publish path against the practice service on the pulled state.
int rehearse(const project::LoadedProject &loaded)
{
    err() << "Rehearsing the publish against a local practice copy of the domain: the project is not "
             "changed and the real service is not contacted.\n";
    err().flush();
    project::PublishRehearsal rehearsal(loaded);
    bool finished = false;
    int exitCode = ExitOk;
    rehearsal.run(
        [&](Result<project::RehearsalReport> result) {
            finished = true;
            if (!result) {
                exitCode = reportError(result.error());
                return;
            }
            for (const std::string &line : result->publish.completed)
                out() << "  done: " << fromStd(line) << "\n";
            if (result->refusal)
                out() << "  refused: " << fromStd(result->refusal->toString()) << "\n";
            if (!result->publish.conflicts.empty())
                out() << "  stopped at " << result->publish.conflicts.size()
                      << " conflict(s) left by the last pull: settle them (publish --take-mine or "
                         "--take-theirs).\n";
            out() << "The domain afterwards, against the last pull:\n";
            if (result->changes.empty())
                out() << "  (no change)\n";
            for (const std::string &line : result->changes)
                out() << "  " << fromStd(line) << "\n";
            out() << QStringLiteral(
                         "%1 request(s); at %2 requests/s (an assumption: your account's quota may "
                         "differ) about %3 s against the real service.\n")
                         .arg(result->requests)
                         .arg(project::kAssumedServiceRequestsPerSecond)
                         .arg(result->estimatedSeconds, 0, 'f', 1);
            if (result->succeeded()) {
                out() << QStringLiteral("Rehearsal succeeded: publish would carry out %1 change(s).\n")
                             .arg(result->publish.completed.size());
            } else {
                out() << "Rehearsal failed: publish would stop there (steps before it would stay done).\n";
                exitCode = ExitFailure;
            }
        },
        printStep);
    waitUntil(finished);
    out().flush();
    return exitCode;
}
} // namespace

int runPublish(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Carries out the plan through the Cases API. The tests (see 'test') run first: when one fails,\n"
        "publish refuses and sends nothing, unless --skip-tests is given. Every rule and template it\n"
        "will change is read back\n"
        "first: if someone changed it since the last pull, publish stops and shows mine / theirs / base,\n"
        "unless --take-mine (overwrite theirs) or --take-theirs (keep theirs, drop mine) is given. An\n"
        "interrupted publish is finished by running publish again; nothing is created twice."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("dry-run"),
                      QStringLiteral("Show the plan and check for conflicts; change nothing.")});
    parser.addOption(
        {QStringLiteral("rehearse"),
         QStringLiteral("Publish to a local practice copy of the last pulled state instead of the "
                        "service: the same requests and checks, a report of each step and of the "
                        "domain afterwards. Changes nothing; contacts no service.")});
    parser.addOption(
        {QStringLiteral("take-mine"), QStringLiteral("Resolve every conflict with the local version.")});
    parser.addOption(
        {QStringLiteral("take-theirs"), QStringLiteral("Resolve every conflict with the remote version.")});
    parser.addOption({QStringLiteral("skip-tests"),
                      QStringLiteral("Publish even when the samples' expected outcomes (see 'test') fail.")});
    addConnectionOptions(parser);
    parser.addPositionalArgument(QStringLiteral("PROJECT_DIR"), QStringLiteral("The project folder."));
    if (!parser.parse(arguments))
        return usageError(QStringLiteral("publish"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("[options] PROJECT_DIR"),
                                           QStringLiteral("publish [options] PROJECT_DIR"));
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("publish"), QStringLiteral("publish takes exactly one PROJECT_DIR"));
    const bool takeMine = parser.isSet(QStringLiteral("take-mine"));
    const bool takeTheirs = parser.isSet(QStringLiteral("take-theirs"));
    if (takeMine && takeTheirs)
        return usageError(QStringLiteral("publish"),
                          QStringLiteral("--take-mine and --take-theirs exclude each other"));

    if (parser.isSet(QStringLiteral("rehearse")) &&
        (parser.isSet(QStringLiteral("dry-run")) || takeMine || takeTheirs))
        return usageError(QStringLiteral("publish"),
                          QStringLiteral("--rehearse excludes --dry-run, --take-mine and --take-theirs"));

    auto loaded = project::loadProject(toStd(parser.positionalArguments().front()));
    if (!loaded)
        return reportError(loaded.error());
    if (parser.isSet(QStringLiteral("rehearse")))
        return rehearse(*loaded);
    project::PublishSession session(std::move(loaded).value());
    project::PublishOptions options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.skipTests = parser.isSet(QStringLiteral("skip-tests"));
    if (options.skipTests && !options.dryRun) {
        err() << "WARNING: --skip-tests: publishing WITHOUT checking the samples' expected outcomes.\n";
        err().flush();
    }
    options.crashPoint = qEnvironmentVariable("CASEWRIGHT_TEST_CRASH_POINT").toStdString();
    if (takeMine || takeTheirs)
        session.chooseForAll(takeMine ? project::Resolution::TakeMine : project::Resolution::TakeTheirs);

    // Conflicts left by a pull are settled first, by the same choice.
    if (!session.project().project.state.conflicts.empty() && (takeMine || takeTheirs))
        if (auto status = session.settlePullConflicts(!options.dryRun); !status)
            return reportError(status.error());

    auto connection = connect(parser, &session.project().project.config);
    if (!connection)
        return reportError(connection.error());
    err() << "Publishing to " << connection->description << "\n";
    err().flush();

    bool finished = false;
    int exitCode = ExitOk;
    session.publish(
        *connection->client, options,
        [&](Result<project::PublishReport> result) {
            finished = true;
            if (!result) {
                // Refused by the tests: show them as 'test' does, then the refusal.
                if (const auto &tests = session.lastTests(); tests && *tests && !(*tests)->passed())
                    out() << testResultsText(**tests);
                out().flush();
                exitCode = reportError(result.error());
                if (result.error().code == "publish.tests-failed" ||
                    result.error().code == "publish.tests-error") {
                    err() << "Fix the rules or the expectations, or publish with --skip-tests.\n";
                    err().flush();
                }
                return;
            }
            if (const auto &tests = session.lastTests(); tests && *tests)
                err() << "Tests: " << fromStd((*tests)->summary()) << "\n";
            if (result->resumed)
                out() << "Finished an interrupted publish.\n";
            for (const std::string &line : result->adopted)
                out() << "  " << fromStd(line) << "\n";
            if (!result->conflicts.empty()) {
                out() << "Publish stopped before changing anything: " << result->conflicts.size()
                      << " conflict(s).\n";
                for (const project::RemoteConflict &conflict : result->conflicts)
                    printConflict(conflict);
                out() << "Pull to merge the remote changes, or publish again with --take-mine or "
                         "--take-theirs.\n";
                exitCode = ExitFailure;
                return;
            }
            if (options.dryRun) {
                out() << fromStd(project::planToText(result->plan)) << "(dry run: nothing was changed)\n";
                return;
            }
            for (const std::string &line : result->completed)
                out() << "  done: " << fromStd(line) << "\n";
            out() << (result->completed.empty()
                          ? QStringLiteral("Nothing to publish: the domain matches the project.\n")
                          : QStringLiteral("Published %1 change(s).\n").arg(result->completed.size()));
        },
        printStep);
    waitUntil(finished);
    out().flush();
    return exitCode;
}

} // namespace cw::cli
