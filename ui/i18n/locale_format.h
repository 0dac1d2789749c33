#pragma once
// Dates as the user's locale writes them. The project files keep RFC 3339 timestamps in UTC; the
// designer shows them in local time and the locale's short format ("02.05.26 10:00" in German,
// "5/2/26 10:00 AM" in American English), following the language chosen in View > Language.
// Without a locale (the C locale, as on a bare build machine): ISO 8601 in UTC, "2026-05-02 08:00 UTC".

#include <QString>
#include <string>

class QDateTime;

namespace cw::ui::i18n {

QString localizedDateTime(const QDateTime &time);
// An RFC 3339 timestamp from a project file; the text as it is when it is not one.
QString localizedDateTime(const std::string &rfc3339);

} // namespace cw::ui::i18n
