#include "i18n/locale_format.h"

#include <QDateTime>
#include <QLocale>

namespace cw::ui::i18n {

QString localizedDateTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString localizedDateTime(const std::string &rfc3339)
{
    const QString text = QString::fromStdString(rfc3339);
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? localizedDateTime(time) : text;
}

} // namespace cw::ui::i18n
