#pragma once
// One Cases API call as restJson1 puts it on the wire, before signing: method, percent-encoded
// path, ordered query parameters and an optional JSON body. Pure values, testable without a
// network; the request builders (api_requests.h) make one per operation.

#include "common/json_text.h"

#include <QByteArray>
#include <optional>
#include <string>
#include <vector>

namespace cw::net {

struct QueryParameter {
    std::string name;  // as the model's httpQuery trait names it
    std::string value; // decoded; encoded only when the query string is built
    bool operator==(const QueryParameter &other) const = default;
};

struct ApiRequest {
    std::string operation;             // "ListFields": named in errors and logs
    QByteArray method;                 // "POST", "PUT", "DELETE"
    QByteArray path;                   // labels already percent-encoded, e.g. "/domains/d%201/fields-list"
    std::vector<QueryParameter> query; // in the order they are sent; a list member repeats its name
    std::optional<Json> body;          // body members only; nullopt when the operation has none
    // False for a create the API gives no client token (CreateCaseRule, CreateTemplate): after a
    // failure that leaves unclear whether the service carried it out (a 5xx, a timeout, a dropped
    // connection), resending could create it twice. Such a request is retried only when it surely
    // was not carried out (throttled, or never reached the service); the caller decides the rest.
    bool safeToResend = true;

    // "maxResults=10&nextToken=a%2Bb": names and values percent-encoded (RFC 3986 unreserved kept).
    QByteArray encodedQuery() const;
    // Path plus "?query" when there is a query: what follows the endpoint in the URL.
    QByteArray target() const;
    // Compact UTF-8 JSON; empty when there is no body.
    QByteArray bodyBytes() const;
    // "application/json" when there is a body; empty otherwise. The JS SDK sends no Content-Type
    // (and no body) for operations without body members, such as ListFields.
    QByteArray contentType() const;
};

// Percent-encodes every byte of UTF-8 `text` except the RFC 3986 unreserved characters
// (A-Z a-z 0-9 - . _ ~), with uppercase hex: what restJson1 does to labels and query parts.
// A '/' inside a label is encoded too, because no label of this API is greedy.
QByteArray percentEncode(const std::string &text);

// "/domains/{domainId}/fields/{fieldId}" with each label replaced by percentEncode(value), in the
// order given. Labels not found in the template are left as they are.
QByteArray expandPath(const std::string &uriTemplate,
                      const std::vector<std::pair<std::string, std::string>> &labels);

} // namespace cw::net
