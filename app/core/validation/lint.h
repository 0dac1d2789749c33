#pragma once
// Warnings (codes "lint.*"): legal for the service, but likely not what the author meant --
// conditions that can never decide or change nothing, contradictory groups, a field that can be
// required and hidden at once, rules attached nowhere, mappings to inactive options.

#include "validation/validator.h"

namespace cw {

// Same file/pointer/order conventions as validateSnapshot. Deleted templates and rules are skipped.
std::vector<Finding> lintSnapshot(const DomainSnapshot &snapshot, const std::string &fileName = {});

// validateSnapshot, then lintSnapshot: errors first, each part in document order.
std::vector<Finding> checkSnapshot(const DomainSnapshot &snapshot, const std::string &fileName = {});

// The lint of one rule or template, for the editors. lintRule does not report lint.rule.unused
// (that needs the templates); lintTemplate covers the template's own attachments.
std::vector<Finding> lintRule(const CaseRule &rule, const DomainSnapshot &context,
                              const std::string &pointerPrefix = {});
std::vector<Finding> lintTemplate(const CaseTemplate &caseTemplate, const DomainSnapshot &context,
                                  const std::string &pointerPrefix = {});

} // namespace cw
