// casewright-cli: the case-rule engine from the command line. Links QtCore (and, for pull and
// publish, QtNetwork) but never QtWidgets -- it proves the GUI adds no logic of its own.
#include "cli_command.h"
#include "cli_io.h"
#include "process_allocator.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <array>

using namespace cw::cli;

namespace {
constexpr std::array<Command, 12> kCommands{{
    {"validate", "check a snapshot or project: errors the service would reject, and lint warnings",
     runValidate},
    {"evaluate", "run the rules on sample cases: required, hidden and options per field", runEvaluate},
    {"test", "check the sample cases' expected outcomes against the rules (exit 1 when one fails)", runTest},
    {"pull", "fetch a domain into a project folder, merging with local edits", runPull},
    {"pull-cases", "read the domain's recent cases into the project's samples", runPullCases},
    {"status", "show a project's local edits, conflicts and unfinished work", runStatus},
    {"plan", "list what publish will create, update and delete", runPlan},
    {"publish", "carry out the plan through the Cases API, with conflict checks", runPublish},
    {"export", "write the rules and templates as CloudFormation, Terraform or JsonLogic", runExport},
    {"import", "read a required or hidden rule's conditions from JsonLogic into a project", runImport},
    {"diff-outcomes", "show which sample cases' outcomes the local edits change", runDiffOutcomes},
    {"promote", "copy rules into another domain's project, mapping fields and templates by name", runPromote},
}};

void printOverview()
{
    out() << "Usage: casewright-cli COMMAND [options] ARGS\n\n"
             "Design, check and try Amazon Connect Cases case rules.\n\nCommands:\n";
    for (const Command &command : kCommands)
        out() << "  " << QString::fromLatin1(command.name).leftJustified(13) << "  " << command.summary
              << "\n";
    out() << "\nOptions:\n"
             "  -h, --help     Show this help; 'casewright-cli COMMAND --help' shows a command's.\n"
             "  -v, --version  Show the version.\n\n"
             "Exit status: 0 success, 1 failure (errors found, unreadable input), 2 usage error.\n\n"
             "Credentials, region and endpoint come from the AWS environment and config files, as for\n"
             "the AWS CLI (AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL, AWS_MAX_ATTEMPTS, ~/.aws/...).\n"
             "CASEWRIGHT_DEBUG=1 logs every request.\n";
    out().flush();
}
} // namespace

int main(int argc, char *argv[])
{
    configureProcessAllocator();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("casewright-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEWRIGHT_VERSION));

    // Request-by-request logs are for diagnosing: CASEWRIGHT_DEBUG=1 shows them.
    if (qEnvironmentVariableIsEmpty("CASEWRIGHT_DEBUG"))
        QLoggingCategory::setFilterRules(QStringLiteral("casewright.*.debug=false"));

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty())
        return usageError(QString(), QStringLiteral("no command given"));
    const QString first = arguments.front();
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        printOverview();
        return ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out() << "casewright-cli " << CASEWRIGHT_VERSION << " (Qt " << qVersion() << ")\n";
        out().flush();
        return ExitOk;
    }
    for (const Command &command : kCommands)
        if (first == QLatin1String(command.name))
            return command.run(arguments);
    return usageError(QString(), QStringLiteral("unknown command '%1'").arg(first));
}
