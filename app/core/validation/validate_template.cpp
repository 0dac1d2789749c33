// validateTemplate: a template's own members and what it refers to (layout, required fields,
// attached rules).

#include "common/user_text.h"
#include "validation/describe.h"
#include "validation/finding_codes.h"
#include "validation/hard_limits.h"
#include "validation/references.h"
#include "validation/validator.h"

#include <set>
#include <utility>

namespace cw {

using namespace validation;

namespace {

void checkRequiredFields(FindingSink &sink, const DomainSnapshot &context, const std::string &title,
                         const std::vector<RequiredField> &requiredFields, const std::string &pointer)
{
    if (requiredFields.size() > kMaxRequiredFields) {
        // The fields themselves are checked once the list is within the limit (hard_limits.h).
        sink.error(
            codes::TemplateRequiredFieldsTooMany, pointer,
            title + " lists " + std::to_string(requiredFields.size()) +
                " required fields; the service accepts at most 100. Make some of them required by a rule "
                "instead.");
        return;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < requiredFields.size(); ++i) {
        const std::string &fieldId = requiredFields[i].fieldId;
        const std::string fieldPointer = pointerJoin(pointer, i) + "/fieldId";
        if (!seen.insert(fieldId).second) {
            sink.error(codes::TemplateRequiredFieldsDuplicate, fieldPointer,
                       title + " lists " + fieldName(context, fieldId) +
                           " twice in its required fields; the service rejects repeated fields. Remove one.");
            continue;
        }
        checkFieldReference(sink, context, fieldId, fieldPointer,
                            title + ": required field " + std::to_string(i + 1));
    }
}

void checkRules(FindingSink &sink, const DomainSnapshot &context, const std::string &title,
                const std::vector<TemplateRule> &rules, const std::string &pointer)
{
    if (rules.size() > kMaxTemplateRules) {
        // The attachments themselves are checked once the list is within the limit (hard_limits.h).
        sink.error(codes::TemplateRulesTooMany, pointer,
                   title + " attaches " + std::to_string(rules.size()) +
                       " rules; the service accepts at most 50 per template. Detach some, or combine rules.");
        return;
    }
    std::set<std::pair<std::string, std::string>> seen;
    for (std::size_t i = 0; i < rules.size(); ++i) {
        const TemplateRule &attachment = rules[i];
        const std::string rulePointer = pointerJoin(pointer, i);
        const std::string subject = title + ": attachment " + std::to_string(i + 1);
        // An absent fieldId is stored as the model's default, "NULL".
        if (!seen.insert({attachment.caseRuleId, attachment.fieldId.value_or("NULL")}).second) {
            sink.error(
                codes::TemplateRulesDuplicate, rulePointer,
                title + " attaches " + ruleName(context, attachment.caseRuleId) + " to " +
                    (attachment.fieldId ? fieldName(context, *attachment.fieldId) : std::string("no field")) +
                    " twice; remove one of the two.");
            continue;
        }
        checkRuleReference(sink, context, attachment.caseRuleId, rulePointer + "/caseRuleId", subject);
        if (attachment.fieldId)
            checkFieldReference(sink, context, *attachment.fieldId, rulePointer + "/fieldId",
                                subject + " (" + ruleName(context, attachment.caseRuleId) + ")");
    }
}

} // namespace

std::vector<Finding> validateTemplate(const CaseTemplate &caseTemplate, const DomainSnapshot &context,
                                      const std::string &pointerPrefix)
{
    std::vector<Finding> findings;
    FindingSink sink(findings, entityLabel(caseTemplate.name, caseTemplate.templateId));
    const std::string title = templateTitle(caseTemplate);

    // An empty id is a template not yet published: the service assigns the id.
    if (codePointCount(caseTemplate.templateId) > kIdLimits.max)
        sink.error(codes::TemplateIdLength, pointerPrefix + "/templateId",
                   title + " has an id of " + std::to_string(codePointCount(caseTemplate.templateId)) +
                       " characters; ids are at most 500. Pull the template again to get its real id.");
    sink.checkText(caseTemplate.name, kNameLimits, codes::TemplateNameLength, codes::TemplateNamePattern,
                   pointerPrefix + "/name", title + ": the name");
    if (caseTemplate.description)
        sink.checkText(*caseTemplate.description, kDescriptionLimits, codes::TemplateDescriptionLength, {},
                       pointerPrefix + "/description", title + ": the description");
    if (caseTemplate.status != "Active" && caseTemplate.status != "Inactive")
        // A missing member has no pointer of its own: point at the template that lacks it.
        sink.error(codes::TemplateStatusInvalid,
                   caseTemplate.status.empty() ? pointerPrefix : pointerPrefix + "/status",
                   title +
                       (caseTemplate.status.empty()
                            ? std::string(" has no status")
                            : " has the status " + quoteUserText(caseTemplate.status, '"')) +
                       "; the service accepts \"Active\" or \"Inactive\".");
    if (caseTemplate.layoutConfiguration && caseTemplate.layoutConfiguration->defaultLayout)
        checkLayoutReference(sink, context, *caseTemplate.layoutConfiguration->defaultLayout,
                             pointerPrefix + "/layoutConfiguration/defaultLayout",
                             title + ": the default layout");
    if (caseTemplate.requiredFields)
        checkRequiredFields(sink, context, title, *caseTemplate.requiredFields,
                            pointerPrefix + "/requiredFields");
    if (caseTemplate.rules)
        checkRules(sink, context, title, *caseTemplate.rules, pointerPrefix + "/rules");
    return findings;
}

} // namespace cw
