#pragma once
// Results of the Cases API operations that have no model type of their own: list summaries,
// pages with their token, batch-get results with per-id errors, ids of created resources.

#include "common/json_text.h"
#include "common/result.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cw::net {

// How every asynchronous operation reports: exactly once, from the event loop.
template <typename T> using Callback = std::function<void(cw::Result<T>)>;

// The pagination members of every List operation (query parameters on the wire).
struct PageRequest {
    std::optional<int> maxResults;        // 1..100 (ListDomains 1..10); nullopt: the service's default
    std::optional<std::string> nextToken; // the previous page's token; nullopt for the first page
};

template <typename T> struct Page {
    std::vector<T> items;
    std::optional<std::string> nextToken; // nullopt or empty: this was the last page
};

struct DomainSummary {
    std::string domainId;
    std::string domainArn;
    std::string name;
    Json extra = Json::object();
};

// GetDomainResponse.
struct DomainInfo {
    std::string domainId;
    std::string domainArn;
    std::string name;
    std::string createdTime;  // RFC 3339, kept as sent
    std::string domainStatus; // "Active" | "CreationInProgress" | "CreationFailed"
    std::optional<Json> tags;
    Json extra = Json::object();
};

struct FieldSummary {
    std::string fieldId;
    std::string fieldArn;
    std::string name;
    std::string type;      // "SingleSelect", ...
    std::string nameSpace; // wire member "namespace"
    std::optional<Json> attributes;
    Json extra = Json::object();
};

struct LayoutSummary {
    std::string layoutId;
    std::string layoutArn;
    std::string name;
    Json extra = Json::object();
};

struct TemplateSummary {
    std::string templateId;
    std::string templateArn;
    std::string name;
    std::string status;
    std::optional<Json> tagPropagationConfigurations;
    Json extra = Json::object();
};

struct CaseRuleSummary {
    std::string caseRuleId;
    std::string name;
    std::string caseRuleArn;
    std::string ruleType; // "Required" | "Hidden" | "FieldOptions"
    std::optional<std::string> description;
    Json extra = Json::object();
};

// FieldError / CaseRuleError: one id a batch get could not return.
struct ItemError {
    std::string id;
    std::string errorCode; // e.g. "NotFound"
    std::string message;
    bool operator==(const ItemError &other) const = default;
};

// A batch get over any number of ids. `items` follow the order of the ids asked for (ids that
// came back in `errors` or `unprocessed` are simply absent from it).
template <typename T> struct BatchResult {
    std::vector<T> items;
    std::vector<ItemError> errors;        // in the order of the ids asked for
    std::vector<std::string> unprocessed; // ids the service left for later, even after re-asking
};

// CreateTemplateResponse / CreateCaseRuleResponse.
struct CreatedResource {
    std::string id;
    std::string arn;
};

} // namespace cw::net
