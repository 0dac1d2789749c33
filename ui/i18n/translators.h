#pragma once
// Loads the designer's translations into the application. Each language has two translators:
// Casewright's own (casewright_<code>.qm, compiled into the program under :/i18n) and Qt's
// (qtbase_<code>.qm from the Qt installation, for the standard buttons and file dialogs).
// casewright_en.qm is always installed beneath them: it holds the English plural forms, and so
// is what a message falls back to if a translation were missing one.

#include "common/result.h"

#include <QString>

class QCoreApplication;

namespace cw::ui::i18n {

// Installs the translators of effectiveLanguage() (the ui/language setting, else the system's
// language). Call once, after describeApplication() (the setting is read from QSettings).
void installTranslators(QCoreApplication &application);

// Stores `code` ("" = follow the system, or a shipped language) as the ui/language setting and
// installs its translators right away: every window or dialog built from then on shows that
// language. Windows that exist already keep their text (they are built in code, not from .ui
// files); the language menu offers a restart for them. Also makes that language's QLocale the
// default, so dates and numbers follow the choice.
Status setLanguage(const QString &code);

// The language whose translators are installed now ("en" before any installation).
QString installedLanguage();

// Where casewright_<code>.qm are looked for; ":/i18n" unless changed. Tests point it at the
// build tree, since only the casewright executable has the translations compiled in.
void setTranslationsDirectory(const QString &directory);
QString translationsDirectory();

} // namespace cw::ui::i18n
