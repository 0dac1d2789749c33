// casewright-cli evaluate SNAPSHOT --cases CASES.json [--template ID] [--json] [--explain] [--threads N]
#include "cli_command.h"
#include "cli_io.h"
#include "evaluator/case_table_reader.h"
#include "evaluator/compiled_template.h"
#include "evaluator/table_templates.h"
#include "outcome_report.h"

#include <QCommandLineParser>
#include <algorithm>
#include <cstdio>
#include <future>
#include <map>
#include <memory>
#include <thread>

namespace cw::cli {
namespace {
// Below this many cases one thread is quicker than starting others (docs/performance.md).
constexpr std::size_t kParallelFromRows = 20000;
// Rows per thread per round: each thread writes its rows' text into its own buffer, and the
// buffers are written out in row order after each round, so memory stays a few megabytes.
constexpr std::size_t kRowsPerChunk = 4096;

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

// What one thread reuses from row to row, per template: no allocation per case once warm.
struct Scratch {
    BoundCase bound;
    OutcomeBuffer buffer;
    std::vector<std::vector<std::string>> options; // per field: where intersected options go
    std::vector<FieldReport> reports;
};

class OutcomeWriter {
public:
    OutcomeWriter(const CaseTable &table, const std::vector<TableTemplateRun> &runs,
                  const std::vector<std::uint32_t> &runOfRow, bool asJson, bool explain)
        : m_table(table), m_runs(runs), m_runOfRow(runOfRow), m_asJson(asJson), m_explain(explain)
    {
    }

    // Appends the text of rows [begin, end) to `out`.
    void write(std::size_t begin, std::size_t end, std::string &out) const
    {
        std::vector<Scratch> scratch(m_runs.size());
        for (std::size_t run = 0; run < m_runs.size(); ++run) {
            scratch[run].buffer = m_runs[run].compiled->makeBuffer();
            scratch[run].options.resize(m_runs[run].compiled->fieldCount());
            scratch[run].reports.resize(m_runs[run].compiled->fieldCount());
        }
        for (std::size_t row = begin; row < end; ++row)
            writeRow(row, scratch[m_runOfRow[row]], out);
    }

private:
    void writeRow(std::size_t row, Scratch &scratch, std::string &out) const
    {
        const TableTemplateRun &run = m_runs[m_runOfRow[row]];
        const CompiledTemplate &compiled = *run.compiled;
        const std::string &caseId = m_table.caseId(row);
        if (!m_asJson && row > 0)
            out += '\n';
        if (m_explain) {
            // Explanations are for people reading a few cases: the model path is fine here.
            const CaseOutcome outcome = compiled.evaluate(m_table.rowCase(row), Explain::Yes);
            const std::vector<FieldReport> reports = fieldReports(outcome, true);
            writeReports(row, run, caseId, reports, out);
            return;
        }
        compiled.bindRow(run.binding, m_table, row, scratch.bound);
        compiled.evaluate(scratch.bound, scratch.buffer);
        for (std::size_t field = 0; field < compiled.fieldCount(); ++field) {
            FieldReport &report = scratch.reports[field];
            report.fieldId = &compiled.fieldId(field);
            report.fieldName = &compiled.fieldName(field);
            report.required = scratch.buffer.required(field);
            report.hidden = scratch.buffer.hidden(field);
            report.options = compiled.allowedOptionsView(scratch.buffer, field, &report.allOptionsAllowed,
                                                         scratch.options[field]);
        }
        writeReports(row, run, caseId, scratch.reports, out);
    }

    void writeReports(std::size_t row, const TableTemplateRun &run, const std::string &caseId,
                      const std::vector<FieldReport> &reports, std::string &out) const
    {
        if (m_asJson) {
            appendCaseJson(out, row == 0, caseId, run.caseTemplate->templateId, reports, m_explain);
            return;
        }
        if (!appendCaseTable(out, caseId, *run.caseTemplate, reports, m_explain)) {
            const CaseOutcome outcome =
                run.compiled->evaluate(m_table.rowCase(row), m_explain ? Explain::Yes : Explain::No);
            out += outcomeToTable(outcome, *run.caseTemplate, m_explain).toStdString();
        }
    }

