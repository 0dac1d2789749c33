#pragma once
// Sample cases for the preview, in GetCase's wire shape: {id, templateId, fields:[{id, value}]}.

#include "model/case_value.h"

#include <optional>
#include <string>
#include <vector>

namespace cw {

struct CaseFieldValue {
    std::string id;
    Value value;
    Json extra = Json::object();
};

// What the rules are supposed to give one field of a case (the case's "expect": {KEY: {...}}):
// a test of the rules, checked by `casewright-cli test` and before publish. Each aspect is
// optional; only those written are checked.
struct FieldExpectation {
    std::string key; // the field's id or its exact name, as written
    std::optional<bool> required;
    std::optional<bool> hidden;
    std::optional<std::vector<std::string>> options; // option values offered, order free
};

struct SampleCase {
    std::string id;
    std::string templateId;
    std::vector<CaseFieldValue> fields;
    // "expect", in the file's key order; absent when the case has none.
    std::optional<std::vector<FieldExpectation>> expect;
    Json extra = Json::object();

    const Value *find(const std::string &fieldId) const;
};

// {"cases": [...]}
struct SampleCaseSet {
    std::vector<SampleCase> cases;
    Json extra = Json::object();
};

} // namespace cw
