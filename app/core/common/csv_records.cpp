#include "common/csv_records.h"

namespace cw {
namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

Error syntaxError(const std::string &message, const std::string &fileName, int line)
{
    Location where;
    where.file = fileName;
    where.line = line;
    return makeError("csv.syntax", message, where);
}

// Walks the text once, cell by cell.
class CsvScanner {
public:
    CsvScanner(std::string_view text, const std::string &fileName) : m_text(text), m_fileName(fileName) {}

    Result<std::vector<CsvRecord>> scan()
    {
        std::vector<CsvRecord> records;
        while (m_pos < m_text.size()) {
            CsvRecord record;
            record.line = m_line;
            for (;;) {
                auto cell = readCell();
                if (!cell)
                    return cell.error();
                record.cells.push_back(std::move(*cell));
                record.quoted.push_back(m_lastCellQuoted);
                if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                    ++m_pos;
                    continue;
                }
                skipLineEnd();
                break;
            }
            const bool blank = record.cells.size() == 1 && record.cells[0].empty() && !record.quoted[0];
            if (!blank)
                records.push_back(std::move(record));
        }
        return records;
    }

private:
    bool atLineEnd() const { return m_text[m_pos] == '\n' || m_text[m_pos] == '\r'; }

    void skipLineEnd()
    {
        if (m_pos >= m_text.size())
            return;
        if (m_text[m_pos] == '\r')
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '\n')
            ++m_pos;
        ++m_line;
    }

    Result<std::string> readCell()
    {
        const std::size_t cellStart = m_pos;
        std::size_t start = m_pos;
        while (start < m_text.size() && isSpace(m_text[start]))
            ++start;
        m_lastCellQuoted = start < m_text.size() && m_text[start] == '"';
        if (!m_lastCellQuoted) {
            while (m_pos < m_text.size() && m_text[m_pos] != ',' && !atLineEnd()) {
                if (m_text[m_pos] == '"')
                    return syntaxError("A quote inside an unquoted cell; quote the whole cell and double the "
                                       "quotes inside it (\"say \"\"hi\"\"\").",
                                       m_fileName, m_line);
                ++m_pos;
            }
            return std::string(m_text.substr(cellStart, m_pos - cellStart));
        }
        const int openedOn = m_line;
        m_pos = start + 1;
        std::string cell;
        for (;;) {
            if (m_pos >= m_text.size())
                return syntaxError("A quoted cell is never closed; add the closing \".", m_fileName,
                                   openedOn);
            const char c = m_text[m_pos++];
            if (c == '"') {
                if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                    cell += '"';
                    ++m_pos;
                    continue;
                }
                break;
            }
            if (c == '\n')
                ++m_line;
            cell += c;
        }
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] != ',' && !atLineEnd())
            return syntaxError("Text follows a closing quote; quote the whole cell and double the quotes "
                               "inside it (\"say \"\"hi\"\"\").",
                               m_fileName, m_line);
        return cell;
    }

    std::string_view m_text;
    const std::string &m_fileName;
    std::size_t m_pos = 0;
    int m_line = 1;
    bool m_lastCellQuoted = false;
};

} // namespace

Result<std::vector<CsvRecord>> parseCsvRecords(std::string_view text, const std::string &fileName)
{
    constexpr std::string_view kBom = "\xEF\xBB\xBF";
    if (text.substr(0, kBom.size()) == kBom)
        text.remove_prefix(kBom.size());
    return CsvScanner(text, fileName).scan();
}

std::string trimmedCell(std::string_view cell)
{
    std::size_t begin = 0;
    std::size_t end = cell.size();
    while (begin < end && isSpace(cell[begin]))
        ++begin;
    while (end > begin && isSpace(cell[end - 1]))
        --end;
    return std::string(cell.substr(begin, end - begin));
}

std::string asciiLowered(std::string text)
{
    for (char &c : text)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return text;
}

std::string csvCell(const std::string &text)
{
    const bool needsQuotes = text.find_first_of(",\"\r\n") != std::string::npos ||
                             (!text.empty() && (isSpace(text.front()) || isSpace(text.back())));
    if (!needsQuotes)
        return text;
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

} // namespace cw
