#include "options_csv.h"

#include "common/user_text.h"
#include "edits/options_matrix_edits.h"

#include <algorithm>
#include <map>
#include <set>

namespace cw::project {
namespace {
// The service's limits on one fieldOptions rule (the options matrix enforces the same ones).
constexpr std::size_t kMaxMappings = kMaxOptionMappings;
constexpr std::size_t kMaxChildValues = kMaxChildValuesPerMapping;

Error csvError(const std::string &code, const std::string &message, const std::string &fileName, int line)
{
    Location where;
    where.file = fileName;
    where.line = line;
    return makeError(code, message, where);
}

const Field *findFieldNamed(const DomainSnapshot &context, const std::string &text)
{
    for (const Field &field : context.fields)
        if (!field.isDeleted() && field.name == text)
            return &field;
    for (const Field &field : context.fields)
        if (!field.isDeleted() && field.fieldId == text)
            return &field;
    return nullptr;
}

// The option value a cell names: an option's value, else an option's name.
const FieldOption *findOption(const std::vector<FieldOption> &options, const std::string &text)
{
    for (const FieldOption &option : options)
        if (option.value == text)
            return &option;
    for (const FieldOption &option : options)
        if (option.name == text)
            return &option;
    return nullptr;
}

std::string fieldTitle(const DomainSnapshot &context, const std::string &fieldId)
{
    const Field *field = context.findField(fieldId);
    return field && !field->name.empty() ? field->name : fieldId;
}

std::string pairText(const DomainSnapshot &context, const std::string &parent, const std::string &child)
{
    return elideUserText(fieldTitle(context, parent)) + " \u2192 " +
           elideUserText(fieldTitle(context, child));
}

Status checkHeader(const CsvRecord &header, const std::string &fileName)
{
    static const std::vector<std::string> expected{"parent field name", "child field name", "parent value",
                                                   "child value"};
    std::vector<std::string> got;
    for (const std::string &cell : header.cells)
        got.push_back(asciiLowered(trimmedCell(cell)));
    if (got == expected)
        return Ok{};
    return csvError("csv.header",
                    "The first line must be the header \"" + std::string(kOptionsCsvHeader) +
                        "\", as the Connect admin website writes it.",
                    fileName, header.line);
}

// Resolves the row's fields; reports a field the context does not hold or that is no single-select.
Result<const Field *> resolveField(const DomainSnapshot &context, const std::string &cell, const char *column,
                                   int line, const std::string &fileName)
{
    const Field *field = findFieldNamed(context, cell);
    if (!field)
        return csvError("csv.field-unknown",
                        "No field is named " + quoteUserText(cell, '"') + " (" + column +
                            "); use the field's name as the project's fields list it.",
                        fileName, line);
    if (field->fieldType() != FieldType::SingleSelect)
        return csvError("csv.field-type",
                        elideUserText(field->name) + " is a " + elideUserText(field->type) +
                            " field; option rules work only between single-select fields.",
                        fileName, line);
    return field;
}

// Builds the mappings once the rows' fields are settled.
class MappingCollector {
public:
    MappingCollector(const DomainSnapshot &context, const Field &parent, const Field &child,
                     const std::string &fileName)
        : m_parent(parent), m_child(child), m_fileName(fileName)
    {
        static const std::vector<FieldOption> none;
        const auto *parentOptions = context.optionsOf(parent.fieldId);
        const auto *childOptions = context.optionsOf(child.fieldId);
        m_parentOptions = parentOptions ? parentOptions : &none;
        m_childOptions = childOptions ? childOptions : &none;
    }

    Status add(int line, const std::string &parentCell, const std::string &childCell, OptionsCsvImport &out)
    {
        if (parentCell.empty())
            return csvError("csv.parent-value-empty",
                            "The Parent Value is empty; name one of " + elideUserText(m_parent.name) +
                                "'s options.",
                            m_fileName, line);
        const FieldOption *parentOption = findOption(*m_parentOptions, parentCell);
        if (!parentOption)
            return csvError("csv.parent-value-unknown",
                            quoteUserText(parentCell, '"') + " is not an option of " +
                                elideUserText(m_parent.name) + "; use one of its option values or names.",
                            m_fileName, line);
        const FieldOption *childOption = childCell.empty() ? nullptr : findOption(*m_childOptions, childCell);
        if (!childCell.empty() && !childOption) {
            // Skipped before its parent value gets a mapping: a parent value whose every row is
            // skipped stays unmapped rather than mapped to nothing.
            out.skipped.push_back({line, parentCell, childCell,
                                   quoteUserText(childCell, '"') + " is not an option of " +
                                       elideUserText(m_child.name) + "."});
            return Ok{};
        }
        OptionsMapping &mapping = mappingFor(parentOption->value, out);
        if (out.mappings.size() > kMaxMappings)
            return csvError("csv.mappings-too-many",
                            "This is parent value " + std::to_string(out.mappings.size()) +
                                "; a rule maps at most 200. Split the file into two rules.",
                            m_fileName, line);
        if (!childOption)
            return Ok{}; // an empty Child Value: the parent value offers nothing
        if (!m_seen.insert({mapping.parentValue, childOption->value}).second)
            return Ok{};
        mapping.childValues.push_back(childOption->value);
        if (mapping.childValues.size() > kMaxChildValues)
            return csvError("csv.child-values-too-many",
                            "The parent value " + quoteUserText(mapping.parentValue, '"') +
                                " now maps more than 1500 child values, the most a mapping holds.",
                            m_fileName, line);
        return Ok{};
    }

private:
    OptionsMapping &mappingFor(const std::string &parentValue, OptionsCsvImport &out)
    {
        const auto found = m_index.find(parentValue);
        if (found != m_index.end())
            return out.mappings[found->second];
        m_index.emplace(parentValue, out.mappings.size());
        OptionsMapping mapping;
        mapping.parentValue = parentValue;
        out.mappings.push_back(std::move(mapping));
        return out.mappings.back();
    }

