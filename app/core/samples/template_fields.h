#pragma once
// The fields a case of one template shows, in the order the preview lists them (table columns
// and the case form). Qt-free: the template and its rules decide, nothing else.

#include "model/domain_snapshot.h"

#include <string>
#include <vector>

namespace cw {

// requiredFields first, then the fields the template's rules read (condition operands and
// fieldOptions parents: what decides the outcome), then the default layout's fields, then the
// fields rules are attached to -- each field once. Deleted rules and unknown rule ids only drop
// out of the "read" part; their attached fields are still listed.
std::vector<std::string> templateFieldIds(const DomainSnapshot &snapshot, const CaseTemplate &caseTemplate);

// Every field id a condition of `rule` reads (depth first, each once, in order).
std::vector<std::string> fieldsReadBy(const CaseRule &rule);

} // namespace cw
