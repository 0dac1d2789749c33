#pragma once
// The lint of one rule's details, by kind (lintRule dispatches).

#include "model/domain_snapshot.h"
#include "validation/finding_sink.h"

#include <string>

namespace cw::validation {

// `pointer` is the details' own pointer, e.g. "/caseRules/3/rule/hidden".
void lintBooleanRule(FindingSink &sink, const DomainSnapshot &context, const std::string &ruleTitle,
                     RuleDetails::Kind kind, const BooleanRule &details, const std::string &pointer);
void lintFieldOptionsRule(FindingSink &sink, const DomainSnapshot &context, const std::string &ruleTitle,
                          const FieldOptionsRule &details, const std::string &pointer);

// lint.text.control-character: a name or description holding control characters (NUL, ESC, ...;
// not tabs and line breaks),
// bidirectional overrides or bytes that are not UTF-8 (common/user_text.h). The service may accept
// them, but the admin website cannot show them and they can disguise what the text says.
// `subject` starts the message ("Rule 'Close notes': the name").
void lintText(FindingSink &sink, const std::string &text, const std::string &pointer,
              const std::string &subject);

} // namespace cw::validation
