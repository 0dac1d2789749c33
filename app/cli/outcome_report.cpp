#include "outcome_report.h"

#include "cli_io.h"

#include <QStringList>
#include <algorithm>

namespace cw::cli {
namespace {
void appendIndent(std::string &out, int spaces)
{
    out.append(static_cast<std::size_t>(spaces), ' ');
}

// ["a", "b"] as dump(2) writes an array of strings whose own line starts at `indent`.
template <typename Items, typename Text>
void appendStringArray(std::string &out, const Items &items, int indent, Text text)
{
    if (items.empty()) {
        out += "[]";
        return;
    }
    out += "[\n";
    bool first = true;
    for (const auto &item : items) {
        if (!first)
            out += ",\n";
        first = false;
        appendIndent(out, indent + 2);
        appendJsonString(out, text(item));
    }
    out += '\n';
    appendIndent(out, indent);
    out += ']';
}

void appendKey(std::string &out, int indent, std::string_view key)
{
    appendIndent(out, indent);
    appendJsonString(out, key);
    out += ": ";
}

const std::string &explanationText(const Explanation &explanation)
{
    return explanation.text;
}

const std::string &itself(const std::string &text)
{
    return text;
}

bool isAscii(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

void appendPadded(std::string &out, std::string_view text, std::size_t width)
{
    out += text;
    if (text.size() < width)
        out.append(width - text.size(), ' ');
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString optionsText(const FieldOutcome &field)
{
    if (!field.allowedOptions)
        return QStringLiteral("-");
    if (field.allowedOptions->empty())
        return QStringLiteral("(none)");
    QStringList values;
    for (const std::string &value : *field.allowedOptions)
        values << fromStd(value);
    QString text = values.join(QStringLiteral(", "));
    if (field.allOptionsAllowed)
        text += QStringLiteral(" (all)");
    return text;
}

void appendWhy(QString &text, const char *aspect, const std::vector<Explanation> &explanations)
{
    for (const Explanation &explanation : explanations)
        text += QStringLiteral("      %1: %2\n").arg(QLatin1String(aspect), fromStd(explanation.text));
}
} // namespace

std::vector<FieldReport> fieldReports(const CaseOutcome &outcome, bool explain)
{
    std::vector<FieldReport> reports;
    reports.reserve(outcome.fields.size());
    for (const FieldOutcome &field : outcome.fields)
        reports.push_back(FieldReport{&field.fieldId, &field.fieldName, field.required, field.hidden,
                                      field.allowedOptions ? &*field.allowedOptions : nullptr,
                                      field.allOptionsAllowed, explain ? &field : nullptr});
    return reports;
}

void appendResultsJsonOpening(std::string &out)
{
    out += "{\n  \"results\": [";
}

void appendResultsJsonClosing(std::string &out, bool empty)
{
    out += empty ? "]\n}\n" : "\n  ]\n}\n";
}

void appendCaseJson(std::string &out, bool first, const std::string &caseId, const std::string &templateId,
                    std::span<const FieldReport> fields, bool explain)
{
    // Keys in the order nlohmann's std::map keeps them: case, fields, template; per field
    // hidden, options, required, why; field ids in byte order.
    std::vector<const FieldReport *> sorted;
    sorted.reserve(fields.size());
    for (const FieldReport &field : fields)
        sorted.push_back(&field);
    std::sort(sorted.begin(), sorted.end(),
              [](const FieldReport *a, const FieldReport *b) { return *a->fieldId < *b->fieldId; });
    // A template governs each field once; were an id repeated, the JSON object kept the last.
    sorted.erase(
        std::unique(sorted.begin(), sorted.end(),
                    [](const FieldReport *a, const FieldReport *b) { return *a->fieldId == *b->fieldId; }),
        sorted.end());

    out += first ? "\n" : ",\n";
    out += "    {\n";
    appendKey(out, 6, "case");
    appendJsonString(out, caseId);
    out += ",\n";
    appendKey(out, 6, "fields");
    if (sorted.empty()) {
        out += "{}";
    } else {
        out += "{\n";
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            const FieldReport &field = *sorted[i];
            if (i > 0)
                out += ",\n";
            appendKey(out, 8, *field.fieldId);
            out += "{\n";
            appendKey(out, 10, "hidden");
            out += field.hidden ? "true" : "false";
            out += ",\n";
            if (field.options) {
                appendKey(out, 10, "options");
                appendStringArray(out, *field.options, 10, itself);
                out += ",\n";
            }
            appendKey(out, 10, "required");
            out += field.required ? "true" : "false";
            if (explain && field.why) {
                out += ",\n";
                appendKey(out, 10, "why");
                out += "{\n";
                appendKey(out, 12, "hidden");
                appendStringArray(out, field.why->hiddenBecause, 12, explanationText);
                out += ",\n";
                if (field.options) {
                    appendKey(out, 12, "options");
                    appendStringArray(out, field.why->optionsBecause, 12, explanationText);
                    out += ",\n";
                }
                appendKey(out, 12, "required");
                appendStringArray(out, field.why->requiredBecause, 12, explanationText);
                out += "\n          }";
            }
            out += "\n        }";
        }
        out += "\n      }";
    }
    out += ",\n";
    appendKey(out, 6, "template");
    appendJsonString(out, templateId);
    out += "\n    }";
}

bool appendCaseTable(std::string &out, const std::string &caseId, const CaseTemplate &caseTemplate,
                     std::span<const FieldReport> fields, bool explain)
{
    if (!isAscii(caseId) || !isAscii(caseTemplate.name) || !isAscii(caseTemplate.templateId))
        return false;
    std::size_t nameWidth = 5;
    for (const FieldReport &field : fields) {
        if (!isAscii(*field.fieldName) || field.fieldName->find('%') != std::string::npos)
            return false;
        if (field.options && !std::all_of(field.options->begin(), field.options->end(), isAscii))
            return false;
        if (field.why)
            for (const auto *list :
                 {&field.why->requiredBecause, &field.why->hiddenBecause, &field.why->optionsBecause})
                for (const Explanation &explanation : *list)
                    if (!isAscii(explanation.text))
                        return false;
        nameWidth = std::max(nameWidth, field.fieldName->size());
    }
    nameWidth = std::min<std::size_t>(nameWidth, 40);

    out += "Case ";
    out += caseId;
    out += " - template \"";
    out += caseTemplate.name;
    out += "\" (";
    out += caseTemplate.templateId;
    out += ")\n  ";
    appendPadded(out, "Field", nameWidth);
    out += "  Required  Hidden  Options\n";
    for (const FieldReport &field : fields) {
        out += "  ";
        appendPadded(out, *field.fieldName, nameWidth);
        out += "  ";
        appendPadded(out, field.required ? "yes" : "no", 8);
        out += "  ";
        appendPadded(out, field.hidden ? "yes" : "no", 6);
        out += "  ";
        if (!field.options) {
            out += '-';
        } else if (field.options->empty()) {
            out += "(none)";
        } else {
            for (std::size_t i = 0; i < field.options->size(); ++i) {
                if (i > 0)
                    out += ", ";
                out += (*field.options)[i];
            }
            if (field.allOptionsAllowed)
                out += " (all)";
        }
        out += '\n';
        if (explain && field.why) {
            const std::pair<const char *, const std::vector<Explanation> *> aspects[] = {
                {"required", &field.why->requiredBecause},
                {"hidden", &field.why->hiddenBecause},
                {"options", &field.why->optionsBecause}};
            for (const auto &[aspect, explanations] : aspects)
                for (const Explanation &explanation : *explanations) {
                    out += "      ";
                    out += aspect;
                    out += ": ";
                    out += explanation.text;
                    out += '\n';
                }
        }
    }
    return true;
}

QString outcomeToTable(const CaseOutcome &outcome, const CaseTemplate &caseTemplate, bool explain)
{
    int nameWidth = 5;
    for (const FieldOutcome &field : outcome.fields)
        nameWidth = std::max(nameWidth, int(fromStd(field.fieldName).size()));
    nameWidth = std::min(nameWidth, 40);

    QString text =
        QStringLiteral("Case %1 - template \"%2\" (%3)\n")
            .arg(fromStd(outcome.caseId), fromStd(caseTemplate.name), fromStd(caseTemplate.templateId));
    text += QStringLiteral("  %1  Required  Hidden  Options\n").arg(QStringLiteral("Field"), -nameWidth);
    for (const FieldOutcome &field : outcome.fields) {
        text += QStringLiteral("  %1  %2  %3  %4\n")
                    .arg(fromStd(field.fieldName), -nameWidth)
                    .arg(yesNo(field.required), -8)
                    .arg(yesNo(field.hidden), -6)
                    .arg(optionsText(field));
        if (explain) {
            appendWhy(text, "required", field.requiredBecause);
            appendWhy(text, "hidden", field.hiddenBecause);
            appendWhy(text, "options", field.optionsBecause);
        }
    }
    return text;
}

} // namespace cw::cli
