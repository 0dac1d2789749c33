// lintSnapshot and checkSnapshot: the lint of every live template and rule in document order,
// plus rules attached nowhere.

#include "validation/describe.h"
#include "validation/finding_codes.h"
#include "validation/finding_sink.h"
#include "validation/lint.h"

#include <set>

namespace cw {

using namespace validation;

std::vector<Finding> lintSnapshot(const DomainSnapshot &snapshot, const std::string &fileName)
{
    std::vector<Finding> findings;
    std::set<std::string> attached;
    for (std::size_t i = 0; i < snapshot.templates.size(); ++i) {
        const CaseTemplate &caseTemplate = snapshot.templates[i];
        if (caseTemplate.isDeleted())
            continue;
        append(findings, lintTemplate(caseTemplate, snapshot, pointerJoin("/templates", i)));
        if (caseTemplate.rules)
            for (const TemplateRule &attachment : *caseTemplate.rules)
                attached.insert(attachment.caseRuleId);
    }
    for (std::size_t i = 0; i < snapshot.caseRules.size(); ++i) {
        const CaseRule &rule = snapshot.caseRules[i];
        if (rule.isDeleted())
            continue;
        const std::string pointer = pointerJoin("/caseRules", i);
        if (!attached.count(rule.caseRuleId)) {
            FindingSink sink(findings, entityLabel(rule.name, rule.caseRuleId));
            sink.warning(
                codes::LintRuleUnused, pointer,
                ruleTitle(rule) +
                    " is not attached to any template, so it has no effect. Attach it to a field of a "
                    "template, or delete it.");
        }
        append(findings, lintRule(rule, snapshot, pointer));
    }
    for (Finding &finding : findings)
        finding.where.file = fileName;
    return findings;
}

std::vector<Finding> checkSnapshot(const DomainSnapshot &snapshot, const std::string &fileName)
{
    std::vector<Finding> findings = validateSnapshot(snapshot, fileName);
    append(findings, lintSnapshot(snapshot, fileName));
    return findings;
}

} // namespace cw
