#pragma once
// Checks of the ids a rule or template refers to: well-formed, present in the domain, not deleted.

#include "model/domain_snapshot.h"
#include "validation/finding_sink.h"

#include <string>

namespace cw::validation {

// Each returns the referenced entity when the reference is usable (known and not deleted), after
// reporting what is wrong otherwise. `subject` starts the message ("Rule 'Close notes': condition 2").
const Field *checkFieldReference(FindingSink &sink, const DomainSnapshot &context, const std::string &fieldId,
                                 const std::string &pointer, const std::string &subject);
const CaseRule *checkRuleReference(FindingSink &sink, const DomainSnapshot &context,
                                   const std::string &caseRuleId, const std::string &pointer,
                                   const std::string &subject);
const Layout *checkLayoutReference(FindingSink &sink, const DomainSnapshot &context,
                                   const std::string &layoutId, const std::string &pointer,
                                   const std::string &subject);

} // namespace cw::validation
