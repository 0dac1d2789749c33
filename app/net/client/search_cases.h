#pragma once
// SearchCases and GetCase: the service's own cases, read as sample cases. The requests follow the
// model exactly (SearchCases: POST /domains/{domainId}/cases-search with maxResults, nextToken,
// searchTerm, filter, sorts and fields -- all in the body; GetCase: POST
// /domains/{domainId}/cases/{caseId} with fields and nextToken in the body). Both go through the
// client's request executor, so they are signed, retried and paced like every other call.

#include "client/api_request.h"
#include "client/api_types.h"
#include "client/cases_client.h"

#include <optional>
#include <string>
#include <vector>

namespace cw::net {

// SearchCases returns at most 25 fields per case; GetCase at most 220 per call.
inline constexpr std::size_t kMaxSearchCaseFields = 25;
inline constexpr std::size_t kMaxGetCaseFields = 220;
inline constexpr int kMaxSearchCasesResults = 100;

struct CaseSort {
    std::string fieldId;
    bool ascending = true; // sortOrder "Asc" / "Desc"
};

struct SearchCasesQuery {
    std::vector<std::string> fieldIds; // at most kMaxSearchCaseFields
    std::optional<Json> filter;        // a CaseFilter in its wire shape (see checkCaseFilter)
    std::vector<CaseSort> sorts;       // at most 2
    std::optional<std::string> searchTerm;
};

// One case as the service returned it. `fields` keeps the FieldValue items exactly as sent.
struct FoundCase {
    std::string caseId;
    std::string templateId;
    Json fields = Json::array();
    std::optional<Json> tags;
};

struct CaseSearchPage {
    std::vector<FoundCase> cases;
    std::optional<std::string> nextToken; // absent or empty: the last page
    std::optional<long long> totalCount;  // how many cases match in all
};

ApiRequest searchCasesRequest(const std::string &domainId, const SearchCasesQuery &query,
                              const PageRequest &page = {});
// `fieldIds`: 1..kMaxGetCaseFields ids.
ApiRequest getCaseRequest(const std::string &domainId, const std::string &caseId,
                          const std::vector<std::string> &fieldIds,
                          const std::optional<std::string> &nextToken = std::nullopt);

cw::Result<CaseSearchPage> readSearchCasesResponse(const Json &json);
// GetCase's fields (and its nextToken) as a FoundCase page of one; caseId is left empty.
struct CaseFieldsPage {
    FoundCase found;
    std::optional<std::string> nextToken;
};
cw::Result<CaseFieldsPage> readGetCaseResponse(const Json &json);

// Checks a CaseFilter's shape as the model gives it (unions with exactly one member, at most 10
// filters in andAll/orAll, FieldValue {id, value}); the error's pointer is inside `filter`.
cw::Status checkCaseFilter(const Json &filter, const std::string &pointer = {});
// {"field": {"<comparison>": {"id": fieldId, "value": value}}}
Json fieldFilter(const std::string &comparison, const std::string &fieldId, Json value);

// One page of SearchCases or GetCase: CasesClient::searchCases and CasesClient::getCase.
// Every field asked for (any number: chunked by kMaxGetCaseFields, each chunk paged by nextToken).
void getCaseFields(CasesClient &client, const std::string &domainId, const std::string &caseId,
                   const std::vector<std::string> &fieldIds, Callback<FoundCase> done,
                   const CallOptions &options = {});

} // namespace cw::net
