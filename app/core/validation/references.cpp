#include "validation/references.h"

#include "common/user_text.h"
#include "validation/finding_codes.h"

namespace cw::validation {
namespace {

// 'Status' (status), or the id alone when the entity has no name.
std::string namedId(const std::string &name, const std::string &id)
{
    return name.empty() ? elideUserText(id) : quoteUserText(name) + " (" + elideUserText(id) + ")";
}

// Empty or longer than the model's 1..500: the service rejects the id before looking it up.
bool checkIdShape(FindingSink &sink, const std::string &id, const char *what, const std::string &pointer,
                  const std::string &subject)
{
    switch (checkText(id, kIdLimits)) {
    case TextProblem::None:
        return true;
    case TextProblem::TooShort:
        sink.error(codes::ReferenceIdLength, pointer,
                   subject + " names no " + what + " (the id is empty); pick the " + what +
                       " it should use.");
        return false;
    default:
        sink.error(codes::ReferenceIdLength, pointer,
                   subject + " refers to a " + what + " id of " + std::to_string(codePointCount(id)) +
                       " characters; ids are 1 to 500 characters, so pick an existing " + what + ".");
        return false;
    }
}

} // namespace

const Field *checkFieldReference(FindingSink &sink, const DomainSnapshot &context, const std::string &fieldId,
                                 const std::string &pointer, const std::string &subject)
{
    if (!checkIdShape(sink, fieldId, "field", pointer, subject))
        return nullptr;
    const Field *field = context.findField(fieldId);
    if (!field) {
        sink.error(
            codes::ReferenceFieldUnknown, pointer,
            subject + " refers to field " + fieldId +
                ", which is not in the domain; pick an existing field, or pull the domain again if it was "
                "added since.");
        return nullptr;
    }
    if (field->isDeleted()) {
        sink.error(codes::ReferenceFieldDeleted, pointer,
                   subject + " refers to field " + namedId(field->name, fieldId) +
                       ", which has been deleted; pick another field.");
        return nullptr;
    }
    return field;
}

const CaseRule *checkRuleReference(FindingSink &sink, const DomainSnapshot &context,
                                   const std::string &caseRuleId, const std::string &pointer,
                                   const std::string &subject)
{
    if (!checkIdShape(sink, caseRuleId, "rule", pointer, subject))
        return nullptr;
    const CaseRule *rule = context.findRule(caseRuleId);
    if (!rule) {
        sink.error(codes::ReferenceRuleUnknown, pointer,
                   subject + " attaches rule " + caseRuleId +
                       ", which is not in the domain; attach an existing rule or remove the attachment.");
        return nullptr;
    }
    if (rule->isDeleted()) {
        sink.error(codes::ReferenceRuleDeleted, pointer,
                   subject + " attaches rule " + namedId(rule->name, caseRuleId) +
                       ", which has been deleted; remove the attachment or attach another rule.");
        return nullptr;
    }
    return rule;
}

const Layout *checkLayoutReference(FindingSink &sink, const DomainSnapshot &context,
                                   const std::string &layoutId, const std::string &pointer,
                                   const std::string &subject)
{
    if (!checkIdShape(sink, layoutId, "layout", pointer, subject))
        return nullptr;
    const Layout *layout = context.findLayout(layoutId);
    if (!layout) {
        sink.error(codes::ReferenceLayoutUnknown, pointer,
                   subject + " uses layout " + layoutId +
                       ", which is not in the domain; pick an existing layout.");
        return nullptr;
    }
    if (layout->deleted.value_or(false)) {
        sink.error(codes::ReferenceLayoutDeleted, pointer,
                   subject + " uses layout " + namedId(layout->name, layoutId) +
                       ", which has been deleted; pick another layout.");
        return nullptr;
    }
    return layout;
}

} // namespace cw::validation