    const CaseTable &m_table;
    const std::vector<TableTemplateRun> &m_runs;
    const std::vector<std::uint32_t> &m_runOfRow;
    bool m_asJson;
    bool m_explain;
};

bool writeOut(const std::string &text)
{
    return std::fwrite(text.data(), 1, text.size(), stdout) == text.size();
}

// Every row's text in row order; rounds of `threads` chunks evaluated side by side.
bool writeAll(const OutcomeWriter &writer, std::size_t rows, unsigned threads)
{
    std::vector<std::string> chunks(threads);
    for (std::size_t begin = 0; begin < rows; begin += kRowsPerChunk * threads) {
        std::vector<std::thread> helpers;
        for (unsigned t = 1; t < threads; ++t) {
            const std::size_t from = std::min(rows, begin + t * kRowsPerChunk);
            const std::size_t to = std::min(rows, from + kRowsPerChunk);
            chunks[t].clear();
            if (from < to)
                helpers.emplace_back([&writer, &chunks, from, to, t] { writer.write(from, to, chunks[t]); });
        }
        chunks[0].clear();
        writer.write(begin, std::min(rows, begin + kRowsPerChunk), chunks[0]);
        for (std::thread &helper : helpers)
            helper.join();
        for (const std::string &chunk : chunks)
            if (!writeOut(chunk))
                return false;
    }
    return true;
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
    const QCommandLineOption casesOption(
        QStringLiteral("cases"),
        QStringLiteral("Sample cases: {\"cases\": [{\"id\", \"templateId\", \"fields\"}]}."),
        QStringLiteral("CASES.json"));
    const QCommandLineOption templateOption(
        QStringLiteral("template"), QStringLiteral("Evaluate every case with this template (id or name)."),
        QStringLiteral("ID"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the results as JSON."));
    const QCommandLineOption explainOption(
        QStringLiteral("explain"), QStringLiteral("Say which rule and condition decided each value."));
    const QCommandLineOption threadsOption(
        QStringLiteral("threads"),
        QStringLiteral("Use N threads (default: every core to read a cases file of 1 MiB or more and to "
                       "evaluate from 20,000 cases on, else 1). The output is the same."),
        QStringLiteral("N"));
    parser.addOptions({casesOption, templateOption, jsonOption, explainOption, threadsOption});
    parser.addPositionalArgument(
        QStringLiteral("SNAPSHOT"),
        QStringLiteral("A domain snapshot file or a project folder (whose samples/ are the default cases)."));
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
    unsigned threads = 0; // 0: decide from the number of cases
    if (parser.isSet(threadsOption)) {
        bool number = false;
        const uint value = parser.value(threadsOption).toUInt(&number);
        if (!number || value == 0 || value > 256)
            return usageError(QStringLiteral("evaluate"),
                              QStringLiteral("--threads needs a number from 1 to 256"));
        threads = value;
    }
    // The cases file is read (straight from the text into the table: no DOM, no SampleCase per
    // case) while the snapshot or project loads; the load's error still comes first.
    std::string casesPath = parser.isSet(casesOption) ? toStd(parser.value(casesOption)) : std::string();
    std::future<Result<CaseTable>> casesRead;
    CaseTableReadOptions readOptions; // a large file is read in pieces on every core, or on --threads
    readOptions.threads = threads;
    if (parser.isSet(casesOption))
        casesRead = std::async(std::launch::async, [&casesPath, &readOptions] {
            return readCaseTableFile(casesPath, nullptr, readOptions);
        });
    // The findings and outcomes come from the working rules alone: the last pulled state is not read.
    const auto input = loadDomain(positional.front(), project::BaseSnapshot::Skip);
    if (!input)
        return reportError(input.error());
    const DomainSnapshot *snapshot = &input->snapshot;
    // A project's samples/*.json are its cases unless --cases names a file.
    if (!parser.isSet(casesOption) && !input->project)
        return usageError(QStringLiteral("evaluate"), QStringLiteral("--cases CASES.json is required"));
    // --cases: the file read meanwhile (readCases' streaming path); else the project's samples.
    auto cases = casesRead.valid() ? casesRead.get() : readCases(*input, std::string());
    if (!cases)
        return reportError(cases.error());
    const CaseTable table = std::move(cases).value();
    if (!parser.isSet(casesOption))
        casesPath = toStd(positional.front()) + "/samples";

    const CaseTemplate *forced = nullptr;
    if (parser.isSet(templateOption)) {
        forced = findTemplate(*snapshot, toStd(parser.value(templateOption)));
        if (forced == nullptr)
            return usageError(QStringLiteral("evaluate"),
                              QStringLiteral("no template with id or name \"%1\" in %2")
                                  .arg(parser.value(templateOption), positional.front()));
    }

    // Each case's template, compiled once however many cases use it; the first case whose
    // template is missing or unknown stops the command before anything is printed.
    TableTemplateOptions templateOptions;
    templateOptions.forced = forced;
    templateOptions.locate = [&casesPath](std::size_t row) {
        return Location{casesPath, pointerJoin("/cases", row), 0, 0, {}};
    };
    templateOptions.noTemplateHint = " or pass --template";
    auto prepared = compileTableTemplates(*snapshot, table, templateOptions);
    if (!prepared)
        return reportError(prepared.error());
    const std::vector<TableTemplateRun> &runs = prepared->runs;
    const std::vector<std::uint32_t> &runOfRow = prepared->runOfRow;

    const bool asJson = parser.isSet(jsonOption);
    if (threads == 0)
        threads =
            table.rowCount() >= kParallelFromRows ? std::max(1u, std::thread::hardware_concurrency()) : 1u;
    const OutcomeWriter writer(table, runs, runOfRow, asJson, parser.isSet(explainOption));
    out().flush();
    std::string text;
    if (asJson)
        appendResultsJsonOpening(text);
    bool written = writeOut(text);
    written = written && writeAll(writer, table.rowCount(), threads);
    text.clear();
    if (asJson)
        appendResultsJsonClosing(text, table.rowCount() == 0);
    written = written && writeOut(text) && std::fflush(stdout) == 0;
    if (!written) {
        Location where;
        where.file = "standard output";
        return reportError(makeError("file.unwritable", "could not write the results", where));
    }
    return ExitOk;
}

} // namespace cw::cli
