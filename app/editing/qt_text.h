#pragma once
// The editing layer's one boundary between the model's UTF-8 std::string and Qt's QString.

#include <QString>
#include <string>

namespace cw::editing {

inline QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

} // namespace cw::editing
