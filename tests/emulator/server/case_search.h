#pragma once
// SearchCases' query as the model shapes it -- CaseFilter (field / not / tag / andAll / orAll),
// FieldFilter (equalTo, contains, greaterThan[OrEqualTo], lessThan[OrEqualTo]), Sort -- read and
// checked once per request, then matched against the stored cases.

#include "api_message.h"
#include "stored_case.h"

#include <memory>
#include <string>
#include <vector>

namespace cw::emu {

struct CaseFilterNode {
    enum class Kind { Field, Not, Tag, AndAll, OrAll };
    Kind kind = Kind::Field;
    std::string comparison;               // Field: "equalTo", "contains", ...
    std::string fieldId;                  // Field
    Json value;                           // Field: the FieldValueUnion; Tag: {"key", "value"}
    std::vector<CaseFilterNode> children; // Not (one), AndAll, OrAll

    bool matches(const StoredCase &stored) const;
};

// `json` is the request's "filter" member; `where` names it in messages ("filter").
ApiResult<CaseFilterNode> readCaseFilter(const Json &json, const std::string &where = "filter");

// A FieldValueUnion: an object with exactly one of stringValue, doubleValue, booleanValue,
// emptyValue, userArnValue, of the right JSON type. `where` names it in messages.
ApiStatus checkFieldValueUnion(const Json &value, const std::string &where);

struct CaseSort {
    std::string fieldId;
    bool ascending = true;
};

ApiResult<std::vector<CaseSort>> readCaseSorts(const Json &body);

// The order SearchCases answers in: by `sorts` (a case without the field last), then newest first.
std::vector<const StoredCase *> orderCases(std::vector<const StoredCase *> cases,
                                           const std::vector<CaseSort> &sorts);

// searchTerm: a case matches when any of its string values contains the term, ignoring case.
bool matchesSearchTerm(const StoredCase &stored, const std::string &term);

} // namespace cw::emu
