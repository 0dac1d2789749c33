// casewright-cli import --format jsonlogic PROJECT_DIR --rule ID|NAME [--kind required|hidden] FILE
#include "cli_command.h"
#include "cli_io.h"
#include "common/user_text.h"
#include "project/project_io.h"
#include "project/slug.h"
#include "validation/validator.h"
#include "wire/jsonlogic_import.h"

#include <QCommandLineParser>
#include <QDir>
#include <set>

namespace cw::cli {
namespace {
// A rule file by id, "local:<slug>" or name.
project::RuleFile *findRuleFile(project::Project &project, const std::string &idOrName)
{
    for (project::RuleFile &file : project.rules)
        if ((!file.rule.caseRuleId.empty() && file.rule.caseRuleId == idOrName) ||
            project::Project::ruleRef(file) == idOrName)
            return &file;
    for (project::RuleFile &file : project.rules)
        if (file.rule.name == idOrName)
            return &file;
    return nullptr;
}

// {"var": X}: a field id, else the one field named exactly X.
wire::JsonLogicFieldResolver fieldResolver(const project::Project &project)
{
    return [&project](const std::string &name) -> std::optional<std::string> {
        for (const Field &field : project.fields)
            if (field.fieldId == name)
                return field.fieldId;
        std::optional<std::string> named;
        for (const Field &field : project.fields)
            if (field.name == name) {
                if (named)
                    return std::nullopt; // two fields of that name: say the id
                named = field.fieldId;
            }
        return named;
    };
}
} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads a required or hidden rule's conditions from JsonLogic (json-logic-js, react-querybuilder)\n"
        "into a project: the rule named by --rule gets the imported conditions and default value, or,\n"
        "when the project has no such rule, a new rule of that name and --kind is added as\n"
        "rules/<slug>.json. A {\"var\": X} names a field by id or exact name. A JsonLogic construct\n"
        "Casewright cannot express, or a rule the validator rejects, is an error and nothing is written."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("format"), QStringLiteral("Input format; only 'jsonlogic' for now."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("rule"), QStringLiteral("The rule to replace or add (id or name)."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("kind"),
         QStringLiteral("required or hidden: the kind of a new rule (an existing rule keeps its own)."),
         QStringLiteral("KIND")});
    parser.addPositionalArgument(QStringLiteral("PROJECT_DIR"), QStringLiteral("The project folder."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The JsonLogic file."));
    if (!parser.parse(arguments))
        return usageError(QStringLiteral("import"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("[options] PROJECT_DIR"),
                                           QStringLiteral("import [options] PROJECT_DIR"));
        return ExitOk;
    }
    if (parser.value(QStringLiteral("format")) != QLatin1String("jsonlogic"))
        return usageError(QStringLiteral("import"), QStringLiteral("--format jsonlogic is required"));
    if (parser.positionalArguments().size() != 2)
        return usageError(QStringLiteral("import"), QStringLiteral("import takes a PROJECT_DIR and a FILE"));
    if (!parser.isSet(QStringLiteral("rule")) || parser.value(QStringLiteral("rule")).isEmpty())
        return usageError(QStringLiteral("import"), QStringLiteral("--rule ID|NAME is required"));
    const QString kindText = parser.value(QStringLiteral("kind"));
    if (parser.isSet(QStringLiteral("kind")) && kindText != QLatin1String("required") &&
        kindText != QLatin1String("hidden"))
        return usageError(QStringLiteral("import"), QStringLiteral("--kind is required or hidden"));

    const std::string directory = toStd(parser.positionalArguments()[0]);
    const std::string file = toStd(parser.positionalArguments()[1]);
    auto loaded = project::loadProject(directory);
    if (!loaded)
        return reportError(loaded.error());
    project::Project &project = loaded->project;
    auto logic = readJsonFile(file);
    if (!logic)
        return reportError(logic.error());
    auto imported = wire::ruleFromJsonLogic(*logic, fieldResolver(project), file);
    if (!imported)
        return reportError(imported.error());

    const std::string ruleName = toStd(parser.value(QStringLiteral("rule")));
    project::RuleFile *target = findRuleFile(project, ruleName);
    if (target) {
        const RuleDetails::Kind kind = target->rule.rule.kind;
        if (kind != RuleDetails::Kind::Required && kind != RuleDetails::Kind::Hidden)
            return usageError(QStringLiteral("import"),
                              QStringLiteral("rule %1 is not a required or hidden rule")
                                  .arg(fromStd(quoteUserText(target->rule.name, '"'))));
        if (!kindText.isEmpty() && kindText != QLatin1String(toString(kind)))
            return usageError(QStringLiteral("import"),
                              QStringLiteral("rule %1 is a %2 rule, not %3")
                                  .arg(fromStd(quoteUserText(target->rule.name, '"')),
                                       QLatin1String(toString(kind)), kindText));
        // Members of the rule details this version does not know stay as they were.
        imported->extra = target->rule.rule.boolean.extra;
        target->rule.rule.boolean = std::move(imported).value();
    } else {
        if (kindText.isEmpty())
            return usageError(
                QStringLiteral("import"),
                QStringLiteral("the project has no rule %1: pass --kind required|hidden to add it")
                    .arg(fromStd(quoteUserText(ruleName, '"'))));
        std::set<std::string> taken;
        for (const project::RuleFile &existing : project.rules)
            taken.insert(existing.slug);
        project::RuleFile added;
        added.slug = project::uniqueSlug(ruleName, taken);
        added.rule.name = ruleName;
        added.rule.rule.kind =
            kindText == QLatin1String("required") ? RuleDetails::Kind::Required : RuleDetails::Kind::Hidden;
        added.rule.rule.boolean = std::move(imported).value();
        project.rules.push_back(std::move(added));
        target = &project.rules.back();
    }

    // The service's checks on the rule as it will be written; errors stop the import.
    const DomainSnapshot working = project.workingSnapshot();
    std::size_t index = 0;
    while (index < working.caseRules.size() &&
           working.caseRules[index].caseRuleId != project::Project::ruleRef(*target))
        ++index;
    const std::string rulePointer = pointerJoin("/caseRules", index);
    std::vector<Finding> findings = validateRule(working.caseRules.at(index), working, rulePointer);
    for (Finding &finding : findings) {
        finding.where = project::locateInProject(project, finding.where.pointer);
        finding.where.file = toStd(QDir(fromStd(directory)).filePath(fromStd(finding.where.file)));
        err() << fromStd(finding.toString()) << "\n";
    }
    err().flush();
    if (hasErrors(findings)) {
        err() << "casewright-cli: nothing was imported: the rule would have errors\n";
        err().flush();
        return ExitFailure;
    }
    if (auto saved = project::saveProject(project, loaded->disk); !saved)
        return reportError(saved.error());
    out() << "imported " << target->rule.rule.boolean.conditions.size() << " condition(s) into rules/"
          << fromStd(target->slug) << ".json\n";
    out().flush();
    return ExitOk;
}

} // namespace cw::cli
