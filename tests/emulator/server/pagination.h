#pragma once
// List pagination: `maxResults` and `nextToken` travel in the query string. A token is opaque to
// clients: base64 of a magic prefix, the offset, a fingerprint of the list it belongs to and a
// checksum. The prefix is chosen so every token contains '+', '/' and '=' -- the characters a
// client must percent-encode in a query string -- so a client that forgets fails here, not in
// production. A token that does not decode, fails its checksum or belongs to another list (other
// operation, domain or filter) is rejected with ValidationException.

#include "api_message.h"

#include <cstddef>
#include <optional>
#include <string>

namespace cw::emu {

std::string encodePageToken(std::size_t offset, const std::string &scope);
ApiResult<std::size_t> decodePageToken(const std::string &token, const std::string &scope);

struct PageRequest {
    std::size_t offset = 0;
    std::size_t size = 0;
};

// Reads `maxResults` (1..`maxAllowed`; the model says 100, 10 for ListDomains) and `nextToken`.
// The page holds min(maxResults, serverPageSize) items: the server may return fewer than asked.
ApiResult<PageRequest> readPageRequest(const ApiRequest &request, const std::string &scope,
                                       std::size_t serverPageSize, std::size_t maxAllowed = 100);

struct Page {
    std::size_t begin = 0; // index range [begin, end) of the full list
    std::size_t end = 0;
    std::optional<std::string> nextToken;
};

// The slice of a list of `total` items that `request` asks for, and the token of the next slice.
Page pageOf(std::size_t total, const PageRequest &request, const std::string &scope);

} // namespace cw::emu
