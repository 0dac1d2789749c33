// casewright-cli export --format cloudformation|terraform|jsonlogic SNAPSHOT|PROJECT_DIR [--rule ID|NAME]
// [--output FILE]
#include "cli_command.h"
#include "cli_io.h"
#include "common/user_text.h"
#include "project/cloudformation_export.h"
#include "project/project_io.h"
#include "project/terraform_export.h"
#include "wire/jsonlogic_export.h"

#include <QCommandLineParser>

namespace cw::cli {
namespace {
struct Exported {
    std::string text;
    std::vector<std::string> warnings;
};

// --rule accepts an id ("local:<slug>" for a new rule of a project) or a name.
std::optional<std::size_t> findRule(const DomainSnapshot &snapshot, const std::string &idOrName)
{
    for (std::size_t i = 0; i < snapshot.caseRules.size(); ++i)
        if (snapshot.caseRules[i].caseRuleId == idOrName)
            return i;
    for (std::size_t i = 0; i < snapshot.caseRules.size(); ++i)
        if (snapshot.caseRules[i].name == idOrName)
            return i;
    return std::nullopt;
}

Result<Json> ruleJsonLogic(const DomainInput &input, const QString &path, std::size_t index)
{
    const std::string pointer = pointerJoin(pointerJoin("/caseRules", index), "rule");
    auto logic = wire::jsonLogicFromRule(input.snapshot.caseRules[index].rule, pointer);
    if (!logic) {
        Error error = logic.error();
        error.where = locate(input, path, error.where.pointer);
        error.where.entity = input.snapshot.caseRules[index].name;
        return error;
    }
    return logic;
}

// One rule: its JsonLogic alone. Every rule: {"rules": [{caseRuleId, name, type, jsonLogic}]},
// the rules JsonLogic cannot say left out with a warning.
Result<Exported> exportJsonLogic(const DomainInput &input, const QString &path, const QString &rule)
{
    Exported exported;
    const DomainSnapshot &snapshot = input.snapshot;
    if (!rule.isEmpty()) {
        const auto index = findRule(snapshot, toStd(rule));
        if (!index)
            return makeError("export.unknown-rule", "no rule with id or name " +
                                                        quoteUserText(toStd(rule), '"') + " in " +
                                                        toStd(path));
        auto logic = ruleJsonLogic(input, path, *index);
        if (!logic)
            return logic.error();
        exported.text = toJsonText(*logic);
        return exported;
    }
    Json rules = Json::array();
    for (std::size_t i = 0; i < snapshot.caseRules.size(); ++i) {
        const CaseRule &caseRule = snapshot.caseRules[i];
        if (caseRule.isDeleted())
            continue;
        const std::string label = "rule " + quoteUserText(caseRule.name, '"');
        if (caseRule.rule.kind != RuleDetails::Kind::Required &&
            caseRule.rule.kind != RuleDetails::Kind::Hidden) {
            exported.warnings.push_back(label +
                                        " is not a required or hidden rule, which JsonLogic export covers; "
                                        "it is left out");
            continue;
        }
        auto logic = ruleJsonLogic(input, path, i);
        if (!logic) {
            exported.warnings.push_back(label + " is left out: " + logic.error().toString());
            continue;
        }
        rules.push_back({{"caseRuleId", caseRule.caseRuleId},
                         {"name", caseRule.name},
                         {"type", toString(caseRule.rule.kind)},
                         {"jsonLogic", std::move(logic).value()}});
    }
    exported.text = toJsonText(Json{{"rules", std::move(rules)}});
    return exported;
}
} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the rules and templates as a CloudFormation template (AWS::Cases::CaseRule and\n"
        "AWS::Cases::Template) or Terraform configuration for the awscc provider\n"
        "(awscc_cases_case_rule and awscc_cases_template). Neither can express field-options rules or\n"
        "andAll/orAll groups: those are left out, each with a warning on standard error.\n"
        "--format jsonlogic writes the required and hidden rules as JsonLogic (json-logic-js,\n"
        "react-querybuilder): every rule, or with --rule just that rule's JsonLogic."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("Output format: cloudformation, terraform or jsonlogic."),
                      QStringLiteral("FORMAT")});
    parser.addOption(
        {QStringLiteral("rule"),
         QStringLiteral("With --format jsonlogic: only this rule (id or name), as bare JsonLogic."),
         QStringLiteral("ID")});
    parser.addOption({QStringLiteral("output"), QStringLiteral("Write to FILE instead of standard output."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 QStringLiteral("A domain snapshot file or a project folder."));
    if (!parser.parse(arguments))
        return usageError(QStringLiteral("export"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("[options] INPUT"),
                                           QStringLiteral("export [options] INPUT"));
        return ExitOk;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("cloudformation") && format != QLatin1String("terraform") &&
        format != QLatin1String("jsonlogic"))
        return usageError(QStringLiteral("export"),
                          QStringLiteral("--format cloudformation, terraform or jsonlogic is required"));
    if (parser.isSet(QStringLiteral("rule")) && format != QLatin1String("jsonlogic"))
        return usageError(QStringLiteral("export"), QStringLiteral("--rule goes with --format jsonlogic"));
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("export"), QStringLiteral("export takes exactly one INPUT"));
    const QString path = parser.positionalArguments().front();
    const auto input = loadDomain(path);
    if (!input)
        return reportError(input.error());

    Exported exported;
    if (format == QLatin1String("cloudformation")) {
        project::CloudFormationExport cloudFormation = project::exportCloudFormation(input->snapshot);
        exported = {toJsonText(cloudFormation.document), std::move(cloudFormation.warnings)};
    } else if (format == QLatin1String("terraform")) {
        project::TerraformExport terraform = project::exportTerraform(input->snapshot);
        exported = {std::move(terraform.text), std::move(terraform.warnings)};
    } else {
        auto jsonLogic = exportJsonLogic(*input, path, parser.value(QStringLiteral("rule")));
        if (!jsonLogic)
            return reportError(jsonLogic.error());
        exported = std::move(jsonLogic).value();
    }
    for (const std::string &warning : exported.warnings)
        err() << "warning: " << fromStd(warning) << "\n";
    err().flush();
    if (parser.isSet(QStringLiteral("output"))) {
        if (auto status =
                project::writeFileAtomically(toStd(parser.value(QStringLiteral("output"))), exported.text);
            !status)
            return reportError(status.error());
    } else {
        out() << fromStd(exported.text);
    }
    out().flush();
    return ExitOk;
}

} // namespace cw::cli
