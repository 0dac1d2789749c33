#pragma once
// The designer's one boundary between the core's text (std::string, UTF-8) and Qt's QString: every
// name, id and message crosses here, so the encoding is decided once.

#include <QString>
#include <string>

namespace cw::ui {

inline QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

inline std::string toStd(const QString &text)
{
    return text.toStdString();
}

} // namespace cw::ui
