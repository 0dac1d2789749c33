#include "stored_case.h"

namespace cw::emu {

const Json *StoredCase::value(const std::string &fieldId) const
{
    for (const Json &field : fields)
        if (field.value("id", std::string()) == fieldId)
            return &field["value"];
    return nullptr;
}

const StoredCase *DomainCases::find(const std::string &caseId) const
{
    const auto it = byId.find(caseId);
    return it == byId.end() ? nullptr : &cases[it->second];
}

void DomainCases::add(StoredCase stored, const std::string &clientToken)
{
    byId[stored.caseId] = cases.size();
    if (!clientToken.empty())
        byClientToken[clientToken] = cases.size();
    cases.push_back(std::move(stored));
    ++nextReferenceNumber;
}

} // namespace cw::emu
