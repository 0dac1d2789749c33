#include "model/sample_case.h"

namespace cw {

const Value *SampleCase::find(const std::string &fieldId) const
{
    for (const CaseFieldValue &field : fields)
        if (field.id == fieldId)
            return &field.value;
    return nullptr;
}

} // namespace cw
