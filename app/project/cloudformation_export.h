#pragma once
// Export of a project's rules and templates as a CloudFormation template
// (AWS::Cases::CaseRule, AWS::Cases::Template), for teams that deploy with infrastructure as
// code. CloudFormation's CaseRule covers only required/hidden rules with equalTo/notEqualTo
// conditions: anything else is left out with a warning that says what and why.

#include "model/domain_snapshot.h"

#include <string>
#include <vector>

namespace cw::project {

struct CloudFormationExport {
    Json document;                     // the template, ready for toJsonText()
    std::vector<std::string> warnings; // one sentence each: what was left out and why
};

// `snapshot` is the working snapshot (new rules and templates carry "local:" ids; references
// between resources become Fn::GetAtt). The domain id becomes a parameter, defaulting to the
// snapshot's.
CloudFormationExport exportCloudFormation(const DomainSnapshot &snapshot);

// "Resolution notes required when closed" -> "RuleResolutionNotesRequiredWhenClosed".
std::string logicalId(const std::string &prefix, const std::string &name);

} // namespace cw::project
