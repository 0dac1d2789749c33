#include "samples/field_shares.h"

namespace cw {

double FieldShares::requiredShare(std::size_t field) const
{
    return caseCount == 0 ? 0.0 : double(fields[field].required) / double(caseCount);
}

double FieldShares::hiddenShare(std::size_t field) const
{
    return caseCount == 0 ? 0.0 : double(fields[field].hidden) / double(caseCount);
}

FieldNames fieldNamesOf(const DomainSnapshot &snapshot)
{
    FieldNames names;
    for (const Field &field : snapshot.fields)
        names[field.fieldId] = field.name;
    return names;
}

FieldShares computeFieldShares(const CompiledTemplate &compiled, const std::vector<SampleCase> &cases,
                               const FieldNames &names)
{
    return computeFieldShares(compiled, CaseTable(cases), names);
}

FieldShares computeFieldShares(const CompiledTemplate &compiled, const CaseTable &cases,
                               const FieldNames &names)
{
    FieldShares shares;
    shares.templateId = compiled.templateId();
    shares.caseCount = cases.rowCount();
    for (std::size_t f = 0; f < compiled.fieldCount(); ++f) {
        const auto name = names.find(compiled.fieldId(f));
        shares.fields.push_back(
            FieldShare{compiled.fieldId(f), name != names.end() ? name->second : compiled.fieldId(f), 0, 0});
    }
    OutcomeBuffer buffer = compiled.makeBuffer();
    BoundCase bound;
    const TableBinding binding = compiled.bindTable(cases);
    for (std::size_t row = 0; row < cases.rowCount(); ++row) {
        compiled.bindRow(binding, cases, row, bound);
        compiled.evaluate(bound, buffer);
        for (std::size_t f = 0; f < shares.fields.size(); ++f) {
            if (buffer.required(f))
                ++shares.fields[f].required;
            if (buffer.hidden(f))
                ++shares.fields[f].hidden;
        }
    }
    return shares;
}

} // namespace cw
