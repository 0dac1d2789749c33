#pragma once
// How `casewright-cli evaluate` prints outcomes: the documented JSON shape, or a readable table.

#include "evaluator/case_outcome.h"
#include "model/domain_snapshot.h"

#include <QString>

namespace cw::cli {

// {"case": ID, "template": TEMPLATE_ID, "fields": {FIELD_ID: {"required", "hidden", "options"?, "why"?}}}
Json outcomeToJson(const CaseOutcome &outcome, const std::string &templateId, bool explain);

// A heading line for the case, then one row per field; explanations indented under each row.
QString outcomeToTable(const CaseOutcome &outcome, const CaseTemplate &caseTemplate, bool explain);

} // namespace cw::cli
