#pragma once
// What AWS's infrastructure-as-code resources for Cases can express, shared by the CloudFormation
// export (AWS::Cases::CaseRule / AWS::Cases::Template) and the Terraform one (the awscc
// provider's awscc_cases_case_rule / awscc_cases_template, generated from the same CloudFormation
// schema): only required and hidden rules whose conditions are all equalTo/notEqualTo with a
// string, double, boolean or empty operand. Everything else is left out with a warning, and a
// template loses (with a warning) its attachments of rules that are left out.

#include "model/domain_snapshot.h"

#include <string>
#include <vector>

namespace cw::project {

struct IacTemplateScope {
    const CaseTemplate *caseTemplate = nullptr;
    std::vector<const TemplateRule *> attachments; // of exported rules only, in template order
};

struct IacExportScope {
    std::vector<const CaseRule *> rules;     // exported, in snapshot order; deleted ones are never here
    std::vector<IacTemplateScope> templates; // every template that is not deleted
    std::vector<std::string> warnings;       // one sentence each: what was left out and why
};

// `resourceType` names the rule resource in the warnings ("AWS::Cases::CaseRule"). Pointers
// into `snapshot` are kept: it must outlive the scope.
IacExportScope iacExportScope(const DomainSnapshot &snapshot, const std::string &resourceType);

// A condition the resources can express: equalTo/notEqualTo with a string, double, boolean or
// empty operand.
bool iacCanExpress(const Condition &condition);

} // namespace cw::project
