// casewright-cli export --format cloudformation SNAPSHOT|PROJECT_DIR [--output FILE]
#include "cli_command.h"
#include "cli_io.h"
#include "project/cloudformation_export.h"
#include "project/project_io.h"

#include <QCommandLineParser>

namespace cw::cli {

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the rules and templates as a CloudFormation template (AWS::Cases::CaseRule and\n"
        "AWS::Cases::Template). CloudFormation cannot express field-options rules or andAll/orAll\n"
        "groups: those are left out, each with a warning on standard error."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("format"), QStringLiteral("Output format; only 'cloudformation' for now."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("output"), QStringLiteral("Write to FILE instead of standard output."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("INPUT"), QStringLiteral("A domain snapshot file or a project folder."));
    if (!parser.parse(arguments))
        return usageError(QStringLiteral("export"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("[options] INPUT"), QStringLiteral("export [options] INPUT"));
        return ExitOk;
    }
    if (parser.value(QStringLiteral("format")) != QLatin1String("cloudformation"))
        return usageError(QStringLiteral("export"), QStringLiteral("--format cloudformation is required"));
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("export"), QStringLiteral("export takes exactly one INPUT"));
    const auto input = loadDomain(parser.positionalArguments().front());
    if (!input)
        return reportError(input.error());
    const project::CloudFormationExport exported = project::exportCloudFormation(input->snapshot);
    for (const std::string &warning : exported.warnings)
        err() << "warning: " << fromStd(warning) << "\n";
    err().flush();
    const std::string text = toJsonText(exported.document);
    if (parser.isSet(QStringLiteral("output"))) {
        if (auto status = project::writeFileAtomically(toStd(parser.value(QStringLiteral("output"))), text); !status)
            return reportError(status.error());
    } else {
        out() << fromStd(text);
    }
    out().flush();
    return ExitOk;
}

} // namespace cw::cli
