// The lint of a fieldOptions rule: mappings that use inactive options or repeat a child value.

#include "common/user_text.h"
#include "validation/describe.h"
#include "validation/finding_codes.h"
#include "validation/hard_limits.h"
#include "validation/lint_checks.h"

#include <set>

namespace cw::validation {
namespace {

bool isInactiveOption(const DomainSnapshot &context, const std::optional<std::string> &fieldId,
                      const std::string &value)
{
    if (!fieldId)
        return false;
    const std::vector<FieldOption> *options = context.optionsOf(*fieldId);
    if (!options)
        return false;
    for (const FieldOption &option : *options)
        if (option.value == value)
            return !option.active;
    return false;
}

} // namespace

void lintFieldOptionsRule(FindingSink &sink, const DomainSnapshot &context, const std::string &ruleTitle,
                          const FieldOptionsRule &details, const std::string &pointer)
{
    if (!withinCountLimits(details)) // reported by validation (hard_limits.h)
        return;
    const std::string mappingsPointer = pointer + "/parentChildFieldOptionsMappings";
    for (std::size_t i = 0; i < details.mappings.size(); ++i) {
        const OptionsMapping &mapping = details.mappings[i];
        const std::string mappingPointer = pointerJoin(mappingsPointer, i);
        if (isInactiveOption(context, details.parentFieldId, mapping.parentValue))
            sink.warning(
                codes::LintOptionsInactiveOption, mappingPointer + "/parentFieldOptionValue",
                ruleTitle + " maps the parent value " + quoteUserText(mapping.parentValue, '"') +
                    ", an inactive option of " + fieldName(context, *details.parentFieldId) +
                    ": agents cannot pick it on new cases. Activate the option or remove the mapping.");
        std::set<std::string> seen;
        for (std::size_t j = 0; j < mapping.childValues.size(); ++j) {
            const std::string &value = mapping.childValues[j];
            const std::string childPointer = pointerJoin(mappingPointer + "/childFieldOptionValues", j);
            if (!seen.insert(value).second)
                sink.warning(codes::LintOptionsDuplicateChildValue, childPointer,
                             ruleTitle + " lists the child value " + quoteUserText(value, '"') +
                                 " twice for the parent value " + quoteUserText(mapping.parentValue, '"') +
                                 "; remove the repeat.");
            else if (isInactiveOption(context, details.childFieldId, value))
                sink.warning(
                    codes::LintOptionsInactiveOption, childPointer,
                    ruleTitle + " offers the child value " + quoteUserText(value, '"') +
                        " (for parent value " + quoteUserText(mapping.parentValue, '"') +
                        "), an inactive option of " + fieldName(context, *details.childFieldId) +
                        ": agents will not see it. Activate the option or remove it from the mapping.");
        }
    }
}

} // namespace cw::validation
