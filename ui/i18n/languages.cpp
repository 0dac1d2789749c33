#include "i18n/languages.h"

#include <QLocale>
#include <QSettings>

namespace cw::ui::i18n {
namespace {
const QString kSettingKey = QStringLiteral("ui/language");
} // namespace

const QList<Language> &shippedLanguages()
{
    static const QList<Language> languages{
        {QStringLiteral("en"), QStringLiteral("English")},  {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")}, {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
    return languages;
}

bool isShipped(const QString &code)
{
    for (const Language &language : shippedLanguages())
        if (language.code == code)
            return true;
    return false;
}

QString nativeName(const QString &code)
{
    for (const Language &language : shippedLanguages())
        if (language.code == code)
            return language.nativeName;
    return code;
}

QString languageSetting()
{
    const QString stored = QSettings().value(kSettingKey).toString();
    return isShipped(stored) ? stored : QString();
}

void storeLanguageSetting(const QString &code)
{
    QSettings().setValue(kSettingKey, code);
}

QString systemLanguage(const QStringList &uiLanguages)
{
    for (const QString &uiLanguage : uiLanguages) {
        // "de-CH" and "de_CH" both name German; "C" names none.
        const QString code = QLocale(uiLanguage).name().section(QLatin1Char('_'), 0, 0);
        if (isShipped(code) && QLocale(uiLanguage).language() != QLocale::C)
            return code;
    }
    return QStringLiteral("en");
}

QString effectiveLanguage()
{
    const QString chosen = languageSetting();
    return chosen.isEmpty() ? systemLanguage(QLocale::system().uiLanguages()) : chosen;
}

} // namespace cw::ui::i18n
