#pragma once
// The parts of a snapshot Casewright reads but does not design: the domain id, fields, field
// options and layouts. A hand-edited or merged snapshot can still break them.

#include "model/domain_snapshot.h"
#include "validation/finding.h"

#include <vector>

namespace cw::validation {

void validateDomainId(std::vector<Finding> &out, const DomainSnapshot &snapshot);
void validateFields(std::vector<Finding> &out, const DomainSnapshot &snapshot);
void validateFieldOptions(std::vector<Finding> &out, const DomainSnapshot &snapshot);
void validateLayouts(std::vector<Finding> &out, const DomainSnapshot &snapshot);

} // namespace cw::validation
