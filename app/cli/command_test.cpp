// casewright-cli test PROJECT_DIR|SNAPSHOT [--cases FILE] [--json] [--junit FILE]
#include "cli_command.h"
#include "cli_io.h"
#include "evaluator/case_table_reader.h"
#include "evaluator/expectation_check.h"
#include "project/project_tests.h"
#include "test_report.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace cw::cli {

int runTest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the tests of the rules: every sample case with \"expect\" (per field, by id or exact name:\n"
        "\"required\", \"hidden\", \"options\") is evaluated, and each expectation the rules do not meet\n"
        "is reported with the case, template, field, expected and actual value, and the deciding rule\n"
        "and condition. Exit status: 0 every expectation holds, 1 one fails (or the input is wrong),\n"
        "2 usage error."));
    parser.addHelpOption();
    const QCommandLineOption casesOption(
        QStringLiteral("cases"),
        QStringLiteral("Sample cases with \"expect\" (default: a project's samples/*.json)."),
        QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    const QCommandLineOption junitOption(QStringLiteral("junit"),
                                         QStringLiteral("Also write the results as JUnit XML, for CI."),
                                         QStringLiteral("FILE"));
    parser.addOptions({casesOption, jsonOption, junitOption});
    parser.addPositionalArgument(QStringLiteral("PROJECT_DIR"),
                                 QStringLiteral("A project folder, or a domain snapshot file with --cases."));
    if (!parser.parse(arguments))
        return usageError(QStringLiteral("test"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("[options] PROJECT_DIR"),
                                           QStringLiteral("test [options] PROJECT_DIR"));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(QStringLiteral("test"),
                          QStringLiteral("test takes exactly one PROJECT_DIR or SNAPSHOT"));
    if (parser.isSet(junitOption) && parser.value(junitOption).isEmpty())
        return usageError(QStringLiteral("test"), QStringLiteral("--junit needs a file name"));
    const auto input = loadDomain(positional.front());
    if (!input)
        return reportError(input.error());
    if (!parser.isSet(casesOption) && !input->project)
        return usageError(QStringLiteral("test"), QStringLiteral("a snapshot needs --cases FILE"));

    Result<ExpectationResults> results = ExpectationResults{};
    if (parser.isSet(casesOption)) {
        // The streaming reader and the CaseTable path, as evaluate: 100,000 cases are normal.
        const std::string casesPath = toStd(parser.value(casesOption));
        auto table = readCaseTableFile(casesPath);
        if (!table)
            return reportError(table.error());
        ExpectationCheckOptions options;
        options.locate = [&casesPath](std::size_t row) {
            return Location{casesPath, pointerJoin("/cases", row), 0, 0, {}};
        };
        results = checkExpectations(input->snapshot, *table, options);
    } else {
        results = project::testSamples(input->snapshot, input->project->project.samples,
                                       toStd(QDir::cleanPath(positional.front())));
    }
    if (!results)
        return reportError(results.error());

    if (parser.isSet(junitOption)) {
        const QString path = parser.value(junitOption);
        QSaveFile file(path);
        const QString suite = QFileInfo(QDir::cleanPath(positional.front())).fileName();
        if (!file.open(QIODevice::WriteOnly) || file.write(testResultsJunit(*results, suite)) < 0 ||
            !file.commit()) {
            Location where;
            where.file = toStd(path);
            return reportError(makeError("file.unwritable", "could not write the JUnit report", where));
        }
    }
    if (parser.isSet(jsonOption))
        out() << fromStd(toJsonText(testResultsJson(*results)));
    else
        out() << testResultsText(*results);
    out().flush();
    return results->passed() ? ExitOk : ExitFailure;
}

} // namespace cw::cli
