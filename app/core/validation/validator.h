#pragma once
// Errors: what the Cases service would reject, or what Casewright cannot check, in a domain
// snapshot or in one rule/template being edited. Parse-level problems (bad JSON, wrong member
// types, a union with 0 or 2+ members) are the wire readers' (cw::Error); this starts after.

#include "model/domain_snapshot.h"
#include "validation/finding.h"

#include <string>
#include <vector>

namespace cw {

// Every finding's where.file is `fileName`; where.pointer is the JSON pointer inside the snapshot
// document ({domainId, domainArn, name, fields, fieldOptions, layouts, templates, caseRules}).
// Findings come in document order. Deleted templates and rules get only their id checked.
std::vector<Finding> validateSnapshot(const DomainSnapshot &snapshot, const std::string &fileName = {});

// One rule or template checked against `context` (fields, options, layouts, rules it refers to).
// Pointers are `pointerPrefix` + the member's path inside the rule/template ("/caseRules/3" gives
// "/caseRules/3/rule/required/conditions/0/..."). Checks that need the other rules or templates
// (duplicate ids and template names) are made by validateSnapshot only.
std::vector<Finding> validateRule(const CaseRule &rule, const DomainSnapshot &context,
                                  const std::string &pointerPrefix = {});
std::vector<Finding> validateTemplate(const CaseTemplate &caseTemplate, const DomainSnapshot &context,
                                      const std::string &pointerPrefix = {});

} // namespace cw
