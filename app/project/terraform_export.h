#pragma once
// Export of a project's rules and templates as Terraform configuration for the awscc provider
// (awscc_cases_case_rule, awscc_cases_template), beside the CloudFormation export. The awscc
// resources are generated from the same CloudFormation schema, so they express exactly what
// AWS::Cases::CaseRule does: iac_export_scope.h decides what is exported and what is left out
// with a warning, for both.
//
// The HCL is written the way `terraform fmt` leaves it (aligned "=", two-space indent), so
// a formatter in CI changes nothing; templates refer to the exported rules as
// awscc_cases_case_rule.NAME.case_rule_id, and the domain is the variable "domain_id".

#include "model/domain_snapshot.h"

#include <string>
#include <vector>

namespace cw::project {

struct TerraformExport {
    std::string text;                  // the .tf file
    std::vector<std::string> warnings; // one sentence each: what was left out and why
};

TerraformExport exportTerraform(const DomainSnapshot &snapshot);

// "Resolution notes required when closed" -> "resolution_notes_required_when_closed"; a name
// Terraform accepts (a letter first; letters, digits, underscores).
std::string terraformName(const std::string &prefix, const std::string &name);

// A quoted HCL string: escapes, and "${" / "%{" doubled so nothing is interpolated.
std::string hclString(const std::string &text);

} // namespace cw::project
