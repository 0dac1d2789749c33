#include "auth/refreshing_credentials.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCredentials, "casewright.net.credentials")

namespace cw::net {

RefreshingCredentials::RefreshingCredentials(CredentialsFetch fetch, std::chrono::seconds refreshMargin,
                                             Clock clock)
    : m_fetch(std::move(fetch)), m_refreshMargin(refreshMargin),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

bool RefreshingCredentials::needsRefresh(const QDateTime &now) const
{
    if (!m_cached)
        return true;
    if (!m_cached->expiration)
        return false;
    // Early, so a request signed now is not rejected as expired while it is in flight.
    return m_cached->isExpiredAt(now.addSecs(m_refreshMargin.count()));
}

cw::Result<Credentials> RefreshingCredentials::credentials()
{
    const QDateTime now = m_clock();
    if (!needsRefresh(now))
        return *m_cached;
    ++m_fetchCount;
    cw::Result<Credentials> fresh = m_fetch();
    if (fresh) {
        qCDebug(lcCredentials).noquote() << "fetched" << describeForLog(*fresh);
        m_cached = *fresh;
        return fresh;
    }
    if (m_cached && !m_cached->isExpiredAt(now)) {
        qCDebug(lcCredentials).noquote() << "refresh failed, keeping credentials until they expire:"
                                         << QString::fromStdString(fresh.error().message);
        return *m_cached;
    }
    return fresh.error();
}

} // namespace cw::net
