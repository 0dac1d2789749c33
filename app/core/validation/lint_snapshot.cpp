// lintSnapshot and checkSnapshot: the lint of every live template and rule in document order,
// plus rules attached nowhere.

#include "common/user_text.h"
#include "validation/describe.h"
#include "validation/finding_codes.h"
#include "validation/finding_sink.h"
#include "validation/lint.h"
#include "validation/lint_checks.h"

#include <future>
#include <set>

namespace cw {

using namespace validation;

namespace {

// lint.text.control-character for the names and descriptions of fields, options and layouts.
void lintDomainTexts(std::vector<Finding> &findings, const DomainSnapshot &snapshot)
{
    for (std::size_t i = 0; i < snapshot.fields.size(); ++i) {
        const Field &field = snapshot.fields[i];
        if (field.isDeleted())
            continue;
        const std::string pointer = pointerJoin("/fields", i);
        FindingSink sink(findings, entityLabel(field.name, field.fieldId));
        lintText(sink, field.name, pointer + "/name", fieldTitle(field) + ": the name");
        if (field.description)
            lintText(sink, *field.description, pointer + "/description",
                     fieldTitle(field) + ": the description");
    }
    for (const auto &[fieldId, options] : snapshot.fieldOptions) {
        FindingSink sink(findings, elideUserText(fieldId));
        for (std::size_t i = 0; i < options.size(); ++i) {
            const std::string pointer = pointerJoin(pointerJoin("/fieldOptions", fieldId), i);
            lintText(sink, options[i].name, pointer + "/name",
                     "An option of field " + elideUserText(fieldId) + ": the name");
        }
    }
    for (std::size_t i = 0; i < snapshot.layouts.size(); ++i) {
        const Layout &layout = snapshot.layouts[i];
        FindingSink sink(findings, entityLabel(layout.name, layout.layoutId));
        lintText(sink, layout.name, pointerJoin("/layouts", i) + "/name",
                 "Layout " + elideUserText(layout.layoutId) + ": the name");
    }
}

} // namespace

std::vector<Finding> lintSnapshot(const DomainSnapshot &snapshot, const std::string &fileName)
{
    std::vector<Finding> findings;
    lintDomainTexts(findings, snapshot);
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
    // Both only read the snapshot, and on a 1,000-field / 500-rule domain each takes a good part of
    // the 100 ms `validate` may take (issue #16): the lint runs on a second core meanwhile.
    auto lint = std::async(std::launch::async, [&] { return lintSnapshot(snapshot, fileName); });
    std::vector<Finding> findings = validateSnapshot(snapshot, fileName);
    append(findings, lint.get());
    return findings;
}

} // namespace cw
