// validateSnapshot: the whole domain snapshot in document order, plus the checks that need more
// than one entity (duplicate ids, template names).

#include "validation/describe.h"
#include "validation/domain_checks.h"
#include "validation/finding_codes.h"
#include "validation/finding_sink.h"
#include "validation/validator.h"

#include <set>

namespace cw {

using namespace validation;

namespace {

void validateTemplates(std::vector<Finding> &out, const DomainSnapshot &snapshot)
{
    std::set<std::string> ids;
    std::set<std::string> names;
    for (std::size_t i = 0; i < snapshot.templates.size(); ++i) {
        const CaseTemplate &caseTemplate = snapshot.templates[i];
        const std::string pointer = pointerJoin("/templates", i);
        const std::string title = templateTitle(caseTemplate);
        FindingSink sink(out, entityLabel(caseTemplate.name, caseTemplate.templateId));
        if (!caseTemplate.templateId.empty() && !ids.insert(caseTemplate.templateId).second)
            sink.error(
                codes::TemplateIdDuplicate, pointer + "/templateId",
                title + " has the id " + caseTemplate.templateId +
                    ", which an earlier template has too; remove the copy or clear its id to publish it as "
                    "a new template.");
        if (caseTemplate.isDeleted())
            continue;
        if (!caseTemplate.name.empty() && !names.insert(caseTemplate.name).second)
            sink.error(codes::TemplateNameDuplicate, pointer + "/name",
                       title +
                           " has the same name as an earlier template; template names must be unique in a "
                           "domain. Rename one of them.");
        append(out, validateTemplate(caseTemplate, snapshot, pointer));
    }
}

void validateRules(std::vector<Finding> &out, const DomainSnapshot &snapshot)
{
    std::set<std::string> ids;
    for (std::size_t i = 0; i < snapshot.caseRules.size(); ++i) {
        const CaseRule &rule = snapshot.caseRules[i];
        const std::string pointer = pointerJoin("/caseRules", i);
        FindingSink sink(out, entityLabel(rule.name, rule.caseRuleId));
        if (!rule.caseRuleId.empty() && !ids.insert(rule.caseRuleId).second)
            sink.error(
                codes::RuleIdDuplicate, pointer + "/caseRuleId",
                ruleTitle(rule) + " has the id " + rule.caseRuleId +
                    ", which an earlier rule has too; remove the copy or clear its id to publish it as a "
                    "new rule.");
        if (!rule.isDeleted())
            append(out, validateRule(rule, snapshot, pointer));
    }
}

} // namespace

std::vector<Finding> validateSnapshot(const DomainSnapshot &snapshot, const std::string &fileName)
{
    std::vector<Finding> findings;
    validateDomainId(findings, snapshot);
    validateFields(findings, snapshot);
    validateFieldOptions(findings, snapshot);
    validateLayouts(findings, snapshot);
    validateTemplates(findings, snapshot);
    validateRules(findings, snapshot);
    for (Finding &finding : findings)
        finding.where.file = fileName;
    return findings;
}

} // namespace cw
