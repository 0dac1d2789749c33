#include "samples/sample_import.h"

#include "common/csv_records.h"
#include "evaluator/case_table_reader.h"
#include "wire/wire_json.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace cw {
namespace {
constexpr const char *kEmptyCell = "(empty)";

Error csvError(const std::string &message, const std::string &fileName, int line, int column = 0)
{
    return makeError("sample.csv", message, Location{fileName, {}, line, column, {}});
}

// "id", "id-2", "id-3"...: the first free one.
std::string uniqueId(const std::string &wanted, std::set<std::string> &taken)
{
    std::string id = wanted;
    for (int n = 2; taken.count(id) != 0; ++n)
        id = wanted + "-" + std::to_string(n);
    taken.insert(id);
    return id;
}

// The value a CSV cell stands for; nullopt when the cell leaves the field out.
Result<std::optional<Value>> cellValue(const std::string &cell, const Field &field,
                                       const std::vector<FieldOption> *options)
{
    if (cell.empty())
        return std::optional<Value>();
    if (cell == kEmptyCell)
        return std::optional<Value>(Value::empty());
    switch (field.fieldType()) {
    case FieldType::Number: {
        const std::string text = trimmedCell(cell);
        char *end = nullptr;
        errno = 0;
        const double number = std::strtod(text.c_str(), &end);
        if (text.empty() || end != text.c_str() + text.size() || errno == ERANGE)
            return makeError("sample.csv", "\"" + cell + "\" is not a number (write it like 49.99)");
        return std::optional<Value>(Value::dbl(number));
    }
    case FieldType::Boolean: {
        const std::string text = asciiLowered(trimmedCell(cell));
        if (text != "true" && text != "false")
            return makeError("sample.csv", "\"" + cell + "\" is not true or false");
        return std::optional<Value>(Value::boolean_(text == "true"));
    }
    case FieldType::SingleSelect:
        if (options) {
            for (const FieldOption &option : *options)
                if (option.value == cell)
                    return std::optional<Value>(Value::string(cell));
            for (const FieldOption &option : *options)
                if (asciiLowered(option.name) == asciiLowered(cell))
                    return std::optional<Value>(Value::string(option.value));
        }
        return std::optional<Value>(Value::string(cell));
    case FieldType::User:
        return std::optional<Value>(Value::userArn(cell));
    default:
        return std::optional<Value>(Value::string(cell));
    }
}

const Field *fieldForHeader(const DomainSnapshot &snapshot, const std::string &header)
{
    if (const Field *field = snapshot.findField(header))
        return field;
    const std::string wanted = asciiLowered(header);
    for (const Field &field : snapshot.fields)
        if (asciiLowered(field.name) == wanted)
            return &field;
    return nullptr;
}

std::string templateIdFor(const DomainSnapshot &snapshot, const std::string &cell)
{
    if (snapshot.findTemplate(cell))
        return cell;
    for (const CaseTemplate &caseTemplate : snapshot.templates)
        if (asciiLowered(caseTemplate.name) == asciiLowered(cell))
            return caseTemplate.templateId;
    return cell; // an unknown template stays visible as what it is
}

// The cases of a JSON file read by the bulk reader (as `casewright-cli evaluate` reads them), with
// the members this version does not know kept for writing them back, and ids made unique.
Result<std::vector<SampleCase>> importedCases(Result<CaseTable> table, const CaseTableExtras &extras,
                                              const SampleImportOptions &options)
{
    if (!table)
        return table.error();
    std::set<std::string> taken(options.takenIds.begin(), options.takenIds.end());
    std::vector<SampleCase> cases = sampleCasesOf(*table, extras);
    for (SampleCase &sampleCase : cases) {
        sampleCase.id = uniqueId(sampleCase.id.empty() ? std::string("imported") : sampleCase.id, taken);
        if (sampleCase.templateId.empty())
            sampleCase.templateId = options.defaultTemplateId;
    }
    return cases;
}
} // namespace

