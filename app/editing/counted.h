#pragma once
// Counted nouns: "1 rule", "3 rules". Write them as plural(tr("%n rule(s)", nullptr, int(n)), n):
// the translation (casewright_<lang>.qm, English included) picks the grammatical form for the
// language; when no translation is loaded at all (unit tests, a build without the .qm files) the
// English source is resolved here, "(s)" dropped for one and written "s" otherwise.

#include <QString>

namespace cw::editing {

inline QString plural(QString text, qsizetype count)
{
    return text.replace(QLatin1String("(s)"), count == 1 ? QString() : QStringLiteral("s"));
}

// The older form, English plurals chosen here: translations cannot pluralise it correctly for
// languages whose plural rules differ from English (French counts 0 as singular). Prefer plural().
inline QString counted(qsizetype count, const QString &one, const QString &many)
{
    return (count == 1 ? one : many).arg(count);
}

} // namespace cw::editing
