#include "evaluator/case_outcome.h"

namespace cw {

const FieldOutcome *CaseOutcome::find(const std::string &fieldId) const
{
    for (const FieldOutcome &field : fields)
        if (field.fieldId == fieldId)
            return &field;
    return nullptr;
}

} // namespace cw