Result<std::vector<SampleCase>> readSampleCasesJson(std::string_view text, const SampleImportOptions &options)
{
    CaseTableExtras extras;
    return importedCases(readCaseTableText(text, options.fileName, &extras), extras, options);
}

Result<std::vector<SampleCase>> readSampleCasesCsv(std::string_view text, const DomainSnapshot &snapshot,
                                                   const SampleImportOptions &options)
{
    auto records = parseCsvRecords(text, options.fileName);
    if (!records)
        return records.error();
    if (records->empty())
        return csvError("the file is empty; the first row must name the columns", options.fileName, 1);
    enum class Kind { Id, Template, Field };
    struct Column {
        Kind kind = Kind::Field;
        const Field *field = nullptr;
    };
    std::vector<Column> columns;
    const CsvRecord &header = records->front();
    for (std::size_t c = 0; c < header.cells.size(); ++c) {
        const std::string name = trimmedCell(header.cells[c]);
        const std::string key = asciiLowered(name);
        if (key == "id" || key == "case id" || key == "caseid")
            columns.push_back({Kind::Id, nullptr});
        else if (key == "template" || key == "templateid" || key == "template id")
            columns.push_back({Kind::Template, nullptr});
        else if (const Field *field = fieldForHeader(snapshot, name))
            columns.push_back({Kind::Field, field});
        else
            return csvError("column " + std::to_string(c + 1) + " (\"" + name +
                                "\") is neither id, template, nor the id or name of a field of the domain",
                            options.fileName, header.line, int(c + 1));
    }

    std::set<std::string> taken(options.takenIds.begin(), options.takenIds.end());
    std::vector<SampleCase> cases;
    for (std::size_t r = 1; r < records->size(); ++r) {
        const CsvRecord &record = (*records)[r];
        if (record.cells.size() > columns.size())
            return csvError("the row has " + std::to_string(record.cells.size()) +
                                " cells but the header names " + std::to_string(columns.size()) + " columns",
                            options.fileName, record.line);
        SampleCase sampleCase;
        for (std::size_t c = 0; c < record.cells.size(); ++c) {
            const std::string &cell = record.cells[c];
            switch (columns[c].kind) {
            case Kind::Id:
                sampleCase.id = trimmedCell(cell);
                break;
            case Kind::Template:
                if (!trimmedCell(cell).empty())
                    sampleCase.templateId = templateIdFor(snapshot, trimmedCell(cell));
                break;
            case Kind::Field: {
                const Field &field = *columns[c].field;
                auto value = cellValue(cell, field, snapshot.optionsOf(field.fieldId));
                if (!value)
                    return csvError(value.error().message + " (column \"" + field.name + "\")",
                                    options.fileName, record.line, int(c + 1));
                if (*value)
                    sampleCase.fields.push_back(CaseFieldValue{field.fieldId, **value, Json::object()});
                break;
            }
            }
        }
        sampleCase.id =
            uniqueId(sampleCase.id.empty() ? "imported-" + std::to_string(r) : sampleCase.id, taken);
        if (sampleCase.templateId.empty())
            sampleCase.templateId = options.defaultTemplateId;
        cases.push_back(std::move(sampleCase));
    }
    return cases;
}

Result<std::vector<SampleCase>> importSampleCases(const std::string &path, const DomainSnapshot &snapshot,
                                                  SampleImportOptions options)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return makeError("file.unreadable", "cannot read the file", Location{path, {}, 0, 0, {}});
    if (options.fileName.empty())
        options.fileName = path;
    const bool csv = path.size() >= 4 && asciiLowered(path.substr(path.size() - 4)) == ".csv";
    if (!csv) {
        // Streamed from the file: 100,000 cases never exist as one string or one DOM.
        CaseTableExtras extras;
        auto table = readCaseTableFile(path, &extras);
        if (!table) {
            Error error = table.error();
            error.where.file = options.fileName;
            return error;
        }
        return importedCases(std::move(table), extras, options);
    }
    std::ostringstream content;
    content << file.rdbuf();
    return readSampleCasesCsv(content.str(), snapshot, options);
}

} // namespace cw
