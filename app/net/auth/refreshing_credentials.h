#pragma once
// Temporary credentials kept in memory and fetched again before they expire, so a long pull or
// publish never signs with expired ones. A refresh that fails while the cached credentials are
// still valid keeps them (the next call tries again), as the SDKs' advisory refresh does; only
// credentials past their expiration make the failure the caller's.

#include "auth/credentials.h"
#include "common/result.h"

#include <QDateTime>
#include <chrono>
#include <functional>
#include <optional>

namespace cw::net {

using Clock = std::function<QDateTime()>;
using CredentialsFetch = std::function<cw::Result<Credentials>()>;

class RefreshingCredentials {
public:
    // `refreshMargin`: how long before the expiration to fetch again. Credentials without an
    // expiration are kept for the life of the object.
    RefreshingCredentials(CredentialsFetch fetch, std::chrono::seconds refreshMargin, Clock clock = {});

    // Not thread-safe: the owner serialises calls (the credential resolver holds a mutex).
    cw::Result<Credentials> credentials();
    int fetchCount() const { return m_fetchCount; }

private:
    bool needsRefresh(const QDateTime &now) const;

    CredentialsFetch m_fetch;
    std::chrono::seconds m_refreshMargin;
    Clock m_clock;
    std::optional<Credentials> m_cached;
    int m_fetchCount = 0;
};

} // namespace cw::net
