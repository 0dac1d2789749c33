#pragma once
// The designer's one boundary between the core's text (std::string, UTF-8) and Qt's QString: every
// name, id and message crosses here, so the encoding is decided once.

#include "common/user_text.h"

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

// A name, id or value from a project file, quoted in a message, title or label: its first 60
// characters then "…(5,000,000 characters)", control characters escaped (common/user_text.h), so a
// dialog stays readable and a name cannot hide or reorder what the designer shows.
inline QString userText(const std::string &text)
{
    return QString::fromStdString(elideUserText(text));
}

inline QString userText(const QString &text)
{
    return userText(text.toStdString());
}

} // namespace cw::ui
