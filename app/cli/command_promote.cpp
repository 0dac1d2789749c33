// casewright-cli promote SOURCE_PROJECT TARGET_PROJECT (--all | --rules NAME[,NAME...] | --rule NAME...)
//                        [--map FILE] [--dry-run] [--json] [--delete-missing]
#include "cli_command.h"
#include "cli_io.h"
#include "project/project_io.h"
#include "project/promote.h"

#include <QCommandLineParser>

namespace cw::cli {

int runPromote(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copies rules from one project (say, a test domain's) into another (the production domain's),\n"
        "where every field, rule and template has another id. Fields are matched by name (option\n"
        "values by value), templates and rules by name; --map overrides that. A target rule of the\n"
        "same name is updated in place, else the rule is added; in each target template named like a\n"
        "source template the rule's attachments become those of the source. Nothing is written unless\n"
        "everything maps. The result is local edits in TARGET_PROJECT: 'plan' shows them, 'publish'\n"
        "sends them. Offline. Exit status 1 when something does not map."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("all"), QStringLiteral("Promote every rule of the source.")});
    parser.addOption({QStringLiteral("rules"),
                      QStringLiteral("Promote the rules with these names (comma-separated; a name with a "
                                     "comma in double quotes, as in CSV: '\"Refunds, large\",Other')."),
                      QStringLiteral("NAMES")});
    parser.addOption({QStringLiteral("rule"),
                      QStringLiteral("Promote the rule with exactly this name (commas and all); repeat it "
                                     "for several. Combines with --rules."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("map"),
         QStringLiteral("JSON {\"fields\": {SOURCE: TARGET}, \"templates\": {...}, \"rules\": {...}}; "
                        "names or ids, for what was renamed. \"users\": {USER_ARN: USER_ARN} and "
                        "\"instances\": {INSTANCE_ARN: INSTANCE_ARN} map the user ARNs rules "
                        "compare with to the target's Connect instance."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Print what would change; write nothing.")});
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("Print the mapping, errors and changes as JSON.")});
    parser.addOption({QStringLiteral("delete-missing"),
                      QStringLiteral("Also delete the target's rules that no source rule maps to (only with\n"
                                     "--all): the target's rules become the source's.")});
    parser.addPositionalArgument(QStringLiteral("SOURCE_PROJECT"),
                                 QStringLiteral("The project to promote from."));
    parser.addPositionalArgument(QStringLiteral("TARGET_PROJECT"),
                                 QStringLiteral("The project to promote into."));
    if (!parser.parse(arguments))
        return usageError(QStringLiteral("promote"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("[options] SOURCE_PROJECT"),
                                           QStringLiteral("promote [options] SOURCE_PROJECT"));
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 2)
        return usageError(QStringLiteral("promote"),
                          QStringLiteral("promote takes a SOURCE_PROJECT and a TARGET_PROJECT"));
    const bool all = parser.isSet(QStringLiteral("all"));
    const bool some = parser.isSet(QStringLiteral("rules")) || parser.isSet(QStringLiteral("rule"));
    if (all == some)
        return usageError(QStringLiteral("promote"),
                          QStringLiteral("give either --all or --rules NAME[,NAME...] / --rule NAME"));
    project::PromoteRequest request;
    request.all = all;
    request.deleteMissing = parser.isSet(QStringLiteral("delete-missing"));
    if (request.deleteMissing && !all)
        return usageError(
            QStringLiteral("promote"),
            QStringLiteral("--delete-missing needs --all: with --rules it would delete every rule "
                           "that was not selected"));
    for (const QString &list : parser.values(QStringLiteral("rules"))) {
        auto names = project::splitRuleNames(toStd(list));
        if (!names)
            return usageError(QStringLiteral("promote"), fromStd(names.error().message));
        request.ruleNames.insert(request.ruleNames.end(), names->begin(), names->end());
    }
    for (const QString &name : parser.values(QStringLiteral("rule")))
        request.ruleNames.push_back(toStd(name)); // exactly as given: the shell did the quoting
    if (some && request.ruleNames.empty())
        return usageError(QStringLiteral("promote"), QStringLiteral("--rules names no rule"));
    if (parser.isSet(QStringLiteral("map"))) {
        auto map = project::loadPromoteMap(toStd(parser.value(QStringLiteral("map"))));
        if (!map)
            return reportError(map.error());
        request.map = std::move(map).value();
    }

    const auto source = project::loadProject(toStd(parser.positionalArguments().at(0)));
    if (!source)
        return reportError(source.error());
    auto target = project::loadProject(toStd(parser.positionalArguments().at(1)));
    if (!target)
        return reportError(target.error());

    const project::PromoteOutcome outcome = project::promote(source->project, target->project, request);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    bool written = false;
    if (outcome.errors.empty() && !dryRun && outcome.changed()) {
        // Unchanged files are not rewritten (saveProject compares contents), so promoting twice
        // touches nothing; a file changed on disk meanwhile is refused, never overwritten.
        if (auto status = project::saveProject(outcome.target, target->disk); !status)
            return reportError(status.error());
        written = true;
    }

    if (parser.isSet(QStringLiteral("json"))) {
        Json report = project::promoteToJson(outcome);
        report["dryRun"] = dryRun;
        report["written"] = written;
        out() << fromStd(toJsonText(report));
    } else if (!outcome.errors.empty()) {
        err() << fromStd(project::promoteToText(outcome));
    } else {
        out() << fromStd(project::promoteToText(outcome));
        if (dryRun)
            out() << "Dry run: nothing was written.\n";
        else if (!written)
            out() << "Nothing to change: the target already has these rules.\n";
        else
            out() << "Written to " << parser.positionalArguments().at(1)
                  << "; 'casewright-cli plan' shows what publish will send.\n";
    }
    out().flush();
    err().flush();
    return outcome.errors.empty() ? ExitOk : ExitFailure;
}

} // namespace cw::cli
