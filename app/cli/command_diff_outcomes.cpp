// casewright-cli diff-outcomes PROJECT_DIR [--against base|FILE] [--cases CASES.json] [--json]
#include "cli_command.h"
#include "cli_io.h"
#include "common/user_text.h"
#include "evaluator/outcome_diff.h"

#include <QCommandLineParser>

namespace cw::cli {
namespace {
constexpr std::array<const char *, kOutcomeChangeCount> kVerbs = {"become required", "become not required",
                                                                  "become hidden",   "become shown",
                                                                  "lose options",    "gain options"};

std::string examplesText(const std::vector<std::string> &examples, std::size_t count)
{
    std::string text;
    for (const std::string &example : examples)
        text += (text.empty() ? "" : ", ") + quoteUserText(example, '"');
    if (count > examples.size())
        text += ", …";
    return text;
}

std::string diffToText(const OutcomeDiff &diff, const std::string &against)
{
    std::string text = "Compared " + std::to_string(diff.cases) +
                       " sample case(s) under the local rules and " + against + ": " +
                       std::to_string(diff.casesChanged) + " case(s) change.\n";
    if (diff.skipped > 0) {
        text += std::to_string(diff.skipped) + " case(s) not compared:";
        for (const auto &[caseId, why] : diff.skippedExamples)
            text += " " + quoteUserText(caseId, '"') + " (" + why + ")";
        text += diff.skipped > diff.skippedExamples.size() ? ", …\n" : "\n";
    }
    std::string currentTemplate;
    for (const FieldOutcomeChanges &field : diff.fields) {
        if (field.templateId != currentTemplate || &field == &diff.fields.front()) {
            currentTemplate = field.templateId;
            text += "\ntemplate " + quoteUserText(field.templateName, '"') + "\n";
        }
        text += "  " + quoteUserText(field.fieldName, '"') + " (" + quoteUserText(field.fieldId) + ")\n";
        for (std::size_t change = 0; change < kOutcomeChangeCount; ++change) {
            const FieldOutcomeChanges::Count &count = field.counts[change];
            if (count.cases > 0)
                text += "    " + std::to_string(count.cases) + " " + kVerbs[change] + ": " +
                        examplesText(count.examples, count.cases) + "\n";
        }
    }
    return text;
}

Json diffToJson(const OutcomeDiff &diff, const std::string &against)
{
    Json fields = Json::array();
    for (const FieldOutcomeChanges &field : diff.fields) {
        Json item = {{"template", field.templateId},
                     {"templateName", field.templateName},
                     {"field", field.fieldId},
                     {"fieldName", field.fieldName}};
        for (std::size_t change = 0; change < kOutcomeChangeCount; ++change) {
            const FieldOutcomeChanges::Count &count = field.counts[change];
            item[toString(OutcomeChange(change))] = {{"cases", count.cases}, {"examples", count.examples}};
        }
        fields.push_back(std::move(item));
    }
    Json skipped = Json::array();
    for (const auto &[caseId, why] : diff.skippedExamples)
        skipped.push_back({{"case", caseId}, {"reason", why}});
    return {{"against", against},      {"cases", diff.cases},        {"casesChanged", diff.casesChanged},
            {"skipped", diff.skipped}, {"skippedExamples", skipped}, {"fields", fields}};
}
} // namespace

int runDiffOutcomes(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Shows the impact of the project's local edits on its sample cases: each case is evaluated\n"
        "under the last pulled rules (or another snapshot) and under the local ones, and per template\n"
        "and field it counts the cases that become required, not required, hidden or shown, or that\n"
        "lose or gain options, with example case ids. Exit status 0 whether or not outcomes change."));
    parser.addHelpOption();
    const QCommandLineOption againstOption(
        QStringLiteral("against"),
        QStringLiteral(
            "Compare with 'base' (the last pull, the default) or FILE, a domain snapshot or project "
            "folder."),
        QStringLiteral("base|FILE"));
    const QCommandLineOption casesOption(
        QStringLiteral("cases"), QStringLiteral("Sample cases to use instead of the project's samples/."),
        QStringLiteral("CASES.json"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the result as JSON."));
    parser.addOptions({againstOption, casesOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("PROJECT_DIR"), QStringLiteral("The project folder."));
    if (!parser.parse(arguments))
        return usageError(QStringLiteral("diff-outcomes"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("[options] PROJECT_DIR"),
                                           QStringLiteral("diff-outcomes [options] PROJECT_DIR"));
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("diff-outcomes"),
                          QStringLiteral("diff-outcomes takes exactly one PROJECT_DIR"));
    const QString path = parser.positionalArguments().front();
    const auto input = loadDomain(path);
    if (!input)
        return reportError(input.error());
    if (!input->project)
        return usageError(
            QStringLiteral("diff-outcomes"),
            QStringLiteral("%1 is not a project folder: diff-outcomes compares a project's local edits")
                .arg(path));

    const QString against =
        parser.isSet(againstOption) ? parser.value(againstOption) : QStringLiteral("base");
    DomainSnapshot before;
    std::string againstText;
    if (against == QLatin1String("base")) {
        if (!input->project->project.base) {
            Location where;
            where.file = toStd(path);
            return reportError(
                makeError("diff-outcomes.no-base",
                          "the project was never pulled, so it has no last pulled rules to compare "
                          "with; pull it, or pass --against FILE",
                          where));
        }
        before = *input->project->project.base;
        againstText = "the last pulled rules";
    } else {
        auto other = loadDomain(against);
        if (!other)
            return reportError(other.error());
        before = std::move(other->snapshot);
        againstText = quoteUserText(toStd(against), '"');
    }

    auto table = readCases(*input, toStd(parser.value(casesOption)));
    if (!table)
        return reportError(table.error());

    const OutcomeDiff diff = diffOutcomes(before, input->snapshot, *table);
    if (parser.isSet(jsonOption))
        out() << fromStd(toJsonText(diffToJson(diff, toStd(against))));
    else
        out() << fromStd(diffToText(diff, againstText));
    out().flush();
    return ExitOk;
}

} // namespace cw::cli
