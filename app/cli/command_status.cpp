// casewright-cli status PROJECT_DIR   and   casewright-cli plan PROJECT_DIR [--json]
#include "cli_command.h"
#include "cli_io.h"
#include "project/plan.h"
#include "project/publish_journal.h"
#include "project/recovery.h"

#include <QCommandLineParser>

namespace cw::cli {
namespace {
// Parses "COMMAND [--json] PROJECT_DIR"; returns the folder, or a usage exit code.
std::optional<QString> parseProjectCommand(const QStringList &arguments, const QString &command,
                                           const QString &description, bool &json, int &exitCode)
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
    return parser.positionalArguments().front();
}
} // namespace

int runPlan(const QStringList &arguments)
{
    bool json = false;
    int exitCode = ExitOk;
    const auto directory = parseProjectCommand(
        arguments, QStringLiteral("plan"),
        QStringLiteral("Lists, in order, what 'publish' will do: create rules, create and update templates\n"
                       "(with new rule ids substituted), update rules, delete rules removed locally. Offline."),
        json, exitCode);
    if (!directory)
        return exitCode;
    auto loaded = project::loadProject(toStd(*directory));
    if (!loaded)
        return reportError(loaded.error());
    auto plan = project::computePlan(loaded->project);
    if (!plan)
        return reportError(plan.error());
    out() << fromStd(json ? toJsonText(project::planToJson(*plan)) : project::planToText(*plan));
    out().flush();
    return ExitOk;
}

int runStatus(const QStringList &arguments)
{
    bool json = false;
    int exitCode = ExitOk;
    const auto directory = parseProjectCommand(
        arguments, QStringLiteral("status"),
        QStringLiteral("Shows a project's domain, last pull, local edits not yet published, conflicts left by\n"
                       "a pull, an unfinished publish and an unsaved recovery copy. Offline."),
        json, exitCode);
    if (!directory)
        return exitCode;
    auto loaded = project::loadProject(toStd(*directory));
    if (!loaded)
        return reportError(loaded.error());
    const project::Project &project = loaded->project;
    auto journal = project::readJournal(project.directory);
    if (!journal)
        return reportError(journal.error());
    auto recovery = project::findRecovery(project.directory);
    if (!recovery)
        return reportError(recovery.error());
    // A project with conflicts has no plan yet; show the edits anyway by planning without them.
    project::Project withoutConflicts = project;
    withoutConflicts.state.conflicts.clear();
    auto plan = project::computePlan(withoutConflicts);

    if (json) {
        Json report = {{"domainId", project.config.domainId},
                       {"domainName", project.config.domainName},
                       {"lastPullTime", project.state.lastPullTime},
                       {"publishUnfinished", journal->has_value()},
                       {"recoveryCopy", recovery->has_value()},
                       {"conflicts", Json::array()}};
        for (const project::Conflict &conflict : project.state.conflicts)
            report["conflicts"].push_back({{"kind", conflict.kind}, {"slug", conflict.slug}, {"id", conflict.id}});
        report["edits"] = plan ? project::planToJson(*plan)["steps"] : Json::array();
        if (!plan)
            report["planError"] = plan.error().toString();
        out() << fromStd(toJsonText(report));
        out().flush();
        return ExitOk;
    }
    out() << "Project " << *directory << ": domain \"" << fromStd(project.config.domainName) << "\" ("
          << fromStd(project.config.domainId) << ")\n";
    out() << "  last pull: "
          << (project.state.lastPullTime.empty() ? QStringLiteral("never") : fromStd(project.state.lastPullTime))
          << "\n";
    if (plan) {
        out() << "  local edits: " << plan->steps.size() << "\n" << fromStd(project::planToText(*plan));
    } else {
        out() << "  local edits: cannot be planned: " << fromStd(plan.error().toString()) << "\n";
    }
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
