#include "i18n/locale_format.h"

#include <QDateTime>
#include <QLocale>

namespace cw::ui::i18n {

QString localizedDateTime(const QDateTime &time)
{
    // The C locale is no one's language: its "short" format is long ("2 May 2026 08:00:00") and
    // says nothing of the time zone. ISO 8601 in UTC is the neutral way to write a time.
    if (QLocale().language() == QLocale::C)
        return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString localizedDateTime(const std::string &rfc3339)
{
    const QString text = QString::fromStdString(rfc3339);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? localizedDateTime(time) : text;
}

} // namespace cw::ui::i18n
