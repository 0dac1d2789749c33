// casewright-cli evaluate SNAPSHOT --cases CASES.json [--template ID] [--json] [--explain]
#include "cli_command.h"
#include "cli_io.h"
#include "evaluator/compiled_template.h"
#include "outcome_report.h"
#include "wire/wire_json.h"

#include <QCommandLineParser>
#include <map>

namespace cw::cli {
namespace {
// --template accepts an id or, for people typing it, a template name.
const CaseTemplate *findTemplate(const DomainSnapshot &snapshot, const std::string &idOrName)
{
    if (const CaseTemplate *byId = snapshot.findTemplate(idOrName))
        return byId;
    for (const CaseTemplate &candidate : snapshot.templates)
        if (candidate.name == idOrName)
            return &candidate;
    return nullptr;
}
} // namespace

int runEvaluate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the domain's case rules on sample cases and prints, per case and field, whether the\n"
        "field is required, hidden, and which options it offers. Each case names its template with\n"
        "\"templateId\"; --template overrides it for every case."));
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"),
                                         QStringLiteral("Sample cases: {\"cases\": [{\"id\", \"templateId\", \"fields\"}]}."),
                                         QStringLiteral("CASES.json"));
    const QCommandLineOption templateOption(QStringLiteral("template"),
                                            QStringLiteral("Evaluate every case with this template (id or name)."),
                                            QStringLiteral("ID"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    const QCommandLineOption explainOption(QStringLiteral("explain"),
                                           QStringLiteral("Say which rule and condition decided each value."));
    parser.addOptions({casesOption, templateOption, jsonOption, explainOption});
    parser.addPositionalArgument(QStringLiteral("SNAPSHOT"), QStringLiteral("A domain snapshot file or a project folder (whose samples/ are the default cases)."));
    if (!parser.parse(arguments))
        return usageError(QStringLiteral("evaluate"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("[options] SNAPSHOT"),
                                           QStringLiteral("evaluate [options] SNAPSHOT"));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(QStringLiteral("evaluate"), QStringLiteral("evaluate takes exactly one SNAPSHOT"));
    const auto input = loadDomain(positional.front());
    if (!input)
        return reportError(input.error());
    const DomainSnapshot *snapshot = &input->snapshot;
    // A project's samples/*.json are its cases unless --cases names a file.
    if (!parser.isSet(casesOption) && !input->project)
        return usageError(QStringLiteral("evaluate"), QStringLiteral("--cases CASES.json is required"));
    std::string casesPath;
    SampleCaseSet allCases;
    if (parser.isSet(casesOption)) {
        casesPath = toStd(parser.value(casesOption));
        auto cases = wire::loadSampleCasesFile(casesPath);
        if (!cases)
            return reportError(cases.error());
        allCases = std::move(cases).value();
    } else {
        for (const project::SampleFile &file : input->project->project.samples)
            for (const SampleCase &sampleCase : file.cases.cases)
                allCases.cases.push_back(sampleCase);
        casesPath = toStd(positional.front()) + "/samples";
    }
    const SampleCaseSet *cases = &allCases;

    const CaseTemplate *forced = nullptr;
    if (parser.isSet(templateOption)) {
        forced = findTemplate(*snapshot, toStd(parser.value(templateOption)));
        if (forced == nullptr)
            return usageError(QStringLiteral("evaluate"),
                              QStringLiteral("no template with id or name \"%1\" in %2")
                                  .arg(parser.value(templateOption), positional.front()));
    }

    // Compile each template once, however many cases use it.
    std::map<std::string, CompiledTemplate> compiled;
    const bool explain = parser.isSet(explainOption);
    const bool asJson = parser.isSet(jsonOption);
    Json results = Json::array();
    QString table;
    for (std::size_t i = 0; i < cases->cases.size(); ++i) {
        const SampleCase &sampleCase = cases->cases[i];
        const CaseTemplate *caseTemplate = forced;
        Location where{casesPath, pointerJoin(pointerJoin("/cases", i), "templateId"), 0, 0, sampleCase.id};
        if (caseTemplate == nullptr) {
            if (sampleCase.templateId.empty())
                return reportError(makeError("evaluate.no-template",
                                             "the case names no template; add \"templateId\" or pass --template",
                                             where));
            caseTemplate = snapshot->findTemplate(sampleCase.templateId);
            if (caseTemplate == nullptr)
                return reportError(makeError("evaluate.unknown-template",
                                             "no template \"" + sampleCase.templateId + "\" in the snapshot", where));
        }
        auto it = compiled.find(caseTemplate->templateId);
        if (it == compiled.end()) {
            auto made = CompiledTemplate::compile(*snapshot, caseTemplate->templateId);
            if (!made)
                return reportError(made.error());
            it = compiled.emplace(caseTemplate->templateId, std::move(made).value()).first;
        }
        const CaseOutcome outcome = it->second.evaluate(sampleCase, explain ? Explain::Yes : Explain::No);
        if (asJson)
            results.push_back(outcomeToJson(outcome, caseTemplate->templateId, explain));
        else
            table += (i > 0 ? QStringLiteral("\n") : QString()) + outcomeToTable(outcome, *caseTemplate, explain);
    }
    if (asJson)
        out() << fromStd(toJsonText(Json{{"results", std::move(results)}}));
    else
        out() << table;
    out().flush();
    return ExitOk;
}

} // namespace cw::cli
