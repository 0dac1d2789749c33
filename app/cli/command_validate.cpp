// casewright-cli validate SNAPSHOT [--json]
#include "cli_command.h"
#include "cli_io.h"
#include "common/user_text.h"
#include "validation/lint.h"
#include "validation/validator.h"

#include <QCommandLineParser>
#include <nlohmann/json.hpp>

namespace cw::cli {
namespace {
Json findingToJson(const Finding &finding)
{
    Json item = {{"severity", toString(finding.severity)},
                 {"code", finding.code},
                 {"message", finding.message},
                 {"file", finding.where.file},
                 {"pointer", finding.where.pointer}};
    if (!finding.where.entity.empty())
        item["entity"] = finding.where.entity;
    if (finding.where.line > 0) {
        item["line"] = finding.where.line;
        item["column"] = finding.where.column;
    }
    return item;
}

Finding findingFromError(const Error &error)
{
    Finding finding;
    finding.severity = Finding::Severity::Error;
    finding.code = error.code;
    finding.message = boundedMessage(error.message); // it may quote a file's text
    finding.where = error.where;
    return finding;
}
} // namespace

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks a domain snapshot or a project folder against the Cases API's constraints and limits "
        "(errors) and for\n"
        "rules that are legal but likely wrong (warnings). Exit status: 0 when there is no error,\n"
        "1 when there is at least one, 2 on a usage error."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the findings as JSON.")});
    parser.addPositionalArgument(QStringLiteral("SNAPSHOT"),
                                 QStringLiteral("A domain snapshot file or a project folder."));
    if (!parser.parse(arguments))
        return usageError(QStringLiteral("validate"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("[options] SNAPSHOT"),
                                           QStringLiteral("validate [options] SNAPSHOT"));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(QStringLiteral("validate"),
                          QStringLiteral("validate takes exactly one SNAPSHOT or project folder"));

    std::vector<Finding> findings;
    // The findings and outcomes come from the working rules alone: the last pulled state is not read.
    const auto input = loadDomain(positional.front(), project::BaseSnapshot::Skip);
    if (input) {
        findings = checkSnapshot(input->snapshot, toStd(positional.front()));
        for (Finding &finding : findings) {
            const std::string entity = finding.where.entity;
            finding.where = locate(*input, positional.front(), finding.where.pointer);
            finding.where.entity = entity;
        }
    } else {
        findings.push_back(findingFromError(input.error()));
    }

    std::size_t errors = 0;
    for (const Finding &finding : findings)
        errors += finding.severity == Finding::Severity::Error ? 1 : 0;
    const std::size_t warnings = findings.size() - errors;

    if (parser.isSet(QStringLiteral("json"))) {
        Json report = {{"errors", errors}, {"warnings", warnings}, {"findings", Json::array()}};
        for (const Finding &finding : findings)
            report["findings"].push_back(findingToJson(finding));
        out() << fromStd(toJsonText(report));
    } else {
        for (const Finding &finding : findings)
            out() << fromStd(finding.toString()) << "\n";
        out() << errors << (errors == 1 ? " error, " : " errors, ") << warnings
              << (warnings == 1 ? " warning" : " warnings") << "\n";
    }
    out().flush();
    return errors > 0 ? ExitFailure : ExitOk;
}

} // namespace cw::cli
