// casewright-cli status PROJECT_DIR   and   casewright-cli plan PROJECT_DIR [--json]
#include "cli_command.h"
#include "cli_io.h"
#include "project/plan.h"
#include "project/project_tests.h"
#include "project/publish_journal.h"
#include "project/recovery.h"
#include "test_report.h"

#include <QCommandLineParser>

namespace cw::cli {
namespace {
// Parses "COMMAND [--json] PROJECT_DIR" and loads the project; nullopt with the exit code set
// when the arguments were wrong, help was asked for, or the folder is not a readable project.
std::optional<project::LoadedProject> openProjectCommand(const QStringList &arguments, const QString &command,
                                                         const QString &description, bool &json,
                                                         int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("PROJECT_DIR"), QStringLiteral("The project folder."));
    if (!parser.parse(arguments)) {
        exitCode = usageError(command, parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("[options] PROJECT_DIR"),
                                           command + QStringLiteral(" [options] PROJECT_DIR"));
        exitCode = ExitOk;
        return std::nullopt;
    }
    if (parser.positionalArguments().size() != 1) {
        exitCode = usageError(command, command + QStringLiteral(" takes exactly one PROJECT_DIR"));
        return std::nullopt;
    }
    json = parser.isSet(QStringLiteral("json"));
    auto loaded = project::loadProject(toStd(parser.positionalArguments().front()));
    if (!loaded) {
        exitCode = reportError(loaded.error());
        return std::nullopt;
    }
    return std::move(loaded).value();
}

// The tests' one-line summary for plan and status (publish refuses when they fail).
QString testsLine(const Result<ExpectationResults> &tests)
{
    if (!tests)
        return QStringLiteral("  tests: cannot run: %1 (publish refuses until they can)\n")
            .arg(fromStd(tests.error().toString()));
    return QStringLiteral("  tests: %1%2\n")
        .arg(fromStd(tests->summary()),
             tests->passed() ? QString() : QStringLiteral(" (publish refuses; 'test' shows why)"));
}

Json testsJson(const Result<ExpectationResults> &tests)
{
    if (!tests)
        return {{"passed", false}, {"error", tests.error().toString()}};
    return testResultsJson(*tests);
}
} // namespace

int runPlan(const QStringList &arguments)
{
    bool json = false;
    int exitCode = ExitOk;
    const auto loaded = openProjectCommand(
        arguments, QStringLiteral("plan"),
        QStringLiteral(
            "Lists, in order, what 'publish' will do: create rules, create and update templates\n"
            "(with new rule ids substituted), update rules, delete rules removed locally. Offline."),
        json, exitCode);
    if (!loaded)
        return exitCode;
    auto plan = project::computePlan(loaded->project);
    if (!plan)
        return reportError(plan.error());
    const auto tests = project::testProject(loaded->project);
    if (json) {
        Json report = project::planToJson(*plan);
        report["tests"] = testsJson(tests);
        out() << fromStd(toJsonText(report));
    } else {
        out() << fromStd(project::planToText(*plan)) << testsLine(tests);
    }
    out().flush();
    return ExitOk;
}

int runStatus(const QStringList &arguments)
{
    bool json = false;
    int exitCode = ExitOk;
    const auto loaded = openProjectCommand(
        arguments, QStringLiteral("status"),
        QStringLiteral(
            "Shows a project's domain, last pull, local edits not yet published, conflicts left by\n"
            "a pull, an unfinished publish and an unsaved recovery copy. Offline."),
        json, exitCode);
    if (!loaded)
        return exitCode;
    const project::Project &project = loaded->project;
    auto journal = project::readJournal(project.directory);
    if (!journal)
        return reportError(journal.error());
    auto recovery = project::findRecovery(project.directory);
    if (!recovery)
        return reportError(recovery.error());
    // A project with conflicts has no plan yet; show the edits anyway.
    auto plan = project::computeEdits(project);
    const auto tests = project::testProject(project);

    if (json) {
        Json report = {
            {"domainId", project.config.domainId},        {"domainName", project.config.domainName},
            {"lastPullTime", project.state.lastPullTime}, {"publishUnfinished", journal->has_value()},
            {"recoveryCopy", recovery->has_value()},      {"conflicts", Json::array()}};
        for (const project::Conflict &conflict : project.state.conflicts)
            report["conflicts"].push_back(
                {{"kind", conflict.kind}, {"slug", conflict.slug}, {"id", conflict.id}});
        report["edits"] = plan ? project::planToJson(*plan)["steps"] : Json::array();
        if (!plan)
            report["planError"] = plan.error().toString();
        report["tests"] = testsJson(tests);
        out() << fromStd(toJsonText(report));
        out().flush();
        return ExitOk;
    }
    out() << "Project " << fromStd(project.directory) << ": domain \"" << fromStd(project.config.domainName)
          << "\" (" << fromStd(project.config.domainId) << ")\n";
    out() << "  last pull: "
          << (project.state.lastPullTime.empty() ? QStringLiteral("never")
                                                 : fromStd(project.state.lastPullTime))
          << "\n";
    if (plan) {
        out() << "  local edits: " << plan->steps.size() << "\n" << fromStd(project::planToText(*plan));
    } else {
        out() << "  local edits: cannot be planned: " << fromStd(plan.error().toString()) << "\n";
    }
    out() << testsLine(tests);
    for (const project::Conflict &conflict : project.state.conflicts)
        out() << "  conflict: " << fromStd(conflict.kind) << " " << fromStd(conflict.slug)
              << (conflict.theirs.is_null() ? QStringLiteral(" (deleted remotely, edited here)")
                                            : QStringLiteral(" (edited both here and remotely)"))
              << "; publish --take-mine or --take-theirs settles it\n";
    if (*journal)
        out() << "  an interrupted publish is waiting: run publish to finish it\n";
    if (*recovery)
        out() << "  a recovery copy from " << fromStd((*recovery)->savedAt)
              << " holds unsaved designer edits; open the project in Casewright to restore or discard it\n";
    out().flush();
    return ExitOk;
}

} // namespace cw::cli
