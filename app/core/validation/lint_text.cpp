// lintText: names and descriptions that hold control characters.

#include "common/user_text.h"
#include "validation/finding_codes.h"
#include "validation/lint_checks.h"

namespace cw::validation {

void lintText(FindingSink &sink, const std::string &text, const std::string &pointer,
              const std::string &subject)
{
    if (!hasControlCharacters(text))
        return;
    sink.warning(codes::LintTextControlCharacter, pointer,
                 subject + " contains control characters (shown here as " +
                     quoteUserText(escapeControlCharacters(text)) +
                     "): the admin website cannot show them, and a terminal or editor may act on them or "
                     "display the text reordered. Remove them.");
}

} // namespace cw::validation
