#include "auth/credentials.h"

namespace cw::net {

bool Credentials::isValid() const
{
    return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty();
}

bool Credentials::isExpiredAt(const QDateTime &now) const
{
    return expiration.has_value() && *expiration <= now;
}

QString describeForLog(const Credentials &credentials)
{
    QStringList notes;
    if (!credentials.sessionToken.isEmpty())
        notes << QStringLiteral("session token");
    if (credentials.expiration)
        notes << QStringLiteral("expires ") + credentials.expiration->toUTC().toString(Qt::ISODate);
    QString text =
        credentials.accessKeyId.isEmpty() ? QStringLiteral("<no access key id>") : credentials.accessKeyId;
    if (!notes.isEmpty())
        text += QStringLiteral(" (") + notes.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text;
}

} // namespace cw::net
