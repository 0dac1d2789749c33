#pragma once
// The Cases service behind the HTTP front end: routes a request, runs its operation, saves the
// domain it changed, and counts calls per operation. Knows nothing of sockets, signatures or
// injected faults, so tests drive it directly.

#include "api_message.h"
#include "domain_store.h"

#include <cstddef>
#include <map>
#include <string>

namespace cw::emu {

class EmulatorService {
public:
    EmulatorService(DomainStore &store, std::size_t pageSize);

    struct Handled {
        std::string operation; // "ListCaseRules"; "" when no operation matched
        ApiResponse response;
    };
    // `request.labels` and `request.query` are filled here from the raw path and query.
    Handled handle(ApiRequest request);

    // The operation a method and raw path name, without running it ("" when none).
    static std::string operationOf(const std::string &method, const std::string &rawPath);

    DomainStore &store() { return m_store; }
    std::size_t pageSize() const { return m_pageSize; }

private:
    DomainStore &m_store;
    std::size_t m_pageSize;
};

// A 200 answer with `body`.
ApiResponse okResponse(Json body);

} // namespace cw::emu
