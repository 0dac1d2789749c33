#pragma once
// "1 rule", "3 rules". tr()'s %n only pluralises through a translation, and the designer ships
// none yet, so English plurals are chosen here; both forms still go through tr() at the caller.

#include <QString>

namespace cw::ui {

inline QString counted(qsizetype count, const QString &one, const QString &many)
{
    return (count == 1 ? one : many).arg(count);
}

} // namespace cw::ui