    const Field &m_parent;
    const Field &m_child;
    const std::string &m_fileName;
    const std::vector<FieldOption> *m_parentOptions = nullptr;
    const std::vector<FieldOption> *m_childOptions = nullptr;
    std::map<std::string, std::size_t> m_index;
    std::set<std::pair<std::string, std::string>> m_seen;
};

} // namespace

Result<std::vector<CsvRecord>> parseCsvRecords(std::string_view text, const std::string &fileName)
{
    auto records = cw::parseCsvRecords(text, fileName);
    if (!records)
        return records.error();
    for (CsvRecord &record : *records)
        for (std::size_t i = 0; i < record.cells.size(); ++i)
            if (!record.quoted[i])
                record.cells[i] = trimmedCell(record.cells[i]);
    return records;
}

Result<OptionsCsvImport> readOptionsCsv(std::string_view text, const DomainSnapshot &context,
                                        const std::optional<std::string> &ruleParentFieldId,
                                        const std::optional<std::string> &ruleChildFieldId,
                                        const std::string &fileName)
{
    auto records = parseCsvRecords(text, fileName);
    if (!records)
        return records.error();
    if (records->empty())
        return csvError("csv.empty", "The file is empty; it needs the header and one row per option pair.",
                        fileName, 0);
    if (Status header = checkHeader(records->front(), fileName); !header)
        return header.error();
    if (records->size() == 1)
        return csvError("csv.empty", "The file has only its header; add one row per parent and child value.",
                        fileName, records->front().line);

    OptionsCsvImport out;
    const Field *parent = nullptr;
    const Field *child = nullptr;
    int pairLine = 0;
    std::optional<MappingCollector> collector;
    for (std::size_t i = 1; i < records->size(); ++i) {
        const CsvRecord &record = (*records)[i];
        if (record.cells.size() != 4)
            return csvError("csv.columns",
                            "The row has " + std::to_string(record.cells.size()) +
                                " cells; each row needs 4 (parent field, child field, parent value, child "
                                "value). Quote cells that hold a comma.",
                            fileName, record.line);
        auto rowParent = resolveField(context, record.cells[0], "Parent Field Name", record.line, fileName);
        if (!rowParent)
            return rowParent.error();
        auto rowChild = resolveField(context, record.cells[1], "Child Field Name", record.line, fileName);
        if (!rowChild)
            return rowChild.error();
        if (!parent) {
            parent = *rowParent;
            child = *rowChild;
            pairLine = record.line;
            const bool parentDiffers = ruleParentFieldId && *ruleParentFieldId != parent->fieldId;
            const bool childDiffers = ruleChildFieldId && *ruleChildFieldId != child->fieldId;
            if (parentDiffers || childDiffers)
                return csvError("csv.fields-mismatch",
                                "The file maps " + pairText(context, parent->fieldId, child->fieldId) +
                                    ", but this rule maps " +
                                    pairText(context, ruleParentFieldId.value_or(parent->fieldId),
                                             ruleChildFieldId.value_or(child->fieldId)) +
                                    ". Import the file into a rule for those fields.",
                                fileName, record.line);
            collector.emplace(context, *parent, *child, fileName);
        } else if (*rowParent != parent || *rowChild != child) {
            return csvError("csv.fields-mixed",
                            "The row maps " + pairText(context, (*rowParent)->fieldId, (*rowChild)->fieldId) +
                                ", but line " + std::to_string(pairLine) + " maps " +
                                pairText(context, parent->fieldId, child->fieldId) +
                                "; a file holds one rule. Upload each field pair in its own file.",
                            fileName, record.line);
        }
        ++out.rowCount;
        if (Status added = collector->add(record.line, record.cells[2], record.cells[3], out); !added)
            return added.error();
    }
    out.parentFieldId = parent->fieldId;
    out.childFieldId = child->fieldId;
    return out;
}

Result<std::string> writeOptionsCsv(const FieldOptionsRule &rule, const DomainSnapshot &context)
{
    const Field *parent = rule.parentFieldId ? context.findField(*rule.parentFieldId) : nullptr;
    const Field *child = rule.childFieldId ? context.findField(*rule.childFieldId) : nullptr;
    if (!parent || !child)
        return makeError("csv.fields-missing",
                         "The rule needs a known parent and child field before its options can be exported; "
                         "pick both fields first.");
    const std::string prefix = csvCell(parent->name) + ',' + csvCell(child->name) + ',';
    std::string text = std::string(kOptionsCsvHeader) + "\r\n";
    for (const OptionsMapping &mapping : rule.mappings) {
        if (mapping.childValues.empty())
            text += prefix + csvCell(mapping.parentValue) + ",\r\n";
        for (const std::string &value : mapping.childValues)
            text += prefix + csvCell(mapping.parentValue) + ',' + csvCell(value) + "\r\n";
    }
    return text;
}

} // namespace cw::project
