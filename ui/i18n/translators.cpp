#include "i18n/translators.h"

#include "i18n/languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>
#include <vector>

namespace cw::ui::i18n {
namespace {
struct State {
    QString directory = QStringLiteral(":/i18n");
    QString language = QStringLiteral("en");
    std::vector<std::unique_ptr<QTranslator>> translators;
};

State &state()
{
    static State instance;
    return instance;
}

void removeInstalled()
{
    for (const auto &translator : state().translators)
        QCoreApplication::removeTranslator(translator.get());
    state().translators.clear();
}

// Installs one .qm; the translator installed last is asked first.
bool install(const QString &name, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(name, directory) || !QCoreApplication::installTranslator(translator.get()))
        return false;
    state().translators.push_back(std::move(translator));
    return true;
}

Status installLanguage(const QString &code)
{
    removeInstalled();
    const QString directory = state().directory;
    // English first, so that it is asked last: a fallback, and the English plural forms.
    const bool english = install(QStringLiteral("casewright_en"), directory);
    if (code != QLatin1String("en")) {
        if (!install(QStringLiteral("casewright_") + code, directory)) {
            state().language = english ? QStringLiteral("en") : QString();
            return makeError("i18n.missing-translation",
                             "The translation casewright_" + code.toStdString() + ".qm is missing from " +
                                 directory.toStdString() + "; Casewright stays in English.");
        }
        // Qt's own strings are welcome but not required: a Qt installed without them still works.
        install(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    state().language = code;
    return Ok{};
}
} // namespace

void installTranslators(QCoreApplication &application)
{
    Q_UNUSED(application) // the translators are the application's: this says it must exist
    const QString chosen = languageSetting();
    if (!chosen.isEmpty())
        QLocale::setDefault(QLocale(chosen));
    // A missing translation leaves the designer in English; there is nobody to tell yet.
    (void)installLanguage(effectiveLanguage());
}

Status setLanguage(const QString &code)
{
    if (!code.isEmpty() && !isShipped(code))
        return makeError("i18n.unknown-language",
                         "Casewright has no translation for the language \"" + code.toStdString() + "\".");
    storeLanguageSetting(code);
    QLocale::setDefault(code.isEmpty() ? QLocale::system() : QLocale(code));
    return installLanguage(effectiveLanguage());
}

QString installedLanguage()
{
    return state().language;
}

void setTranslationsDirectory(const QString &directory)
{
    state().directory = directory;
}

QString translationsDirectory()
{
    return state().directory;
}

} // namespace cw::ui::i18n
