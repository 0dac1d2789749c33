#pragma once
// The one CSV reader (RFC 4180) behind every CSV file Casewright reads -- sample cases and the
// admin website's field-options files -- and the cell writer.
//
// Quoting is RFC 4180: "a, b" and "say ""hi""" are one cell each, and a quoted cell may span
// lines. Lines end in LF or CRLF. A leading UTF-8 byte order mark is dropped. White space around
// a quoted cell is dropped; an unquoted cell is returned as written (a format that trims, like
// the options file, does so itself: it knows which cells were quoted).

#include "common/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace cw {

// One record, the 1-based line it starts on (a quoted cell may span lines), and per cell whether
// it was written in quotes.
struct CsvRecord {
    int line = 0;
    std::vector<std::string> cells;
    std::vector<bool> quoted;
};

// Every record; an empty line is none. Fails with code csv.syntax, the file and the line, on a
// quoted cell that is never closed, text after a closing quote, or a quote inside an unquoted
// cell (RFC 4180 allows quotes only in quoted cells).
Result<std::vector<CsvRecord>> parseCsvRecords(std::string_view text, const std::string &fileName = {});

// A cell without the spaces and tabs around it.
std::string trimmedCell(std::string_view cell);

// ASCII letters lowered: the CSV formats match headers and names without regard to ASCII case.
std::string asciiLowered(std::string text);

// A cell as RFC 4180 writes it: quoted when it holds a comma, a quote, a line break or
// surrounding white space.
std::string csvCell(const std::string &text);

} // namespace cw
