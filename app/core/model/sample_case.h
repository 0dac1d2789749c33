#pragma once
// Sample cases for the preview, in GetCase's wire shape: {id, templateId, fields:[{id, value}]}.

#include "model/case_value.h"

#include <string>
#include <vector>

namespace cw {

struct CaseFieldValue {
    std::string id;
    Value value;
    Json extra = Json::object();
};

struct SampleCase {
    std::string id;
    std::string templateId;
    std::vector<CaseFieldValue> fields;
    Json extra = Json::object();

    const Value *find(const std::string &fieldId) const;
};

// {"cases": [...]}
struct SampleCaseSet {
    std::vector<SampleCase> cases;
    Json extra = Json::object();
};

} // namespace cw
