#pragma once
// The languages the designer ships and which one to use. The user's choice is kept in QSettings
// under ui/language: "" follows the system, otherwise a code from shippedLanguages().

#include <QList>
#include <QString>
#include <QStringList>

namespace cw::ui::i18n {

struct Language {
    QString code;       // "de": the suffix of casewright_<code>.qm, and the QSettings value
    QString nativeName; // "Deutsch": how the language calls itself, never translated
};

// English first, then the translations in translations/.
const QList<Language> &shippedLanguages();
bool isShipped(const QString &code);
QString nativeName(const QString &code);

// The stored choice: "" (follow the system) or a shipped code. An unknown stored value counts as "".
QString languageSetting();
void storeLanguageSetting(const QString &code);

// The first of the system's UI languages (most preferred first, as QLocale::uiLanguages() lists
// them: "de-CH", "fr", ...) that Casewright ships; English when there is none.
QString systemLanguage(const QStringList &uiLanguages);
// The language the designer shows: the stored choice, else systemLanguage() of QLocale::system().
QString effectiveLanguage();

} // namespace cw::ui::i18n
