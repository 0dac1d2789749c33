#include "common/user_text.h"
#include "validation/describe.h"
#include "validation/domain_checks.h"
#include "validation/finding_codes.h"
#include "validation/finding_sink.h"

#include <set>

namespace cw::validation {

void validateDomainId(std::vector<Finding> &out, const DomainSnapshot &snapshot)
{
    FindingSink sink(out, entityLabel(snapshot.name, snapshot.domainId));
    sink.checkText(snapshot.domainId, kIdLimits, codes::DomainIdLength, {}, "/domainId",
                   "The snapshot's domainId");
}

void validateFields(std::vector<Finding> &out, const DomainSnapshot &snapshot)
{
    std::set<std::string> ids;
    for (std::size_t i = 0; i < snapshot.fields.size(); ++i) {
        const Field &field = snapshot.fields[i];
        const std::string pointer = pointerJoin("/fields", i);
        const std::string title = fieldTitle(field);
        FindingSink sink(out, entityLabel(field.name, field.fieldId));
        if (sink.checkText(field.fieldId, kIdLimits, codes::FieldIdLength, {}, pointer + "/fieldId",
                           title + ": the id") &&
            !ids.insert(field.fieldId).second)
            sink.error(
                codes::FieldIdDuplicate, pointer + "/fieldId",
                title + " has the id " + field.fieldId +
                    ", which an earlier field has too; remove the repeated field (pull the domain again).");
        if (field.isDeleted()) // kept only so references to it can say "deleted"
            continue;
        sink.checkText(field.name, kNameLimits, codes::FieldNameLength, codes::FieldNamePattern,
                       pointer + "/name", title + ": the name");
        if (field.description)
            sink.checkText(*field.description, kDescriptionLimits, codes::FieldDescriptionLength, {},
                           pointer + "/description", title + ": the description");
        if (field.fieldType() == FieldType::Unknown)
            sink.error(
                codes::FieldTypeUnknown, pointer + "/type",
                title + " has the type " + quoteUserText(field.type, '"') +
                    ", which this version of Casewright does not know, so rules on it cannot be checked. "
                    "Update Casewright, or correct the type (Text, Number, Boolean, DateTime, SingleSelect, "
                    "Url, User).");
        if (field.nameSpace != "System" && field.nameSpace != "Custom")
            sink.error(codes::FieldNamespaceUnknown, pointer + "/namespace",
                       title + " has the namespace " + quoteUserText(field.nameSpace, '"') +
                           "; the service knows only \"System\" and \"Custom\". Correct it.");
    }
}

void validateFieldOptions(std::vector<Finding> &out, const DomainSnapshot &snapshot)
{
    for (const auto &[fieldId, options] : snapshot.fieldOptions) {
        const std::string pointer = pointerJoin("/fieldOptions", fieldId);
        const Field *field = snapshot.findField(fieldId);
        FindingSink sink(out, field ? entityLabel(field->name, fieldId) : fieldId);
        if (!field) {
            sink.error(
                codes::ReferenceFieldUnknown, pointer,
                "The snapshot lists options for field " + fieldId +
                    ", which is not among its fields; remove them or add the field (pull the domain again).");
        } else if (!field->isDeleted() && field->fieldType() != FieldType::SingleSelect &&
                   field->fieldType() != FieldType::Unknown) {
            sink.error(codes::OptionFieldType, pointer,
                       fieldTitle(*field) + " is a " + field->type +
                           " field but has options; only single-select fields have options. Remove them.");
        }
        const std::string owner = field ? fieldTitle(*field) : "Field " + fieldId;
        std::set<std::string> values;
        for (std::size_t i = 0; i < options.size(); ++i) {
            const FieldOption &option = options[i];
            const std::string optionPointer = pointerJoin(pointer, i);
            const std::string subject = owner + ": option " + std::to_string(i + 1);
            sink.checkText(option.name, kNameLimits, codes::OptionNameLength, codes::OptionNamePattern,
                           optionPointer + "/name", subject + "'s name");
            if (sink.checkText(option.value, kNameLimits, codes::OptionValueLength, codes::OptionValuePattern,
                               optionPointer + "/value", subject + "'s value") &&
                !values.insert(option.value).second)
                sink.error(codes::OptionValueDuplicate, optionPointer + "/value",
                           owner + " has the option value " + quoteUserText(option.value, '"') +
                               " twice; option values must be unique. Remove or rename one.");
        }
    }
}

void validateLayouts(std::vector<Finding> &out, const DomainSnapshot &snapshot)
{
    std::set<std::string> ids;
    for (std::size_t i = 0; i < snapshot.layouts.size(); ++i) {
        const Layout &layout = snapshot.layouts[i];
        const std::string pointer = pointerJoin("/layouts", i);
        const std::string title = layout.name.empty() ? "Layout " + elideUserText(layout.layoutId)
                                                      : "Layout " + quoteUserText(layout.name);
        FindingSink sink(out, entityLabel(layout.name, layout.layoutId));
        if (sink.checkText(layout.layoutId, kIdLimits, codes::LayoutIdLength, {}, pointer + "/layoutId",
                           title + ": the id") &&
            !ids.insert(layout.layoutId).second)
            sink.error(
                codes::LayoutIdDuplicate, pointer + "/layoutId",
                title + " has the id " + layout.layoutId +
                    ", which an earlier layout has too; remove the repeated layout (pull the domain again).");
        if (!layout.deleted.value_or(false))
            sink.checkText(layout.name, kNameLimits, codes::LayoutNameLength, codes::LayoutNamePattern,
                           pointer + "/name", title + ": the name");
    }
}

} // namespace cw::validation
