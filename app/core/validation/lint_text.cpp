// lintText: names and descriptions that hold control characters.

#include "common/user_text.h"
#include "validation/finding_codes.h"
#include "validation/lint_checks.h"

#include <string>

namespace cw::validation {

void lintText(FindingSink &sink, const std::string &text, const std::string &pointer,
              const std::string &subject)
{
    // Tabs and line breaks are layout, not hidden content: a description may span lines, and a
    // name with a line break is already an error (*.name.pattern).
    std::string withoutLayout = text;
    std::erase_if(withoutLayout, [](char c) { return c == '\t' || c == '\n' || c == '\r'; });
    if (!hasControlCharacters(withoutLayout))
        return;
    sink.warning(codes::LintTextControlCharacter, pointer,
                 subject + " contains control characters (shown here as " + quoteUserText(text) +
                     "): the admin website cannot show them, and a terminal or editor may act on them or "
                     "display the text reordered. Remove them.");
}

} // namespace cw::validation
