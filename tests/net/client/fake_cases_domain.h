#pragma once
// Serves one DomainSnapshot over the FakeHttpServer the way the Cases API does: the List
// operations in pages of `pageSize` (tokens "page+/=N", which need percent-encoding), the
// batch and single gets. Enough for pullDomain tests; each request can be held back by a hook.

#include "fake_http_server.h"
#include "model/domain_snapshot.h"

#include <functional>

namespace cw::net::testing {

class FakeCasesDomain {
public:
    FakeCasesDomain(DomainSnapshot snapshot, int pageSize)
        : m_snapshot(std::move(snapshot)), m_pageSize(pageSize)
    {
    }

    // The response to `request`; 404 ResourceNotFoundException for other domains and paths.
    FakeResponse respond(const FakeRequest &request) const;

    // "ListFields", "BatchGetField", ... for a request path (empty when unknown).
    static QByteArray operationOf(const FakeRequest &request);

    const DomainSnapshot &snapshot() const { return m_snapshot; }

private:
    DomainSnapshot m_snapshot;
    int m_pageSize;
};

// "page+/=N"
QByteArray fakePageToken(int offset);

} // namespace cw::net::testing
